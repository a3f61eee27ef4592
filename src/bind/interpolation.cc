#include "bind/interpolation.h"

#include <kainjow/mustache.hpp>
#include <memory>
#include <unordered_map>

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

// The data a text's tags reach, as mustache sees it, looked up only when mustache asks for a
// name: converting the whole data root for every text would cost the document's size per text
// (quadratic over a list of thousands of items). Lookups go as mustache's own context stack
// would: sections the text opened, then the layout placeholders, then each `each` frame from the
// innermost out (the element's fields, then its alias and specials), then the data root.
class ScopeContext : public mustache::basic_context<std::string> {
 public:
  ScopeContext(const DataScope& scope, bool keep_layout_placeholders)
      : scope_(scope), keep_layout_placeholders_(keep_layout_placeholders) {}

  void push(const mustache::data* data) override { opened_.insert(opened_.begin(), data); }
  void pop() override { opened_.erase(opened_.begin()); }

  const mustache::data* get(const std::string& name) const override {
    if (name == ".") return opened_.empty() ? converted(&current_element()) : opened_.front();
    const std::vector<std::string_view> names = path_names(name);
    if (names.empty()) return nullptr;
    for (const mustache::data* section : opened_) {
      if (const mustache::data* found = walk(section, names)) return found;
    }
    if (keep_layout_placeholders_ && is_layout_placeholder(name)) return placeholder(name);
    for (auto frame = scope_.frames().rbegin(); frame != scope_.frames().rend(); ++frame) {
      if (const mustache::data* found = in_frame(*frame, names)) return found;
    }
    return converted(descend(scope_.root().field(names[0]), names));
  }

  // Partials are a template error (core/template_tags.cc), so there are none to find.
  const mustache::data* get_partial(const std::string&) const override { return nullptr; }

 private:
  const DataNode& current_element() const {
    return scope_.frames().empty() ? scope_.root() : *scope_.frames().back().element;
  }

  const mustache::data* in_frame(const DataScope::Frame& frame,
                                 const std::vector<std::string_view>& names) const {
    if (const mustache::data* field = converted(descend(frame.element->field(names[0]), names))) {
      return field;
    }
    if (!frame.alias.empty() && frame.alias == names[0]) {
      return converted(descend(frame.element, names));
    }
    if (names.size() != 1) return nullptr;
    for (const auto& [special, value] : frame.specials) {
      if (special == names[0]) return special_value(special, value);
    }
    return nullptr;
  }

  // first and last are real booleans, so that {{#first}} and {{^last}} sections work.
  const mustache::data* special_value(std::string_view name, const DataNode& value) const {
    static const mustache::data yes(true);
    static const mustache::data no(false);
    if (name == "first" || name == "last") return is_truthy(&value) ? &yes : &no;
    return converted(&value);
  }

  const mustache::data* placeholder(const std::string& name) const {
    return keep(std::make_unique<mustache::data>("{{" + name + "}}"));
  }

  // `node` as mustache data, converted once per text.
  const mustache::data* converted(const DataNode* node) const {
    if (node == nullptr) return nullptr;
    auto [entry, inserted] = converted_.try_emplace(node);
    if (inserted) entry->second = std::make_unique<mustache::data>(to_mustache(*node));
    return entry->second.get();
  }

  const mustache::data* keep(std::unique_ptr<mustache::data> data) const {
    kept_.push_back(std::move(data));
    return kept_.back().get();
  }

  static const DataNode* descend(const DataNode* node, const std::vector<std::string_view>& names) {
    for (size_t i = 1; i < names.size() && node != nullptr; ++i) node = node->field(names[i]);
    return node;
  }

  static const mustache::data* walk(const mustache::data* data,
                                    const std::vector<std::string_view>& names) {
    for (size_t i = 0; i < names.size() && data != nullptr; ++i) {
      data = data->get(std::string(names[i]));
    }
    return data;
  }

  const DataScope& scope_;
  bool keep_layout_placeholders_;
  std::vector<const mustache::data*> opened_;  // innermost first
  mutable std::unordered_map<const DataNode*, std::unique_ptr<mustache::data>> converted_;
  mutable std::vector<std::unique_ptr<mustache::data>> kept_;
};

bool is_single_tag(const TextValue& text, const std::vector<TemplateTag>& tags) {
  return tags.size() == 1 && tags[0].offset == 0 && tags[0].length == text.text.size() &&
         tags[0].kind == TemplateTag::Kind::variable && tags[0].problem.empty();
}

// Whether `path` names an `each` frame's first or last, rather than data of that name.
bool is_each_flag(const DataScope& scope, std::string_view path) {
  if (path != "first" && path != "last") return false;
  const DataNode* found = scope.find(path);
  for (const DataScope::Frame& frame : scope.frames()) {
    for (const auto& special : frame.specials) {
      if (&special.second == found) return true;
    }
  }
  return false;
}

// What a variable tag becomes for mustache: `{{path | default: "text"}}` a section and an
// inverted section; `{{first}}` and `{{last}}` of an `each` (booleans to mustache, which prints
// those as nothing) sections printing "true" or "false". Empty when the tag stays as it is.
std::string rewritten_tag(const TemplateTag& tag, const DataScope* scope) {
  const std::string& path = tag.path;
  const bool flag = scope != nullptr && is_each_flag(*scope, path);
  if (!tag.has_default && !flag) return "";
  const std::string value = flag ? "true" : "{{" + path + "}}";
  const std::string otherwise = tag.has_default ? tag.default_text : "false";
  return "{{#" + path + "}}" + value + "{{/" + path + "}}{{^" + path + "}}" + otherwise + "{{/" +
         path + "}}";
}

// The text mustache renders: see rewritten_tag. Without a scope, only defaults are rewritten.
std::string mustache_text(std::string_view text, const std::vector<TemplateTag>& tags,
                          const DataScope* scope) {
  std::string rewritten;
  size_t at = 0;
  for (const TemplateTag& tag : tags) {
    if (tag.kind != TemplateTag::Kind::variable || !tag.problem.empty()) continue;
    std::string replacement = rewritten_tag(tag, scope);
    if (replacement.empty()) continue;
    rewritten += text.substr(at, tag.offset - at);
    rewritten += replacement;
    at = tag.offset + tag.length;
  }
  rewritten += text.substr(at);
  return rewritten;
}

}  // namespace

std::string rewrite_defaults(std::string_view text) {
  return mustache_text(text, scan_template_tags(text), nullptr);
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
  report_missing_paths(text, tags, scope, keep_layout_placeholders);
  if (is_single_tag(text, tags) &&
      !(keep_layout_placeholders && is_layout_placeholder(tags[0].path))) {
    const DataNode* value = scope.find(tags[0].path);
    if (value != nullptr && value->is_scalar()) return value->scalar;
  }
  mustache::mustache renderer(mustache_text(text.text, tags, &scope));
  renderer.set_custom_escape([](const std::string& raw) { return raw; });
  TextValue filled{"", text.where};
  if (renderer.is_valid()) {
    ScopeContext context(scope, keep_layout_placeholders);
    filled.text = renderer.render(context);
  }
  if (!renderer.is_valid()) {
    diagnostics_.error(text.where, "cannot fill this text's tags: " + renderer.error_message());
    filled.text = text.text;
  }
  return filled;
}

void Interpolator::report_missing_paths(const TextValue& text, const std::vector<TemplateTag>& tags,
                                        const DataScope& scope, bool keep_layout_placeholders) {
  if (contract_declared_) return;
  for (const TemplateTag& tag : tags) {
    if (tag.kind != TemplateTag::Kind::variable || tag.has_default || !tag.problem.empty()) {
      continue;
    }
    if (keep_layout_placeholders && is_layout_placeholder(tag.path)) continue;
    if (scope.find(tag.path) != nullptr) continue;
    SourceLocation where =
        where_in_text(text.where, text.text_line, text.text_column, text.text, tag.offset);
    const std::string key =
        where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
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
