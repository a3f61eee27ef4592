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

namespace {

TextValue marked(std::string text, int line) {
  TextValue value;
  value.text = std::move(text);
  value.where = {"d.yaml", line, 5};
  value.text_line = line;
  value.text_column = 5;
  return value;
}

}  // namespace

TEST_CASE("bind: every text block parses inline markup; plain text drops the marks") {
  HandoutData data = small_data();
  data.title = marked("*Rust* is **used**", 1);
  data.author = marked("Ann **Lee**", 2);
  data.figures[0].caption = marked("A `map` of [crates](https://crates.io)", 3);
  data.sections[0].title = marked("Systems **and** more", 4);
  data.sections[0].items[0].heading = marked("`no_std` code", 5);
  data.sections[0].items[0].description = marked("One **a**.\n\nTwo  \nlines.", 6);
  Diagnostics diagnostics;
  DocTree tree = bind_document(data, small_template(), diagnostics);
  REQUIRE(tree.blocks.size() == 8);

  const auto& title = std::get<ParagraphBlock>(tree.blocks[0]);
  CHECK(title.text == "Rust is used");
  REQUIRE(title.content.spans.size() == 3);
  CHECK(title.content.spans[0].emphasis);
  CHECK(title.content.spans[2].strong);
  CHECK(tree.info.title == "Rust is used");
  CHECK(tree.info.author == "Ann Lee");
  CHECK(tree.footer->left == "Rust is used");

  const auto& figure = std::get<FigureBlock>(tree.blocks[1]);
  CHECK(figure.caption == "A map of crates");
  REQUIRE(figure.caption_content.spans.size() == 4);
  CHECK(figure.caption_content.spans[1].code);
  CHECK(figure.caption_content.spans[3].link == "https://crates.io");

  const auto& section = std::get<HeadingBlock>(tree.blocks[2]);
  CHECK(section.text == "Systems and more");
  CHECK(section.content.spans[1].strong);
  const auto& heading = std::get<HeadingBlock>(tree.blocks[3]);
  CHECK(heading.text == "no_std code");
  CHECK(heading.content.spans[0].code);

  const auto& first = std::get<ParagraphBlock>(tree.blocks[4]);
  CHECK(first.text == "One a.");
  CHECK(first.content.spans[1].strong);
  const auto& second = std::get<ParagraphBlock>(tree.blocks[5]);
  CHECK(second.text == "Two lines.");  // the plain text shows a hard break as a space
  REQUIRE(second.content.spans.size() == 1);
  CHECK(second.content.spans[0].text == "Two\nlines.");
}

TEST_CASE("bind: the byline joins author and date with their marks") {
  HandoutData data = small_data();
  data.author = marked("Ann **Lee**", 2);
  data.date = marked("2026", 3);
  TemplateDef layout = small_template();
  layout.body.insert(layout.body.begin() + 1, BlockDef{.kind = BlockKind::byline, .style = "body"});
  Diagnostics diagnostics;
  DocTree tree = bind_document(data, layout, diagnostics);
  const auto& byline = std::get<ParagraphBlock>(tree.blocks[1]);
  CHECK(byline.text == "Ann Lee \u00b7 2026");
  REQUIRE(byline.content.spans.size() == 3);
  CHECK(byline.content.spans[1].strong);
  CHECK(byline.content.spans[2].text == " \u00b7 2026");
}

TEST_CASE("bind: unclosed markup in the data warns once, at the mark") {
  HandoutData data = small_data();
  data.sections[0].items[0].description = marked("Some **bold text", 8);
  Diagnostics diagnostics;
  DocTree tree = bind_document(data, small_template(), diagnostics);
  CHECK(std::get<ParagraphBlock>(tree.blocks[3]).text == "Some **bold text");
  int markup_warnings = 0;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.message.find("'**' is not closed") == std::string::npos) continue;
    ++markup_warnings;
    CHECK(diagnostic.severity == Severity::warning);
    CHECK(diagnostic.where.line == 8);
    CHECK(diagnostic.where.column == 10);
  }
  CHECK(markup_warnings == 1);
}

TEST_CASE("bind: styles carry hyphenation, code and fallback faces, pagination, placement") {
  TemplateDef layout = small_template();
  layout.families["mono"] = {"mono", "M.ttf", "MB.ttf", "", "", {}};
  layout.families["symbols"] = {"symbols", "S.ttf", "", "", "", {}};
  layout.code_family = "mono";
  layout.fallback_families = {"symbols"};
  layout.styles["body"].hyphenate = false;
  layout.pagination = {3, 4, {}};
  layout.body[1].figure_placement = FigurePlacement::pinned;
  Diagnostics diagnostics;
  DocTree tree = bind_document(small_data(), layout, diagnostics);
  CHECK(tree.pagination.orphans == 3);
  CHECK(tree.pagination.widows == 4);
  CHECK(std::get<FigureBlock>(tree.blocks[1]).placement == FigurePlacement::pinned);
  const TextStyle& body = std::get<ParagraphBlock>(tree.blocks[3]).style;
  CHECK_FALSE(body.hyphenate);
  CHECK(std::get<HeadingBlock>(tree.blocks[2]).style.hyphenate);
  CHECK(body.faces.code.file == "M.ttf");
  CHECK(body.faces.code_bold.file == "MB.ttf");
  CHECK(body.faces.bold.file == "B.ttf");
  CHECK(body.faces.italic.file == "R.ttf");
  REQUIRE(body.faces.fallbacks.size() == 1);
  CHECK(body.faces.fallbacks[0].file == "S.ttf");
}
