#include "text/shaper.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace handout {
namespace {

std::shared_ptr<const FontFace> noto_sans_regular() {
  const std::string in_repo = std::string(HANDOUT_SOURCE_DIR) + "/fonts/NotoSans-Regular.ttf";
  const std::string path = std::filesystem::exists(in_repo)
                               ? in_repo
                               : "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
  Diagnostics diagnostics;
  auto face = FontFace::load(path, {}, diagnostics);
  REQUIRE(face != nullptr);
  return face;
}

bool same_glyphs(const ShapedText& a, const ShapedText& b) {
  if (a.glyphs.size() != b.glyphs.size() || a.width != b.width) return false;
  for (size_t i = 0; i < a.glyphs.size(); ++i) {
    if (a.glyphs[i].glyph_id != b.glyphs[i].glyph_id) return false;
    if (a.glyphs[i].cluster != b.glyphs[i].cluster) return false;
    if (a.glyphs[i].x_advance != b.glyphs[i].x_advance) return false;
  }
  return true;
}

// Shapes `text` `rounds` times on each of `threads` threads, calling `before_each(thread, round)`
// first, and counts on each thread the results that differ from shaping it once beforehand.
std::vector<int> mismatches_on_threads(const FontFace& face, const std::string& text, int threads,
                                       int rounds,
                                       const std::function<void(int, int)>& before_each) {
  const ShapedText expected = shape_text(face, 11, text, "en-US");
  std::vector<int> mismatches(threads, 0);
  std::vector<std::thread> running;
  for (int t = 0; t < threads; ++t) {
    running.emplace_back([&, t] {
      for (int round = 0; round < rounds; ++round) {
        before_each(t, round);
        if (!same_glyphs(shape_text(face, 11, text, "en-US"), expected)) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : running) thread.join();
  return mismatches;
}

std::vector<uint32_t> clusters_of(const ShapedText& shaped) {
  std::vector<uint32_t> clusters;
  for (const ShapedGlyph& glyph : shaped.glyphs) clusters.push_back(glyph.cluster);
  return clusters;
}

}  // namespace

TEST_CASE("text: shaping converts font units to points at the given size") {
  auto face = noto_sans_regular();
  ShapedText shaped = shape_text(*face, 12, "A");
  REQUIRE(shaped.glyphs.size() == 1);
  CHECK(shaped.glyphs[0].glyph_id == face->glyph_for(U'A'));
  CHECK(shaped.glyphs[0].cluster == 0);
  CHECK(shaped.glyphs[0].x_advance == doctest::Approx(639 * 12 / 1000.0));
  CHECK(shaped.glyphs[0].x_offset == 0);
  CHECK(shaped.glyphs[0].y_offset == 0);
  CHECK(shaped.width == doctest::Approx(7.668));
}

TEST_CASE("text: kerning pulls AVA tighter than its unkerned advances") {
  auto face = noto_sans_regular();
  const int a = face->advance_of(face->glyph_for(U'A'));
  const int v = face->advance_of(face->glyph_for(U'V'));
  ShapedText shaped = shape_text(*face, 1000, "AVA");  // at 1000 pt, points = font units
  REQUIRE(shaped.glyphs.size() == 3);
  CHECK(shaped.width < 2 * a + v - 10);
  double sum = 0;
  for (const ShapedGlyph& glyph : shaped.glyphs) sum += glyph.x_advance;
  CHECK(shaped.width == doctest::Approx(sum));
}

TEST_CASE("text: ligatures merge letters and clusters point at byte offsets") {
  auto face = noto_sans_regular();
  ShapedText office = shape_text(*face, 10, "office");
  CHECK(office.glyphs.size() == 4);  // o, ffi, c, e
  CHECK(clusters_of(office) == std::vector<uint32_t>{0, 1, 4, 5});
  CHECK(office.glyphs[1].glyph_id != face->glyph_for(U'f'));

  // "é" takes two bytes, so the following letter's cluster is 3.
  ShapedText accented = shape_text(*face, 10, "a\u00e9b");
  CHECK(clusters_of(accented) == std::vector<uint32_t>{0, 1, 3});
}

TEST_CASE("text: width scales linearly with size") {
  auto face = noto_sans_regular();
  const double at_10 = shape_text(*face, 10, "Typography, AVATAR Tower").width;
  const double at_25 = shape_text(*face, 25, "Typography, AVATAR Tower").width;
  CHECK(at_10 > 0);
  CHECK(at_25 == doctest::Approx(at_10 * 2.5));
}

TEST_CASE("text: empty text and missing characters shape without failing") {
  auto face = noto_sans_regular();
  ShapedText empty = shape_text(*face, 10, "");
  CHECK(empty.glyphs.empty());
  CHECK(empty.width == 0);
  ShapedText cjk = shape_text(*face, 10, "\u4e2d", "zh");
  REQUIRE(cjk.glyphs.size() == 1);
  CHECK(cjk.glyphs[0].glyph_id == 0);
}

TEST_CASE("text: shaping the same face from several threads gives the same glyphs") {
  auto face = noto_sans_regular();
  const std::string text = "Office affluent AVATAR, \u00e9t\u00e9 and \u00c5\u0323 stacked marks";
  CHECK(mismatches_on_threads(*face, text, 4, 200, [](int, int) {}) == std::vector<int>(4, 0));
}

TEST_CASE("text: a font keeps at most kMaxCachedWordShapes word shapes, and the words in use") {
  auto face = noto_sans_regular();
  const std::string text = "Office affluent AVATAR, \u00e9t\u00e9";
  const ShapedText expected = shape_text(*face, 11, text, "en-US");
  size_t most = 0;
  bool text_unchanged = true;
  // Like a batch's titles: every document brings a word of its own.
  for (size_t n = 0; n < 3 * kMaxCachedWordShapes; ++n) {
    shape_text(*face, 11, "Handout " + std::to_string(n) + ": Office", "en-US");
    most = std::max(most, cached_word_shapes(*face));
    if (n % 500 == 0)
      text_unchanged =
          text_unchanged && same_glyphs(shape_text(*face, 11, text, "en-US"), expected);
  }
  CHECK(most <= kMaxCachedWordShapes);
  CHECK(most > kMaxCachedWordShapes / 2);  // the cache does fill up to its bound
  CHECK(text_unchanged);
  // The first numbers were dropped long ago: shaped again, they come out as on a fresh font.
  auto fresh = noto_sans_regular();
  CHECK(same_glyphs(shape_text(*face, 11, "Handout 1: Office", "en-US"),
                    shape_text(*fresh, 11, "Handout 1: Office", "en-US")));
}

TEST_CASE("text: threads shaping new words while the cache drops old ones get the same glyphs") {
  auto face = noto_sans_regular();
  const int rounds = static_cast<int>(2 * kMaxCachedWordShapes / 64);
  auto sixty_four_new_words = [&](int thread, int round) {
    for (int n = 0; n < 64; ++n) {
      shape_text(*face, 11, "word" + std::to_string((round * 64 + n) * 2 + thread), "en-US");
    }
  };
  CHECK(mismatches_on_threads(*face, "Office affluent AVATAR, stacked marks", 2, rounds,
                              sixty_four_new_words) == std::vector<int>(2, 0));
  CHECK(cached_word_shapes(*face) <= kMaxCachedWordShapes);
}

}  // namespace handout
