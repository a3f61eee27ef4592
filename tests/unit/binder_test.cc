#include <doctest/doctest.h>

#include "bind/binder.h"

using namespace handout;

namespace {

TemplateDef small_template() {
  TemplateDef layout;
  layout.source_file = "t.yaml";
  layout.families["sans"] = {"sans", "R.ttf", "B.ttf", "", "", {"t.yaml", 3, 3}};
  auto add_style = [&](const std::string& name, bool bold, bool italic) {
    StyleDef style;
    style.name = name;
    style.family = "sans";
    style.bold = bold;
    style.italic = italic;
    style.where = {"t.yaml", 10, 3};
    layout.styles[name] = style;
  };
  add_style("title", true, false);
  add_style("body", false, false);
  add_style("heading", true, false);
  add_style("section", true, false);
  add_style("caption", false, true);
  add_style("footer", false, false);
  BlockDef title{.kind = BlockKind::title, .style = "title"};
  BlockDef figures{.kind = BlockKind::figures, .caption_style = "caption", .figure_width = 0.8};
  BlockDef items{.kind = BlockKind::items,
                 .heading_style = "heading",
                 .description_style = "body",
                 .section_style = "section"};
  layout.body = {title, figures, items};
  layout.footer = RegionDef{"{{title}}", "", "Page {{ page }} of {{pages}}", "footer", true, {}};
  return layout;
}

HandoutData small_data() {
  HandoutData data;
  data.title = {"Rust  is used\nfor...", {"d.yaml", 1, 8}};
  data.keywords = {{"Rust", {}}, {"handout", {}}};
  data.figures.push_back(
      {{"f.png", {"d.yaml", 3, 9}}, "/data/f.png", {"A map", {}}, {"Alt text", {}}, {}});
  SectionData section;
  section.items.push_back({{"Audio", {"d.yaml", 7, 14}}, {"One.\n\nTwo.", {"d.yaml", 8, 18}}, {}});
  section.items.push_back({{"Blockchain", {}}, {"Three.", {}}, {}});
  data.sections.push_back(section);
  return data;
}

}  // namespace

TEST_CASE("bind: the template body orders the blocks; items become heading + paragraphs") {
  Diagnostics diagnostics;
  DocTree tree = bind_document(small_data(), small_template(), diagnostics);
  REQUIRE(tree.blocks.size() == 7);
  CHECK(std::get<ParagraphBlock>(tree.blocks[0]).text == "Rust is used for...");
  CHECK(std::get<ParagraphBlock>(tree.blocks[0]).style.font_file == "B.ttf");
  const auto& figure = std::get<FigureBlock>(tree.blocks[1]);
  CHECK(figure.image_path == "/data/f.png");
  CHECK(figure.width_fraction == doctest::Approx(0.8));
  CHECK(figure.caption == "A map");
  CHECK(figure.alt == "Alt text");
  const auto& heading = std::get<HeadingBlock>(tree.blocks[2]);
  CHECK(heading.text == "Audio");
  CHECK(heading.outline_level == 1);
  CHECK(heading.where.line == 7);
  CHECK(std::get<ParagraphBlock>(tree.blocks[3]).text == "One.");
  CHECK(std::get<ParagraphBlock>(tree.blocks[4]).text == "Two.");
  CHECK(std::get<HeadingBlock>(tree.blocks[5]).text == "Blockchain");
}

TEST_CASE("bind: document info and running text come from the data") {
  Diagnostics diagnostics;
  DocTree tree = bind_document(small_data(), small_template(), diagnostics);
  CHECK(tree.info.title == "Rust is used for...");
  CHECK(tree.info.keywords == "Rust, handout");
  CHECK(tree.info.language == "en-US");
  CHECK(tree.info.creator.rfind("handout ", 0) == 0);
  REQUIRE(tree.footer);
  CHECK(tree.footer->left == "Rust is used for...");
  CHECK(tree.footer->right == "Page {{page}} of {{pages}}");
}

TEST_CASE("bind: titled sections nest their items one outline level down") {
  HandoutData data = small_data();
  data.sections[0].title = {"Systems", {}};
  Diagnostics diagnostics;
  DocTree tree = bind_document(data, small_template(), diagnostics);
  CHECK(std::get<HeadingBlock>(tree.blocks[2]).text == "Systems");
  CHECK(std::get<HeadingBlock>(tree.blocks[2]).outline_level == 1);
  CHECK(std::get<HeadingBlock>(tree.blocks[3]).outline_level == 2);
}

TEST_CASE("bind: a missing face falls back to regular with one warning per style") {
  Diagnostics diagnostics;
  DocTree tree = bind_document(small_data(), small_template(), diagnostics);
  CHECK(std::get<FigureBlock>(tree.blocks[1]).caption_style.font_file == "R.ttf");
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].severity == Severity::warning);
  CHECK(diagnostics.all()[0].message ==
        "style 'caption' asks for the italic face, but font family 'sans' has none; using its "
        "regular face");
}
