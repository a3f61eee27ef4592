#include "bind/data_contract_check.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "bind/field_index.h"
#include "core/edit_distance.h"
#include "core/scalar_kind.h"

namespace handout {
namespace {

const std::vector<std::string> kDocumentKeys = {"title", "subtitle", "author",   "date",
                                                "lang",  "subject",  "keywords", "template"};

// How a record is named in messages, and what its fields are declared by.
struct RecordScope {
  std::string label;  // "the data file", "the 3rd item ('Blockchain')", "'figure'"
  const std::vector<FieldContract>& fields;
  SourceLocation declared;  // the declaration of the record (or the `data:` section)
  bool is_root = false;
};

std::string quoted(std::string_view name) { return "'" + std::string(name) + "'"; }

std::string position_text(const SourceLocation& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

std::string declared_at(const SourceLocation& where) {
  return "declared at " + position_text(where);
}

// "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", ...
std::string ordinal(size_t number) {
  const size_t last_two = number % 100;
  const char* suffix = "th";
  if (last_two < 11 || last_two > 13) {
    if (number % 10 == 1) suffix = "st";
    if (number % 10 == 2) suffix = "nd";
    if (number % 10 == 3) suffix = "rd";
  }
  return std::to_string(number) + suffix;
}

// What the elements of a list are called, from the list's key.
std::string element_noun(std::string_view list_key) {
  if (list_key == "items") return "item";
  if (list_key == "sections") return "section";
  if (list_key == "figures") return "figure";
  return "element";
}

// Long names are shortened at a character boundary so that a message stays one line.
std::string shortened(const std::string& name) {
  constexpr size_t kLongest = 50;
  if (name.size() <= kLongest) return name;
  size_t cut = kLongest - 3;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  return name.substr(0, cut) + "...";
}

ScalarKind kind_of(const DataNode& scalar) {
  return scalar.plain ? core_schema_kind(scalar.scalar.text) : ScalarKind::text;
}

// The text that names an element: its heading, title or name, else its first field that is
// text (not a number or a yes/no value).
std::string element_name(const DataNode& element) {
  if (!element.is_map()) return "";
  for (const char* key : {"heading", "title", "name"}) {
    const DataNode* field = element.field(key);
    if (field && field->is_scalar() && !field->scalar.empty()) return field->scalar.text;
  }
  for (const auto& [key, value] : element.fields) {
    if (value.is_scalar() && !value.scalar.empty() && kind_of(value) == ScalarKind::text) {
      return value.scalar.text;
    }
  }
  return "";
}

std::string element_label(const DataNode& element, size_t index, std::string_view list_key,
                          const std::string& owner) {
  std::string noun = element_noun(list_key);
  std::string label = "the " + ordinal(index + 1) + " " + noun;
  std::string name = shortened(element_name(element));
  if (!name.empty()) label += " (" + quoted(name) + ")";
  // "the 2nd element of 'tags'": a general noun needs the list's name.
  if (noun == "element" && !list_key.empty()) label += " of " + quoted(list_key);
  if (!owner.empty()) label += " of " + owner;
  return label;
}

std::string field_label(const std::string& name, const RecordScope& record) {
  return record.is_root ? quoted(name) : quoted(name) + " of " + record.label;
}

std::string wanted_text(FieldType type) {
  switch (type) {
    case FieldType::text:
      return "text";
    case FieldType::number:
      return "a number";
    case FieldType::boolean:
      return "true or false";
    case FieldType::date:
      return "a date written YYYY-MM-DD";
    case FieldType::url:
      return "a URL starting with http://, https:// or mailto:";
    case FieldType::list:
      return "a list";
    case FieldType::record:
      return "a mapping of fields";
    case FieldType::any:
      return "anything";
  }
  return "anything";
}

// What a data value is, in the words of YamlReader::describe.
std::string actual_text(const DataNode& value) {
  if (value.is_list()) return "a list";
  if (value.is_map()) return "a mapping";
  if (value.is_null()) return "empty";
  switch (kind_of(value)) {
    case ScalarKind::number:
      return "a number";
    case ScalarKind::boolean:
      return "a yes/no value";
    default:
      return "the text '" + shortened(value.scalar.text) + "'";
  }
}

bool is_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  if (!is_digits(text.substr(0, 4)) || !is_digits(text.substr(5, 2)) ||
      !is_digits(text.substr(8, 2))) {
    return false;
  }
  int month = std::stoi(std::string(text.substr(5, 2)));
  int day = std::stoi(std::string(text.substr(8, 2)));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool is_url(std::string_view text) {
  for (std::string_view scheme : {"http://", "https://", "mailto:"}) {
    if (text.starts_with(scheme) && text.size() > scheme.size()) return true;
  }
  return false;
}

bool has_type(const DataNode& value, FieldType type) {
  switch (type) {
    case FieldType::text:
      return value.is_scalar();
    case FieldType::number:
      return value.is_scalar() && kind_of(value) == ScalarKind::number;
    case FieldType::boolean:
      return value.is_scalar() && kind_of(value) == ScalarKind::boolean;
    case FieldType::date:
      return value.is_scalar() && is_date(value.scalar.text);
    case FieldType::url:
      return value.is_scalar() && is_url(value.scalar.text);
    case FieldType::list:
      return value.is_list();
    case FieldType::record:
      return value.is_map();
    case FieldType::any:
      return true;
  }
  return true;
}

// A value that stands for nothing: null, a text in quotes with nothing in it, an empty list.
bool is_empty_value(const DataNode& value) {
  return value.is_null() || (value.is_scalar() && value.scalar.empty()) ||
         (value.is_list() && value.elements.empty());
}

std::string quoted_names(const std::vector<std::string>& names) {
  // A contract may declare thousands of fields: a hint names the first few.
  constexpr size_t kNamed = 20;
  std::string list;
  const size_t shown = std::min(names.size(), kNamed);
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) list += i + 1 == names.size() ? " and " : ", ";
    list += quoted(names[i]);
  }
  if (shown < names.size()) list += " and " + std::to_string(names.size() - shown) + " more";
  return list;
}

// What one record's declaration allows, found once for all the records it declares: a list of
// thousands of records checked against thousands of declared fields would otherwise cost their
// product.
struct Declarations {
  std::unordered_map<std::string_view, size_t> position;  // of each declared field, by name
  std::vector<size_t> required;                           // the required fields' positions
  std::vector<std::string> allowed;  // declared names, and handout's own keys at the top
  std::unordered_set<std::string_view> allowed_set;

  Declarations(const std::vector<FieldContract>& fields, bool is_root) {
    for (size_t i = 0; i < fields.size(); ++i) {
      position.try_emplace(fields[i].name, i);
      if (fields[i].required) required.push_back(i);
      allowed.push_back(fields[i].name);
    }
    if (is_root) {  // handout's own keys, less those the contract declares too
      for (const std::string& key : kDocumentKeys) {
        if (!position.contains(key)) allowed.push_back(key);
      }
    }
    for (const std::string& name : allowed) allowed_set.insert(name);
  }
};

class ContractChecker {
 public:
  // After this many errors the check stops: the data is wrong either way, and a list of
  // thousands of records each missing thousands of required fields would otherwise make their
  // product in messages.
  static constexpr size_t kMostErrors = 100;

  explicit ContractChecker(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  void check_record(const DataNode& record, const RecordScope& scope) {
    const Declarations& declared = declarations_of(scope);
    std::vector<std::string> suggested = check_unknown_fields(record, scope, declared);
    // The declared fields the record has, and the required ones it lacks, in declared order.
    std::vector<std::pair<size_t, const DataNode*>> fields;
    for (const auto& [key, value] : record.fields) {
      auto found = declared.position.find(key);
      if (found != declared.position.end()) fields.emplace_back(found->second, &value);
    }
    for (size_t required : declared.required) {
      if (!fields_.field(record, scope.fields[required].name))
        fields.emplace_back(required, nullptr);
    }
    std::sort(fields.begin(), fields.end());
    for (const auto& [position, value] : fields) {
      if (stopped_) return;
      check_field(record, scope.fields[position], value, scope, suggested);
    }
  }

  // Says that errors were left out, if they were, at `where` (the data file).
  void finish(const SourceLocation& where) {
    if (!stopped_) return;
    diagnostics_.error(where,
                       "the data has more problems with the template's contract than the " +
                           std::to_string(kMostErrors) + " shown",
                       {"fix these and check again"});
  }

 private:
  void check_field(const DataNode& record, const FieldContract& field, const DataNode* value,
                   const RecordScope& scope, const std::vector<std::string>& suggested) {
    const bool misspelt =
        std::find(suggested.begin(), suggested.end(), field.name) != suggested.end();
    if (value == nullptr) {
      if (!misspelt)
        error(record.where, scope.label + " has no " + quoted(field.name), field.where);
    } else if (field.required && is_empty_value(*value)) {
      error(value->where, scope.label + " has an empty " + quoted(field.name), field.where);
    } else if (!value->is_null()) {
      check_value(*value, field, field_label(field.name, scope), field.name, scope);
    }
  }

  const Declarations& declarations_of(const RecordScope& scope) {
    auto [entry, made] = declarations_.try_emplace({&scope.fields, scope.is_root});
    if (made) entry->second = std::make_unique<Declarations>(scope.fields, scope.is_root);
    return *entry->second;
  }

  // Reports the record's fields that the contract does not declare; gives the declared names
  // suggested for them, which then are not reported as missing too.
  std::vector<std::string> check_unknown_fields(const DataNode& record, const RecordScope& scope,
                                                const Declarations& declared) {
    std::vector<std::string> suggested;
    if (scope.fields.empty() && !scope.is_root) return suggested;  // any fields
    for (const auto& [key, value] : record.fields) {
      if (stopped_) break;
      if (declared.allowed_set.contains(key)) continue;
      std::vector<std::string> hints;
      if (auto suggestion = closest_name(key, declared.allowed)) {
        hints.push_back(did_you_mean(*suggestion));
        auto position = declared.position.find(*suggestion);
        if (position != declared.position.end()) {
          hints.push_back(declared_at(scope.fields[position->second].where));
        }
        suggested.push_back(*suggestion);
      } else {
        hints.push_back("the fields allowed here are " + quoted_names(declared.allowed) + " (" +
                        declared_at(scope.declared) + ")");
      }
      report(value.key_where, "unknown field " + quoted(key) + " in " + scope.label,
             std::move(hints));
    }
    return suggested;
  }

  // `subject` names the value in messages; `key` is the key it stands under (for the noun of
  // a list's elements); `owner` the record that holds it.
  void check_value(const DataNode& value, const FieldContract& field, const std::string& subject,
                   std::string_view key, const RecordScope& owner) {
    if (!has_type(value, field.type)) {
      report_wrong_type(value, field, subject);
      return;
    }
    if (field.type == FieldType::record) {
      check_record(value, {subject, field.fields, field.where});
    } else if (field.type == FieldType::list && field.element) {
      check_elements(value, *field.element, key, owner);
    }
  }

  void check_elements(const DataNode& list, const FieldContract& element, std::string_view key,
                      const RecordScope& owner) {
    const std::string owner_label = owner.is_root ? "" : owner.label;
    for (size_t i = 0; i < list.elements.size() && !stopped_; ++i) {
      const DataNode& value = list.elements[i];
      std::string label = element_label(value, i, key, owner_label);
      if (value.is_null()) {
        error(value.where, label + " is empty", element.where);
        continue;
      }
      // A list of lists: the inner elements are named after the outer element.
      check_value(value, element, label, "", {label, element.fields, element.where});
    }
  }

  void report_wrong_type(const DataNode& value, const FieldContract& field,
                         const std::string& subject) {
    std::vector<std::string> hints;
    if (field.type == FieldType::number && value.is_scalar() && !value.plain &&
        core_schema_kind(value.scalar.text) == ScalarKind::number) {
      hints.push_back("remove the quotes: a number in quotes is text");
    }
    if (field.type == FieldType::record && !field.fields.empty()) {
      hints.push_back("its fields are " +
                      quoted_names(declarations_of({"", field.fields, field.where}).allowed));
    }
    hints.push_back(declared_at(field.where));
    report(value.where,
           subject + " must be " + wanted_text(field.type) + ", but this is " + actual_text(value),
           std::move(hints));
  }

  void error(const SourceLocation& where, std::string message, const SourceLocation& declared) {
    report(where, std::move(message), {declared_at(declared)});
  }

  void report(const SourceLocation& where, std::string message, std::vector<std::string> hints) {
    if (reported_ == kMostErrors) {
      stopped_ = true;
      return;
    }
    ++reported_;
    diagnostics_.error(where, std::move(message), std::move(hints));
  }

  Diagnostics& diagnostics_;
  FieldIndex fields_;
  std::map<std::pair<const std::vector<FieldContract>*, bool>, std::unique_ptr<Declarations>>
      declarations_;
  size_t reported_ = 0;
  bool stopped_ = false;
};

}  // namespace

void check_data_contract(const HandoutData& data, const DataContract& contract,
                         Diagnostics& diagnostics) {
  if (!contract.declared) return;
  ContractChecker checker(diagnostics);
  RecordScope root{"the data file", contract.fields, contract.where, true};
  if (data.tree.is_map()) checker.check_record(data.tree, root);
  checker.finish(data.tree.where);
}

}  // namespace handout
