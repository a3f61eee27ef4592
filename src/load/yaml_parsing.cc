#include "load/yaml_parsing.h"

#include <yaml-cpp/depthguard.h>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "load/utf8_check.h"
#include "load/yaml_quirks.h"
#include "load/yaml_tree_building.h"

namespace handout {
namespace {

// yaml-cpp's messages (yaml-cpp/exceptions.h) that a user meets, by their fixed first words.
const std::vector<std::pair<std::string_view, std::string_view>>& syntax_explanations() {
  static const std::vector<std::pair<std::string_view, std::string_view>> explanations = {
      {"end of map not found",
       "unexpected text where the next key of a mapping should start; check the indentation, "
       "and put text that contains ': ' or ' #' in quotes"},
      {"end of sequence not found",
       "unexpected text where the next '- ' entry of a list should start; check the "
       "indentation"},
      {"end of map flow not found", "a '{' is not closed by a matching '}'"},
      {"end of sequence flow not found", "a '[' is not closed by a matching ']'"},
      {"illegal map value", "a ': ' where no key can start; put text that contains ': ' in quotes"},
      {"illegal map key", "a '? ' key where no key can start"},
      {"illegal block entry", "a '- ' list entry where no list can start; check the indentation"},
      {"illegal flow end", "a ']' or '}' that closes nothing"},
      {"illegal tab when looking for indentation",
       "a tab in the indentation; YAML indents with spaces only"},
      {"illegal EOF in scalar", "the file ends inside quoted text; a closing quote is missing"},
      {"illegal document indicator in scalar",
       "a '---' or '...' line inside quoted text; a closing quote is missing"},
      {"unknown escape character: ",
       "an unknown '\\' escape in double-quoted text; write '\\\\' for a backslash, or use "
       "single quotes"},
      {"invalid unicode: ", "a '\\u' or '\\U' escape that is not a Unicode character"},
      {"the referenced anchor is not defined",
       "an alias '*name' whose anchor '&name' is not "
       "defined above it"},
      {"unknown token", "a character that cannot start a value here; put the text in quotes"},
      {"illegal character in scalar",
       "a character that plain text cannot hold here; put the text in quotes"},
      {"invalid character in single-quoted string",
       "a character that single-quoted text cannot hold"},
      {"unexpected character in block scalar",
       "unexpected characters after '|' or '>'; the text starts on the next line"},
  };
  return explanations;
}

SourceLocation location_of(const YAML::Mark& mark, const std::string& file) {
  if (mark.is_null()) return {file};
  return {file, mark.line + 1, mark.column + 1};
}

void report_invalid_utf8(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  for (const InvalidUtf8& invalid : find_invalid_utf8(text)) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", invalid.first_byte);
    diagnostics.error({file, invalid.line, invalid.column},
                      std::string("text that is not UTF-8 (byte ") + byte + ")",
                      {"save the file in the UTF-8 encoding"});
  }
}

// A NUL byte never occurs in text: the file is binary (an image, an archive, a PDF named .yaml),
// and what its bytes would give as UTF-8 and YAML errors helps nobody.
bool report_binary_file(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  const size_t nul = text.find('\0');
  if (nul == std::string_view::npos) return false;
  const std::string_view before = text.substr(0, nul);
  const size_t line_start = before.rfind('\n');
  const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  const int column =
      static_cast<int>(line_start == std::string_view::npos ? nul + 1 : nul - line_start);
  // UTF-16 (as some Windows editors save) puts a NUL beside every ASCII letter.
  const bool utf16 = text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF") ||
                     (text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0'));
  diagnostics.error({file, line, column},
                    "this is a binary file (it holds a NUL byte), not YAML text",
                    {utf16 ? "it looks like UTF-16 text: save the file in the UTF-8 encoding"
                           : "check that the path names the right file"});
  return true;
}

// yaml-cpp reads a stray line after a finished top-level list as a second document, so a
// second document is more often a broken indentation than an intended '---'.
void report_second_document(std::string_view text, const YAML::Mark& start, const std::string& file,
                            Diagnostics& diagnostics) {
  std::optional<size_t> offset = offset_of(text, start.line, start.column);
  if (offset && *offset < text.size() && text[*offset] == ',') {
    diagnostics.error(location_of(start, file),
                      "YAML syntax error: a ',' outside of a [ ] list or { } mapping",
                      {"put text that contains ',' in quotes"});
    return;
  }
  diagnostics.error(location_of(start, file),
                    "a second YAML document starts here, but the file must hold only one",
                    {"check this line's indentation, or remove the '---' line above it"});
}

// yaml-cpp often blames a tab in the indentation on what follows it ("illegal block entry").
std::vector<std::string> tab_hint(std::string_view text, const YAML::Mark& mark) {
  if (mark.is_null()) return {};
  std::optional<size_t> line_start = offset_of(text, mark.line, 0);
  if (!line_start) return {};
  std::string_view line = text.substr(*line_start, text.find('\n', *line_start) - *line_start);
  std::string_view indentation = line.substr(0, line.find_first_not_of(" \t"));
  if (indentation.find('\t') == std::string_view::npos) return {};
  return {"this line is indented with a tab; YAML indents with spaces only"};
}

// Where to point for a syntax error: yaml-cpp's mark, except for an unclosed '[' or '{', which
// it reports at the end of the file instead of at the bracket.
YAML::Mark syntax_error_mark(std::string_view text, const YAML::Exception& error) {
  const bool unclosed_flow = error.msg.starts_with("end of sequence flow not found") ||
                             error.msg.starts_with("end of map flow not found");
  if (!unclosed_flow) return error.mark;
  return unclosed_flow_start(text).value_or(error.mark);
}

// The name of the alias at `mark` ("*base"), or "an alias" when the text there is not one.
std::string alias_at(std::string_view text, const YAML::Mark& mark) {
  std::optional<size_t> at = offset_of(text, mark.line, mark.column);
  if (!at || *at >= text.size() || text[*at] != '*') return "an alias";
  const size_t end = text.find_first_of(" \t\r\n,[]{}", *at + 1);
  return "'" + std::string(text.substr(*at, end - *at)) + "'";
}

void report_broken_bound(std::string_view text, const YamlBoundBroken& broken,
                         const YamlBudget& budget, const std::string& file,
                         Diagnostics& diagnostics) {
  const SourceLocation where = location_of(broken.mark, file);
  const std::string alias = alias_at(text, broken.mark);
  switch (broken.kind) {
    case YamlBoundBroken::Kind::too_deep:
      diagnostics.error(where,
                        "lists and mappings nest more than " + std::to_string(budget.max_depth) +
                            " deep here" +
                            (broken.through_alias ? " once " + alias + " repeats its value" : ""),
                        {raise_limit_hint(kMaxYamlDepthOption)});
      return;
    case YamlBoundBroken::Kind::too_many:
      diagnostics.error(where,
                        broken.through_alias
                            ? "the YAML expands to more than " + std::to_string(budget.max_values) +
                                  " values through aliases (&name/*name); " + alias +
                                  " here goes past it"
                            : "the YAML holds more than " + std::to_string(budget.max_values) +
                                  " values (a template counts with the files it includes)",
                        {raise_limit_hint(kMaxYamlValuesOption)});
      return;
    case YamlBoundBroken::Kind::too_much_text:
      diagnostics.error(where,
                        broken.through_alias
                            ? "the YAML expands to more than " +
                                  size_in_words(budget.max_text_bytes) +
                                  " of text through aliases (&name/*name), more than a file may "
                                  "hold; " +
                                  alias + " here goes past it"
                            : "the YAML holds more than " + size_in_words(budget.max_text_bytes) +
                                  " of text (a template counts with the files it includes)",
                        {raise_limit_hint(kMaxInputSizeOption, "SIZE")});
      return;
    case YamlBoundBroken::Kind::alias_cycle:
      diagnostics.error(where,
                        "the alias " + alias +
                            " stands inside the value its anchor names, so that value would "
                            "contain itself forever",
                        {"an alias can only repeat a value that ends before it"});
      return;
  }
}

}  // namespace

std::string readable_syntax_message(const std::string& yaml_cpp_message) {
  for (const auto& [prefix, explanation] : syntax_explanations()) {
    if (yaml_cpp_message.starts_with(prefix))
      return "YAML syntax error: " + std::string(explanation);
  }
  return "YAML syntax error: " + yaml_cpp_message;
}

std::optional<YAML::Node> parse_yaml(std::string_view text, const std::string& file,
                                     YamlBudget& budget, Diagnostics& diagnostics) {
  if (report_binary_file(text, file, diagnostics)) return std::nullopt;
  report_invalid_utf8(text, file, diagnostics);
  std::optional<YAML::Node> root;
  try {
    FirstDocument first = parse_first_document(text, budget);
    if (first.second_document_start) {
      report_second_document(text, *first.second_document_start, file, diagnostics);
      return std::nullopt;
    }
    root.emplace(std::move(first.root));
  } catch (const YamlBoundBroken& broken) {
    report_broken_bound(text, broken, budget, file, diagnostics);
    return std::nullopt;
  } catch (const YAML::DeepRecursion& error) {
    // yaml-cpp's own bound, below which --max-yaml-depth must stay.
    diagnostics.error(
        location_of(error.mark, file),
        "lists and mappings nest deeper here than the YAML reader can follow",
        {"handout reads values nested at most " + std::to_string(kDeepestYamlNesting) + " deep"});
    return std::nullopt;
  } catch (const YAML::Exception& error) {
    diagnostics.error(location_of(syntax_error_mark(text, error), file),
                      readable_syntax_message(error.msg), tab_hint(text, error.mark));
    return std::nullopt;
  }
  if (std::optional<YAML::Mark> open = unclosed_final_quote(text, *root)) {
    diagnostics.error(location_of(*open, file), readable_syntax_message("illegal EOF in scalar"));
    return std::nullopt;
  }
  return root;
}

}  // namespace handout
