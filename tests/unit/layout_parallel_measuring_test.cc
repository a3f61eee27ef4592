#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "bind/binder.h"
#include "bind/resource_loading.h"
#include "core/utf8.h"
#include "layout/block_measuring.h"
#include "layout/missing_glyph_report.h"
#include "layout/parallel_measuring.h"
#include "layout/text_area.h"
#include "layout_test_support.h"
#include "load/data_loader.h"
#include "load/template_loader.h"

namespace handout {
namespace {

using namespace layout_test;

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%a", value);  // exact: any difference in the bits shows
  return text;
}

// Every field of the measured blocks, so that two measurings compare as text.
struct ItemDump {
  std::string operator()(const TextRun& run) const {
    std::string dump = "run " + run.face->path() + " " + number(run.size) + " " + number(run.x) +
                       " " + number(run.baseline) + " '" + run.text + "'";
    for (const ShapedGlyph& glyph : run.glyphs) {
      dump += " " + std::to_string(glyph.glyph_id) + "@" + std::to_string(glyph.cluster) + ":" +
              number(glyph.x_advance) + "," + number(glyph.x_offset) + "," + number(glyph.y_offset);
    }
    return dump;
  }
  std::string operator()(const PlacedImage& image) const {
    return "image " + number(image.x) + " " + number(image.y) + " " + number(image.width) + " " +
           number(image.height) + " " + image.alt;
  }
  std::string operator()(const LinkArea& link) const {
    return "link " + number(link.x) + " " + number(link.y) + " " + number(link.width) + " " +
           number(link.height) + " " + link.url + " " + std::to_string(link.target_page);
  }
  std::string operator()(const DrawnLine& line) const {
    return "line " + number(line.x1) + " " + number(line.y1) + " " + number(line.x2) + " " +
           number(line.y2) + " " + number(line.width);
  }
  std::string operator()(const DrawnBox& box) const {
    return "box " + number(box.x) + " " + number(box.y) + " " + number(box.width) + " " +
           number(box.height);
  }
  std::string operator()(const ClipBegin& clip) const {
    return "clip " + number(clip.x) + " " + number(clip.y) + " " + number(clip.width) + " " +
           number(clip.height);
  }
  std::string operator()(const ClipEnd&) const { return "clip end"; }
};

std::string dump(const std::vector<FlowBlock>& blocks) {
  std::string text;
  for (const FlowBlock& block : blocks) {
    text += "block " + number(block.space_before) + " " + number(block.space_after) + " " +
            std::to_string(static_cast<int>(block.splitting)) + " " +
            std::to_string(block.keeps_with_next) + std::to_string(block.floats) + "\n";
    for (const FlowUnit& unit : block.units) {
      text += "  unit " + number(unit.height) + "\n";
      for (const OutlineEntry& entry : unit.outline) {
        text += "    outline " + std::to_string(entry.level) + " " + entry.title + "\n";
      }
      for (const PageItem& item : unit.items) text += "    " + std::visit(ItemDump{}, item) + "\n";
    }
  }
  return text;
}

std::string dump(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& d : diagnostics.all()) {
    text += (d.severity == Severity::error ? "error " : "warning ") + d.where.file + ":" +
            std::to_string(d.where.line) + ": " + d.message + "\n";
  }
  return text;
}

struct Measured {
  std::string blocks;
  std::string diagnostics;
};

// The images of the document measured (the specimen's, once it is loaded).
DocumentImages& measured_images() {
  static DocumentImages images;
  return images;
}

Measured measure(const DocTree& tree, unsigned threads) {
  Diagnostics diagnostics;
  MissingGlyphReport missing_glyphs(diagnostics);
  HyphenationDictionaries dictionaries;
  TypesettingContext context{tree.info.language, missing_glyphs, diagnostics, dictionaries,
                             measured_images()};
  const std::vector<FlowBlock> blocks =
      measure_blocks(tree.blocks, text_area_of(tree.page), context, threads);
  return {dump(blocks), dump(diagnostics)};
}

DocTree specimen_tree() {
  const std::string folder = std::string(HANDOUT_SOURCE_DIR) + "/tests/fixtures/specimen/";
  Diagnostics diagnostics;
  std::optional<HandoutData> data = load_data_file(folder + "specimen.yaml", diagnostics);
  REQUIRE(data);
  std::optional<TemplateDef> layout = load_template_file(
      folder + "narrow.yaml", {std::string(HANDOUT_SOURCE_DIR) + "/fonts"}, diagnostics);
  REQUIRE(layout);
  DocTree tree = bind_document(*data, *layout, diagnostics);
  ResourceCaches caches;
  measured_images() = load_resources(tree, ReadRoot(), caches, diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  return tree;
}

// Forty paragraphs: every tenth brings a character Noto Sans lacks, which then recurs in all
// that follow, so each appears first in a different chunk and again in later ones; in a language
// without a hyphenation dictionary (warned about once), with a paragraph whose face is not loaded
// (an error) in the middle.
DocTree missing_glyph_tree() {
  DocTree tree;
  tree.info.language = "xx-YY";
  tree.page = page(300, 400);
  const char* const missing[] = {"\u6f22", "\u5b57", "\u8a9e", "\u6587"};
  for (int index = 0; index < 40; ++index) {
    std::string text = "Paragraph " + std::to_string(index) + " holds ordinary words and ";
    for (int k = 0; k <= index / 10; ++k) text += std::string(missing[k]) + " ";
    text += "then more ordinary words to fill a line or two of the column.";
    TextStyle body = style();
    if (index == 21) body.face = nullptr;
    tree.blocks.push_back(plain_paragraph(text, body, {"data.yaml", index + 1, 3}));
  }
  return tree;
}

// Forty paragraphs, each with three ideographs Noto Sans lacks that no paragraph before had: 120
// in all, of which only the first 20 are named.
DocTree many_missing_glyphs_tree() {
  DocTree tree;
  tree.page = page(300, 400);
  char32_t next = 0x4E00;
  for (int index = 0; index < 40; ++index) {
    std::string text = "Paragraph " + std::to_string(index) + " holds ";
    for (int k = 0; k < 3; ++k) text += encode_utf8(next++) + " ";
    text += "and enough ordinary words to fill a line or two of the column.";
    tree.blocks.push_back(plain_paragraph(text, style(), {"data.yaml", index + 1, 3}));
  }
  return tree;
}

size_t count_of(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

TEST_CASE("layout: blocks split into contiguous ranges of about equal text weight") {
  std::vector<Block> blocks;
  for (int index = 0; index < 10; ++index) {
    blocks.push_back(plain_paragraph(std::string(index == 0 ? 1000 : 100, 'a'), style(), {}));
  }
  const std::vector<BlockRange> ranges = split_by_text_weight(blocks, 3);
  REQUIRE(ranges.size() == 3);
  CHECK(ranges[0].begin == 0);
  CHECK(ranges[0].end == 1);  // the heavy first block is a third of the weight on its own
  for (size_t i = 1; i < ranges.size(); ++i) CHECK(ranges[i].begin == ranges[i - 1].end);
  CHECK(ranges.back().end == blocks.size());
  CHECK(ranges[1].end - ranges[1].begin >= 4);
  CHECK(split_by_text_weight(blocks, 1).size() == 1);
  CHECK(split_by_text_weight(blocks, 50).size() == blocks.size());
  CHECK(split_by_text_weight({}, 4).empty());
}

TEST_CASE("layout: a short document is measured on one thread unless told otherwise") {
  const std::vector<Block> blocks{plain_paragraph("A short paragraph.", style(), {})};
  CHECK(measuring_threads(blocks, 0) == 1);
  CHECK(measuring_threads(blocks, 3) == 3);
  std::vector<Block> long_document(2000, plain_paragraph(std::string(200, 'a'), style(), {}));
  CHECK(measuring_threads(long_document, 0) >= 1);
  CHECK(measuring_threads(long_document, 0) <= 8);
}

TEST_CASE("layout: the specimen measures the same on one thread and on several") {
  const DocTree tree = specimen_tree();
  const Measured one = measure(tree, 1);
  CHECK(count_of(one.blocks, "unit ") > 50);
  for (unsigned threads : {2u, 3u, 8u}) {
    CAPTURE(threads);
    const Measured several = measure(tree, threads);
    CHECK(several.blocks == one.blocks);
    CHECK(several.diagnostics == one.diagnostics);
  }
}

TEST_CASE("layout: once-per-document warnings stay once and in order across threads") {
  const DocTree tree = missing_glyph_tree();
  const Measured one = measure(tree, 1);
  CHECK(count_of(one.diagnostics, "has no glyph for") == 4);
  CHECK(count_of(one.diagnostics, "U+6F22") == 1);
  CHECK(count_of(one.diagnostics, "no hyphenation dictionary") == 1);
  CHECK(count_of(one.diagnostics, "without its font loaded") == 1);
  // U+6587 first appears in paragraph 30 (line 31), in the last of four chunks.
  CHECK(one.diagnostics.find("data.yaml:31: the font 'NotoSans-Regular' has no glyph for U+6587") !=
        std::string::npos);
  for (unsigned threads : {2u, 4u, 7u}) {
    CAPTURE(threads);
    const Measured several = measure(tree, threads);
    CHECK(several.blocks == one.blocks);
    CHECK(several.diagnostics == one.diagnostics);
  }
}

TEST_CASE("layout: the first 20 missing characters are named, then one warning, on any thread") {
  const DocTree tree = many_missing_glyphs_tree();
  const Measured one = measure(tree, 1);
  CHECK(count_of(one.diagnostics, "has no glyph for") == 21);
  CHECK(count_of(one.diagnostics, "nor for other characters") == 1);
  // The 21st, U+4E14, is the third ideograph of paragraph 6 (line 7).
  CHECK(one.diagnostics.find("data.yaml:7: the font 'NotoSans-Regular' has no glyph for U+4E14 "
                             "'\u4E14' nor for other characters") != std::string::npos);
  for (unsigned threads : {2u, 4u, 7u}) {
    CAPTURE(threads);
    const Measured several = measure(tree, threads);
    CHECK(several.blocks == one.blocks);
    CHECK(several.diagnostics == one.diagnostics);
  }
}

}  // namespace
}  // namespace handout
