#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "core/resource_limits.h"

namespace handout {

// One TrueType face loaded from a file and shared read-only by layout (metrics, shaping) and
// the writer (subsetting, widths). HarfBuzz stays behind this interface.
class FontFace {
 public:
  // Maps and parses the file, after checking its size against `max_bytes` (at most
  // kLargestFontBytes); on failure reports an error at `where` and returns null. A font is
  // refused when its table directory does not fit the file, it lacks a table every TrueType font
  // has, or HarfBuzz cannot subset it, so that the writer can always embed it.
  static std::shared_ptr<const FontFace> load(const std::string& path, const SourceLocation& where,
                                              Diagnostics& diagnostics,
                                              uint64_t max_bytes = ResourceLimits{}.max_font_bytes);
  ~FontFace();
  FontFace(const FontFace&) = delete;
  FontFace& operator=(const FontFace&) = delete;

  const std::string& path() const;
  const std::string& postscript_name() const;
  std::string_view file_bytes() const;  // the whole font file (mapped), for subsetting
  unsigned units_per_em() const;

  // Vertical metrics in font units (descender is negative).
  int ascender() const;
  int descender() const;
  int cap_height() const;
  int italic_angle() const;  // degrees, rounded
  bool is_bold() const;
  bool is_italic() const;
  // Font bounding box in font units: x_min, y_min, x_max, y_max.
  void bounding_box(int box[4]) const;

  uint32_t glyph_for(char32_t code_point) const;  // 0 when the face lacks it
  int advance_of(uint32_t glyph_id) const;        // horizontal advance in font units

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit FontFace(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace handout
