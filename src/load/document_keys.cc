#include "load/document_keys.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/edit_distance.h"
#include "core/pdf_limits.h"
#include "core/whitespace.h"

namespace handout {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// BCP 47's shape, not its registry: subtags of 1 to 8 letters or digits joined by hyphens,
// the first one letters only ("en", "en-US", "zh-Hant-TW", "x-private").
bool looks_like_language_tag(std::string_view tag) {
  size_t start = 0;
  for (bool first = true;; first = false) {
    size_t end = std::min(tag.find('-', start), tag.size());
    std::string_view subtag = tag.substr(start, end - start);
    if (subtag.empty() || subtag.size() > 8) return false;
    for (char c : subtag) {
      if (!is_ascii_letter(c) && (first || !is_ascii_digit(c))) return false;
    }
    if (end == tag.size()) return true;
    start = end + 1;
  }
}

}  // namespace

void check_language_tag(const TextValue& lang, Diagnostics& diagnostics) {
  if (lang.text.size() > kMostPdfStringBytes) {
    diagnostics.error(
        lang.where,
        "lang " + too_long_for_pdf(lang.text.size()) + "the PDF's language entry can hold",
        {"a language tag is short, like 'en' or 'en-US'"});
    return;
  }
  if (lang.empty() || looks_like_language_tag(lang.text)) return;
  std::vector<std::string> hints;
  std::string hyphenated = lang.text;
  std::replace(hyphenated.begin(), hyphenated.end(), '_', '-');
  if (looks_like_language_tag(hyphenated)) hints.push_back(did_you_mean(hyphenated));
  diagnostics.error(lang.where,
                    "lang '" + lang.text +
                        "' is not a language tag: write letters and digits in parts of 1 to 8, "
                        "joined by hyphens, like 'en' or 'en-US'",
                    hints);
}

namespace {

// The document keys of a data tree (a record of `handout build --each` merged over its file's
// top level), whose scalars are texts as they were written.
class TreeKeySource : public DocumentKeySource {
 public:
  TreeKeySource(const DataNode& tree, Diagnostics& diagnostics)
      : tree_(tree), diagnostics_(diagnostics) {}

  TextValue text(std::string_view key) override {
    const DataNode* node = tree_.field(key);
    if (!node || node->is_null()) return {};
    if (node->is_scalar()) return node->scalar;
    diagnostics_.error(node->where, "'" + std::string(key) + "' must be a text");
    return {};
  }

  std::optional<std::vector<TextValue>> texts(std::string_view key) override {
    const DataNode* node = tree_.field(key);
    if (!node || !node->is_list()) return std::nullopt;
    std::vector<TextValue> found;
    for (const DataNode& element : node->elements) {
      if (element.is_scalar() && !element.scalar.text.empty()) found.push_back(element.scalar);
    }
    return found;
  }

 private:
  const DataNode& tree_;
  Diagnostics& diagnostics_;
};

// The non-empty keywords of one text, split at its commas.
std::vector<TextValue> split_at_commas(const TextValue& all) {
  std::vector<TextValue> keywords;
  for (size_t start = 0; start <= all.text.size();) {
    size_t comma = std::min(all.text.find(',', start), all.text.size());
    std::string keyword(trim_whitespace(std::string_view(all.text).substr(start, comma - start)));
    if (!keyword.empty()) keywords.push_back({keyword, all.where});
    start = comma + 1;
  }
  return keywords;
}

// Each entry of the document information is one PDF text string (kMostPdfTextUnits); the text as
// the data gives it is checked, since binding (markup, white space) only ever shortens it.
void check_document_information(const TextValue& value, const std::string& what,
                                Diagnostics& diagnostics) {
  const size_t units = utf16_units(value.text);
  if (units <= kMostPdfTextUnits) return;
  diagnostics.error(
      value.where,
      what + " " + too_long_for_pdf_text(units) + "the PDF's document information can hold",
      {"a PDF reader shows it in the document's properties; write it shorter"});
}

// The keywords are written as one entry, joined with ", ".
void check_keywords_length(const HandoutData& data, Diagnostics& diagnostics) {
  size_t units = 0;
  for (const TextValue& keyword : data.keywords) units += utf16_units(keyword.text);
  if (!data.keywords.empty()) units += 2 * (data.keywords.size() - 1);
  if (units <= kMostPdfTextUnits) return;
  const DataNode* written = data.tree.field("keywords");
  diagnostics.error(written ? written->where : data.keywords.front().where,
                    "the keywords add up to " + std::to_string(units) +
                        " characters in the PDF's document information, more than the " +
                        std::to_string(kMostPdfTextUnits) + " it can hold",
                    {"keep a few words that say what the document is about; the text itself "
                     "is searchable"});
}

// Errors at the title, author, subject (or subtitle) and keywords that are longer than the PDF's
// document information can hold (a PDF string of 65535 bytes each; the keywords joined).
void check_pdf_strings(const HandoutData& data, Diagnostics& diagnostics) {
  check_document_information(data.title, "the title", diagnostics);
  check_document_information(data.author, "the author", diagnostics);
  if (data.subject.empty()) {
    check_document_information(data.subtitle, "the subtitle (the PDF's subject)", diagnostics);
  }
  check_document_information(data.subject, "the subject", diagnostics);
  check_keywords_length(data, diagnostics);
}

}  // namespace

void read_document_keys(DocumentKeySource& source, HandoutData& data, Diagnostics& diagnostics) {
  data.title = source.text("title");
  data.subtitle = source.text("subtitle");
  data.author = source.text("author");
  data.date = source.text_or_number("date");
  data.lang = source.text("lang");
  check_language_tag(data.lang, diagnostics);
  data.subject = source.text("subject");
  std::optional<std::vector<TextValue>> keywords = source.texts("keywords");
  data.keywords = keywords ? std::move(*keywords) : split_at_commas(source.text("keywords"));
  data.template_name = source.text("template");
  check_pdf_strings(data, diagnostics);
}

HandoutData document_from_tree(DataNode tree, std::string source_file, Diagnostics& diagnostics) {
  HandoutData data;
  data.source_file = std::move(source_file);
  data.tree = std::move(tree);
  TreeKeySource source(data.tree, diagnostics);
  read_document_keys(source, data, diagnostics);
  return data;
}

}  // namespace handout
