#include <doctest/doctest.h>

#include <algorithm>

#include "impose/crop_marks.h"
#include "impose/print_sheets.h"
#include "impose_test_support.h"

namespace handout {
namespace {

using namespace impose_test;

constexpr double kMm = 72.0 / 25.4;

// `count` pages of `width` x `height`, page N holding the run "pN" at (10, 20).
LaidOutDocument document_of(size_t count, double width, double height, double bleed = 0) {
  LaidOutDocument document;
  for (size_t i = 0; i < count; ++i) {
    document.pages.push_back(
        {width, height, {named_run("p" + std::to_string(i + 1), 10, 20)}, bleed});
  }
  return document;
}

PageDef page_def(Imposition impose) {
  PageDef page;
  page.impose = impose;
  return page;
}

TEST_CASE("impose sheets: 2-up puts portrait pages side by side, in reading order") {
  LaidOutDocument sheets = print_sheets(document_of(3, 420, 595), {}, page_def(Imposition::two_up));
  REQUIRE(sheets.pages.size() == 2);
  CHECK(sheets.pages[0].width == doctest::Approx(840));
  CHECK(sheets.pages[0].height == doctest::Approx(595));
  CHECK(runs_text(sheets.pages[0]) == "p1@10,20 p2@430,20");
  CHECK(runs_text(sheets.pages[1]) == "p3@10,20");  // the right half is blank
}

TEST_CASE("impose sheets: 2-up stacks landscape pages, one above the other") {
  LaidOutDocument document = document_of(2, 595, 420);
  LinkArea to_page_2;
  to_page_2.target_page = 1;
  to_page_2.target_y = 30;
  document.pages[0].items.push_back(to_page_2);
  LaidOutDocument sheets = print_sheets(std::move(document), {}, page_def(Imposition::two_up));
  REQUIRE(sheets.pages.size() == 1);
  CHECK(sheets.pages[0].width == doctest::Approx(595));
  CHECK(sheets.pages[0].height == doctest::Approx(840));
  CHECK(runs_text(sheets.pages[0]) == "p1@10,20 p2@10,440");
  const std::vector<const LinkArea*> links = items_on<LinkArea>(sheets.pages[0]);
  REQUIRE(links.size() == 1);
  CHECK(links[0]->target_y == doctest::Approx(450));  // page 2's place moved down with it
}

TEST_CASE("impose sheets: a booklet pads to 4 pages with the background, in folding order") {
  PageDef page = page_def(Imposition::booklet);
  page.background = Color{0.9, 0.9, 0.8};
  LaidOutDocument sheets = print_sheets(document_of(3, 420, 595), {}, page);
  REQUIRE(sheets.pages.size() == 2);
  CHECK(runs_text(sheets.pages[0]) == "p1@430,20");  // 4|1: page 4 is padding
  CHECK(runs_text(sheets.pages[1]) == "p2@10,20 p3@430,20");
  const std::vector<const DrawnBox*> padding = items_on<DrawnBox>(sheets.pages[0]);
  REQUIRE(padding.size() == 1);  // page 4's background, on the left half
  CHECK(padding[0]->x == doctest::Approx(0));
  CHECK(padding[0]->width == doctest::Approx(420));
}

TEST_CASE("impose sheets: each page is clipped to its half, reaching into the sheet's bleed") {
  LaidOutDocument sheets =
      print_sheets(document_of(2, 420, 595, 9), {}, page_def(Imposition::two_up));
  REQUIRE(sheets.pages.size() == 1);
  CHECK(sheets.pages[0].bleed == doctest::Approx(9));
  const std::vector<const ClipBegin*> clips = items_on<ClipBegin>(sheets.pages[0]);
  REQUIRE(clips.size() == 2);
  CHECK(clips[0]->x == doctest::Approx(-9));  // left, top and bottom reach the sheet's bleed
  CHECK(clips[0]->y == doctest::Approx(-9));
  CHECK(clips[0]->width == doctest::Approx(429));  // but not into the right-hand page
  CHECK(clips[0]->height == doctest::Approx(613));
  CHECK(clips[1]->x == doctest::Approx(420));
  CHECK(clips[1]->width == doctest::Approx(429));
  CHECK(items_on<ClipEnd>(sheets.pages[0]).size() == 2);
}

TEST_CASE("impose sheets: links and bookmarks follow their pages onto the sheets") {
  LaidOutDocument document = document_of(4, 420, 595);
  LinkArea to_page_4;
  to_page_4.target_page = 3;
  to_page_4.target_y = 100;
  document.pages[0].items.push_back(to_page_4);
  document.outline.push_back({"Four", 1, 3, 50});
  LaidOutDocument sheets = print_sheets(std::move(document), {}, page_def(Imposition::booklet));
  REQUIRE(sheets.pages.size() == 2);
  // The sides are 4|1 and 2|3.
  const std::vector<const LinkArea*> links = items_on<LinkArea>(sheets.pages[0]);
  REQUIRE(links.size() == 1);
  CHECK(links[0]->target_page == 0);  // page 4 shares the first side with page 1
  CHECK(links[0]->target_y == doctest::Approx(100));
  CHECK(links[0]->x == doctest::Approx(420));  // the link itself moved with page 1
  REQUIRE(sheets.outline.size() == 1);
  CHECK(sheets.outline[0].page_index == 0);
}

// How far the line stays from the rectangle (0, 0, width, height); 0 when it touches it.
double distance_from_trim(const DrawnLine& line, double width, double height) {
  const double left = std::min(line.x1, line.x2), right = std::max(line.x1, line.x2);
  const double top = std::min(line.y1, line.y2), bottom = std::max(line.y1, line.y2);
  return std::max({-right, left - width, -bottom, top - height, 0.0});
}

// Whether the line is on the media: the trim grown by `room` on every side.
bool on_media(const DrawnLine& line, double width, double height, double room) {
  for (double x : {line.x1, line.x2}) {
    if (x < -room - 1e-6 || x > width + room + 1e-6) return false;
  }
  for (double y : {line.y1, line.y2}) {
    if (y < -room - 1e-6 || y > height + room + 1e-6) return false;
  }
  return true;
}

TEST_CASE("impose marks: crop marks stand outside the trim, clear of the bleed, in a slug") {
  PageDef page = page_def(Imposition::none);
  page.crop_marks = true;
  LaidOutDocument sheets = print_sheets(document_of(1, 420, 595, 3 * kMm), {}, page);
  const LaidOutPage& sheet = sheets.pages[0];
  const std::vector<const DrawnLine*> marks = items_on<DrawnLine>(sheet);
  CHECK(marks.size() == 8);                                      // two at each corner
  CHECK(sheet.bleed + sheet.slug == doctest::Approx(10 * kMm));  // 3mm + 6mm mark + 1mm
  for (const DrawnLine* mark : marks) {
    CHECK(distance_from_trim(*mark, 420, 595) == doctest::Approx(3 * kMm));  // past the bleed
    CHECK(on_media(*mark, 420, 595, sheet.bleed + sheet.slug));
    CHECK(mark->width == doctest::Approx(0.25));
    REQUIRE(mark->color.cmyk.has_value());  // registration: every ink
    CHECK(*mark->color.cmyk == CmykColor{1, 1, 1, 1});
  }
  const DrawnLine* top_left = marks[0];  // the vertical mark above the top-left corner
  CHECK(top_left->x1 == doctest::Approx(0));
  CHECK(top_left->y2 == doctest::Approx(-3 * kMm));
  CHECK(top_left->y1 == doctest::Approx(-9 * kMm));
}

TEST_CASE("impose marks: without bleed the marks keep 3mm from the trim; 2-up adds the cut") {
  LaidOutPage page{420, 595, {}, 0};
  add_crop_marks(page, {0, 210, 420}, {0, 595});
  CHECK(page.slug == doctest::Approx(10 * kMm));
  const std::vector<const DrawnLine*> marks = items_on<DrawnLine>(page);
  CHECK(marks.size() == 10);
  CHECK(marks[2]->x1 == doctest::Approx(210));  // above the cut between the pages
  CHECK(marks[2]->y2 == doctest::Approx(-3 * kMm));

  PageDef two_up = page_def(Imposition::two_up);
  two_up.crop_marks = true;
  LaidOutDocument sheets = print_sheets(document_of(2, 420, 595), {}, two_up);
  CHECK(items_on<DrawnLine>(sheets.pages[0]).size() == 10);  // corners and the middle cut
}

}  // namespace
}  // namespace handout
