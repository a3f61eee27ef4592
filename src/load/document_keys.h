#pragma once

#include <string>

#include "core/diagnostic.h"
#include "model/data_model.h"

namespace handout {

// An error at the value unless `lang` is empty or shaped like a BCP 47 tag ("en", "en-US");
// "en_US" gets "did you mean 'en-US'?".
void check_language_tag(const TextValue& lang, Diagnostics& diagnostics);

// Errors at the title, author, subject (or subtitle) and keywords that are longer than the PDF's
// document information can hold (a PDF string of 65535 bytes each; the keywords joined).
void check_pdf_strings(const HandoutData& data, Diagnostics& diagnostics);

// The document's details read from a data tree that was not loaded from one file as it is (a
// record of `handout build --each` merged over its file's top level): the document keys'
// texts, keywords from a list or one text with commas, the language tag and lengths checked.
HandoutData document_from_tree(DataNode tree, std::string source_file, Diagnostics& diagnostics);

}  // namespace handout
