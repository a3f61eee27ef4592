#include "text/font_face.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "text/sfnt_directory.h"
#include "text/sfnt_metrics_check.h"

namespace handout {
namespace {

std::string noto_font(const std::string& file) {
  const std::string in_repo = std::string(HANDOUT_SOURCE_DIR) + "/fonts/" + file;
  if (std::filesystem::exists(in_repo)) return in_repo;
  return "/usr/share/fonts/truetype/noto/" + file;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A scratch copy of a font (or any bytes) under the temp folder, removed at scope exit.
class ScratchFile {
 public:
  ScratchFile(const std::string& name, const std::string& bytes)
      : path_((std::filesystem::temp_directory_path() / ("handout-font-test-" + name)).string()) {
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~ScratchFile() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Renames one table in an sfnt's table directory, hiding it from any parser. The directory is
// re-sorted by tag afterwards because parsers binary-search it.
std::string with_table_renamed(std::string font, const std::string& from, const std::string& to) {
  const int table_count = (static_cast<uint8_t>(font[4]) << 8) | static_cast<uint8_t>(font[5]);
  std::vector<std::string> records;
  for (int i = 0; i < table_count; ++i) {
    std::string record = font.substr(12 + 16 * i, 16);
    if (record.compare(0, 4, from) == 0) record.replace(0, 4, to);
    records.push_back(record);
  }
  std::sort(records.begin(), records.end());
  for (int i = 0; i < table_count; ++i) font.replace(12 + 16 * i, 16, records[i]);
  return font;
}

std::shared_ptr<const FontFace> load_expecting_one_error(const std::string& path,
                                                         Diagnostics& diagnostics) {
  auto face = FontFace::load(path, {"template.yaml", 4, 9}, diagnostics);
  CHECK(face == nullptr);
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& error = diagnostics.all()[0];
  CHECK(error.severity == Severity::error);
  CHECK(error.kind == FailureKind::bad_input);
  CHECK(error.where.file == "template.yaml");
  CHECK(error.where.line == 4);
  CHECK(error.where.column == 9);
  return face;
}

}  // namespace

TEST_CASE("text: NotoSans-Regular loads with its name, metrics and style") {
  Diagnostics diagnostics;
  const std::string path = noto_font("NotoSans-Regular.ttf");
  auto face = FontFace::load(path, {}, diagnostics);
  REQUIRE(face != nullptr);
  CHECK(diagnostics.all().empty());
  CHECK(face->path() == path);
  CHECK(face->postscript_name() == "NotoSans-Regular");
  CHECK(face->file_bytes() == read_file(path));
  CHECK(face->units_per_em() == 1000);
  CHECK(face->ascender() == 1069);
  CHECK(face->descender() == -293);
  CHECK(face->cap_height() == 714);
  CHECK(face->italic_angle() == 0);
  CHECK_FALSE(face->is_bold());
  CHECK_FALSE(face->is_italic());
  int box[4];
  face->bounding_box(box);
  CHECK(box[0] == -621);
  CHECK(box[1] == -389);
  CHECK(box[2] == 2800);
  CHECK(box[3] == 1067);
}

TEST_CASE("text: bold and italic faces report their style and slant") {
  Diagnostics diagnostics;
  auto bold = FontFace::load(noto_font("NotoSans-Bold.ttf"), {}, diagnostics);
  auto bold_italic = FontFace::load(noto_font("NotoSans-BoldItalic.ttf"), {}, diagnostics);
  REQUIRE(bold != nullptr);
  REQUIRE(bold_italic != nullptr);
  CHECK(bold->postscript_name() == "NotoSans-Bold");
  CHECK(bold->is_bold());
  CHECK_FALSE(bold->is_italic());
  CHECK(bold->italic_angle() == 0);
  CHECK(bold_italic->postscript_name() == "NotoSans-BoldItalic");
  CHECK(bold_italic->is_bold());
  CHECK(bold_italic->is_italic());
  CHECK(bold_italic->italic_angle() == -12);
}

TEST_CASE("text: glyphs and advances come from the face's cmap and hmtx") {
  Diagnostics diagnostics;
  auto face = FontFace::load(noto_font("NotoSans-Regular.ttf"), {}, diagnostics);
  REQUIRE(face != nullptr);
  const uint32_t a = face->glyph_for(U'A');
  const uint32_t v = face->glyph_for(U'V');
  CHECK(a != 0);
  CHECK(v != 0);
  CHECK(a != v);
  CHECK(face->glyph_for(U'\u4E2D') == 0);  // Noto Sans has no CJK
  CHECK(face->advance_of(a) == 639);
  CHECK(face->advance_of(v) == 600);
  CHECK(face->advance_of(face->glyph_for(U' ')) == 260);
}

TEST_CASE("text: a missing font file is an error naming the path and the reason") {
  Diagnostics diagnostics;
  load_expecting_one_error("/no/such/folder/Missing.ttf", diagnostics);
  CHECK(diagnostics.all()[0].message ==
        "cannot read font file '/no/such/folder/Missing.ttf': No such file or directory");
}

TEST_CASE("text: a file that is not a font is an error naming the path") {
  const std::string path = std::string(HANDOUT_SOURCE_DIR) + "/CMakeLists.txt";
  Diagnostics diagnostics;
  load_expecting_one_error(path, diagnostics);
  CHECK(diagnostics.all()[0].message == "font file '" + path + "' is not a font handout can read");

  ScratchFile empty("empty.ttf", "");
  Diagnostics empty_diagnostics;
  load_expecting_one_error(empty.path(), empty_diagnostics);
  CHECK(empty_diagnostics.all()[0].message == "font file '" + empty.path() + "' is empty");
}

TEST_CASE("text: a truncated font is refused up front, naming the table cut off") {
  const std::string regular = read_file(noto_font("NotoSans-Regular.ttf"));
  ScratchFile truncated("truncated.ttf", regular.substr(0, 100000));
  Diagnostics diagnostics;
  load_expecting_one_error(truncated.path(), diagnostics);
  const std::string& message = diagnostics.all()[0].message;
  CHECK(message.starts_with("font file '" + truncated.path() + "' is truncated or damaged: its '"));
  CHECK(message.find(" table ends at byte ") != std::string::npos);
  CHECK(message.ends_with(", but the file has only 100000 bytes"));

  ScratchFile headless("headless.ttf", regular.substr(0, 40));
  Diagnostics headless_diagnostics;
  load_expecting_one_error(headless.path(), headless_diagnostics);
  CHECK(headless_diagnostics.all()[0].message.ends_with(
      "is truncated or damaged: its table directory ends at byte " +
      std::to_string(
          12 + 16 * ((static_cast<uint8_t>(regular[4]) << 8) | static_cast<uint8_t>(regular[5]))) +
      ", but the file has only 40 bytes"));
}

TEST_CASE("text: the table directory check passes whole fonts and leaves non-fonts alone") {
  CHECK_FALSE(sfnt_directory_problem(read_file(noto_font("NotoSans-Regular.ttf"))).has_value());
  CHECK_FALSE(sfnt_directory_problem("").has_value());
  CHECK_FALSE(sfnt_directory_problem("<html>not found</html>").has_value());
  // One table, 'glyf', from byte 28 for 100 bytes, in a 28-byte file.
  const std::string one_table("\0\1\0\0\0\1\0\0\0\0\0\0glyf\0\0\0\0\0\0\0\x1c\0\0\0\x64", 28);
  CHECK(sfnt_directory_problem(one_table) ==
        "its 'glyf' table ends at byte 128, but the file has only 28 bytes");
}

TEST_CASE("text: font collections and CFF outlines are refused with the reason") {
  ScratchFile collection("collection.ttc", std::string("ttcf\0\1\0\0\0\0\0\1\0\0\0\20", 16));
  Diagnostics diagnostics;
  load_expecting_one_error(collection.path(), diagnostics);
  CHECK(diagnostics.all()[0].message ==
        "font file '" + collection.path() +
            "' is a font collection; handout needs one TrueType font per file");

  const std::string regular = read_file(noto_font("NotoSans-Regular.ttf"));
  ScratchFile cff("cff.otf", with_table_renamed(regular, "glyf", "CFF "));
  Diagnostics cff_diagnostics;
  load_expecting_one_error(cff.path(), cff_diagnostics);
  CHECK(cff_diagnostics.all()[0].message ==
        "font file '" + cff.path() +
            "' has PostScript (CFF) outlines; handout embeds TrueType outlines only");
  CHECK(cff_diagnostics.all()[0].hints ==
        std::vector<std::string>{"use the TrueType (.ttf) version of this font"});

  ScratchFile outlineless("outlineless.ttf", with_table_renamed(regular, "glyf", "xxxx"));
  Diagnostics outlineless_diagnostics;
  load_expecting_one_error(outlineless.path(), outlineless_diagnostics);
  CHECK(outlineless_diagnostics.all()[0].message ==
        "font file '" + outlineless.path() +
            "' has no TrueType outlines ('glyf' table); handout embeds TrueType outlines only");
}

TEST_CASE("text: without a name table the PostScript name comes from the file name") {
  const std::string regular = read_file(noto_font("NotoSans-Regular.ttf"));
  ScratchFile nameless("My Font_v2.ttf", with_table_renamed(regular, "name", "xxxx"));
  Diagnostics diagnostics;
  auto face = FontFace::load(nameless.path(), {}, diagnostics);
  REQUIRE(face != nullptr);
  CHECK(diagnostics.all().empty());
  CHECK(face->postscript_name() == "handout-font-test-MyFontv2");
}

}  // namespace handout

namespace handout {
namespace {

// Sets a 4-byte field of the table directory's records (8: the offset, 12: the length): of the
// table `tag`, or of every table when `tag` is empty.
std::string with_record_field(std::string font, const std::string& tag, int field, uint32_t value) {
  const int table_count = (static_cast<uint8_t>(font[4]) << 8) | static_cast<uint8_t>(font[5]);
  for (int i = 0; i < table_count; ++i) {
    if (!tag.empty() && font.compare(12 + 16 * i, 4, tag) != 0) continue;
    for (int byte = 0; byte < 4; ++byte) {
      font[12 + 16 * i + field + byte] = static_cast<char>((value >> (24 - 8 * byte)) & 0xFF);
    }
  }
  return font;
}

std::string with_table_offsets(const std::string& font, uint32_t offset) {
  return with_record_field(font, "", 8, offset);
}

std::string with_table_length(const std::string& font, const std::string& tag, uint32_t length) {
  return with_record_field(font, tag, 12, length);
}

}  // namespace

TEST_CASE("text: a table that starts inside the table directory is damage, found at load") {
  const std::string bold = read_file(noto_font("NotoSans-Bold.ttf"));
  CHECK(sfnt_directory_problem(with_table_offsets(bold, 0)) ==
        "its 'DSIG' table starts at byte 0, inside the table directory");
  CHECK(sfnt_directory_problem(with_table_offsets(bold, 100)) ==
        "its 'DSIG' table starts at byte 100, inside the table directory");
  ScratchFile zeroed("zeroed.ttf", with_table_offsets(bold, 0));
  Diagnostics diagnostics;
  load_expecting_one_error(zeroed.path(), diagnostics);
  CHECK(diagnostics.all()[0].message ==
        "font file '" + zeroed.path() +
            "' is truncated or damaged: its 'DSIG' table starts at byte 0, inside the table "
            "directory");
}

TEST_CASE("text: a font without a table every TrueType font has is refused at load") {
  const std::string regular = read_file(noto_font("NotoSans-Regular.ttf"));
  // Without 'maxp' HarfBuzz counts no glyphs: "not a font handout can read", as before.
  for (const char* table : {"cmap", "hhea", "hmtx", "loca"}) {
    CAPTURE(table);
    ScratchFile damaged("without.ttf", with_table_renamed(regular, table, "zzzz"));
    Diagnostics diagnostics;
    load_expecting_one_error(damaged.path(), diagnostics);
    CHECK(diagnostics.all()[0].message == "font file '" + damaged.path() +
                                              "' is damaged: it has no '" + table +
                                              "' table, which every TrueType font has");
  }
}

TEST_CASE("text: a font larger than the limit is refused by its size, before it is read") {
  const std::string path = noto_font("NotoSans-Regular.ttf");
  Diagnostics diagnostics;
  CHECK(FontFace::load(path, {"template.yaml", 4, 9}, diagnostics, 100 * 1024) == nullptr);
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& error = diagnostics.all()[0];
  CHECK(error.where.line == 4);
  CHECK(error.message ==
        "font file '" + path +
            "' is 500.7 KiB, more than the 100 KiB handout reads from a font file");
  CHECK(error.hints ==
        std::vector<std::string>{"if this is intended, raise the limit with --max-font-size SIZE"});
  Diagnostics fits;
  CHECK(FontFace::load(path, {}, fits, std::filesystem::file_size(path)) != nullptr);
  CHECK(ResourceLimits{}.max_font_bytes == 64 * kMebibyte);
}

}  // namespace handout

namespace handout {

TEST_CASE("text: widths and outline places that do not fit the glyph count are damage") {
  const std::string regular = read_file(noto_font("NotoSans-Regular.ttf"));
  CHECK_FALSE(sfnt_metrics_problem(regular).has_value());
  CHECK_FALSE(sfnt_metrics_problem("<html>not found</html>").has_value());
  CHECK(sfnt_metrics_problem(with_table_length(regular, "hmtx", 4)) ==
        "its 'hmtx' table is 4 bytes long, too short for the widths of its 3317 glyphs (13266 "
        "bytes)");
  CHECK(sfnt_metrics_problem(with_table_length(regular, "loca", 3)) ==
        "its 'loca' table is 3 bytes long, too short for the places of its 3317 glyphs (13272 "
        "bytes)");
  CHECK(sfnt_metrics_problem(with_table_length(regular, "glyf", 3)) ==
        "its 'loca' table places glyph 1 at byte 84 of the 'glyf' table, which has only 3 bytes");
  CHECK(sfnt_metrics_problem(with_table_length(regular, "head", 10)) ==
        "its 'head' table is 10 bytes long, too short for a font header (54 bytes)");
  CHECK(sfnt_metrics_problem(with_table_length(regular, "hhea", 4)) ==
        "its 'hhea' table is 4 bytes long, too short for a horizontal header (36 bytes)");
  ScratchFile short_widths("short-widths.ttf", with_table_length(regular, "hmtx", 4));
  Diagnostics diagnostics;
  load_expecting_one_error(short_widths.path(), diagnostics);
  CHECK(diagnostics.all()[0].message.starts_with("font file '" + short_widths.path() +
                                                 "' is truncated or damaged: its 'hmtx' table"));
}

}  // namespace handout
