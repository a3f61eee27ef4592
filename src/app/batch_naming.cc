#include "app/batch_naming.h"

#include <filesystem>
#include <vector>

#include "core/edit_distance.h"
#include "core/terminal_text.h"

namespace handout {
namespace {

bool is_ascii_alphanumeric(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string trimmed(std::string_view text) {
  size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(' ') - first + 1));
}

std::vector<std::string> field_names(const DataNode& node) {
  std::vector<std::string> names;
  for (const auto& field : node.fields) names.push_back(field.first);
  return names;
}

// The node at a dotted path, or null (with the error reported).
const DataNode* node_at(const DataNode& scope, const std::string& path, const SourceLocation& where,
                        Diagnostics& diagnostics) {
  const DataNode* node = &scope;
  size_t start = 0;
  while (true) {
    size_t dot = std::min(path.find('.', start), path.size());
    std::string key = path.substr(start, dot - start);
    const DataNode* next = node->field(key);
    if (!next) {
      std::vector<std::string> hints;
      if (auto closest = did_you_mean(key, field_names(*node))) {
        hints.push_back(*closest);
      }
      diagnostics.error(where, "--name: the record has no field '" + path + "'", hints);
      return nullptr;
    }
    node = next;
    if (dot == path.size()) return node;
    start = dot + 1;
  }
}

// The text of one {{...}}: PATH or slug PATH.
std::optional<std::string> placeholder_text(const std::string& inside, const DataNode& scope,
                                            size_t index, const std::string& stem,
                                            const SourceLocation& where, Diagnostics& diagnostics) {
  bool slugged = inside.rfind("slug ", 0) == 0;
  std::string path = slugged ? trimmed(std::string_view(inside).substr(5)) : inside;
  std::string value;
  if (path == "index" && !scope.field("index")) {
    value = std::to_string(index);
  } else if (path == "stem" && !scope.field("stem")) {
    value = stem;
  } else {
    const DataNode* node = node_at(scope, path, where, diagnostics);
    if (!node) return std::nullopt;
    if (!node->is_scalar()) {
      diagnostics.error(node->where, "--name: '" + path + "' is not a text or a number");
      return std::nullopt;
    }
    value = node->scalar.text;
  }
  return slugged ? slug(value) : value;
}

bool is_safe_name(const std::string& name) {
  std::filesystem::path path(name);
  if (name.empty() || path.is_absolute()) return false;
  for (const auto& part : path) {
    if (part == ".." || part == ".") return false;
  }
  return name.back() != '/';
}

}  // namespace

std::string slug(std::string_view text) {
  std::string result;
  bool pending_dash = false;
  for (char c : text) {
    if (is_ascii_alphanumeric(c)) {
      if (pending_dash && !result.empty()) result += '-';
      pending_dash = false;
      result += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else {
      pending_dash = true;
    }
  }
  return result;
}

std::optional<std::string> output_name(std::string_view pattern, const DataNode& scope,
                                       size_t index, const std::string& stem,
                                       const SourceLocation& where, Diagnostics& diagnostics) {
  std::string name;
  size_t at = 0;
  while (at < pattern.size()) {
    size_t open = pattern.find("{{", at);
    if (open == std::string_view::npos) break;
    size_t close = pattern.find("}}", open + 2);
    if (close == std::string_view::npos) {
      diagnostics.error({}, "--name: '{{' without '}}' in '" + std::string(pattern) + "'", {},
                        FailureKind::bad_usage);
      return std::nullopt;
    }
    name += pattern.substr(at, open - at);
    auto text = placeholder_text(trimmed(pattern.substr(open + 2, close - open - 2)), scope, index,
                                 stem, where, diagnostics);
    if (!text) return std::nullopt;
    name += *text;
    at = close + 2;
  }
  name += pattern.substr(at);
  if (has_control_character(name)) {
    diagnostics.error(where,
                      "--name gives record " + std::to_string(index) + " the name '" + name +
                          "', which has a control character",
                      {"name records by a field without line breaks or control characters, or by "
                       "its slug: \"{{slug title}}\""});
    return std::nullopt;
  }
  if (is_safe_name(name)) return name;
  diagnostics.error(where,
                    "--name gives record " + std::to_string(index) +
                        (name.empty() ? " an empty name"
                                      : " the name '" + name +
                                            "', which is not a file name inside the "
                                            "output folder"),
                    {"name records by a field every record has, e.g. \"{{slug title}}\", or "
                     "add {{index}}"});
  return std::nullopt;
}

bool check_output_named_after(const std::string& output_path, const std::string& data_path,
                              Diagnostics& diagnostics) {
  if (!has_control_character(output_path)) return true;
  diagnostics.error({data_path},
                    "the output file '" + output_path +
                        "', named after this data file, would have a control character",
                    {"rename the data file (for one document, -o can name the output)"});
  return false;
}

}  // namespace handout
