#pragma once

#include <string>
#include <vector>

#include "core/source_location.h"
#include "model/data_tree.h"
#include "model/text_value.h"

namespace handout {

struct FigureData {
  TextValue path;              // as written in the data file
  std::string resolved_path;   // relative to the data file's folder (or absolute as written)
  TextValue caption;           // optional
  TextValue alt;               // optional alternative text for readers who cannot see it
  SourceLocation where;        // the figure's mapping
};

struct ItemData {
  TextValue heading;
  TextValue description;
  SourceLocation where;  // the item's mapping
};

// A group of items. Data without `sections` has one section with an empty title.
struct SectionData {
  TextValue title;
  std::vector<ItemData> items;
  SourceLocation where;
};

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
  TextValue lang;           // BCP 47 tag, e.g. en-US; empty when not given
  TextValue subject;        // PDF Subject; empty when not given
  std::vector<TextValue> keywords;
  TextValue template_name;  // the template the data asks for; empty when not given
  // Read for the binder of the fixed-body templates; goes once binding reads `tree`.
  TextValue intro;
  std::vector<FigureData> figures;
  std::vector<SectionData> sections;

  size_t item_count() const {
    size_t count = 0;
    for (const SectionData& section : sections) count += section.items.size();
    return count;
  }
};

// The language the document is written in: its `lang`, else American English.
inline std::string document_language(const HandoutData& data) {
  return data.lang.empty() ? "en-US" : data.lang.text;
}

}  // namespace handout
