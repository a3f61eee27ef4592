#include "bind/interpolation.h"

#include "bind/tag_expansion.h"
#include "core/edit_distance.h"
#include "core/template_tags.h"

namespace handout {
namespace {

// The data a text's tags reach beyond the sections the text opened itself, as mustache's
// context stack would hold it: the layout placeholders, then each `each` frame from the
// innermost out (the element's fields, then its alias and specials), then the data root.
class ScopeLookup : public TagLookup {
 public:
  ScopeLookup(const DataScope& scope, bool keep_layout_placeholders)
      : scope_(scope), keep_layout_placeholders_(keep_layout_placeholders) {}

  TagValue find(std::string_view path, const std::vector<std::string_view>& names) const override {
    if (keep_layout_placeholders_ && is_layout_placeholder(path)) {
      return {TagValue::Kind::text, nullptr, false, "{{" + std::string(path) + "}}"};
    }
    for (auto frame = scope_.frames().rbegin(); frame != scope_.frames().rend(); ++frame) {
      TagValue found = in_frame(*frame, names);
      if (found.kind != TagValue::Kind::missing) return found;
    }
    return data(scope_.descend(&scope_.root(), names, 0));
  }

  const DataNode& current() const override {
    return scope_.frames().empty() ? scope_.root() : *scope_.frames().back().element;
  }

  const DataNode* field(const DataNode& record, std::string_view name) const override {
    return scope_.field(record, name);
  }

 private:
  TagValue in_frame(const DataScope::Frame& frame,
                    const std::vector<std::string_view>& names) const {
    if (const DataNode* field = scope_.descend(frame.element, names, 0)) return data(field);
    if (!frame.alias.empty() && frame.alias == names[0]) {
      return data(scope_.descend(frame.element, names, 1));
    }
    if (names.size() != 1) return {};
    for (const auto& [special, value] : frame.specials) {
      if (special != names[0]) continue;
      // first and last are real booleans, so that {{#first}} and {{^last}} sections work.
      if (special == "first" || special == "last") {
        return {TagValue::Kind::flag, nullptr, is_truthy(&value), ""};
      }
      return data(&value);
    }
    return {};
  }

  static TagValue data(const DataNode* node) {
    if (node == nullptr) return {};
    return {TagValue::Kind::data, node, false, ""};
  }

  const DataScope& scope_;
  bool keep_layout_placeholders_;
};

bool is_single_tag(const TextValue& text, const std::vector<TemplateTag>& tags) {
  return tags.size() == 1 && tags[0].offset == 0 && tags[0].length == text.text.size() &&
         tags[0].kind == TemplateTag::Kind::variable && tags[0].problem.empty();
}

}  // namespace

TextValue Interpolator::interpolate(const TextValue& text, const DataScope& scope) {
  return fill(text, scope, false);
}

TextValue Interpolator::interpolate_running(const TextValue& text, const DataScope& scope) {
  return fill(text, scope, true);
}

TextValue Interpolator::fill(const TextValue& text, const DataScope& scope,
                             bool keep_layout_placeholders) {
  // Every text counts each time it is filled, tags or not: a long text inside a loop
  // multiplies as surely as a section does.
  if (!budget_.take_text(text.text.size(), text.where)) return {"", text.where};
  const std::vector<TemplateTag> tags = scan_template_tags(text.text);
  if (tags.empty()) return text;
  report_missing_paths(text, tags, scope, keep_layout_placeholders);
  if (is_single_tag(text, tags) &&
      !(keep_layout_placeholders && is_layout_placeholder(tags[0].path))) {
    const DataNode* value = scope.find(tags[0].path);
    if (value != nullptr && value->is_scalar()) {
      if (!budget_.take_text(value->scalar.text.size(), text.where)) return {"", text.where};
      return value->scalar;
    }
  }
  TagExpansion expansion =
      expand_tags(text, tags, ScopeLookup(scope, keep_layout_placeholders), budget_);
  if (!expansion.problem.empty()) {
    diagnostics_.error(text.where, "cannot fill this text's tags: " + expansion.problem);
    return text;
  }
  return {std::move(expansion.text), text.where};
}

void Interpolator::report_missing_paths(const TextValue& text, const std::vector<TemplateTag>& tags,
                                        const DataScope& scope, bool keep_layout_placeholders) {
  if (contract_declared_) return;
  TextPositions positions(text.where, text.text_line, text.text_column, text.text);
  for (const TemplateTag& tag : tags) {
    if (tag.kind != TemplateTag::Kind::variable || tag.has_default || !tag.problem.empty()) {
      continue;
    }
    if (keep_layout_placeholders && is_layout_placeholder(tag.path)) continue;
    if (scope.find(tag.path) != nullptr) continue;
    SourceLocation where = positions.at(tag.offset);
    const std::string key =
        where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
    if (!reported_.emplace(key, tag.path).second) continue;
    // Each is an error, so the document stops either way; past a few, the rest are counted
    // (each hint searches every name the data has).
    if (reported_.size() > kMostMissingPaths) {
      ++missing_paths_left_out_;
      continue;
    }
    std::vector<std::string> hints;
    std::string first(path_names(tag.path).empty() ? "" : path_names(tag.path)[0]);
    if (auto suggestion = did_you_mean(first, scope.visible_names())) {
      hints.push_back(*suggestion);
    }
    hints.push_back("give a default for data without it: {{" + tag.path +
                    " | default: \"\"}}, or declare the field in the template's 'data:'");
    diagnostics_.error(where, "the data has nothing at '" + tag.path + "' for {{" + tag.path + "}}",
                       std::move(hints));
  }
}

void Interpolator::finish(const SourceLocation& where) {
  if (missing_paths_left_out_ == 0) return;
  diagnostics_.error(where,
                     std::to_string(missing_paths_left_out_) +
                         " more tags name data that the data file does not have",
                     {"fix the ones shown first, or declare the fields in the template's 'data:'"});
}

}  // namespace handout
