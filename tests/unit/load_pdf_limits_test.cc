// What a PDF can hold (core/pdf_limits.h), checked where the data or the template writes it.

#include <doctest/doctest.h>

#include <string>

#include "load/data_loader.h"
#include "load/document_keys.h"
#include "load/length_parser.h"
#include "load_test_support.h"

namespace handout {
namespace {

using load_test::rendered;
using load_test::template_errors;

std::string data_errors(const std::string& yaml) {
  Diagnostics diagnostics;
  load_data_text(yaml, "data.yaml", diagnostics);
  return rendered(diagnostics);
}

std::string repeated(const std::string& text, size_t times) {
  std::string all;
  for (size_t i = 0; i < times; ++i) all += text;
  return all;
}

TEST_CASE("load pdf limits: a page smaller than PDF allows is an error at its size") {
  CHECK(template_errors("page: {size: [2pt, 2pt], margins: 0}\n" +
                        std::string(load_test::kAfterPage)) ==
        "1:14: the page size 2pt x 2pt is outside what a PDF page can be: 3pt to 14400pt (200in) "
        "on each side\n"
        "  hint: 3pt is about 1mm; the smallest common card, a business card, is 85mm x 55mm\n");
  CHECK(load_test::load_template_ok("page: {size: [3pt, 14400pt], margins: 0}\n" +
                                    std::string(load_test::kAfterPage)));
}

TEST_CASE("load pdf limits: no length is larger than the largest PDF page") {
  CHECK(template_errors("page: {size: [20000pt, 800pt]}\n" + std::string(load_test::kAfterPage)) ==
        "1:15: page width '20000pt' is larger than the largest PDF page: lengths are at most "
        "14400pt (200in)\n"
        "  hint: check the unit: 1in = 72pt = 25.4mm\n");
  CHECK(template_errors("fonts: {sans: {regular: NotoSans-Regular.ttf}}\n"
                        "styles: {body: {size: 201in}, footer: {}}\n"
                        "body: [paragraph: x]\n") ==
        "2:23: size '201in' is larger than the largest PDF page: lengths are at most 14400pt "
        "(200in)\n"
        "  hint: check the unit: 1in = 72pt = 25.4mm\n");
  CHECK(template_errors("fonts: {sans: {regular: NotoSans-Regular.ttf}}\n"
                        "styles: {body: {leading: 20000pt}, footer: {}}\n"
                        "body: [paragraph: x]\n")
            .starts_with("2:26: leading '20000pt' is larger than the largest PDF page"));
  CHECK(template_errors("fonts: {sans: {regular: NotoSans-Regular.ttf}}\n"
                        "styles: {body: {leading: 1001%}, footer: {}}\n"
                        "body: [paragraph: x]\n") ==
        "2:26: leading must be at most 1000%, but this is 1001%\n");
}

TEST_CASE("load pdf limits: a number too long for a double is no length of 0") {
  const std::string huge = repeated("9", 400) + "pt";
  CHECK(parse_length(huge).points.value_or(0) > 1e300);
  CHECK(parse_length("0." + repeated("0", 400) + "1pt").points == 0.0);
  CHECK(template_errors("fonts: {sans: {regular: NotoSans-Regular.ttf}}\n"
                        "styles: {body: {size: " +
                        huge +
                        "}, footer: {}}\n"
                        "body: [paragraph: x]\n")
            .starts_with("2:23: size '999"));
}

TEST_CASE("load pdf limits: the document information fits PDF strings, or is an error") {
  const std::string long_title = repeated("word ", 14000);
  CHECK(data_errors("title: " + long_title + "\n") ==
        "1:8: the title is 69999 characters long, more than the 32766 characters the PDF's "
        "document information can hold\n"
        "  hint: a PDF reader shows it in the document's properties; write it shorter\n");
  CHECK(data_errors("author: " + repeated("a", 32767) + "\n")
            .starts_with("1:9: the author is 32767 characters long"));
  CHECK(data_errors("subtitle: " + repeated("s", 32767) + "\n")
            .starts_with("1:11: the subtitle (the PDF's subject) is 32767 characters long"));
  CHECK(data_errors("subtitle: short\nsubject: " + repeated("s", 32767) + "\n")
            .starts_with("2:10: the subject is 32767 characters long"));
  CHECK(data_errors("lang: en" + repeated("-abcdefgh", 8000) + "\n") ==
        "1:7: lang is 72002 bytes long, more than the 65535 bytes the PDF's language entry can "
        "hold\n"
        "  hint: a language tag is short, like 'en' or 'en-US'\n");
  CHECK(data_errors("title: " + repeated("t", 32766) + "\n").empty());
  // Written in UTF-16: a character above U+FFFF takes two units, one of U+0800..U+FFFF one.
  CHECK(data_errors("title: " + repeated("\U0001F600", 16383) + "\n").empty());
  CHECK(data_errors("title: " + repeated("\U0001F600", 16384) + "\n")
            .starts_with("1:8: the title is 32768 characters long"));
  CHECK(data_errors("title: " + repeated("\u4E2D", 32766) + "\n").empty());
}

TEST_CASE("load pdf limits: keywords are counted as the PDF joins them") {
  // 6553 keywords of 3 characters and 6552 separators of 2: 32763 characters.
  std::string fits = "keywords: [kw0";
  for (int i = 1; i < 6553; ++i) fits += ", kw" + std::to_string(i % 10);
  CHECK(data_errors(fits + "]\n").empty());
  CHECK(data_errors(fits + ", kw1]\n") ==
        "1:11: the keywords add up to 32768 characters in the PDF's document information, more "
        "than the 32766 it can hold\n"
        "  hint: keep a few words that say what the document is about; the text itself is "
        "searchable\n");
  CHECK(data_errors("keywords: " + repeated("k,", 40000) + "\n")
            .starts_with("1:11: the keywords add up to 119998 characters"));
}

TEST_CASE("load pdf limits: an --each record's document keys are checked too") {
  DataNode title;
  title.kind = DataNode::Kind::scalar;
  title.where = {"d.yaml", 5, 12};
  title.scalar = TextValue{std::string(70000, 'x'), title.where};
  DataNode tree;
  tree.kind = DataNode::Kind::map;
  tree.fields.emplace_back("title", title);
  Diagnostics diagnostics;
  document_from_tree(tree, "d.yaml", diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].where.line == 5);
  CHECK(diagnostics.all()[0].message.starts_with("the title is 70000 characters long"));
}

}  // namespace
}  // namespace handout
