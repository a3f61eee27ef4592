#include "bind/tag_expansion.h"

#include "bind/data_scope.h"

namespace handout {
namespace {

// A text's tags as a flat list: a section's node says where its contents end, so that a
// section that does not show is stepped over at once, and nothing recurses over the nesting but
// the expansion itself, whose depth kDeepestSectionNesting bounds.
struct TagNode {
  enum class Kind { text, variable, section, inverted };
  Kind kind = Kind::text;
  std::string_view text;  // text: the characters (of the template text, or a tag's default)
  std::string_view path;  // a variable's or a section's data path
  size_t offset = 0;      // of the tag in the template text, for messages
  size_t length = 0;      // a section's contents in bytes, counted again each time it repeats
  size_t after = 0;       // a section's end: the index of the node after its contents
};

struct ParsedTags {
  std::vector<TagNode> nodes;
  std::string problem;
};

// Reads a text's tags into nodes, as mustache would read the text after handout's own tags are
// written out in mustache: `{{path | default: "text"}}` as
// `{{#path}}{{path}}{{/path}}{{^path}}text{{/path}}`, and an `each`'s {{first}} or {{last}}
// (booleans to mustache, which prints those as nothing) as sections printing "true" or "false".
// Being sections, they also make mustache leave out a line that holds nothing else.
class TagParser {
 public:
  TagParser(std::string_view text, const TagLookup& lookup) : text_(text), lookup_(lookup) {}

  ParsedTags parse(const std::vector<TemplateTag>& tags) {
    size_t at = 0;
    for (const TemplateTag& tag : tags) {
      add_text(text_.substr(at, tag.offset - at));
      at = tag.offset + tag.length;
      if (!tag.problem.empty()) fail(tag.problem);
      if (!parsed_.problem.empty() || !add_tag(tag, at)) return std::move(parsed_);
    }
    if (!open_.empty()) {
      fail("section '" + std::string(parsed_.nodes[open_.back()].path) + "' is not closed");
      return std::move(parsed_);
    }
    add_text(text_.substr(at));
    return std::move(parsed_);
  }

 private:
  bool add_tag(const TemplateTag& tag, size_t contents) {
    switch (tag.kind) {
      case TemplateTag::Kind::section:
      case TemplateTag::Kind::inverted:
        if (open_.size() >= kDeepestSectionNesting) {
          fail("sections nest more than " + std::to_string(kDeepestSectionNesting) + " deep");
          return false;
        }
        open(tag.kind == TemplateTag::Kind::section ? TagNode::Kind::section
                                                    : TagNode::Kind::inverted,
             tag.path, tag.offset);
        parsed_.nodes.back().length = contents;  // where the contents start, until closed
        return true;
      case TemplateTag::Kind::close:
        if (open_.empty() || parsed_.nodes[open_.back()].path != tag.path) {
          fail("{{/" + tag.path + "}} closes a section that is not open");
          return false;
        }
        parsed_.nodes[open_.back()].length = tag.offset - parsed_.nodes[open_.back()].length;
        close();
        return true;
      case TemplateTag::Kind::variable:
        add_variable(tag);
        return true;
      default:  // comments
        return true;
    }
  }

  void add_variable(const TemplateTag& tag) {
    const bool flag = is_each_flag(tag.path);
    if (!tag.has_default && !flag) {
      parsed_.nodes.push_back({TagNode::Kind::variable, {}, tag.path, tag.offset});
      return;
    }
    open(TagNode::Kind::section, tag.path, tag.offset);
    parsed_.nodes.back().length = tag.length;
    if (flag) {
      add_text("true");
    } else {
      parsed_.nodes.push_back({TagNode::Kind::variable, {}, tag.path, tag.offset});
    }
    close();
    open(TagNode::Kind::inverted, tag.path, tag.offset);
    add_text(tag.has_default ? std::string_view(tag.default_text) : "false");
    close();
  }

  // Whether `path` names an `each` frame's first or last, rather than data of that name.
  bool is_each_flag(std::string_view path) const {
    if (path != "first" && path != "last") return false;
    return lookup_.find(path, {path}).kind == TagValue::Kind::flag;
  }

  void add_text(std::string_view text) {
    if (!text.empty()) parsed_.nodes.push_back({TagNode::Kind::text, text});
  }

  void open(TagNode::Kind kind, std::string_view path, size_t offset) {
    open_.push_back(parsed_.nodes.size());
    parsed_.nodes.push_back({kind, {}, path, offset});
  }

  void close() {
    parsed_.nodes[open_.back()].after = parsed_.nodes.size();
    open_.pop_back();
  }

  void fail(std::string problem) { parsed_.problem = std::move(problem); }

  std::string_view text_;
  const TagLookup& lookup_;
  ParsedTags parsed_;
  std::vector<size_t> open_;  // the sections not closed yet
};

TagValue data_value(const DataNode* node) {
  TagValue value;
  if (node == nullptr) return value;
  value.kind = TagValue::Kind::data;
  value.data = node;
  return value;
}

// A value as mustache sees it: null, empty text and empty lists are false; other text, lists
// and records are true (a record even when empty, text even when it reads "false").
bool is_shown(const TagValue& value) {
  switch (value.kind) {
    case TagValue::Kind::missing:
      return false;
    case TagValue::Kind::flag:
      return value.flag;
    case TagValue::Kind::text:
      return !value.text.empty();
    case TagValue::Kind::data:
      break;
  }
  const DataNode& node = *value.data;
  if (node.is_null()) return false;
  if (node.is_scalar()) return !node.scalar.text.empty();
  if (node.is_list()) return !node.elements.empty();
  return true;
}

class Expander {
 public:
  Expander(const TextValue& text, const std::vector<TagNode>& nodes, const TagLookup& lookup,
           ExpansionBudget& budget)
      : text_(text), nodes_(nodes), lookup_(lookup), budget_(budget) {}

  std::string run() {
    expand(0, nodes_.size());
    end_line("");
    return std::move(out_);
  }

 private:
  void expand(size_t first, size_t last) {
    for (size_t i = first; i < last && !budget_.exhausted();) {
      const TagNode& node = nodes_[i];
      switch (node.kind) {
        case TagNode::Kind::text:
          add_literal(node.text);
          ++i;
          break;
        case TagNode::Kind::variable:
          add_variable(node);
          ++i;
          break;
        case TagNode::Kind::section:
        case TagNode::Kind::inverted:
          expand_section(i);
          i = node.after;
          break;
      }
    }
  }

  void expand_section(size_t index) {
    const TagNode& node = nodes_[index];
    TagValue value = find(node.path);
    const bool shown = is_shown(value);
    if (node.kind == TagNode::Kind::inverted) {
      if (shown) return;
      if (value.kind == TagValue::Kind::missing) return show_contents(index);
      return show_contents(index, std::move(value));
    }
    if (!shown) return;
    if (value.kind != TagValue::Kind::data || !value.data->is_list()) {
      return show_contents(index, std::move(value));
    }
    for (const DataNode& element : value.data->elements) {
      // Each element repeats the section's text: a piece, and the text's bytes again.
      if (!budget_.take_piece(ExpansionBudget::Piece::section_repetition,
                              [&] { return where(node.offset); }) ||
          !budget_.take_text(node.length, [&] { return where(node.offset); })) {
        return;
      }
      show_contents(index, data_value(&element));
    }
  }

  // As mustache does, a line with a section that showed counts as a line of tags only.
  void show_contents(size_t index) {
    on_section_line_ = true;
    expand(index + 1, nodes_[index].after);
    on_section_line_ = true;
  }

  void show_contents(size_t index, TagValue value) {
    opened_.push_back(std::move(value));
    show_contents(index);
    opened_.pop_back();
  }

  // Text and numbers print as they are; lists, records and booleans print nothing.
  void add_variable(const TagNode& node) {
    const TagValue value = find(node.path);
    std::string_view shown;
    if (value.kind == TagValue::Kind::text) shown = value.text;
    if (value.kind == TagValue::Kind::data && value.data->is_scalar()) {
      shown = value.data->scalar.text;
    }
    if (shown.empty()) return;
    if (!budget_.take_text(shown.size(), [&] { return where(node.offset); })) return;
    line_ += shown;
  }

  // Mustache's lookup: the sections this text opened, innermost first, then the scope.
  TagValue find(std::string_view path) const {
    if (path == ".") return opened_.empty() ? data_value(&lookup_.current()) : opened_.back();
    const std::vector<std::string_view> names = path_names(path);
    if (names.empty()) return {};
    for (auto section = opened_.rbegin(); section != opened_.rend(); ++section) {
      if (section->kind != TagValue::Kind::data) continue;
      const DataNode* node = section->data;
      for (size_t i = 0; i < names.size() && node != nullptr; ++i) {
        node = lookup_.field(*node, names[i]);
      }
      if (node != nullptr) return data_value(node);
    }
    return lookup_.find(path, names);
  }

  void add_literal(std::string_view literal) {
    while (!literal.empty()) {
      const size_t newline = literal.find_first_of("\r\n");
      if (newline == std::string_view::npos) {
        line_ += literal;
        return;
      }
      line_ += literal.substr(0, newline);
      const size_t length = literal.substr(newline, 2) == "\r\n" ? 2 : 1;
      end_line(literal.substr(newline, length));
      literal.remove_prefix(newline + length);
    }
  }

  // Mustache leaves out a line that held a section and nothing but spaces and tabs besides.
  void end_line(std::string_view newline) {
    const bool blank = line_.find_first_not_of(" \t") == std::string::npos;
    if (!(on_section_line_ && blank)) {
      out_ += line_;
      out_ += newline;
    }
    line_.clear();
    on_section_line_ = false;
  }

  SourceLocation where(size_t offset) const {
    return where_in_text(text_.where, text_.text_line, text_.text_column, text_.text, offset);
  }

  const TextValue& text_;
  const std::vector<TagNode>& nodes_;
  const TagLookup& lookup_;
  ExpansionBudget& budget_;
  std::vector<TagValue> opened_;  // the sections showing, innermost last
  std::string out_;
  std::string line_;  // the line being made, until its end decides whether it shows
  bool on_section_line_ = false;
};

}  // namespace

TagExpansion expand_tags(const TextValue& text, const std::vector<TemplateTag>& tags,
                         const TagLookup& lookup, ExpansionBudget& budget) {
  ParsedTags parsed = TagParser(text.text, lookup).parse(tags);
  if (!parsed.problem.empty()) return {"", parsed.problem};
  return {Expander(text, parsed.nodes, lookup, budget).run(), ""};
}

}  // namespace handout
