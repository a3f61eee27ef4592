#include "bind/binder.h"

#include <doctest/doctest.h>

#include "bind_data_support.h"

using namespace handout;

namespace {

TextValue tv(std::string text) { return {std::move(text), {"t.yaml", 20, 5}}; }

BodyBlockDef block(BlockBody body) { return {{"t.yaml", 20, 3}, std::move(body)}; }

BodyBlockDef title_block() { return block(TitleDef{{tv("{{title}}"), "title"}}); }

BodyBlockDef figure_block() {
  BodyBlockDef figure = block(FigureDef{.image = tv("{{path}}"),
                                        .caption = tv("{{caption}}"),
                                        .alt = tv("{{alt}}"),
                                        .caption_style = "caption",
                                        .width = Measure::share(0.8)});
  return block(EachDef{.path = tv("figures"), .blocks = {figure}});
}

// sections with titles and items, else the items: as the bundled handout template does.
BodyBlockDef items_block() {
  auto items_at_level = [](int level) {
    BodyBlockDef heading = block(HeadingDef{tv("{{heading}}"), "heading", level});
    BodyBlockDef description = block(ParagraphDef{{tv("{{description}}"), "body"}});
    return block(EachDef{.path = tv("items"), .blocks = {heading, description}});
  };
  BodyBlockDef sections = block(
      EachDef{.path = tv("sections"),
              .blocks = {block(HeadingDef{tv("{{title}}"), "section", 1}), items_at_level(2)}});
  return block(IfDef{{tv("sections"), {sections}, {items_at_level(1)}}});
}

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
  layout.blocks = {title_block(), figure_block(), items_block()};
  layout.footer =
      RegionDef{"{{title}}", "", "Page {{ page }} of {{pages}}", "footer", true, {}, {}};
  layout.contract.declared = true;  // missing optional fields are empty
  return layout;
}

using test::list;
using test::record;
using test::scalar;

DataNode item(DataNode heading, DataNode description) {
  return record({{"heading", std::move(heading)}, {"description", std::move(description)}});
}

HandoutData data_with(DataNode tree) {
  HandoutData data;
  data.source_file = "/data/d.yaml";
  data.tree = std::move(tree);
  if (const DataNode* title = data.tree.field("title")) data.title = title->scalar;
  if (const DataNode* author = data.tree.field("author")) data.author = author->scalar;
  data.keywords = {{"Rust", {}}, {"handout", {}}};
  return data;
}

DataNode small_tree() {
  return record({{"title", scalar("Rust  is used\nfor...", 1, 8)},
                 {"figures", list({record({{"path", scalar("f.png", 3, 9)},
                                           {"caption", scalar("A map")},
                                           {"alt", scalar("Alt text")}})})},
                 {"items", list({item(scalar("Audio", 7, 14), scalar("One.\n\nTwo.", 8, 18)),
                                 item(scalar("Blockchain"), scalar("Three."))})}});
}

HandoutData small_data() { return data_with(small_tree()); }

}  // namespace

TEST_CASE("bind: the template body orders the blocks; items become heading + paragraphs") {
  Diagnostics diagnostics;
  DocTree tree = bind_document(small_data(), small_template(), diagnostics);
  REQUIRE(tree.blocks.size() == 7);
  CHECK(std::get<ParagraphBlock>(tree.blocks[0]).text == "Rust is used for...");
  CHECK(std::get<ParagraphBlock>(tree.blocks[0]).style->font_file == "B.ttf");
  const auto& figure = std::get<FigureBlock>(tree.blocks[1]);
  CHECK(figure.image_path == "/data/f.png");
  CHECK(figure.width.fraction == doctest::Approx(0.8));
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
  DataNode tree_data = small_tree();
  DataNode section = record({{"title", scalar("Systems")}, {"items", *tree_data.field("items")}});
  tree_data.fields.push_back({"sections", list({section})});
  HandoutData data = data_with(tree_data);
  Diagnostics diagnostics;
  DocTree tree = bind_document(data, small_template(), diagnostics);
  CHECK(std::get<HeadingBlock>(tree.blocks[2]).text == "Systems");
  CHECK(std::get<HeadingBlock>(tree.blocks[2]).outline_level == 1);
  CHECK(std::get<HeadingBlock>(tree.blocks[3]).outline_level == 2);
}

TEST_CASE("bind: a missing face falls back to regular with one warning per style") {
  Diagnostics diagnostics;
  DocTree tree = bind_document(small_data(), small_template(), diagnostics);
  CHECK(std::get<FigureBlock>(tree.blocks[1]).caption_style->font_file == "R.ttf");
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].severity == Severity::warning);
  CHECK(diagnostics.all()[0].message ==
        "style 'caption' asks for the italic face, but font family 'sans' has none; using its "
        "regular face");
}

TEST_CASE("bind: every text block parses inline markup; plain text drops the marks") {
  DataNode items =
      list({item(scalar("`no_std` code", 5, 5), scalar("One **a**.\n\nTwo  \nlines.", 6, 5)),
            item(scalar("Blockchain"), scalar("Three."))});
  DataNode section_data =
      record({{"title", scalar("Systems **and** more", 4, 5)}, {"items", items}});
  HandoutData data = data_with(record(
      {{"title", scalar("*Rust* is **used**", 1, 5)},
       {"author", scalar("Ann **Lee**", 2, 5)},
       {"figures", list({record({{"path", scalar("f.png")},
                                 {"caption", scalar("A `map` of [crates](https://crates.io)")}})})},
       {"sections", list({section_data})}}));
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
  DataNode tree_data = small_tree();
  tree_data.fields.push_back({"author", scalar("Ann **Lee**", 2, 5)});
  tree_data.fields.push_back({"date", scalar("2026", 3, 5)});
  HandoutData data = data_with(tree_data);
  TemplateDef layout = small_template();
  layout.blocks.insert(
      layout.blocks.begin() + 1,
      block(ParagraphDef{{tv("{{author}}{{#date}} \u00b7 {{date}}{{/date}}"), "body"}}));
  Diagnostics diagnostics;
  DocTree tree = bind_document(data, layout, diagnostics);
  const auto& byline = std::get<ParagraphBlock>(tree.blocks[1]);
  CHECK(byline.text == "Ann Lee \u00b7 2026");
  REQUIRE(byline.content.spans.size() == 3);
  CHECK(byline.content.spans[1].strong);
  CHECK(byline.content.spans[2].text == " \u00b7 2026");
  CHECK(byline.where.file == "t.yaml");  // not one tag: the template's position
}

TEST_CASE("bind: a heading longer than a PDF bookmark holds is an error at the heading") {
  DataNode tree_data = small_tree();
  tree_data.fields[2].second.elements[0].fields[0].second = scalar(std::string(32767, 'x'), 7, 14);
  Diagnostics diagnostics;
  bind_document(data_with(tree_data), small_template(), diagnostics);
  REQUIRE(diagnostics.has_errors());
  const Diagnostic& error = diagnostics.all().back();
  CHECK(error.where.line == 7);
  CHECK(error.where.column == 14);
  CHECK(error.message ==
        "this heading is 32767 characters long, more than the 32766 characters a PDF bookmark "
        "can hold");

  tree_data.fields[2].second.elements[0].fields[0].second =
      scalar(std::string(32766, 'x') + "  ", 7, 14);  // folded to 32766 characters
  Diagnostics fits;
  bind_document(data_with(tree_data), small_template(), fits);
  CHECK_FALSE(fits.has_errors());
}

TEST_CASE("bind: unclosed markup in the data warns once, at the mark") {
  DataNode tree_data = small_tree();
  tree_data.fields[2].second.elements[0].fields[1].second = scalar("Some **bold text", 8, 5);
  HandoutData data = data_with(tree_data);
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
  auto& figures = std::get<EachDef>(layout.blocks[1].body);
  std::get<FigureDef>(figures.blocks[0].body).placement = FigurePlacement::pinned;
  Diagnostics diagnostics;
  DocTree tree = bind_document(small_data(), layout, diagnostics);
  CHECK(tree.pagination.orphans == 3);
  CHECK(tree.pagination.widows == 4);
  CHECK(std::get<FigureBlock>(tree.blocks[1]).placement == FigurePlacement::pinned);
  const TextStyle& body = std::get<ParagraphBlock>(tree.blocks[3]).style;
  CHECK_FALSE(body.hyphenate);
  CHECK(std::get<HeadingBlock>(tree.blocks[2]).style->hyphenate);
  CHECK(body.faces.code.file == "M.ttf");
  CHECK(body.faces.code_bold.file == "MB.ttf");
  CHECK(body.faces.bold.file == "B.ttf");
  CHECK(body.faces.italic.file == "R.ttf");
  REQUIRE(body.faces.fallbacks.size() == 1);
  CHECK(body.faces.fallbacks[0].file == "S.ttf");
}

TEST_CASE("bind: 'each' blocks inside each other stop at the block limit, once reported") {
  // Three nested `each` over the same 50 items would make 125,000 paragraphs.
  std::vector<DataNode> numbers;
  for (int i = 0; i < 50; ++i) numbers.push_back(scalar(std::to_string(i)));
  HandoutData data = data_with(record({{"title", scalar("T")}, {"items", list(numbers)}}));
  BodyBlockDef inner = block(ParagraphDef{{tv("{{.}}"), "body"}});
  for (int level = 0; level < 3; ++level) {
    BodyBlockDef each = block(EachDef{.path = tv("items"), .blocks = {inner}});
    each.where.line = 30 - level;
    inner = each;
  }
  TemplateDef layout = small_template();
  layout.blocks = {inner};
  ResourceLimits limits;
  limits.max_blocks = 1000;
  Diagnostics diagnostics;
  DocTree tree = bind_document(data, layout, diagnostics, limits);
  CHECK(tree.blocks.size() < 1000);
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all().back().message ==
        "the template makes more than 1000 blocks, list entries, table cells, section "
        "repetitions and inline marks from this data");
  CHECK(diagnostics.all().back().hints.back() ==
        "if this is intended, raise the limit with --max-blocks N");
  limits.max_blocks = 300'000;  // 125,000 paragraphs, and as many elements 'each' goes through
  Diagnostics enough;
  CHECK(bind_document(data, layout, enough, limits).blocks.size() == 125'000);
  CHECK_FALSE(enough.has_errors());
}
