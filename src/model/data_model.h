#pragma once

#include <string>
#include <vector>

#include "core/source_location.h"

namespace handout {

// A text value from the data file with the position it was written at.
struct TextValue {
  std::string text;
  SourceLocation where;
  // Where the text stands in the source when it stands there verbatim (a one-line value without
  // escapes, or a literal `|` block): byte n of the text's line k (both from 0) is at line
  // text_line + k, column text_column + n. Both are 0 when the text differs from the source
  // (escapes, folded lines); then only `where` is known. Lets later stages point inside a value,
  // e.g. at an unclosed '**'.
  int text_line = 0;
  int text_column = 0;

  bool empty() const { return text.empty(); }
};

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
  TextValue title;
  TextValue subtitle;
  TextValue author;
  TextValue date;
  TextValue lang;           // BCP 47 tag, e.g. en-US; empty when not given
  TextValue subject;        // PDF Subject; empty when not given
  std::vector<TextValue> keywords;
  TextValue template_name;  // the template the data asks for; empty when not given
  TextValue intro;
  std::vector<FigureData> figures;
  std::vector<SectionData> sections;

  size_t item_count() const {
    size_t count = 0;
    for (const SectionData& section : sections) count += section.items.size();
    return count;
  }
};

}  // namespace handout
