#pragma once

#include <string>
#include <vector>

#include "model/data_tree.h"
#include "model/text_value.h"

namespace handout {

// The domain data of one handout, as loaded from YAML (see docs/data-format.md).
struct HandoutData {
  std::string source_file;
  // The whole file as a tree: what templates bind to. The fields below are the document's
  // details that handout itself reads (metadata, language, template choice).
  DataNode tree;
  TextValue title;
  TextValue subtitle;
  TextValue author;
  TextValue date;
  TextValue lang;     // BCP 47 tag, e.g. en-US; empty when not given
  TextValue subject;  // PDF Subject; empty when not given
  std::vector<TextValue> keywords;
  TextValue template_name;  // the template the data asks for; empty when not given
};

// The language the document is written in: its `lang`, else American English.
inline std::string document_language(const HandoutData& data) {
  return data.lang.empty() ? "en-US" : data.lang.text;
}

}  // namespace handout
