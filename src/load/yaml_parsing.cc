#include "load/yaml_parsing.h"

#include <cstdio>
#include <utility>
#include <vector>

#include "load/utf8_check.h"

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

// yaml-cpp reads a stray line after a finished top-level list as a second document, so a
// second document is more often a broken indentation than an intended '---'.
void report_second_document(const YAML::Node& document, const std::string& file,
                            Diagnostics& diagnostics) {
  diagnostics.error(location_of(document.Mark(), file),
                    "a second YAML document starts here, but the file must hold only one",
                    {"check this line's indentation, or remove the '---' line above it"});
}

// The byte offset of a 0-based line and column in `text`, if the text has that line.
std::optional<size_t> offset_of(std::string_view text, const YAML::Mark& mark) {
  size_t offset = 0;
  for (int line = 0; line < mark.line; ++line) {
    offset = text.find('\n', offset);
    if (offset == std::string_view::npos) return std::nullopt;
    ++offset;
  }
  return offset + static_cast<size_t>(mark.column);
}

// Whether the quoted text opened at `open` is closed before the end of `text`.
bool quote_is_closed(std::string_view text, size_t open) {
  const char quote = text[open];
  for (size_t at = open + 1; at < text.size(); ++at) {
    if (quote == '"' && text[at] == '\\') {
      ++at;  // an escaped character, perhaps a quote
    } else if (text[at] == quote) {
      if (quote == '\'' && at + 1 < text.size() && text[at + 1] == '\'') {
        ++at;  // '' is a quote inside single-quoted text
      } else {
        return true;
      }
    }
  }
  return false;
}

// The value written last in the document: the last entry of the last entry of ... the root.
YAML::Node last_value(const YAML::Node& root) {
  // Node's operator= writes into the node it refers to; reset() only rebinds the handle.
  YAML::Node last;
  last.reset(root);
  while ((last.IsMap() || last.IsSequence()) && last.size() > 0) {
    YAML::Node next;
    for (YAML::const_iterator it = last.begin(); it != last.end(); ++it) {
      next.reset(last.IsMap() ? it->second : *it);
    }
    last.reset(next);
  }
  return last;
}

// yaml-cpp accepts quoted text left open at the end of a file when a line break follows the
// opening quote, swallowing every line after it. Such text is always the document's last value.
bool is_unclosed_quote(std::string_view text, const YAML::Node& last) {
  if (!last.IsScalar() || last.Tag() != "!") return false;
  std::optional<size_t> open = offset_of(text, last.Mark());
  if (!open || *open >= text.size() || (text[*open] != '"' && text[*open] != '\'')) return false;
  return !quote_is_closed(text, *open);
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
                                     Diagnostics& diagnostics) {
  report_invalid_utf8(text, file, diagnostics);
  std::vector<YAML::Node> documents;
  try {
    documents = YAML::LoadAll(std::string(text));
  } catch (const YAML::Exception& error) {
    diagnostics.error(location_of(error.mark, file), readable_syntax_message(error.msg));
    return std::nullopt;
  }
  if (documents.empty()) return YAML::Node();
  if (documents.size() > 1) {
    report_second_document(documents[1], file, diagnostics);
    return std::nullopt;
  }
  if (YAML::Node last = last_value(documents.front()); is_unclosed_quote(text, last)) {
    diagnostics.error(location_of(last.Mark(), file),
                      readable_syntax_message("illegal EOF in scalar"));
    return std::nullopt;
  }
  return documents.front();
}

}  // namespace handout
