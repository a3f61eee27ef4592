#include "load/template_data_paths.h"

#include <string>
#include <variant>

#include "core/edit_distance.h"
#include "core/template_tags.h"

namespace handout {
namespace {

// handout's document keys, which every data file may have whatever the contract says.
const std::vector<std::string> kDocumentKeys = {"title", "subtitle", "author",   "date",
                                                "lang",  "subject",  "keywords", "template"};
const std::vector<std::string> kEachNames = {"index", "number", "first", "last"};

SourceLocation tag_where(const TextValue& text, size_t offset) {
  return where_in_text(text.where, text.text_line, text.text_column, text.text, offset);
}

const FieldContract* field_named(const std::vector<FieldContract>& fields, std::string_view name) {
  for (const FieldContract& field : fields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

// One `each` level: what its element is, and its alias.
struct ContractScope {
  const FieldContract* element = nullptr;  // null: a list of anything
  std::string alias;
};

class PathChecker {
 public:
  PathChecker(const DataContract& contract, Diagnostics& diagnostics)
      : contract_(contract), diagnostics_(diagnostics) {}

  void check_blocks(const std::vector<BodyBlockDef>& blocks) {
    for (const BodyBlockDef& block : blocks) check_block(block);
  }

  void check_text(const TextValue& text, bool running) {
    TextPositions positions(text.where, text.text_line, text.text_column, text.text);
    for (const TemplateTag& tag : scan_template_tags(text.text)) {
      if (!tag.problem.empty() || tag.path.empty()) continue;
      if (tag.kind == TemplateTag::Kind::comment || tag.kind == TemplateTag::Kind::close) continue;
      if (running && is_layout_placeholder(tag.path)) continue;
      check_path(tag.path, positions.at(tag.offset));
    }
  }

 private:
  void check_block(const BodyBlockDef& block) {
    std::visit([this](const auto& def) { check_kind(def); }, block.body);
  }

  // Each kind's texts and paths, in the order written; `each`, `list` and `table` read their
  // texts and blocks with the list's element in scope.
  void check_kind(const TextDef& text) { check_text(text.text, false); }
  void check_kind(const HeadingDef& heading) { check_text(heading.text, false); }
  void check_kind(const QrCodeDef& qr_code) { check_text(qr_code.payload, false); }
  void check_kind(const FigureDef& figure) {
    for (const TextValue* text : {&figure.image, &figure.caption, &figure.alt})
      check_text(*text, false);
  }
  void check_kind(const CalloutDef& callout) {
    check_text(callout.text, false);
    check_blocks(callout.blocks);
  }
  void check_kind(const ListDef& list) {
    for (const TextValue& entry : list.entries) check_text(entry, false);
    check_path_given(list.path);
    push_scope(list.path, "");
    check_text(list.item, false);
    scopes_.pop_back();
  }
  void check_kind(const TableDef& table) {
    check_path_given(table.path);
    push_scope(table.path, "");
    for (const TableColumnDef& column : table.columns) check_text(column.cell, false);
    scopes_.pop_back();
    for (const TableColumnDef& column : table.columns) check_text(column.header, false);
  }
  void check_kind(const EachDef& each) {
    check_path_given(each.path);
    push_scope(each.path, each.alias);
    check_blocks(each.blocks);
    scopes_.pop_back();
  }
  void check_kind(const ConditionDef& condition) {
    check_path_given(condition.path);
    check_blocks(condition.blocks);
    check_blocks(condition.else_blocks);
  }
  void check_kind(const GroupDef& group) { check_blocks(group.blocks); }
  // Kinds without text: nothing to check.
  void check_kind(const TocDef&) {}
  void check_kind(const PageBreakDef&) {}
  void check_kind(const ColumnBreakDef&) {}
  void check_kind(const SpacerDef&) {}
  void check_kind(const RuleBlockDef&) {}

  void check_path_given(const TextValue& path) {
    if (!path.empty()) check_path(path.text, path.where);
  }

  // An `each`, `list` or `table` level: its elements are what the list at `path` declares.
  void push_scope(const TextValue& path, const std::string& alias) {
    const FieldContract* list = path.empty() ? nullptr : resolve(path.text);
    scopes_.push_back({list == nullptr ? nullptr : list->element.get(), alias});
  }

  // The declaration at a path, or nullptr when it cannot be known (`any`, an undeclared list
  // element) or is not declared (reported by check_path).
  const FieldContract* resolve(std::string_view path) { return lookup(path).first; }

  // The field a path names, and whether the path is allowed: also when there is no field to
  // name (`any`, a list of anything, index/number/first/last, a document key).
  std::pair<const FieldContract*, bool> lookup(std::string_view path) {
    std::vector<std::string> names = split(path);
    if (names.empty() || names[0] == ".") return {nullptr, true};
    for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope) {
      if (scope->element == nullptr) return {nullptr, true};
      if (names.size() == 1 && is_each_name(names[0])) return {nullptr, true};
      if (scope->alias == names[0]) return descend(scope->element, names, 1);
      if (const FieldContract* field = field_named(scope->element->fields, names[0])) {
        return descend(field, names, 1);
      }
    }
    if (const FieldContract* field = field_named(contract_.fields, names[0])) {
      return descend(field, names, 1);
    }
    bool document_key =
        std::find(kDocumentKeys.begin(), kDocumentKeys.end(), names[0]) != kDocumentKeys.end();
    return {nullptr, document_key};
  }

  std::pair<const FieldContract*, bool> descend(const FieldContract* field,
                                                const std::vector<std::string>& names,
                                                size_t from) {
    for (size_t i = from; i < names.size(); ++i) {
      if (field->type == FieldType::any) return {nullptr, true};
      field = field_named(field->fields, names[i]);
      if (field == nullptr) return {nullptr, false};
    }
    return {field, true};
  }

  void check_path(std::string_view path, const SourceLocation& where) {
    auto [found, allowed] = lookup(path);
    if (found != nullptr || allowed) return;
    std::vector<std::string> hints;
    if (auto suggestion = did_you_mean(split(path).back(), visible_names(path))) {
      hints.push_back(*suggestion);
    }
    hints.push_back("declare it under the template's 'data:', or use a declared field");
    diagnostics_.error(where,
                       "'" + std::string(path) + "' is not a field the template's 'data:' declares",
                       std::move(hints));
  }

  // The names the last part of `path` could have been.
  std::vector<std::string> visible_names(std::string_view path) {
    std::vector<std::string> names = split(path);
    std::vector<std::string> candidates;
    if (names.size() > 1) {
      names.pop_back();
      std::string parent;
      for (const std::string& name : names) parent += (parent.empty() ? "" : ".") + name;
      if (const FieldContract* field = resolve(parent)) {
        for (const FieldContract& child : field->fields) candidates.push_back(child.name);
      }
      return candidates;
    }
    for (const ContractScope& scope : scopes_) {
      if (scope.element)
        for (const FieldContract& field : scope.element->fields) candidates.push_back(field.name);
      if (!scope.alias.empty()) candidates.push_back(scope.alias);
    }
    if (!scopes_.empty()) candidates.insert(candidates.end(), kEachNames.begin(), kEachNames.end());
    for (const FieldContract& field : contract_.fields) candidates.push_back(field.name);
    candidates.insert(candidates.end(), kDocumentKeys.begin(), kDocumentKeys.end());
    return candidates;
  }

  static bool is_each_name(std::string_view name) {
    return std::find(kEachNames.begin(), kEachNames.end(), name) != kEachNames.end();
  }

  static std::vector<std::string> split(std::string_view path) {
    std::vector<std::string> names;
    size_t start = 0;
    while (start <= path.size()) {
      size_t dot = std::min(path.find('.', start), path.size());
      if (dot > start) names.emplace_back(path.substr(start, dot - start));
      start = dot + 1;
    }
    if (names.empty() && path == ".") names.emplace_back(".");
    return names;
  }

  const DataContract& contract_;
  Diagnostics& diagnostics_;
  std::vector<ContractScope> scopes_;
};

// Section tags must close in the order they open.
void check_sections(YamlReader& reader, const TextValue& text,
                    const std::vector<TemplateTag>& tags) {
  std::vector<const TemplateTag*> open;
  for (const TemplateTag& tag : tags) {
    if (!tag.problem.empty()) continue;
    if (tag.kind == TemplateTag::Kind::section || tag.kind == TemplateTag::Kind::inverted) {
      if (open.size() == kDeepestSectionNesting) {
        reader.error(tag_where(text, tag.offset),
                     "section '" + tag.path + "' nests sections more than " +
                         std::to_string(kDeepestSectionNesting) + " deep",
                     {"close some sections before opening more"});
        return;
      }
      open.push_back(&tag);
    } else if (tag.kind == TemplateTag::Kind::close) {
      if (open.empty() || open.back()->path != tag.path) {
        std::string expected = open.empty() ? "" : " (the open one is '" + open.back()->path + "')";
        reader.error(tag_where(text, tag.offset),
                     "{{/" + tag.path + "}} closes a section that is not open" + expected);
        return;
      }
      open.pop_back();
    }
  }
  if (!open.empty()) {
    reader.error(tag_where(text, open.back()->offset),
                 "section '" + open.back()->path + "' is not closed",
                 {"end it with {{/" + open.back()->path + "}}"});
  }
}

}  // namespace

void check_tag_syntax(YamlReader& reader, const TextValue& text) {
  const std::vector<TemplateTag> tags = scan_template_tags(text.text);
  TextPositions positions(text.where, text.text_line, text.text_column, text.text);
  for (const TemplateTag& tag : tags) {
    if (!tag.problem.empty()) reader.error(positions.at(tag.offset), tag.problem);
  }
  check_sections(reader, text, tags);
}

void check_body_data_paths(const std::vector<BodyBlockDef>& blocks, const DataContract& contract,
                           Diagnostics& diagnostics) {
  if (!contract.declared) return;
  PathChecker(contract, diagnostics).check_blocks(blocks);
}

void check_template_data_paths(const TemplateDef& layout_template, Diagnostics& diagnostics) {
  const DataContract& contract = layout_template.contract;
  if (!contract.declared) return;
  PathChecker checker(contract, diagnostics);
  checker.check_blocks(layout_template.blocks);
  checker.check_blocks(layout_template.back_blocks);
  for (const std::optional<RegionDef>* region :
       {&layout_template.header, &layout_template.footer}) {
    if (!region->has_value()) continue;
    const RegionDef& def = **region;
    std::vector<TextValue> slots = {slot_text(def.left, def.left_at, def.where),
                                    slot_text(def.center, def.center_at, def.where),
                                    slot_text(def.right, def.right_at, def.where)};
    if (def.first_page) {
      const RegionSlotsDef& first = *def.first_page;
      slots.insert(slots.end(), {slot_text(first.left, first.left_at, first.where),
                                 slot_text(first.center, first.center_at, first.where),
                                 slot_text(first.right, first.right_at, first.where)});
    }
    for (const TextValue& slot : slots) checker.check_text(slot, true);
  }
}

}  // namespace handout
