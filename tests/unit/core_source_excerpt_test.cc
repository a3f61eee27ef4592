#include <doctest/doctest.h>

#include "core/diagnostic.h"
#include "core/source_excerpt.h"

using namespace handout;

namespace {
SourceText text_of(std::string text) { return std::make_shared<const std::string>(text); }
}  // namespace

TEST_CASE("source excerpt: lines are found by number, forwards and backwards") {
  SourceLines lines(text_of("one\r\ntwo\n\nfour"));
  CHECK(lines.line(2) == "two");
  CHECK(lines.line(4) == "four");
  CHECK(lines.line(1) == "one");  // back to the start: the CR of CRLF is not part of the line
  CHECK(lines.line(3) == "");
  CHECK_FALSE(lines.line(5));
  CHECK_FALSE(lines.line(0));
  SourceLines ended(text_of("a\n"));
  CHECK(ended.line(1) == "a");
  CHECK_FALSE(ended.line(2));  // the last line break ends the last line
  CHECK_FALSE(SourceLines(text_of("")).line(1));
}

TEST_CASE("source excerpt: a long line is cut around the column, at character boundaries") {
  const std::string line = std::string(300, 'a') + "bc";
  const SourceExcerpt excerpt = excerpt_of_line(line, 301);
  CHECK(excerpt.text == std::string(49, 'a') + "bc");
  CHECK(excerpt.column == 50);
  CHECK(excerpt.cut_before);
  CHECK_FALSE(excerpt.cut_after);
  const std::string accents = std::string(60, 'x') + "\u00e9\u00e9\u00e9" + std::string(200, 'y');
  const SourceExcerpt middle = excerpt_of_line(accents, 62);
  CHECK((middle.text[0] & 0xC0) != 0x80);  // not in the middle of a character
  CHECK(middle.cut_after);
}

TEST_CASE("source excerpt: a diagnostic takes its line from the text kept, when it is added") {
  Diagnostics diagnostics;
  diagnostics.error({"a.yaml", 1, 1}, "before the text is kept");
  diagnostics.keep_source("a.yaml", text_of("title: x\nitmes: []\n"));
  diagnostics.error({"a.yaml", 2, 1}, "unknown field");
  diagnostics.error({"b.yaml", 2, 1}, "another file");
  diagnostics.error({"a.yaml", 9, 1}, "past the end");
  diagnostics.release_sources();
  diagnostics.error({"a.yaml", 1, 1}, "after the text is let go");
  const auto& all = diagnostics.all();
  CHECK_FALSE(all[0].excerpt);
  REQUIRE(all[1].excerpt);
  CHECK(all[1].excerpt->text == "itmes: []");
  CHECK_FALSE(all[2].excerpt);
  CHECK_FALSE(all[3].excerpt);
  CHECK_FALSE(all[4].excerpt);
  CHECK(diagnostics.kept_sources().empty());
}
