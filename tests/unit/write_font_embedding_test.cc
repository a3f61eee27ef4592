#include <doctest/doctest.h>
#include <hb.h>

#include <string>

#include "text/font_subsetting.h"
#include "write/glyph_usage.h"
#include "write/subset_tag.h"
#include "write/to_unicode_cmap.h"
#include "write_test_support.h"

namespace handout {
namespace {

using write_test::line;
using write_test::noto;

const char kCmapHeader[] =
    "/CIDInit /ProcSet findresource begin\n"
    "12 dict begin\n"
    "begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n"
    "/CMapType 2 def\n"
    "1 begincodespacerange\n"
    "<0000> <FFFF>\n"
    "endcodespacerange\n";

const char kCmapTrailer[] =
    "endcmap\n"
    "CMapName currentdict /CMap defineresource pop\n"
    "end\n"
    "end\n";

TEST_CASE("write: ToUnicode maps glyphs to UTF-16BE, ligatures to all their letters") {
  std::map<uint16_t, std::string> texts = {
      {0x0003, " "}, {0x07B1, "ffi"}, {0x0000, "😀"}, {0x0100, "é"}, {0x0005, "\xC3"}};
  CHECK(to_unicode_cmap(texts) == std::string(kCmapHeader) +
                                      "4 beginbfchar\n"
                                      "<0000> <D83DDE00>\n"
                                      "<0003> <0020>\n"
                                      "<0100> <00E9>\n"
                                      "<07B1> <006600660069>\n"
                                      "endbfchar\n" +
                                      kCmapTrailer);
}

TEST_CASE("write: ToUnicode writes at most 100 entries to a block") {
  std::map<uint16_t, std::string> texts;
  for (uint16_t glyph = 1; glyph <= 250; ++glyph) texts[glyph] = "a";
  std::string cmap = to_unicode_cmap(texts);
  CHECK(cmap.find("100 beginbfchar\n<0001> <0061>\n") != std::string::npos);
  CHECK(cmap.find("endbfchar\n100 beginbfchar\n<0065> <0061>\n") != std::string::npos);
  CHECK(cmap.find("endbfchar\n50 beginbfchar\n<00C9> <0061>\n") != std::string::npos);
  CHECK(to_unicode_cmap({}) == std::string(kCmapHeader) + kCmapTrailer);
}

TEST_CASE("write: a ToUnicode target stops at 63 UTF-16 units, between two characters") {
  // A glyph leading a long cluster (a letter under dozens of marks the face lacks). poppler reads
  // a target of more than 252 hex digits as an illegal entry and loses the glyph's text.
  std::string marked = "a";
  for (int i = 0; i < 99; ++i) marked += "\u0301";
  std::string astral;
  for (int i = 0; i < 40; ++i) astral += "\U0001D11E";
  const std::string cmap = to_unicode_cmap({{0x0001, marked}, {0x0002, astral}});
  std::string sixty_two_marks;
  for (int i = 0; i < 62; ++i) sixty_two_marks += "0301";
  std::string pairs;
  for (int i = 0; i < 31; ++i) pairs += "D834DD1E";  // 62 units: the 32nd pair would be 64
  CHECK(cmap == std::string(kCmapHeader) + "2 beginbfchar\n<0001> <0061" + sixty_two_marks +
                    ">\n<0002> <" + pairs + ">\nendbfchar\n" + kCmapTrailer);
}

TEST_CASE("write: UTF-16BE hex of UTF-8 text") {
  CHECK(utf16be_hex("Aé€") == "004100E920AC");
  CHECK(utf16be_hex("𝄞") == "D834DD1E");
  CHECK(utf16be_hex("") == "");
  CHECK(utf16be_hex("a\xFF") == "");
}

TEST_CASE("write: subset tags are six capitals that depend on the face and the glyphs") {
  std::string tag = subset_tag("NotoSans-Regular", {0, 3, 36});
  CHECK(tag.size() == 6);
  CHECK(tag.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos);
  CHECK(subset_tag("NotoSans-Regular", {0, 3, 36}) == tag);
  CHECK(subset_tag("NotoSans-Regular", {0, 3, 37}) != tag);
  CHECK(subset_tag("NotoSans-Bold", {0, 3, 36}) != tag);
  // 64-bit FNV-1a over the name's bytes and each id as 4 big-endian bytes, written base 26 from
  // the lowest digit: pins the derivation, so tags stay the same from release to release.
  CHECK(subset_tag("", {}) == "BYZWAK");
  CHECK(subset_tag("A", {1}) == "JVHVTC");
}

TEST_CASE("write: a ligature glyph stands for all of its characters") {
  GlyphUsage usage;
  usage.record(line("office", 0, 0));
  std::map<uint16_t, std::string> texts = usage.text_of_glyph();
  CHECK(usage.glyph_ids().size() == 4);  // o, the ffi ligature, c, e
  CHECK(texts.size() == 4);
  CHECK(texts[noto()->glyph_for(U'o')] == "o");
  bool has_ligature = false;
  for (const auto& [glyph, text] : texts) has_ligature |= text == "ffi";
  CHECK(has_ligature);
}

TEST_CASE("write: a base letter and its combining mark each keep their own character") {
  GlyphUsage usage;
  usage.record(line("q\u0301", 0, 0));  // no precomposed q with acute: two glyphs, one cluster
  std::map<uint16_t, std::string> texts = usage.text_of_glyph();
  CHECK(texts.size() == 2);
  CHECK(texts[noto()->glyph_for(U'q')] == "q");
  CHECK(texts[noto()->glyph_for(U'\u0301')] == "\u0301");
}

TEST_CASE("write: .notdef drawn for several characters stands for U+FFFD, not the first") {
  // Every character the face lacks is drawn as glyph 0: before, all of them read back as the
  // first of them (a search for '中' found '文' too). Drawn for one, it stands for that one.
  GlyphUsage usage;
  usage.record(line("\u4E2D\u6587 a", 0, 0));
  std::map<uint16_t, std::string> texts = usage.text_of_glyph();
  CHECK(texts[0] == "\uFFFD");
  CHECK(texts[noto()->glyph_for(U'a')] == "a");

  GlyphUsage one;
  one.record(line("\u4E2D a \u4E2D", 0, 0));
  CHECK(one.text_of_glyph()[0] == "\u4E2D");
}

TEST_CASE("write: a glyph drawn alone for one text beats the same glyph leading a cluster") {
  TextRun cluster;
  cluster.face = noto();
  cluster.text = "xy";
  cluster.glyphs = {{100, 0, 5, 0, 0}, {101, 0, 5, 0, 0}};  // not the face's glyphs for x and y
  TextRun alone = cluster;
  alone.text = "z";
  alone.glyphs = {{100, 0, 5, 0, 0}};

  GlyphUsage cluster_first;
  cluster_first.record(cluster);
  CHECK(cluster_first.text_of_glyph() == std::map<uint16_t, std::string>{{100, "xy"}});
  cluster_first.record(alone);
  CHECK(cluster_first.text_of_glyph() == std::map<uint16_t, std::string>{{100, "z"}});
  CHECK(cluster_first.glyph_ids() == std::set<uint32_t>{100, 101});

  GlyphUsage alone_first;
  alone_first.record(alone);
  alone_first.record(cluster);
  CHECK(alone_first.text_of_glyph() == std::map<uint16_t, std::string>{{100, "z"}});
}

TEST_CASE("write: clusters past the end of the text are read safely") {
  TextRun run;
  run.face = noto();
  run.text = "ab";
  run.glyphs = {{noto()->glyph_for(U'a'), 0, 5, 0, 0}, {7, 9, 5, 0, 0}};
  GlyphUsage usage;
  usage.record(run);
  // a's cluster runs to the next cluster, clipped to the text; glyph 7 stands for nothing.
  CHECK(usage.text_of_glyph() == std::map<uint16_t, std::string>{{noto()->glyph_for(U'a'), "ab"}});
}

struct HbFace {
  explicit HbFace(const std::string& bytes)
      : blob(hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                            HB_MEMORY_MODE_READONLY, nullptr, nullptr)),
        face(hb_face_create(blob, 0)),
        font(hb_font_create(face)) {}
  ~HbFace() {
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
  bool has_table(hb_tag_t tag) const {
    hb_blob_t* table = hb_face_reference_table(face, tag);
    bool present = hb_blob_get_length(table) > 0;
    hb_blob_destroy(table);
    return present;
  }
  bool has_outline(uint32_t glyph) const {
    hb_glyph_extents_t extents{};
    return hb_font_get_glyph_extents(font, glyph, &extents) && extents.width != 0;
  }
  hb_blob_t* blob;
  hb_face_t* face;
  hb_font_t* font;
};

TEST_CASE("write: the subset keeps the used glyphs at their ids and drops the rest") {
  const FontFace& noto_sans = *noto();
  uint32_t a = noto_sans.glyph_for(U'A'), v = noto_sans.glyph_for(U'V');
  uint32_t b = noto_sans.glyph_for(U'B');
  std::optional<std::string> subset = subset_truetype(noto_sans.file_bytes(), {a, v});
  REQUIRE(subset.has_value());
  CHECK(subset->size() < noto_sans.file_bytes().size() / 20);

  const std::string original_bytes(noto_sans.file_bytes());  // HbFace reads it in place
  HbFace original(original_bytes);
  HbFace small(*subset);
  CHECK(hb_face_get_glyph_count(small.face) == std::max(a, v) + 1);
  CHECK(small.has_outline(a));
  CHECK(small.has_outline(v));
  CHECK(small.has_outline(0));  // .notdef keeps its box for missing characters
  CHECK_FALSE(small.has_outline(b));
  for (hb_tag_t dropped :
       {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
        HB_TAG('f', 'p', 'g', 'm'), HB_TAG('p', 'r', 'e', 'p')}) {
    CHECK_FALSE(small.has_table(dropped));
  }
  CHECK(original.has_table(HB_TAG('G', 'S', 'U', 'B')));
}

TEST_CASE("write: bytes that are no font cannot be subset") {
  CHECK(has_truetype_outlines(noto()->file_bytes()));
  CHECK_FALSE(has_truetype_outlines("definitely not a font"));
  CHECK_FALSE(subset_truetype("definitely not a font", {1, 2}).has_value());
  CHECK_FALSE(subset_truetype("", {1}).has_value());
}

}  // namespace
}  // namespace handout

namespace handout {

TEST_CASE("write: the writer tells how it embedded each font, as pdffonts reads it") {
  LaidOutDocument document;
  document.pages.push_back(write_test::a4_page());
  document.pages[0].items.push_back(write_test::line("Embedded", 72, 100));
  document.pages[0].items.push_back(
      write_test::line("Bold", 72, 130, 12, write_test::noto("NotoSans-Bold.ttf")));
  document.pages[0].items.push_back(write_test::line("Again", 72, 160));
  std::vector<FontEmbedding> fonts;
  Diagnostics diagnostics;
  std::optional<std::string> bytes = write_pdf(document, diagnostics, {1, &fonts});
  REQUIRE(bytes);
  REQUIRE(fonts.size() == 2);  // one per face, in order of first use
  CHECK(fonts[0].face == write_test::noto());
  CHECK(fonts[0].embedded);
  CHECK(fonts[0].subset);
  CHECK(fonts[0].pdf_name.size() == std::string("ABCDEF+NotoSans-Regular").size());
  CHECK(fonts[0].pdf_name.substr(6) == "+NotoSans-Regular");
  CHECK(fonts[0].glyph_count == 10);  // E m b e d d e d A g a i n: E m b d A g a i n e
  CHECK(fonts[1].pdf_name.substr(6) == "+NotoSans-Bold");
  const write_test::PdfFile file(*bytes);
  const std::string listed = write_test::run_tool("pdffonts " + file.path()).out;
  CHECK(listed.find(fonts[0].pdf_name) != std::string::npos);
  CHECK(listed.find(fonts[1].pdf_name) != std::string::npos);
}

}  // namespace handout
