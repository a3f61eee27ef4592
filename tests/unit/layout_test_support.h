#pragma once

// Builders shared by the layout tests: real Noto faces, hand-made DocTrees, in-memory images.

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "layout/layout_document.h"
#include "model/doc_tree.h"
#include "model/page_layout.h"
#include "test_fonts.h"
#include "text/font_face.h"
#include "text/shaper.h"

namespace handout::layout_test {

inline std::shared_ptr<const FontFace> noto(const std::string& file = "NotoSans-Regular.ttf") {
  return test_fonts::bundled(file);
}

inline TextStyle style(double size = 10, double leading = 12, TextAlign align = TextAlign::left) {
  TextStyle text_style;
  text_style.name = "body";
  text_style.face = noto();
  text_style.font_file = text_style.face->path();
  text_style.size = size;
  text_style.leading = leading;
  text_style.align = align;
  text_style.where = {"template.yaml", 7, 3};
  return text_style;
}

// A page whose text area is `text_width` x `text_height` inside `margin` on every side.
inline PageDef page(double text_width, double text_height, double margin = 20) {
  PageDef page_def;
  page_def.width = text_width + 2 * margin;
  page_def.height = text_height + 2 * margin;
  page_def.margin_top = page_def.margin_bottom = margin;
  page_def.margin_left = page_def.margin_right = margin;
  return page_def;
}

inline std::shared_ptr<const RasterImage> image(int width, int height) {
  auto raster = std::make_shared<RasterImage>();
  raster->source_path = "figure.png";
  raster->width = width;
  raster->height = height;
  raster->color_channels = 3;
  raster->pixels.assign(static_cast<size_t>(width) * height * 3, 128);
  return raster;
}

// The images of the tests' figures and QR codes, by their keys; laid out with test_options().
inline DocumentImages& test_images() {
  static DocumentImages images;
  return images;
}

// A grey image `width` x `height` pixels under a key of its own size, for a figure.
inline std::string figure_image(int width, int height) {
  const std::string key = "figure-" + std::to_string(width) + "x" + std::to_string(height) + ".png";
  test_images().add_figure(key, image(width, height));
  return key;
}

// Layout options that find the test images.
inline LayoutOptions test_options(LayoutOptions options = {}) {
  options.images = &test_images();
  return options;
}

// A figure of a grey image, half the frame wide and at most half as high, with a caption.
inline FigureBlock figure_block(int pixel_width, int pixel_height,
                                const std::string& caption = "") {
  FigureBlock block;
  block.image_path = figure_image(pixel_width, pixel_height);
  block.width = Measure::share(0.5);
  block.max_height = Measure::share(0.5);
  block.caption = caption;
  block.caption_content = plain_inline_text(caption);
  block.caption_style = style(8, 10, TextAlign::center);
  block.caption_style.edit().space_before = 4;
  block.caption_style.edit().space_after = 12;
  block.alt = "a chart";
  block.where = {"data.yaml", 12, 5};
  return block;
}

inline double width_of(const TextRun& run) {
  double width = 0;
  for (const ShapedGlyph& glyph : run.glyphs) width += glyph.x_advance;
  return width;
}

inline double shaped_width(const std::string& text, double size = 10) {
  return shape_text(*noto(), size, text).width;
}

inline std::vector<const TextRun*> runs_on(const LaidOutPage& page) {
  std::vector<const TextRun*> runs;
  for (const PageItem& item : page.items) {
    if (const auto* run = std::get_if<TextRun>(&item)) runs.push_back(run);
  }
  return runs;
}

inline std::vector<const PlacedImage*> images_on(const LaidOutPage& page) {
  std::vector<const PlacedImage*> images;
  for (const PageItem& item : page.items) {
    if (const auto* placed = std::get_if<PlacedImage>(&item)) images.push_back(placed);
  }
  return images;
}

// The items of one kind on a page, in drawing order.
template <typename Item>
std::vector<const Item*> items_on(const LaidOutPage& page) {
  std::vector<const Item*> found;
  for (const PageItem& item : page.items) {
    if (const auto* typed = std::get_if<Item>(&item)) found.push_back(typed);
  }
  return found;
}

// The document laid out, with no diagnostics expected.
inline LaidOutDocument laid_out(const DocTree& tree) {
  Diagnostics diagnostics;
  LaidOutDocument document = layout_document(tree, diagnostics, test_options());
  for (const Diagnostic& diagnostic : diagnostics.all()) INFO(diagnostic.message);
  CHECK(diagnostics.all().empty());
  return document;
}

// `count` copies of `word` separated by single spaces.
inline std::string repeat_words(const std::string& word, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += (i ? " " : "") + word;
  return text;
}

}  // namespace handout::layout_test
