#include <doctest/doctest.h>

#include "impose/print_sheets.h"
#include "impose/sheet_size.h"
#include "impose_test_support.h"

namespace handout {
namespace {

constexpr double kMm = 72.0 / 25.4;

PageDef page_of(double width, double height, Imposition impose, double bleed, bool marks) {
  PageDef page;
  page.width = width;
  page.height = height;
  page.impose = impose;
  page.bleed = bleed;
  page.crop_marks = marks;
  page.size_where = {"template.yaml", 2, 9};
  return page;
}

// The media of the sheets print_sheets really makes, as the writer sizes them.
SheetMedia made_sheet(const PageDef& page) {
  LaidOutDocument pages;
  for (int i = 0; i < 3; ++i) pages.pages.push_back({page.width, page.height, {}, page.bleed});
  LaidOutDocument sheets = print_sheets(std::move(pages), {}, page);
  REQUIRE_FALSE(sheets.pages.empty());
  const LaidOutPage& sheet = sheets.pages.front();
  const double room = 2 * (sheet.bleed + sheet.slug);
  return {sheet.width + room, sheet.height + room};
}

TEST_CASE("impose sheet size: the media computed from the page is the media print_sheets makes") {
  for (Imposition impose : {Imposition::none, Imposition::two_up, Imposition::booklet}) {
    for (double bleed : {0.0, 3 * kMm}) {
      for (bool marks : {false, true}) {
        for (const std::pair<double, double> size :
             {std::pair{420.0, 595.0}, std::pair{595.0, 420.0}}) {
          CAPTURE(static_cast<int>(impose));
          CAPTURE(bleed);
          CAPTURE(marks);
          CAPTURE(size.first);
          const PageDef page = page_of(size.first, size.second, impose, bleed, marks);
          const SheetMedia computed = printed_sheet_media(page);
          const SheetMedia made = made_sheet(page);
          CHECK(computed.width == doctest::Approx(made.width));
          CHECK(computed.height == doctest::Approx(made.height));
        }
      }
    }
  }
}

TEST_CASE("impose sheet size: sheets larger than a PDF page are an error at the page size") {
  Diagnostics fine;
  check_printed_sheet_size(page_of(7200, 14400, Imposition::two_up, 0, false), fine);
  CHECK(fine.all().empty());

  Diagnostics diagnostics;
  check_printed_sheet_size(page_of(8000, 9000, Imposition::two_up, 0, false), diagnostics);
  check_printed_sheet_size(page_of(9000, 8000, Imposition::two_up, 3 * kMm, false), diagnostics);
  check_printed_sheet_size(page_of(14400, 800, Imposition::none, 3 * kMm, true), diagnostics);
  check_printed_sheet_size(page_of(8000, 800, Imposition::booklet, 0, true), diagnostics);
  REQUIRE(diagnostics.all().size() == 4);
  for (const Diagnostic& error : diagnostics.all()) {
    CHECK(error.kind == FailureKind::bad_input);
    CHECK(error.where.line == 2);
    CHECK(error.where.column == 9);
  }
  CHECK(diagnostics.all()[0].message ==
        "printed 2up, each sheet (two pages side by side) is 16000pt x 9000pt, more than the "
        "14400pt (200in) a PDF page can measure on a side");
  CHECK(diagnostics.all()[1].message ==
        "printed 2up with bleed, each sheet (two pages one above the other) is 9017.01pt x "
        "16017.01pt, more than the 14400pt (200in) a PDF page can measure on a side");
  CHECK(diagnostics.all()[2].message ==
        "printed with bleed and crop marks, each sheet is 14456.69pt x 856.69pt, more than the "
        "14400pt (200in) a PDF page can measure on a side");
  CHECK(diagnostics.all()[3].message ==
        "printed as a booklet with crop marks, each sheet (two pages side by side) is 16056.69pt "
        "x 856.69pt, more than the 14400pt (200in) a PDF page can measure on a side");
}

}  // namespace
}  // namespace handout
