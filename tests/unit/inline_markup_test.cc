#include "bind/inline_markup.h"

#include <doctest/doctest.h>

using namespace handout;

namespace {

// A value written verbatim on line 3 from column 10, as `key: <text>` would be.
TextValue text_value(std::string text, SourceLocation where, int text_column) {
  TextValue value;
  value.text = std::move(text);
  value.where = std::move(where);
  value.text_line = text_column > 0 ? value.where.line : 0;
  value.text_column = text_column;
  return value;
}
TextValue one_line(std::string text) {
  return text_value(std::move(text), {"data.yaml", 3, 10}, 10);
}

InlineText parse(const std::string& text, Diagnostics& diagnostics) {
  return parse_inline_markup(one_line(text), diagnostics);
}

InlineText parse(const std::string& text) {
  Diagnostics diagnostics;
  InlineText parsed = parse(text, diagnostics);
  CHECK_MESSAGE(diagnostics.all().empty(), text);
  return parsed;
}

InlineSpan span(std::string text, bool strong, bool emphasis, bool code = false,
                std::string url = "") {
  InlineSpan made;
  made.text = std::move(text);
  made.strong = strong;
  made.emphasis = emphasis;
  made.code = code;
  made.link = std::move(url);
  return made;
}
InlineSpan plain(std::string text) { return span(std::move(text), false, false); }
InlineSpan strong(std::string text) { return span(std::move(text), true, false); }
InlineSpan emphasis(std::string text) { return span(std::move(text), false, true); }
InlineSpan code(std::string text) { return span(std::move(text), false, false, true); }
InlineSpan linked(std::string text, std::string url) {
  return span(std::move(text), false, false, false, std::move(url));
}

std::vector<InlineSpan> spans(const std::string& text) { return parse(text).spans; }

}  // namespace

TEST_CASE("bind: markup strong, emphasis and both") {
  CHECK(spans("a **b** c") == std::vector{plain("a "), strong("b"), plain(" c")});
  CHECK(spans("a *b* c") == std::vector{plain("a "), emphasis("b"), plain(" c")});
  CHECK(spans("__b__ and _i_") == std::vector{strong("b"), plain(" and "), emphasis("i")});
  CHECK(spans("***both***") == std::vector{span("both", true, true)});
  CHECK(spans("**bold *and italic* bold**") ==
        std::vector{strong("bold "), span("and italic", true, true), strong(" bold")});
  CHECK(spans("*em **both** em*") ==
        std::vector{emphasis("em "), span("both", true, true), emphasis(" em")});
  CHECK(spans("in**tra**word") == std::vector{plain("in"), strong("tra"), plain("word")});
}

TEST_CASE("bind: markup leaves snake_case, lone stars and maths alone") {
  CHECK(spans("call snake_case_name now") == std::vector{plain("call snake_case_name now")});
  CHECK(spans("2 * 3 * 4 = 24") == std::vector{plain("2 * 3 * 4 = 24")});
  CHECK(spans("a _ b") == std::vector{plain("a _ b")});
  CHECK(spans("file_name_") == std::vector{plain("file_name_")});
  CHECK(spans("5*3 = 15") == std::vector{plain("5*3 = 15")});
  CHECK(spans("a \"*\" b") == std::vector{plain("a \"*\" b")});
  CHECK(spans("__init__ and *") == std::vector{strong("init"), plain(" and *")});
}

TEST_CASE("bind: markup code spans are literal") {
  CHECK(spans("use `a*b*c` here") == std::vector{plain("use "), code("a*b*c"), plain(" here")});
  CHECK(spans("`**not bold**`") == std::vector{code("**not bold**")});
  CHECK(spans("`` a`b ``") == std::vector{code("a`b")});
  CHECK(spans("`[x](https://a.b)`") == std::vector{code("[x](https://a.b)")});
  CHECK(spans("**`bold code`**") == std::vector{span("bold code", true, false, true)});
}

TEST_CASE("bind: markup links") {
  CHECK(spans("see [the book](https://doc.rust-lang.org/book/) now") ==
        std::vector{plain("see "), linked("the book", "https://doc.rust-lang.org/book/"),
                    plain(" now")});
  CHECK(spans("[**Rust** site](http://rust-lang.org)") ==
        std::vector{span("Rust", true, false, false, "http://rust-lang.org"),
                    linked(" site", "http://rust-lang.org")});
  CHECK(spans("[mail](mailto:a@b.org)") == std::vector{linked("mail", "mailto:a@b.org")});
  CHECK(spans("[wiki](https://en.wikipedia.org/wiki/Rust_(language))") ==
        std::vector{linked("wiki", "https://en.wikipedia.org/wiki/Rust_(language)")});
  CHECK(spans("[](https://a.org)") == std::vector{linked("https://a.org", "https://a.org")});
  CHECK(spans("a [note] b") == std::vector{plain("a [note] b")});
  CHECK(spans("[a [b](https://x.org) c]") ==
        std::vector{plain("[a "), linked("b", "https://x.org"), plain(" c]")});
}

TEST_CASE("bind: markup links to other schemes print literally with a warning") {
  Diagnostics diagnostics;
  InlineText parsed = parse("x [run](javascript:alert(1)) y", diagnostics);
  CHECK(parsed.spans == std::vector{plain("x [run](javascript:alert(1)) y")});
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].severity == Severity::warning);
  CHECK(diagnostics.all()[0].where.column == 12);
  CHECK(diagnostics.all()[0].message.find("javascript:alert(1)") != std::string::npos);
}

TEST_CASE("bind: a link address longer than a PDF link holds is an error at the link") {
  // 21833 'e' with an acute accent: 2 bytes each in UTF-8, 6 once percent-encoded.
  std::string accents;
  for (int i = 0; i < 21833; ++i) accents += "\u00e9";
  Diagnostics fits;
  parse("See [it](https://e.org/" + accents + ")", fits);  // 14 + 130998 bytes: too long
  REQUIRE(fits.all().size() == 1);
  const Diagnostic& error = fits.all()[0];
  CHECK(error.severity == Severity::error);
  CHECK(error.where.column == 14);
  CHECK(error.message.starts_with("the link to 'https://e.org/\u00e9\u00e9"));
  CHECK(error.message.ends_with(
      "...' is 131012 bytes long once percent-encoded, more than the 65535 bytes a PDF link can "
      "hold"));
  Diagnostics shorter;
  parse("[it](https://e.org/" + accents.substr(0, 2 * 10920) + ")", shorter);  // 14 + 65520 bytes
  CHECK(shorter.all().empty());
}

TEST_CASE("bind: markup link with a space in the address prints literally") {
  Diagnostics diagnostics;
  InlineText parsed = parse("[a](https://x.org/a b)", diagnostics);
  CHECK(parsed.spans == std::vector{plain("[a](https://x.org/a b)")});
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].where.column == 13);
}

TEST_CASE("bind: markup backslash escapes") {
  CHECK(spans("\\*not em\\*") == std::vector{plain("*not em*")});
  CHECK(spans("\\`x\\` \\[a\\](b) \\\\") == std::vector{plain("`x` [a](b) \\")});
  CHECK(spans("C:\\dir") == std::vector{plain("C:\\dir")});
  CHECK(spans("**a\\*b**") == std::vector{strong("a*b")});
}

TEST_CASE("bind: markup hard line breaks") {
  CHECK(spans("first  \nsecond") == std::vector{plain("first\nsecond")});
  CHECK(spans("first\\\nsecond") == std::vector{plain("first\nsecond")});
  CHECK(spans("first \n  second") == std::vector{plain("first second")});
  CHECK(spans("**a**  \nb") == std::vector{strong("a\n"), plain("b")});
  CHECK(spans("ends with a break  \n") == std::vector{plain("ends with a break")});
}

TEST_CASE("bind: markup white space folds across marks") {
  CHECK(spans("  a \t **b**   c  ") == std::vector{plain("a "), strong("b"), plain(" c")});
  CHECK(spans("`a   b`") == std::vector{code("a b")});
}

TEST_CASE("bind: unclosed markup prints literally with one warning at its mark") {
  struct Case {
    std::string text;
    std::string printed;
    int column;
    std::string message;
  };
  const Case cases[] = {
      {"a **b c", "a **b c", 12, "'**' is not closed"},
      {"*a", "*a", 10, "'*' is not closed"},
      {"a* b", "a* b", 11, "'*' closes nothing"},
      {"x `code", "x `code", 12, "'`' is not closed"},
      {"**a*", "*a", 10, "'*' is not closed"},
      {"_a", "_a", 10, "'_' is not closed"},
  };
  for (const Case& c : cases) {
    Diagnostics diagnostics;
    InlineText parsed = parse(c.text, diagnostics);
    CAPTURE(c.text);
    CHECK(parsed.plain_text() == c.printed);
    REQUIRE(diagnostics.all().size() == 1);
    const Diagnostic& warning = diagnostics.all()[0];
    CHECK(warning.severity == Severity::warning);
    CHECK(warning.where.file == "data.yaml");
    CHECK(warning.where.line == 3);
    CHECK(warning.where.column == c.column);
    CHECK(warning.message.starts_with(c.message));
    CHECK(warning.message.ends_with("it prints as it is"));
  }
}

TEST_CASE("bind: two problems, two warnings; a matched pair inside is still set") {
  Diagnostics diagnostics;
  InlineText parsed = parse("*a **b*", diagnostics);
  CHECK(parsed.spans == std::vector{plain("*a *"), emphasis("b")});
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].where.column == 10);
  CHECK(diagnostics.all()[1].where.column == 13);  // the '*' left of the '**'
}

TEST_CASE("bind: markup in a multi-line value warns at the value's start") {
  Diagnostics diagnostics;
  TextValue value = text_value("line one\nline **two", {"data.yaml", 7, 3}, 0);
  InlineText parsed = parse_inline_markup(value, diagnostics);
  CHECK(parsed.plain_text() == "line one line **two");
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].where.line == 7);
  CHECK(diagnostics.all()[0].where.column == 3);
}

TEST_CASE("bind: markup paragraphs split at blank lines, marks do not cross them") {
  Diagnostics diagnostics;
  TextValue value = text_value("One **a\n\nTwo** b\n \n\n*c*\n", {"data.yaml", 1, 1}, 0);
  std::vector<InlineText> paragraphs = parse_markup_paragraphs(value, diagnostics);
  REQUIRE(paragraphs.size() == 3);
  CHECK(paragraphs[0].plain_text() == "One **a");
  CHECK(paragraphs[1].plain_text() == "Two** b");
  CHECK(paragraphs[2].spans == std::vector{emphasis("c")});
  CHECK(diagnostics.all().size() == 2);
}

namespace {

std::string repeated(const std::string& piece, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += piece;
  return text;
}

}  // namespace

TEST_CASE("bind: emphasis nested thousands deep, and the pairs keep their marks") {
  // Before, each pair marked every piece inside it: 20,000 nested pairs took 10 s.
  const std::string text = repeated("*a ", 20000) + "b" + repeated(" a*", 20000);
  InlineText parsed = parse(text);
  REQUIRE(parsed.spans.size() == 1);
  CHECK(parsed.spans[0].emphasis);
  CHECK(parse("***a** b*").spans ==
        std::vector<InlineSpan>{span("a", true, true), span(" b", false, true)});
}

TEST_CASE("bind: a link's label pieces share its address; a very long address prints as text") {
  const std::string address = "https://example.org/" + std::string(16000, 'p');
  InlineText parsed = parse("[" + repeated("*a* b ", 1000) + "](" + address + ")");
  CHECK(parsed.spans.size() == 2000);
  for (const InlineSpan& piece : parsed.spans) CHECK(piece.link == address);
  const std::string too_long = "https://example.org/" + std::string(65516, 'p');
  Diagnostics diagnostics;
  parse("[label](" + too_long + ")", diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "the link to 'https://example.org/pppppppppppppppppppppppppppppppppppppppp...' is 65536 "
        "bytes long once percent-encoded, more than the 65535 bytes a PDF link can hold");
}

TEST_CASE("bind: at most 20 markup warnings for one text, then how many more") {
  Diagnostics diagnostics;
  InlineText parsed = parse(repeated("a* ", 5000), diagnostics);
  CHECK(parsed.plain_text() == repeated("a* ", 4999) + "a*");
  REQUIRE(diagnostics.all().size() == 21);
  CHECK(diagnostics.all()[19].where.column == 10 + 19 * 3 + 1);
  CHECK(diagnostics.all()[20].message ==
        "4980 more problems with the markup of this text are not shown");
}

TEST_CASE("bind: each mark is counted as it is read, and the count may stop the reading") {
  int marks = 0;
  Diagnostics diagnostics;
  InlineText parsed = parse_inline_markup(one_line("2 * 3 is *six* and `code` [a](https://x.org)"),
                                          diagnostics, [&] { return ++marks <= 100; });
  CHECK(marks == 4);  // the two around "six", the code span and the link's '['; not "2 * 3"
  marks = 0;
  parsed = parse_inline_markup(one_line(repeated("*a* ", 1000)), diagnostics,
                               [&] { return ++marks <= 10; });
  CHECK(marks == 11);
  CHECK(parsed.spans.size() <= 11);
}
