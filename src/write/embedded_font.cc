#include "write/embedded_font.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "text/font_subsetting.h"
#include "write/content_compression.h"
#include "write/subset_tag.h"
#include "write/text_operators.h"
#include "write/to_unicode_cmap.h"
#include "write/width_runs.h"

namespace handout {
namespace {

// FontDescriptor /Flags bits (PDF 32000-1, 9.8.2).
constexpr int kFixedPitch = 1 << 0;
constexpr int kSymbolic = 1 << 2;  // glyphs outside the standard Latin set, as CID fonts have
constexpr int kItalic = 1 << 6;

HPDF_Dict new_indirect_dict(LibharuSession& session) {
  HPDF_Doc doc = session.doc();
  HPDF_Dict dict = session.check(HPDF_Dict_New(doc->mmgr));
  // Registered before anything refers to it: a dict added elsewhere first becomes a direct
  // object, and Xref_Add then frees it.
  if (dict == nullptr || !session.check(HPDF_Xref_Add(doc->xref, dict))) return nullptr;
  return dict;
}

HPDF_Dict new_compressed_stream(LibharuSession& session) {
  HPDF_Dict stream = session.check(HPDF_DictStream_New(session.doc()->mmgr, session.doc()->xref));
  if (stream != nullptr) stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;  // no public setter
  return stream;
}

int in_thousandths(const FontFace& face, int font_units) {
  return static_cast<int>(std::lround(font_units * 1000.0 / std::max(1u, face.units_per_em())));
}

// The name PostScript and PDF readers accept: printable ASCII without delimiters, 63 bytes.
std::string safe_font_name(const std::string& postscript_name) {
  std::string name;
  for (char c : postscript_name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') name += c;
  }
  name = name.substr(0, 63);
  return name.empty() ? "Font" : name;
}

// FontFace does not expose the post table's isFixedPitch: a face whose narrowest and widest
// letters have the same advance is monospaced.
bool looks_fixed_pitch(const FontFace& face) {
  uint32_t narrow = face.glyph_for(U'i');
  uint32_t wide = face.glyph_for(U'M');
  return narrow != 0 && wide != 0 && face.advance_of(narrow) == face.advance_of(wide);
}

// Not in the font file; the estimate other PDF writers use, from the usWeightClass a regular
// (400) or bold (700) face has.
int estimated_stem_v(const FontFace& face) {
  double weight = face.is_bold() ? 700 : 400;
  return static_cast<int>(std::lround(50 + (weight / 65) * (weight / 65)));
}

}  // namespace

std::unique_ptr<EmbeddedFont> EmbeddedFont::create(LibharuSession& session,
                                                   std::shared_ptr<const FontFace> face) {
  if (!has_truetype_outlines(face->file_bytes())) {
    session.fail("the font '" + face->path() +
                 "' has no TrueType outlines; only TrueType fonts can be embedded");
    return nullptr;
  }
  std::unique_ptr<EmbeddedFont> font(new EmbeddedFont(session, std::move(face)));
  if (!font->create_objects() || !font->link_objects() || !font->describe_face()) return nullptr;
  return font;
}

bool EmbeddedFont::create_objects() {
  type0_ = new_indirect_dict(session_);
  cid_font_ = new_indirect_dict(session_);
  descriptor_ = new_indirect_dict(session_);
  font_file_ = new_compressed_stream(session_);
  to_unicode_ = new_compressed_stream(session_);
  return type0_ && cid_font_ && descriptor_ && font_file_ && to_unicode_;
}

bool EmbeddedFont::link_objects() {
  HPDF_MMgr mmgr = session_.doc()->mmgr;
  HPDF_Array descendants = session_.check(HPDF_Array_New(mmgr));
  HPDF_Dict system_info = session_.check(HPDF_Dict_New(mmgr));
  if (descendants == nullptr || system_info == nullptr) return false;
  session_.check(HPDF_Dict_AddName(type0_, "Type", "Font"));
  session_.check(HPDF_Dict_AddName(type0_, "Subtype", "Type0"));
  session_.check(HPDF_Dict_AddName(type0_, "Encoding", "Identity-H"));
  session_.check(HPDF_Array_Add(descendants, cid_font_));
  session_.check(HPDF_Dict_Add(type0_, "DescendantFonts", descendants));
  session_.check(HPDF_Dict_Add(type0_, "ToUnicode", to_unicode_));
  session_.check(HPDF_Dict_AddName(cid_font_, "Type", "Font"));
  session_.check(HPDF_Dict_AddName(cid_font_, "Subtype", "CIDFontType2"));
  session_.check(HPDF_Dict_Add(system_info, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr)));
  session_.check(
      HPDF_Dict_Add(system_info, "Ordering", HPDF_String_New(mmgr, "Identity", nullptr)));
  session_.check(HPDF_Dict_AddNumber(system_info, "Supplement", 0));
  session_.check(HPDF_Dict_Add(cid_font_, "CIDSystemInfo", system_info));
  session_.check(HPDF_Dict_Add(cid_font_, "FontDescriptor", descriptor_));
  session_.check(HPDF_Dict_AddName(cid_font_, "CIDToGIDMap", "Identity"));
  session_.check(HPDF_Dict_AddName(descriptor_, "Type", "FontDescriptor"));
  session_.check(HPDF_Dict_Add(descriptor_, "FontFile2", font_file_));
  return !session_.failed();
}

bool EmbeddedFont::describe_face() {
  const FontFace& face = *face_;
  int flags =
      kSymbolic | (face.is_italic() ? kItalic : 0) | (looks_fixed_pitch(face) ? kFixedPitch : 0);
  int box[4] = {0, 0, 0, 0};
  face.bounding_box(box);
  HPDF_Array bbox = session_.check(HPDF_Array_New(session_.doc()->mmgr));
  if (bbox == nullptr) return false;
  for (int value : box) session_.check(HPDF_Array_AddNumber(bbox, in_thousandths(face, value)));
  int cap_height = face.cap_height() != 0 ? face.cap_height() : face.ascender();
  session_.check(HPDF_Dict_AddNumber(descriptor_, "Flags", flags));
  session_.check(HPDF_Dict_Add(descriptor_, "FontBBox", bbox));
  session_.check(HPDF_Dict_AddNumber(descriptor_, "ItalicAngle", face.italic_angle()));
  session_.check(HPDF_Dict_AddNumber(descriptor_, "Ascent", in_thousandths(face, face.ascender())));
  session_.check(
      HPDF_Dict_AddNumber(descriptor_, "Descent", in_thousandths(face, face.descender())));
  session_.check(HPDF_Dict_AddNumber(descriptor_, "CapHeight", in_thousandths(face, cap_height)));
  session_.check(HPDF_Dict_AddNumber(descriptor_, "StemV", estimated_stem_v(face)));
  return !session_.failed();
}

bool EmbeddedFont::finish() {
  session_.set_activity("embedding the font '" + face_->path() + "'");
  return write_names() && write_widths() && write_font_file() && write_to_unicode();
}

bool EmbeddedFont::write_names() {
  base_font_ = subset_tag(face_->postscript_name(), usage_.glyph_ids()) + "+" +
               safe_font_name(face_->postscript_name());
  session_.check(HPDF_Dict_AddName(type0_, "BaseFont", base_font_.c_str()));
  session_.check(HPDF_Dict_AddName(cid_font_, "BaseFont", base_font_.c_str()));
  session_.check(HPDF_Dict_AddName(descriptor_, "FontName", base_font_.c_str()));
  return !session_.failed();
}

// /W [first [w w ...] first [w ...] ...], as width_runs says.
bool EmbeddedFont::write_widths() {
  HPDF_MMgr mmgr = session_.doc()->mmgr;
  HPDF_Array widths = session_.check(HPDF_Array_New(mmgr));
  if (widths == nullptr) return false;
  for (const WidthRun& run : width_runs(usage_.glyph_ids())) {
    HPDF_Array group = session_.check(HPDF_Array_New(mmgr));
    if (group == nullptr) return false;
    session_.check(HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(run.first)));
    session_.check(HPDF_Array_Add(widths, group));
    for (uint32_t glyph = run.first; glyph < run.first + run.count; ++glyph) {
      session_.check(HPDF_Array_AddNumber(group, widths_.of(glyph)));
    }
  }
  session_.check(HPDF_Dict_Add(cid_font_, "W", widths));
  return !session_.failed();
}

void EmbeddedFont::prepare_font_file() {
  if (prepared_) return;
  prepared_ = true;
  std::optional<std::string> subset = subset_truetype(face_->file_bytes(), usage_.glyph_ids());
  if (!subset) return;
  font_file_length_ = subset->size();
  compressed_font_file_ = flate_compress(*subset);
}

bool EmbeddedFont::write_font_file() {
  prepare_font_file();
  if (!compressed_font_file_) {
    session_.fail("HarfBuzz could not subset the font '" + face_->path() + "'");
    return false;
  }
  if (!set_compressed_stream(session_, font_file_, *compressed_font_file_)) return false;
  // libharu writes /Length (compressed) itself, but not the uncompressed /Length1 TrueType needs.
  session_.check(
      HPDF_Dict_AddNumber(font_file_, "Length1", static_cast<HPDF_INT32>(font_file_length_)));
  font_file_written_ = !session_.failed();
  return font_file_written_;
}

FontEmbedding EmbeddedFont::embedding() const {
  // The only font file written is the HarfBuzz subset of the glyphs drawn.
  return {face_, base_font_, usage_.glyph_ids().size(), font_file_written_,
          font_file_written_ && compressed_font_file_.has_value()};
}

bool EmbeddedFont::write_to_unicode() {
  std::string cmap = to_unicode_cmap(usage_.text_of_glyph());
  session_.check(HPDF_Stream_Write(to_unicode_->stream,
                                   reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                                   static_cast<HPDF_UINT>(cmap.size())));
  return !session_.failed();
}

}  // namespace handout
