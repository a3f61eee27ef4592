#include "bind/interpolation.h"

#include <kainjow/mustache.hpp>

#include "core/edit_distance.h"
#include "core/template_tags.h"

namespace handout {
namespace {

namespace mustache = kainjow::mustache;

// Data as mustache sees it. Null and empty values are false, so that sections and defaults
// treat them as missing; other scalars are their text.
mustache::data to_mustache(const DataNode& node) {
  switch (node.kind) {
    case DataNode::Kind::null:
      return mustache::data(mustache::data::type::bool_false);
    case DataNode::Kind::scalar:
      if (node.scalar.text.empty()) return mustache::data(mustache::data::type::bool_false);
      return mustache::data(node.scalar.text);
    case DataNode::Kind::list: {
      mustache::data list(mustache::data::type::list);
      for (const DataNode& element : node.elements) list.push_back(to_mustache(element));
      return list;
    }
    case DataNode::Kind::map: {
      mustache::data object(mustache::data::type::object);
      for (const auto& [name, value] : node.fields) object.set(name, to_mustache(value));
      return object;
    }
  }
  return mustache::data(mustache::data::type::bool_false);
}

// The mustache data of every scope, kept alive while a text renders: each frame's specials and
// alias below its element, so the element's own fields are found first.
struct MustacheScopes {
  std::vector<std::unique_ptr<mustache::data>> data;

  void fill(mustache::context<std::string>& context, const DataScope& scope,
            bool keep_layout_placeholders) {
    data.push_back(std::make_unique<mustache::data>(to_mustache(scope.root())));
    for (const DataScope::Frame& frame : scope.frames()) {
      auto names = std::make_unique<mustache::data>();
      for (const auto& [name, value] : frame.specials) names->set(name, to_mustache(value));
      if (!frame.alias.empty()) names->set(frame.alias, to_mustache(*frame.element));
      data.push_back(std::move(names));
      data.push_back(std::make_unique<mustache::data>(to_mustache(*frame.element)));
    }
    // Pushed last, so the layout placeholders win over data of the same name.
    if (keep_layout_placeholders) {
      auto layout = std::make_unique<mustache::data>();
      for (const char* name : {"page", "pages", "section"}) {
        layout->set(name, std::string("{{") + name + "}}");
      }
      data.push_back(std::move(layout));
    }
    for (const auto& item : data) context.push(item.get());
  }
};

bool is_single_tag(const TextValue& text, const std::vector<TemplateTag>& tags) {
  return tags.size() == 1 && tags[0].offset == 0 && tags[0].length == text.text.size() &&
         tags[0].kind == TemplateTag::Kind::variable && tags[0].problem.empty();
}

}  // namespace

std::string rewrite_defaults(std::string_view text) {
  std::string rewritten;
  size_t at = 0;
  for (const TemplateTag& tag : scan_template_tags(text)) {
    if (!tag.has_default || !tag.problem.empty()) continue;
    rewritten += text.substr(at, tag.offset - at);
    const std::string& path = tag.path;
    rewritten += "{{#" + path + "}}{{" + path + "}}{{/" + path + "}}{{^" + path + "}}" +
                 tag.default_text + "{{/" + path + "}}";
    at = tag.offset + tag.length;
  }
  rewritten += text.substr(at);
  return rewritten;
}

TextValue Interpolator::interpolate(const TextValue& text, const DataScope& scope) {
  return fill(text, scope, false);
}

TextValue Interpolator::interpolate_running(const TextValue& text, const DataScope& scope) {
  return fill(text, scope, true);
}

TextValue Interpolator::fill(const TextValue& text, const DataScope& scope,
                             bool keep_layout_placeholders) {
  const std::vector<TemplateTag> tags = scan_template_tags(text.text);
  if (tags.empty()) return text;
  report_missing_paths(text, scope, keep_layout_placeholders);
  if (is_single_tag(text, tags) && !(keep_layout_placeholders && is_layout_placeholder(tags[0].path))) {
    const DataNode* value = scope.find(tags[0].path);
    if (value != nullptr && value->is_scalar()) return value->scalar;
  }
  mustache::mustache renderer(rewrite_defaults(text.text));
  renderer.set_custom_escape([](const std::string& raw) { return raw; });
  TextValue filled{"", text.where};
  if (renderer.is_valid()) {
    MustacheScopes scopes;
    mustache::context<std::string> context;
    scopes.fill(context, scope, keep_layout_placeholders);
    filled.text = renderer.render(context);
  }
  if (!renderer.is_valid()) {
    diagnostics_.error(text.where, "cannot fill this text's tags: " + renderer.error_message());
    filled.text = text.text;
  }
  return filled;
}

void Interpolator::report_missing_paths(const TextValue& text, const DataScope& scope,
                                        bool keep_layout_placeholders) {
  if (contract_declared_) return;
  for (const TemplateTag& tag : scan_template_tags(text.text)) {
    if (tag.kind != TemplateTag::Kind::variable || tag.has_default || !tag.problem.empty()) {
      continue;
    }
    if (keep_layout_placeholders && is_layout_placeholder(tag.path)) continue;
    if (scope.find(tag.path) != nullptr) continue;
    SourceLocation where =
        where_in_text(text.where, text.text_line, text.text_column, text.text, tag.offset);
    const std::string key = where.file + ":" + std::to_string(where.line) + ":" +
                            std::to_string(where.column);
    if (!reported_.emplace(key, tag.path).second) continue;
    std::vector<std::string> hints;
    std::string first(path_names(tag.path).empty() ? "" : path_names(tag.path)[0]);
    if (auto suggestion = closest_name(first, scope.visible_names())) {
      hints.push_back("did you mean '" + *suggestion + "'?");
    }
    hints.push_back("give a default for data without it: {{" + tag.path +
                    " | default: \"\"}}, or declare the field in the template's 'data:'");
    diagnostics_.error(where, "the data has nothing at '" + tag.path + "' for {{" + tag.path + "}}",
                       std::move(hints));
  }
}

}  // namespace handout
