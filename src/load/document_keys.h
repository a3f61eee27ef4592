#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "model/data_model.h"

namespace handout {

// An error at the value unless `lang` is empty or shaped like a BCP 47 tag ("en", "en-US");
// "en_US" gets "did you mean 'en-US'?".
void check_language_tag(const TextValue& lang, Diagnostics& diagnostics);

// Where the document keys are read from: the data file's YAML nodes (data_loader.cc) or a data
// tree (document_from_tree). Each reports a value of the wrong kind in its own words.
class DocumentKeySource {
 public:
  virtual ~DocumentKeySource() = default;
  // The key's text; empty when the key is absent, null or not a text (then reported).
  virtual TextValue text(std::string_view key) = 0;
  // As text, but a number is also taken as it is written (a date such as 2024).
  virtual TextValue text_or_number(std::string_view key) { return text(key); }
  // The key's non-empty texts when it is written as a list (or not as text, reported: none);
  // nothing when it is absent, null or one text.
  virtual std::optional<std::vector<TextValue>> texts(std::string_view key) = 0;
};

// Handout's own document keys (title, subtitle, author, date, lang, subject, keywords: a list or
// one text with commas, template) read into `data`, in that order, then the language tag and the
// lengths the PDF's document information can hold checked.
void read_document_keys(DocumentKeySource& source, HandoutData& data, Diagnostics& diagnostics);

// The document's details read from a data tree that was not loaded from one file as it is (a
// record of `handout build --each` merged over its file's top level): the document keys'
// texts, keywords from a list or one text with commas, the language tag and lengths checked.
HandoutData document_from_tree(DataNode tree, std::string source_file, Diagnostics& diagnostics);

}  // namespace handout
