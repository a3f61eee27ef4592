#include <doctest/doctest.h>

#include "bind/binder.h"
#include "bind/collection_binding.h"
#include "bind_data_support.h"

namespace handout {
namespace {

using test::list;
using test::record;
using test::scalar;

TextValue tv(std::string text) { return {std::move(text), {"t.yaml", 30, 7}}; }

BodyBlockDef block(BlockBody body) { return {{"t.yaml", 30, 3}, std::move(body)}; }

BodyBlockDef paragraph(std::string text) { return block(ParagraphDef{{tv(std::move(text)), ""}}); }

BodyBlockDef heading(std::string text) { return block(HeadingDef{.text = tv(std::move(text))}); }

BodyBlockDef figure(std::string path) { return block(FigureDef{.image = tv(std::move(path))}); }

TemplateDef template_with(std::vector<BodyBlockDef> blocks,
                          std::vector<std::string> style_names = {"body"}) {
  TemplateDef layout;
  layout.source_file = "/t/t.yaml";
  layout.families["sans"] = {"sans", "R.ttf", "B.ttf", "I.ttf", "BI.ttf", {}};
  for (const std::string& name : style_names) {
    StyleDef style;
    style.name = name;
    style.family = "sans";
    style.size = name == "body" ? 10 : 12;
    layout.styles[name] = style;
  }
  layout.blocks = std::move(blocks);
  layout.contract.declared = true;
  return layout;
}

DataNode items_data() {
  auto entry = [](const char* heading, const char* description) {
    return record({{"heading", scalar(heading)}, {"description", scalar(description)}});
  };
  return record({{"title", scalar("T")},
                 {"url", scalar("https://example.org/x")},
                 {"tags", list({scalar("alpha"), scalar("beta")})},
                 {"items", list({entry("Audio", "Sound."), entry("Web", "Pages.")})}});
}

DocTree bind(const TemplateDef& layout, Diagnostics& diagnostics, DataNode tree = items_data()) {
  HandoutData data;
  data.source_file = "/d/d.yaml";
  data.tree = std::move(tree);
  return bind_document(data, layout, diagnostics);
}

TEST_CASE("bind blocks: lists, bulleted from a path or numbered from fixed entries") {
  BodyBlockDef from_data =
      block(ListDef{.path = tv("items"), .item = tv("**{{heading}}**: {{description}}")});
  BodyBlockDef scalars = block(ListDef{.path = tv("tags")});
  BodyBlockDef fixed = block(ListDef{.entries = {tv("one"), tv("{{title}}")}, .numbered = true});
  Diagnostics diagnostics;
  DocTree tree = bind(template_with({from_data, scalars, fixed}, {"body", "list"}), diagnostics);
  REQUIRE(tree.blocks.size() == 3);
  const auto& list = std::get<ListBlock>(tree.blocks[0]);
  REQUIRE(list.entries.size() == 2);
  CHECK(list.entries[0].marker == "\u2022");
  CHECK(list.entries[0].content.plain_text() == "Audio: Sound.");
  CHECK(list.entries[0].content.spans[0].strong);
  CHECK(list.style->name == "list");
  CHECK(std::get<ListBlock>(tree.blocks[1]).entries[1].content.plain_text() == "beta");
  const auto& numbered = std::get<ListBlock>(tree.blocks[2]);
  CHECK(numbered.entries[1].marker == "2.");
  CHECK(numbered.entries[1].content.plain_text() == "T");
  CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("bind blocks: tables keep their widths as given; the header bold without its own style") {
  BodyBlockDef table = block(TableDef{
      .path = tv("items"),
      .columns = {{tv("Area"), tv("{{heading}}"), Measure::share(0.3), TextAlign::left, {}},
                  {tv("What"), tv("{{description}}"), Measure{}, TextAlign::right, {}}}});
  Diagnostics diagnostics;
  DocTree tree = bind(template_with({table}), diagnostics);
  REQUIRE(tree.blocks.size() == 1);
  const auto& bound = std::get<TableBlock>(tree.blocks[0]);
  REQUIRE(bound.columns.size() == 2);
  CHECK(bound.columns[0].width.fraction == doctest::Approx(0.3));
  CHECK_FALSE(bound.columns[1].width.is_set());  // layout shares what the others leave
  CHECK(bound.columns[1].align == TextAlign::right);
  REQUIRE(bound.header.size() == 2);
  CHECK(bound.header[1].plain_text() == "What");
  REQUIRE(bound.rows.size() == 2);
  CHECK(bound.rows[1][1].plain_text() == "Pages.");
  CHECK(bound.header_style->bold);
  CHECK(bound.header_style->font_file == "B.ttf");
  CHECK_FALSE(bound.cell_style->bold);
}

TEST_CASE("bind blocks: each, if, unless and else choose and repeat blocks") {
  BodyBlockDef first = block(IfDef{{tv("first"),
                                    {heading("First: {{item.heading}} #{{number}}")},
                                    {paragraph("{{index}} {{heading}}")}}});
  BodyBlockDef each = block(EachDef{tv("items"), "item", {first}});
  BodyBlockDef unless = block(UnlessDef{{tv("missing"), {paragraph("no missing")}, {}}});
  Diagnostics diagnostics;
  DocTree tree = bind(template_with({each, unless}), diagnostics);
  REQUIRE(tree.blocks.size() == 3);
  CHECK(std::get<HeadingBlock>(tree.blocks[0]).text == "First: Audio #1");
  CHECK(std::get<HeadingBlock>(tree.blocks[0]).style->name == "body");  // the last fallback
  CHECK(std::get<ParagraphBlock>(tree.blocks[1]).text == "1 Web");
  CHECK(std::get<ParagraphBlock>(tree.blocks[2]).text == "no missing");
}

TEST_CASE("bind blocks: toc, breaks, spacer, rule, callout, qr-code and group") {
  BodyBlockDef toc = block(TocDef{.depth = 3});
  BodyBlockDef spacer = block(SpacerDef{17});
  BodyBlockDef rule = block(RuleBlockDef{.thickness = 2, .color = Color{1, 0, 0}});
  BodyBlockDef callout = block(CalloutDef{.text = tv("**Note:** {{title}}"),
                                          .background = Color{0.9, 0.9, 0.8},
                                          .blocks = {paragraph("more")}});
  BodyBlockDef qr = block(QrCodeDef{tv("{{url}}"), 50});
  BodyBlockDef group = block(GroupDef{{heading("a"), paragraph("b")}});
  Diagnostics diagnostics;
  DocTree tree = bind(template_with({toc, block(PageBreakDef{}), block(ColumnBreakDef{}), spacer,
                                     rule, callout, qr, group},
                                    {"body", "toc", "callout"}),
                      diagnostics);
  REQUIRE(tree.blocks.size() == 8);
  CHECK(std::get<TocBlock>(tree.blocks[0]).depth == 3);
  CHECK(std::get<TocBlock>(tree.blocks[0]).entry_style->name == "toc");
  CHECK(std::get<BreakBlock>(tree.blocks[1]).kind == BreakBlock::Kind::page);
  CHECK(std::get<BreakBlock>(tree.blocks[2]).kind == BreakBlock::Kind::column);
  CHECK(std::get<SpacerBlock>(tree.blocks[3]).height == 17);
  CHECK(std::get<RuleBlock>(tree.blocks[4]).rule.width == 2);
  CHECK(std::get<RuleBlock>(tree.blocks[4]).rule.color == Color{1, 0, 0});
  const auto& box = std::get<CalloutBlock>(tree.blocks[5]);
  REQUIRE(box.blocks.size() == 2);
  CHECK(std::get<ParagraphBlock>(box.blocks[0]).text == "Note: T");
  CHECK(std::get<ParagraphBlock>(box.blocks[0]).style->name == "callout");
  CHECK(std::get<ParagraphBlock>(box.blocks[1]).style->name == "body");
  CHECK(box.background.has_value());
  CHECK(std::get<QrCodeBlock>(tree.blocks[6]).text == "https://example.org/x");
  CHECK(std::get<QrCodeBlock>(tree.blocks[6]).size == 50);
  CHECK(std::get<GroupBlock>(tree.blocks[7]).blocks.size() == 2);
}

TEST_CASE("bind blocks: figure paths from a tag follow the data, literal ones the template") {
  BodyBlockDef from_tag = figure("{{title}}.png");
  BodyBlockDef literal = block(FigureDef{.image = tv("images/logo.png"), .height = 100});
  Diagnostics diagnostics;
  DocTree tree = bind(template_with({from_tag, literal}), diagnostics);
  REQUIRE(tree.blocks.size() == 2);
  CHECK(std::get<FigureBlock>(tree.blocks[0]).image_path == "/d/T.png");
  CHECK(std::get<FigureBlock>(tree.blocks[1]).image_path == "/t/images/logo.png");
  // The height goes to layout as it is: the frame it lands in decides the rest.
  CHECK(std::get<FigureBlock>(tree.blocks[1]).fixed_height == doctest::Approx(100));
  CHECK(std::get<FigureBlock>(tree.blocks[1]).max_height.fraction == doctest::Approx(0.5));
  CHECK(std::get<FigureBlock>(tree.blocks[0]).fixed_height == 0);
}

TEST_CASE("bind blocks: a figure's fit goes to layout") {
  BodyBlockDef fitted =
      block(FigureDef{.image = tv("a.png"), .height = 40, .fit = FigureFit::height});
  Diagnostics diagnostics;
  DocTree tree = bind(template_with({fitted}), diagnostics);
  REQUIRE(tree.blocks.size() == 1);
  CHECK(std::get<FigureBlock>(tree.blocks[0]).fit == FigureFit::height);
  CHECK(std::get<FigureBlock>(tree.blocks[0]).fixed_height == doctest::Approx(40));
}

TEST_CASE("bind blocks: a missing tag in a running slot is reported at the tag") {
  TemplateDef layout = template_with({paragraph("x")}, {"body", "footer"});
  layout.contract.declared = false;
  RegionDef footer;
  footer.style = "footer";
  footer.where = {"t.yaml", 20, 1};
  footer.right = "Page {{page}}, {{titel}}";
  footer.right_at = {footer.right, {"t.yaml", 23, 10}, 23, 10};
  footer.left = "{{autor}}";  // no position recorded: the region's key stands for it
  layout.footer = footer;
  Diagnostics diagnostics;
  bind(layout, diagnostics);
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].where.line == 20);
  CHECK(diagnostics.all()[0].where.column == 1);
  CHECK(diagnostics.all()[1].message == "the data has nothing at 'titel' for {{titel}}");
  CHECK(diagnostics.all()[1].where.line == 23);
  CHECK(diagnostics.all()[1].where.column == 25);
}

TEST_CASE("bind blocks: running text fills data tags and the first page's own slots") {
  TemplateDef layout = template_with({paragraph("x")}, {"body", "footer"});
  layout.footer = RegionDef{"{{title}}", "{{section}}", "{{page}}/{{pages}}",
                            "footer",    true,          RegionSlotsDef{"", "**{{title}}**", "", {}},
                            {}};
  Diagnostics diagnostics;
  DocTree tree = bind(layout, diagnostics);
  REQUIRE(tree.footer.has_value());
  CHECK(tree.footer->left == "T");
  CHECK(tree.footer->center == "{{section}}");
  CHECK(tree.footer->right == "{{page}}/{{pages}}");
  REQUIRE(tree.footer->first_page.has_value());
  CHECK(tree.footer->first_page->center == "T");
}

TEST_CASE("bind blocks: without a contract, a missing tag is an error and a missing list warns") {
  TemplateDef layout = template_with({paragraph("{{titel}}"), block(EachDef{.path = tv("itemz")})});
  layout.contract.declared = false;
  Diagnostics diagnostics;
  bind(layout, diagnostics);
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].message == "the data has nothing at 'titel' for {{titel}}");
  CHECK(diagnostics.all()[0].where.column == 7);
  CHECK(diagnostics.all()[1].severity == Severity::warning);
  CHECK(diagnostics.all()[1].message == "each 'itemz': the data has no such list");
  CHECK(diagnostics.all()[1].hints.at(0) == "did you mean 'items'?");
}

}  // namespace
}  // namespace handout
