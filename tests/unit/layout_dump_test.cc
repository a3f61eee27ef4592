#include "layout/layout_dump.h"

#include <doctest/doctest.h>

#include <string>

#include "core/points_text.h"
#include "layout_test_support.h"

namespace handout {

using namespace layout_test;

TEST_CASE("layout dump: every kind of item, rounded to two decimals") {
  LaidOutDocument document;
  LaidOutPage first{.width = 100, .height = 200.004};
  TextRun run{.face = noto(), .size = 9.5, .x = 20.126, .baseline = 30, .text = "Say \"hi\""};
  run.color.red = 1;
  run.glyphs = shape_text(*noto(), 9.5, "Say \"hi\"").glyphs;
  first.items.push_back(run);
  first.items.push_back(PlacedImage{.image = image(40, 30),
                                    .x = 10,
                                    .y = -0.001,
                                    .width = 20,
                                    .height = 15,
                                    .alt = "a chart",
                                    .figure_path = "fig.png"});
  first.items.push_back(LinkArea{.x = 1, .y = 2, .width = 3, .height = 4, .url = "https://a.b"});
  first.items.push_back(LinkArea{.width = 5, .height = 6, .target_page = 1, .target_y = 7.5});
  first.items.push_back(DrawnLine{.x1 = 0, .y1 = 1, .x2 = 2, .y2 = 1, .dashed = true});
  DrawnBox box{.x = 1, .y = 2, .width = 3, .height = 4};
  box.fill = Color{.cmyk = CmykColor{0, 0.5, 0, 0.25}};
  first.items.push_back(box);
  first.items.push_back(ClipBegin{.x = 0, .y = 0, .width = 50, .height = 60});
  first.items.push_back(ClipEnd{});
  document.pages.push_back(first);
  document.pages.push_back(LaidOutPage{.width = 10, .height = 20, .bleed = 8.5, .slug = 10});
  document.outline.push_back(OutlineEntry{.title = "Intro", .level = 2, .page_index = 1, .y = 3});

  const std::string width =
      format_two_decimals(shape_text(*noto(), 9.5, "Say \"hi\"").width);  // as the dump rounds
  CHECK(dump_layout(document) ==
        "page 1 100x200\n"
        "  text 20.13,30 width " +
            width +
            " NotoSans-Regular.ttf 9.5 #ff0000 \"Say \\\"hi\\\"\"\n"
            "  image 10,0 20x15 pixels 40x30 \"fig.png\" alt \"a chart\"\n"
            "  link 1,2 3x4 -> \"https://a.b\"\n"
            "  link 0,0 5x6 -> page 2 at 7.5\n"
            "  line 0,1 -> 2,1 width 0.5 #000000 dashed\n"
            "  box 1,2 3x4 fill #000000 cmyk(0,0.5,0,0.25) stroke none\n"
            "  clip 0,0 50x60\n"
            "  clip end\n"
            "page 2 10x20 bleed 8.5 slug 10\n"
            "outline 2 \"Intro\" page 2 at 3\n");
}

}  // namespace handout
