#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/page_layout.h"

namespace handout {

// Which glyphs of one face a document draws and which text each glyph stands for, gathered run
// by run for the subset font and its ToUnicode map.
class GlyphUsage {
 public:
  void record(const TextRun& run);

  const std::set<uint32_t>& glyph_ids() const { return glyph_ids_; }
  // Glyphs with known text only; a glyph can stand for one text in the whole document, so a
  // glyph drawn alone for one character beats the same glyph leading a larger cluster. The
  // .notdef glyph (0), when drawn for several different characters, stands for U+FFFD.
  std::map<uint16_t, std::string> text_of_glyph() const;

 private:
  enum class Confidence { leads_cluster = 1, exact = 2 };
  struct GlyphText {
    std::string text;
    Confidence confidence;
  };
  void record_cluster(const TextRun& run, size_t first, size_t count, const std::string& text);
  bool record_one_glyph_per_character(const TextRun& run, size_t first, size_t count,
                                      const std::string& text);
  void assign(uint32_t glyph, std::string text, Confidence confidence);
  // Whether the glyph is recorded and its text already has the highest confidence.
  bool has_exact_text(uint32_t glyph) const;
  void note_notdef_text(const std::string& text);

  std::set<uint32_t> glyph_ids_;
  std::map<uint32_t, GlyphText> text_;
  std::vector<bool> exact_;  // by glyph id: text_ holds exact text for it
  std::string notdef_text_;  // the first text .notdef was drawn for
  bool notdef_stands_for_several_ = false;
};

}  // namespace handout
