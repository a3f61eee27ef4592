#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bind/expansion_budget.h"
#include "core/template_tags.h"
#include "model/data_tree.h"
#include "model/text_value.h"

namespace handout {

// What a tag's path names while a text is expanded.
struct TagValue {
  enum class Kind { missing, data, flag, text };
  Kind kind = Kind::missing;
  const DataNode* data = nullptr;
  bool flag = false;  // an `each`'s first or last: a real boolean to sections
  std::string text;   // a placeholder kept for layout, such as "{{page}}"
};

// Where the expander looks up a path once the sections the text opened itself have nothing at
// it: the `each` frames from the innermost out, then the data root.
class TagLookup {
 public:
  virtual ~TagLookup() = default;
  // What `path` (split into `names`, never ".") names, if anything.
  virtual TagValue find(std::string_view path,
                        const std::vector<std::string_view>& names) const = 0;
  // What `.` names outside any section: the innermost `each` element, or the data root.
  virtual const DataNode& current() const = 0;
  // The field `name` of `record`, or nullptr.
  virtual const DataNode* field(const DataNode& record, std::string_view name) const = 0;
};

struct TagExpansion {
  std::string text;
  std::string problem;  // why the tags could not be expanded (the loader reports it first)
};

// Expands the tags of a template text as mustache does, escaping off: a variable becomes its
// data's text (or its `| default: "text"`), a {{#section}} repeats its text once per element
// of a list, or once for any other true value, with the value in scope; {{^section}} shows its
// text when the value is missing, false or empty. A line that holds only section tags and
// white space is left out, as mustache leaves it out. Counts against `budget` as it goes: a
// piece and the section's text for every element a section goes through, and the bytes of every
// value filled in; stops as soon as the budget is spent. The text itself is counted by the
// caller, once per expansion.
TagExpansion expand_tags(const TextValue& text, const std::vector<TemplateTag>& tags,
                         const TagLookup& lookup, ExpansionBudget& budget);

}  // namespace handout
