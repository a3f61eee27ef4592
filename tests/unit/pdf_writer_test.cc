#include "write/pdf_writer.h"

#include <doctest/doctest.h>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "image/raster_image.h"
#include "write/pdf_text_string.h"
#include "write/text_operators.h"
#include "write_test_support.h"

namespace handout {
namespace {

using write_test::a4_page;
using write_test::line;
using write_test::noto;
using write_test::PdfFile;
using write_test::run_tool;
using write_test::run_tool_on;
using write_test::ToolOutput;
using write_test::written;

const std::vector<std::string> kLines = {
    "Hello office, affluent AVATAR Tower",
    "Grüße, Ærøskøbing — café «déjà vu»",
    "Καλημέρα κόσμε",
    "Привет, мир",
    "Smile 😀 please",
};

LaidOutDocument multilingual_document() {
  LaidOutDocument document;
  LaidOutPage page = a4_page();
  double baseline = 100;
  for (const std::string& text : kLines) {
    page.items.push_back(line(text, 72, baseline));
    baseline += 20;
  }
  page.items.push_back(line("Bold words", 72, baseline, 12, noto("NotoSans-Bold.ttf")));
  document.pages.push_back(page);
  return document;
}

// The lines of `text` that match `pattern`.
std::vector<std::string> matching_lines(const std::string& text, const std::string& pattern) {
  std::vector<std::string> found;
  std::istringstream lines(text);
  for (std::string text_line; std::getline(lines, text_line);) {
    if (std::regex_search(text_line, std::regex(pattern))) found.push_back(text_line);
  }
  return found;
}

TEST_CASE("write: qpdf finds no damage and pdftotext returns exactly the text") {
  PdfFile pdf(written(multilingual_document()));

  ToolOutput check = run_tool_on("qpdf --check", pdf);
  CHECK(check.status == 0);
  CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
  CHECK(check.err == "");

  ToolOutput text = run_tool_on("pdftotext -raw", pdf, " -");
  std::string expected;
  for (const std::string& text_line : kLines) expected += text_line + "\n";
  CHECK(text.out == expected + "Bold words\n\f");
  CHECK(text.err == "");  // poppler warns about a malformed ToUnicode map
}

TEST_CASE("write: pdffonts lists each face once as an embedded CID TrueType subset") {
  PdfFile pdf(written(multilingual_document()));
  ToolOutput fonts = run_tool_on("pdffonts", pdf);
  CHECK(fonts.err == "");
  const std::string row = R"(^[A-Z]{6}\+NotoSans-%s +CID TrueType +Identity-H +yes +yes +yes )";
  CHECK(matching_lines(fonts.out, std::regex_replace(row, std::regex("%s"), "Regular")).size() ==
        1);
  CHECK(matching_lines(fonts.out, std::regex_replace(row, std::regex("%s"), "Bold")).size() == 1);
  CHECK(matching_lines(fonts.out, "NotoSans").size() == 2);
}

TEST_CASE("write: a subset is a small part of the font file") {
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  document.pages[0].items.push_back(line("Hello", 72, 100));
  std::string bytes = written(document);
  CHECK(bytes.size() < 8000);  // NotoSans-Regular.ttf alone is over 500 kB
}

TEST_CASE("write: pdfinfo shows the document information and the page size") {
  LaidOutDocument document;
  LaidOutPage page = a4_page();
  page.items.push_back(line("Info", 72, 100));
  document.pages.push_back(page);
  document.info = {"Grüße – Καλημέρα – Привет",
                   "Ann Author",
                   "A subject",
                   "one, two",
                   "",
                   "de-DE",
                   "2024-05-17"};

  PdfFile pdf(written(document));
  ToolOutput info = run_tool_on("pdfinfo", pdf);
  CHECK(info.err == "");
  CHECK(matching_lines(info.out, "^Title: +Grüße – Καλημέρα – Привет$").size() == 1);
  CHECK(matching_lines(info.out, "^Author: +Ann Author$").size() == 1);
  CHECK(matching_lines(info.out, "^Subject: +A subject$").size() == 1);
  CHECK(matching_lines(info.out, "^Keywords: +one, two$").size() == 1);
  CHECK(matching_lines(info.out, "^Creator: +handout " HANDOUT_VERSION "$").size() == 1);
  CHECK(matching_lines(info.out, "^Producer: +handout " HANDOUT_VERSION " with libharu 2.3.0$")
            .size() == 1);
  CHECK(matching_lines(info.out, "^CreationDate: +Fri May 17 00:00:00 2024").size() == 1);
  CHECK(matching_lines(info.out, "^Page size: +595.276 x 841.89 pts \\(A4\\)$").size() == 1);
  CHECK(matching_lines(info.out, "^PDF version: +1.5$").size() == 1);

  std::string structure = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -").out;
  CHECK(structure.find("/Lang (de-DE)") != std::string::npos);
  CHECK(structure.find("/DisplayDocTitle true") != std::string::npos);
}

TEST_CASE("write: empty information fields and a date that is not ISO are left out") {
  LaidOutDocument document;
  LaidOutPage page = a4_page();
  page.width = 300;
  page.height = 200;
  page.items.push_back(line("Info", 20, 50));
  document.pages.push_back(page);
  document.info.creator = "someone's tool";
  document.info.date = "17 May 2024";

  ToolOutput info = run_tool_on("pdfinfo", PdfFile(written(document)));
  CHECK(matching_lines(info.out, "^(Title|Author|Subject|Keywords|CreationDate|ModDate):").empty());
  CHECK(matching_lines(info.out, "^Creator: +someone's tool$").size() == 1);
  CHECK(matching_lines(info.out, "^Page size: +300 x 200 pts$").size() == 1);
}

struct WordBox {
  double x_min = 0;
  double x_max = 0;
  std::string text;
};

std::vector<WordBox> word_boxes(const std::string& bbox_html) {
  std::vector<WordBox> words;
  std::regex word(
      R"re(<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)"[^>]*>([^<]*)</word>)re");
  for (std::sregex_iterator it(bbox_html.begin(), bbox_html.end(), word), end; it != end; ++it) {
    words.push_back({std::stod((*it)[1]), std::stod((*it)[2]), (*it)[3]});
  }
  return words;
}

// Where layout put each word: from its first glyph's origin to the end of its last glyph's
// outline box as the font declares it.
std::vector<WordBox> layout_boxes(const TextRun& run) {
  std::vector<WordBox> words;
  double pen = run.x;
  bool in_word = false;
  for (const ShapedGlyph& glyph : run.glyphs) {
    bool is_space = run.text[glyph.cluster] == ' ';
    if (!is_space && !in_word) words.push_back({pen + glyph.x_offset, 0, ""});
    if (!is_space) {
      words.back().x_max =
          pen + glyph.x_offset + declared_width(*run.face, glyph.glyph_id) * run.size / 1000;
    }
    in_word = !is_space;
    pen += glyph.x_advance;
  }
  return words;
}

TEST_CASE("write: words land where layout put them, kerned and justified") {
  TextRun kerned = line("AVATAR Tower WAVE Ty office", 72.5, 100, 28);
  TextRun justified = line("Wide spaces from justification at an odd size", 40.25, 200, 11.3);
  for (ShapedGlyph& glyph : justified.glyphs) {
    if (justified.text[glyph.cluster] == ' ') glyph.x_advance += 7.123456;
  }
  LaidOutDocument document;
  document.pages.push_back(a4_page());
  document.pages[0].items = {kerned, justified};

  ToolOutput html = run_tool_on("pdftotext -bbox", PdfFile(written(document)), " -");
  std::vector<WordBox> found = word_boxes(html.out);
  std::vector<WordBox> expected = layout_boxes(kerned);
  for (const WordBox& box : layout_boxes(justified)) expected.push_back(box);
  REQUIRE(found.size() == expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    INFO("word ", i, ": ", found[i].text);
    CHECK(std::abs(found[i].x_min - expected[i].x_min) < 0.01);
    CHECK(std::abs(found[i].x_max - expected[i].x_max) < 0.01);
  }
  CHECK(found.back().text == "size");
}

std::shared_ptr<const RasterImage> pixels(int width, int height, int channels, bool with_alpha) {
  auto image = std::make_shared<RasterImage>();
  image->source_path = "made-up.png";
  image->width = width;
  image->height = height;
  image->color_channels = channels;
  for (int i = 0; i < width * height * channels; ++i) image->pixels.push_back(i * 37 % 256);
  if (with_alpha) {
    for (int i = 0; i < width * height; ++i) image->alpha.push_back(i * 255 / (width * height));
  }
  return image;
}

PlacedImage placed(std::shared_ptr<const RasterImage> image, double x, double y) {
  return {std::move(image), x, y, 100, 75, "alt text"};
}

TEST_CASE("write: images become XObjects, alpha a soft mask, JPEG bytes pass through") {
  Diagnostics diagnostics;
  auto jpeg =
      load_raster_image(HANDOUT_SOURCE_DIR "/tests/fixtures/images/rgb.jpg", {}, diagnostics);
  REQUIRE(jpeg != nullptr);
  REQUIRE(!jpeg->jpeg_bytes.empty());
  auto translucent = pixels(4, 3, 3, true);
  LaidOutDocument document;
  document.pages = {a4_page(), a4_page()};
  document.pages[0].items = {placed(translucent, 50, 50), placed(pixels(5, 2, 1, false), 50, 200),
                             placed(jpeg, 50, 300)};
  document.pages[1].items = {placed(translucent, 300, 400)};

  PdfFile pdf(written(document));
  ToolOutput list = run_tool_on("pdfimages -list", pdf);
  CHECK(list.err == "");
  // page num type width height color comp bpc enc interp object ...
  std::vector<std::string> rows = matching_lines(list.out, "^ +[0-9]+ +[0-9]+ ");
  REQUIRE(rows.size() == 6);
  CHECK(std::regex_search(rows[0], std::regex("^ +1 +0 image +4 +3 +rgb +3 +8 +image ")));
  CHECK(std::regex_search(rows[1], std::regex("^ +1 +1 smask +4 +3 +gray +1 +8 +image ")));
  CHECK(std::regex_search(rows[2], std::regex("^ +1 +2 image +5 +2 +gray +1 +8 +image ")));
  CHECK(std::regex_search(rows[3], std::regex("^ +1 +3 image +[0-9]+ +[0-9]+ +rgb +3 +8 +jpeg ")));
  CHECK(std::regex_search(rows[4], std::regex("^ +2 +4 image +4 +3 +rgb ")));
  // The image placed on both pages is stored once: same object number.
  auto object_of = [](const std::string& row) {
    std::smatch found;
    std::regex_search(row, found, std::regex(" (?:no|yes) +([0-9]+) +0 "));
    return found[1].str();
  };
  CHECK(object_of(rows[0]) == object_of(rows[4]));
  CHECK(object_of(rows[1]) == object_of(rows[5]));
  CHECK(run_tool_on("qpdf --check", pdf).status == 0);

  // Placed 100 x 75 points with its top-left corner at (50, 50) from the page's top-left.
  std::string structure = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -").out;
  CHECK(structure.find("100 0 0 75 50 716.89") != std::string::npos);
}

// The outline as qpdf's JSON lists it: "depth title" per bookmark, joined by " | ". qpdf sorts
// keys, so an entry's kids come before its own title.
std::string bookmarks(const PdfFile& pdf) {
  std::string json = run_tool_on("qpdf --json --json-key=outlines", pdf).out;
  std::string found;
  std::regex title("^( *)\"title\": \"(.*)\",?$");
  for (const std::string& row : matching_lines(json, "\"title\"")) {
    std::smatch parts;
    REQUIRE(std::regex_match(row, parts, title));
    if (!found.empty()) found += " | ";
    found += std::to_string((parts[1].length() - 6) / 4) + " " + parts[2].str();
  }
  return found;
}

TEST_CASE("write: the outline nests the bookmarks by level") {
  LaidOutDocument document;
  document.pages = {a4_page(), a4_page()};
  document.pages[0].items = {line("Text", 72, 100)};
  document.outline = {{"Einführung", 1, 0, 90},       {"Details", 2, 0, 300},
                      {"Deeper", 3, 0, 400},          {"Σύνοψη", 1, 1, 50},
                      {"Skipped a level", 3, 1, 500}, {"Back up", 2, 1, 600}};

  PdfFile pdf(written(document));
  CHECK(bookmarks(pdf) ==
        "2 Deeper | 1 Details | 0 Einführung | 1 Skipped a level | 1 Back up | 0 Σύνοψη");
  std::string structure = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -").out;
  std::smatch root;
  REQUIRE(std::regex_search(structure, root, std::regex("/Count ([0-9]+)\n[^>]*/Type /Outlines")));
  CHECK(root[1] == "6");  // all entries, every one open
  CHECK(structure.find("/PageMode /UseOutlines") != std::string::npos);

  std::string json = run_tool_on("qpdf --json --json-key=outlines", pdf).out;
  // "Details" opens page 1 at y = 841.89 - 300 with the zoom left alone.
  CHECK(std::regex_search(json, std::regex("\"/XYZ\",\\s*0,\\s*541.89[0-9]*,\\s*null")));
  CHECK(matching_lines(json, "\"destpageposfrom1\": 2").size() == 3);
}

TEST_CASE("write: information and bookmarks keep characters above U+FFFF, and text after a NUL") {
  // libharu's UTF-8 encoder knows only U+0000..U+FFFF: it wrote each emoji as spaces, and its
  // C strings ended a bookmark at a NUL.
  LaidOutDocument document;
  document.pages = {a4_page()};
  document.pages[0].items = {line("Text", 72, 100)};
  document.info = {"Flags \U0001F1FA\U0001F1F8 and \U0001D11E",
                   "Ann \U0001F600",
                   "Last \U0010FFFF",
                   "one, \U0001F1E9\U0001F1EA",
                   "",
                   "en",
                   ""};
  document.outline = {{"Smile \U0001F600 \U0001D11E", 1, 0, 90},
                      {std::string("Nul \0 after", 11), 1, 0, 200}};

  PdfFile pdf(written(document));
  ToolOutput info = run_tool_on("pdfinfo", pdf);
  CHECK(matching_lines(info.out, "^Title: +Flags \U0001F1FA\U0001F1F8 and \U0001D11E$").size() ==
        1);
  CHECK(matching_lines(info.out, "^Author: +Ann \U0001F600$").size() == 1);
  // pdfinfo shows U+10FFFF, a noncharacter, as U+FFFD: the string's bytes say what it holds.
  std::string structure = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -").out;
  CHECK(structure.find("/Subject <feff004c0061007300740020dbffdfff>") != std::string::npos);
  CHECK(matching_lines(info.out, "^Keywords: +one, \U0001F1E9\U0001F1EA$").size() == 1);
  CHECK(bookmarks(pdf) == "0 Smile \U0001F600 \U0001D11E | 0 Nul \\u0000 after");
}

TEST_CASE("write: a bookmark and a title as long as a PDF text string holds are written whole") {
  // libharu writes strings of at most 65,535 bytes: 32,766 UTF-16 units after the byte order
  // mark (longer ones are refused at their values when loading and binding).
  LaidOutDocument document;
  document.pages = {a4_page()};
  document.pages[0].items = {line("Text", 72, 100)};
  document.info.title = std::string(kMostPdfTextUnits, 'T');
  document.outline = {{std::string(kMostPdfTextUnits, 'a'), 1, 0, 90}};
  PdfFile pdf(written(document));
  // Plain searches: std::regex recurses once a character and overflows the stack on these lines.
  const std::string json = run_tool_on("qpdf --json --json-key=outlines", pdf).out;
  CHECK(json.find("\"title\": \"" + std::string(kMostPdfTextUnits, 'a') + "\"") !=
        std::string::npos);
  const std::string info = run_tool_on("pdfinfo", pdf).out;
  CHECK(info.find(" " + std::string(kMostPdfTextUnits, 'T') + "\n") != std::string::npos);
}

TEST_CASE("write: a PDF text string is UTF-16BE after a byte order mark") {
  CHECK(pdf_text_string_bytes("") == std::string("\xFE\xFF"));
  // Cut between two characters, with an ellipsis: U+1F600 (a pair) and "…" do not both fit.
  CHECK(pdf_text_string_bytes("ab\U0001F600", 3) == std::string("\xFE\xFF\x00"
                                                                "a\x00"
                                                                "b\x20\x26",
                                                                8));
  CHECK(pdf_text_string_bytes("ab\U0001F600", 4) == pdf_text_string_bytes("ab\U0001F600"));
  CHECK(pdf_text_string_bytes(std::string("a\0\xFF\U0001F600", 7)) ==
        std::string("\xFE\xFF\x00"
                    "a"
                    "\x00\x00\xFF\xFD\xD8\x3D\xDE\x00",
                    12));
}

TEST_CASE("write: a document without bookmarks has no outline") {
  LaidOutDocument document;
  document.pages = {a4_page()};
  PdfFile pdf(written(document));
  std::string structure = run_tool_on("qpdf --qdf --object-streams=disable", pdf, " -").out;
  CHECK(structure.find("/UseOutlines") == std::string::npos);
  CHECK(bookmarks(pdf) == "");
}

TEST_CASE("write: the same document gives the same bytes every time") {
  LaidOutDocument document = multilingual_document();
  document.info = {"Title", "Author", "", "", "", "en-US", "2024-01-31"};
  document.outline = {{"Title", 1, 0, 80}};
  document.pages[0].items.emplace_back(std::in_place_type<PlacedImage>,
                                       placed(pixels(4, 3, 3, true), 50, 500));
  std::string first = written(document);
  CHECK(written(document) == first);
  CHECK(written(multilingual_document()) != first);
}

}  // namespace
}  // namespace handout
