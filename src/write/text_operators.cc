#include "write/text_operators.h"

#include <algorithm>
#include <cmath>

#include "write/color_operators.h"
#include "write/pdf_syntax.h"

namespace handout {
namespace {

// Viewers limit array lengths (Acrobat: 8191) and string lengths (32767 bytes); stay far below.
constexpr int kMaxTjElements = 1000;
constexpr size_t kMaxGlyphsPerString = 1000;

// Builds TJ arrays, tracking where the PDF's text position really is, so that each adjustment
// corrects the rounding of the previous ones instead of letting it add up along the line.
class TjBuilder {
 public:
  TjBuilder(const TextRun& run, DeclaredWidths& widths, std::string& out)
      : run_(run), widths_(widths), out_(out) {}

  void show(const ShapedGlyph& glyph, double target_x) {
    double adjustment = std::round((pdf_x_ - target_x) * 1000 / run_.size * 1000) / 1000;
    if (adjustment != 0) {
      close_string();
      add_element(pdf_number(adjustment));
      pdf_x_ -= adjustment * run_.size / 1000;
    }
    if (hex_.size() >= 1 + 4 * kMaxGlyphsPerString) close_string();
    open_string();
    append_hex4(static_cast<uint16_t>(glyph.glyph_id));
    pdf_x_ += widths_.of(glyph.glyph_id) * run_.size / 1000;
  }

  void flush() {
    close_string();
    write_array();
  }

 private:
  void open_string() {
    if (hex_.empty()) hex_ = "<";
  }
  void append_hex4(uint16_t value) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) hex_ += kDigits[(value >> shift) & 0xF];
  }
  void close_string() {
    if (hex_.empty()) return;
    hex_ += '>';
    add_element(hex_);
    hex_.clear();
  }
  void add_element(std::string_view element) {
    if (element_count_ == kMaxTjElements) write_array();
    elements_ += element;
    ++element_count_;
  }
  void write_array() {
    if (!elements_.empty()) {
      out_ += '[';
      out_ += elements_;
      out_ += "] TJ\n";
    }
    elements_.clear();
    element_count_ = 0;
  }

  const TextRun& run_;
  DeclaredWidths& widths_;
  std::string& out_;
  std::string elements_;  // written so far in the open array
  std::string hex_;       // the glyph string being built
  int element_count_ = 0;
  double pdf_x_ = 0;  // the text position relative to the run's start
};

}  // namespace

int declared_width(const FontFace& face, uint32_t glyph_id) {
  return static_cast<int>(
      std::lround(face.advance_of(glyph_id) * 1000.0 / std::max(1u, face.units_per_em())));
}

int DeclaredWidths::of(uint32_t glyph_id) {
  constexpr int kUnknown = -1;
  constexpr uint32_t kMostGlyphs = 0x10000;  // glyph ids are 16-bit in TrueType
  if (glyph_id >= kMostGlyphs) return declared_width(face_, glyph_id);
  if (glyph_id >= widths_.size()) widths_.resize(glyph_id + 1, kUnknown);
  if (widths_[glyph_id] == kUnknown) widths_[glyph_id] = declared_width(face_, glyph_id);
  return widths_[glyph_id];
}

std::string text_run_operators(const TextRun& run, std::string_view font_resource,
                               double page_height) {
  DeclaredWidths widths(*run.face);
  return text_run_operators(run, font_resource, page_height, widths);
}

std::string text_run_operators(const TextRun& run, std::string_view font_resource,
                               double page_height, DeclaredWidths& widths) {
  std::string out = "/" + std::string(font_resource) + " " + pdf_number(run.size) + " Tf\n";
  out += color_operator(run.color, ColorUse::fill);
  out += "1 0 0 1 " + pdf_number(run.x) + " " + pdf_number(page_height - run.baseline) + " Tm\n";
  TjBuilder tj(run, widths, out);
  double pen_x = 0;
  double rise = 0;
  for (const ShapedGlyph& glyph : run.glyphs) {
    if (glyph.y_offset != rise) {
      tj.flush();
      rise = glyph.y_offset;
      out += pdf_number(rise) + " Ts\n";
    }
    tj.show(glyph, pen_x + glyph.x_offset);
    pen_x += glyph.x_advance;
  }
  tj.flush();
  return out;
}

}  // namespace handout
