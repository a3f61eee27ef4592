#include "load/yaml_node_reader.h"

#include <algorithm>

#include "core/edit_distance.h"
#include "load/scalar_kind.h"

namespace handout {
namespace {

std::vector<std::string> split_lines(std::string_view source) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= source.size()) {
    size_t end = source.find('\n', start);
    if (end == std::string_view::npos) end = source.size();
    std::string_view line = source.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.emplace_back(line);
    start = end + 1;
  }
  return lines;
}

// How YAML types a scalar node: by its tag, or for a plain one by the core schema. yaml-cpp
// tags plain scalars "?" and quoted or block ones "!".
ScalarKind kind_of(const YAML::Node& scalar) {
  const std::string& tag = scalar.Tag();
  if (tag == "?") return core_schema_kind(scalar.Scalar());
  if (tag == "!") return ScalarKind::text;
  return tagged_scalar_kind(tag);
}

}  // namespace

YamlReader::YamlReader(std::string file, std::string_view source, Diagnostics& diagnostics)
    : file_(std::move(file)), lines_(split_lines(source)), diagnostics_(diagnostics) {}

SourceLocation YamlReader::where(const YAML::Node& node) const {
  YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {file_};
  return {file_, mark.line + 1, mark.column + 1};
}

char YamlReader::source_char(const SourceLocation& at) const {
  std::string_view line = source_line(at.line);
  if (at.column < 1 || static_cast<size_t>(at.column) > line.size()) return '\0';
  return line[at.column - 1];
}

std::string_view YamlReader::source_line(int line) const {
  if (line < 1 || line > static_cast<int>(lines_.size())) return {};
  return lines_[line - 1];
}

int YamlReader::verbatim_column(const YAML::Node& scalar) const {
  SourceLocation start = where(scalar);
  const std::string& text = scalar.Scalar();
  std::string_view line = source_line(start.line);
  if (text.find('\n') != std::string::npos || start.column < 1) return 0;
  size_t column = static_cast<size_t>(start.column - 1);
  bool quoted = column < line.size() && (line[column] == '"' || line[column] == '\'');
  if (quoted && scalar.Tag() == "!") ++column;
  // Escapes and folded lines make the text differ from the source; then only the start is known.
  if (line.substr(std::min(column, line.size()), text.size()) != text) return 0;
  return static_cast<int>(column) + 1;
}

std::optional<std::pair<int, int>> YamlReader::literal_block_start(const YAML::Node& scalar) const {
  SourceLocation start = where(scalar);
  std::string_view indicator_line = source_line(start.line);
  if (start.column < 1 || static_cast<size_t>(start.column) > indicator_line.size() ||
      indicator_line[start.column - 1] != '|') {
    return std::nullopt;
  }
  // The block's indentation is that of its first line with text.
  int first = start.line + 1;
  size_t indent = std::string_view::npos;
  for (int line = first; line <= static_cast<int>(lines_.size()); ++line) {
    std::string_view text = lines_[line - 1];
    if (text.find_first_not_of(' ') == std::string_view::npos) continue;
    indent = text.find_first_not_of(' ');
    break;
  }
  if (indent == std::string_view::npos) return std::nullopt;
  // Check that every line of the text is its source line less the indentation.
  std::string_view text = scalar.Scalar();
  for (int line = first; !text.empty(); ++line) {
    size_t end = std::min(text.find('\n'), text.size());
    std::string_view source = source_line(line);
    std::string_view expected = source.size() > indent ? source.substr(indent) : "";
    if (text.substr(0, end) != expected) return std::nullopt;
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return std::pair{first, static_cast<int>(indent) + 1};
}

TextValue YamlReader::placed_text(const YAML::Node& scalar) const {
  TextValue value{scalar.Scalar(), where(scalar)};
  if (int column = verbatim_column(scalar); column > 0) {
    value.text_line = value.where.line;
    value.text_column = column;
  } else if (auto block = literal_block_start(scalar)) {
    value.text_line = block->first;
    value.text_column = block->second;
  }
  return value;
}

SourceLocation YamlReader::where_in_scalar(const YAML::Node& scalar, size_t offset) const {
  SourceLocation start = where(scalar);
  if (int column = verbatim_column(scalar); column > 0) {
    start.column = column + static_cast<int>(offset);
  }
  return start;
}

void YamlReader::error(const YAML::Node& at, std::string message, std::vector<std::string> hints) {
  error(where(at), std::move(message), std::move(hints));
}

void YamlReader::error(SourceLocation at, std::string message, std::vector<std::string> hints) {
  diagnostics_.error(std::move(at), std::move(message), std::move(hints));
}

std::string YamlReader::describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Scalar:
      switch (kind_of(node)) {
        case ScalarKind::text:
          return "text";
        case ScalarKind::number:
          return "a number";
        case ScalarKind::boolean:
          return "a yes/no value";
        case ScalarKind::null:
          return "empty";
      }
      return "text";
    default:
      return "empty";
  }
}

bool YamlReader::expect(const YAML::Node& node, YAML::NodeType::value type,
                        std::string_view subject, std::string_view wanted,
                        std::vector<std::string> hints) {
  if (node.Type() == type) return true;
  error(
      node,
      std::string(subject) + " must be " + std::string(wanted) + ", but this is " + describe(node),
      std::move(hints));
  return false;
}

TextValue YamlReader::text(const YAML::Node& node, std::string_view subject) {
  if (node.IsScalar() && kind_of(node) == ScalarKind::text) {
    return placed_text(node);
  }
  std::vector<std::string> hints;
  if (node.IsScalar() && kind_of(node) != ScalarKind::null) {
    error(node, std::string(subject) + " must be text, but this is " + describe(node) +
                    "; put it in quotes if you mean the text");
    return {"", where(node)};
  }
  if (node.IsMap() && source_char(where(node)) == '{') {
    hints.push_back("text that starts with '{' must be in quotes, e.g. \"{{title}}\"");
  }
  expect(node, YAML::NodeType::Scalar, subject, "text", std::move(hints));
  return {"", where(node)};
}

TextValue YamlReader::text_or_number(const YAML::Node& node, std::string_view subject) {
  if (node.IsScalar() && kind_of(node) == ScalarKind::number) return {node.Scalar(), where(node)};
  return text(node, subject);
}

std::optional<bool> YamlReader::boolean(const YAML::Node& node, std::string_view subject) {
  if (node.IsScalar() && kind_of(node) == ScalarKind::boolean) {
    return node.Scalar().front() == 't' || node.Scalar().front() == 'T';
  }
  error(node, std::string(subject) + " must be true or false, but this is " + describe(node));
  return std::nullopt;
}

MappingReader::MappingReader(YamlReader& reader, const YAML::Node& mapping, std::string owner,
                             std::vector<std::string> known_keys)
    : reader_(reader),
      mapping_(mapping),
      owner_(std::move(owner)),
      known_keys_(std::move(known_keys)) {
  for (const auto& pair : mapping_) add_entry(pair.first, pair.second);
}

void MappingReader::add_entry(const YAML::Node& key_node, const YAML::Node& value) {
  if (!key_node.IsScalar()) {
    reader_.error(key_node, "a key must be a name, but this is " + YamlReader::describe(key_node));
    return;
  }
  MappingEntry candidate{key_node.Scalar(), key_node, value};
  if (const MappingEntry* first = entry(candidate.key)) {
    reader_.error(key_node,
                  "duplicate key '" + candidate.key + "' (first given at line " +
                      std::to_string(reader_.where(first->key_node).line) + ")",
                  {"remove one of them; only one value can be used"});
    return;
  }
  if (!known_keys_.empty() &&
      std::find(known_keys_.begin(), known_keys_.end(), candidate.key) == known_keys_.end()) {
    report_unknown_key(candidate);
  }
  key_indexes_.emplace(candidate.key, entries_.size());
  entries_.push_back(std::move(candidate));
}

void MappingReader::report_unknown_key(const MappingEntry& unknown) {
  std::string hint = "the keys allowed here are " + quoted_list(known_keys_);
  if (auto suggestion = closest_name(unknown.key, known_keys_)) {
    hint = did_you_mean(*suggestion);
    suggested_keys_.push_back(*suggestion);
  }
  reader_.error(unknown.key_node, "unknown key '" + unknown.key + "' in " + owner_, {hint});
}

const MappingEntry* MappingReader::entry(std::string_view key) const {
  auto found = key_indexes_.find(key);
  return found == key_indexes_.end() ? nullptr : &entries_[found->second];
}

std::optional<YAML::Node> MappingReader::find(std::string_view key) const {
  const MappingEntry* found = entry(key);
  if (found == nullptr || found->value.IsNull()) return std::nullopt;
  return found->value;
}

std::optional<YAML::Node> MappingReader::require(std::string_view key) {
  const MappingEntry* found = entry(key);
  // A misspelt key was already reported with this key as its suggestion: saying that the key
  // is missing too would report one mistake twice.
  bool misspelt =
      std::find(suggested_keys_.begin(), suggested_keys_.end(), key) != suggested_keys_.end();
  if (found == nullptr) {
    if (!misspelt) reader_.error(where(), owner_ + " has no '" + std::string(key) + "'");
  } else if (found->value.IsNull()) {
    reader_.error(found->key_node, owner_ + " has an empty '" + std::string(key) + "'");
  }
  return find(key);
}

TextValue MappingReader::optional_text(std::string_view key) {
  std::optional<YAML::Node> value = find(key);
  if (!value) return {};
  return reader_.text(*value, key);
}

TextValue MappingReader::required_text(std::string_view key) {
  std::optional<YAML::Node> value = require(key);
  if (!value) return {};
  TextValue text = reader_.text(*value, key);
  if (text.empty() && value->IsScalar() && value->Tag() == "!") {
    reader_.error(*value, owner_ + " has an empty '" + std::string(key) + "'");
  }
  return text;
}

}  // namespace handout
