#pragma once

#include <hpdf.h>

#include <memory>
#include <optional>
#include <string>

#include "model/font_embedding.h"
#include "model/page_layout.h"
#include "text/font_face.h"
#include "write/glyph_usage.h"
#include "write/libharu_session.h"
#include "write/text_operators.h"

namespace handout {

// One face embedded as a Type0 font (Identity-H, CID = glyph id) over a CIDFontType2 with a
// HarfBuzz subset of the TrueType file, built from libharu's object calls because libharu's own
// TrueType path has no shaping, a whole-BMP /W and a broken ToUnicode.
class EmbeddedFont {
 public:
  // Creates the font's objects now, because libharu numbers objects at creation, and fills them
  // in finish() once every glyph is known. Null when libharu failed (the session says why).
  static std::unique_ptr<EmbeddedFont> create(LibharuSession& session,
                                              std::shared_ptr<const FontFace> face);

  HPDF_Dict font_dict() const { return type0_; }  // what pages name in /Resources /Font
  const FontFace& face() const { return *face_; }
  void record(const TextRun& run) { usage_.record(run); }
  DeclaredWidths& widths() { return widths_; }

  // Subsets the face to the recorded glyphs and deflates the subset, touching nothing of
  // libharu's, so that the fonts of a document can be prepared on several threads at once.
  // Call after the last page is drawn; finish() does it itself when it was not called.
  void prepare_font_file();

  // Writes names, widths, the font file and ToUnicode. Call once, after the last page is drawn
  // and before saving.
  bool finish();

  // What finish() put into the PDF, for the preflight report.
  FontEmbedding embedding() const;

 private:
  EmbeddedFont(LibharuSession& session, std::shared_ptr<const FontFace> face)
      : session_(session), face_(std::move(face)), widths_(*face_) {}
  bool create_objects();
  bool link_objects();
  bool describe_face();
  bool write_names();
  bool write_widths();
  bool write_font_file();
  bool write_to_unicode();

  LibharuSession& session_;
  std::shared_ptr<const FontFace> face_;
  GlyphUsage usage_;
  DeclaredWidths widths_;  // of face_, declared after it
  HPDF_Dict type0_ = nullptr;
  HPDF_Dict cid_font_ = nullptr;
  HPDF_Dict descriptor_ = nullptr;
  HPDF_Dict font_file_ = nullptr;
  HPDF_Dict to_unicode_ = nullptr;
  bool prepared_ = false;
  std::optional<std::string> compressed_font_file_;  // empty when HarfBuzz could not subset
  size_t font_file_length_ = 0;                      // the subset's uncompressed size
  std::string base_font_;                            // as written by write_names
  bool font_file_written_ = false;
};

}  // namespace handout
