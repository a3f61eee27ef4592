#include <doctest/doctest.h>

#include "load_test_support.h"

// Each block kind's reader: the kind's defaults, its options read into its own struct, and a key
// of another kind refused (the messages are those the loader gave before blocks were variants).

namespace handout {
namespace {

using load_test::block_as;
using load_test::load_template_ok;
using load_test::template_errors;

// The blocks start on line 8.
const std::string kHead = std::string(load_test::kBodyHead) + "body:\n";

// The blocks of a body that must load cleanly.
std::vector<BodyBlockDef> blocks_of(const std::string& body) {
  std::optional<TemplateDef> layout = load_template_ok(kHead + body);
  REQUIRE(layout.has_value());
  return layout->blocks;
}

std::string body_errors(const std::string& body) { return template_errors(kHead + body); }

TEST_CASE("block readers: title and paragraph") {
  auto b = blocks_of("  - title: T\n  - paragraph: P\n    style: note\n");
  CHECK(block_as<TitleDef>(b[0]).text.text == "T");
  CHECK(block_as<TitleDef>(b[0]).style.empty());
  CHECK(block_as<ParagraphDef>(b[1]).style == "note");
  CHECK(body_errors("  - {title: x, level: 2}\n") ==
        "8:16: unknown key 'level' in block 'title'\n"
        "  hint: the keys allowed here are 'title' and 'style'\n");
  CHECK(body_errors("  - {paragraph: x, caption: c}\n") ==
        "8:20: unknown key 'caption' in block 'paragraph'\n"
        "  hint: the keys allowed here are 'paragraph' and 'style'\n");
}

TEST_CASE("block readers: heading") {
  auto b = blocks_of("  - heading: H\n  - {heading: H, level: 3, style: note}\n");
  CHECK(block_as<HeadingDef>(b[0]).level == 1);
  CHECK(block_as<HeadingDef>(b[0]).style.empty());
  CHECK(block_as<HeadingDef>(b[1]).level == 3);
  CHECK(block_as<HeadingDef>(b[1]).style == "note");
  CHECK(body_errors("  - {heading: x, depth: 2}\n") ==
        "8:18: unknown key 'depth' in block 'heading'\n"
        "  hint: the keys allowed here are 'heading', 'level' and 'style'\n");
}

TEST_CASE("block readers: figure") {
  auto b = blocks_of(
      "  - figure: a.png\n"
      "  - {figure: b.png, caption: C, alt: A, width: 30mm, height: 1in, max-height: 40%,\n"
      "     fit: width, placement: pinned, caption-style: note, bleed: true}\n");
  const auto& plain = block_as<FigureDef>(b[0]);
  CHECK(plain.image.text == "a.png");
  CHECK(plain.width.fraction == doctest::Approx(1.0));
  CHECK(plain.height == 0);
  CHECK(plain.max_height.fraction == doctest::Approx(0.5));
  CHECK(plain.fit == FigureFit::contain);
  CHECK(plain.placement == FigurePlacement::float_);
  CHECK_FALSE(plain.bleed);
  CHECK((plain.caption.empty() && plain.alt.empty() && plain.caption_style.empty()));
  const auto& full = block_as<FigureDef>(b[1]);
  CHECK((full.caption.text == "C" && full.alt.text == "A"));
  CHECK(full.width.points == doctest::Approx(30 * 72 / 25.4));
  CHECK(full.height == doctest::Approx(72));
  CHECK(full.max_height.fraction == doctest::Approx(0.4));
  CHECK(full.fit == FigureFit::width);
  CHECK(full.placement == FigurePlacement::pinned);
  CHECK(full.caption_style == "note");
  CHECK(full.bleed);
  CHECK(body_errors("  - {figure: a.png, style: note}\n") ==
        "8:21: unknown key 'style' in block 'figure'\n"
        "  hint: the keys allowed here are 'figure', 'caption', 'alt', 'width', 'height', "
        "'max-height', 'fit', 'placement', 'caption-style' and 'bleed'\n");
}

TEST_CASE("block readers: list") {
  auto b = blocks_of("  - list: items\n  - {list: [a, b], numbered: true, item: x, style: note}\n");
  const auto& from_data = block_as<ListDef>(b[0]);
  CHECK(from_data.path.text == "items");
  CHECK((from_data.entries.empty() && from_data.item.empty() && !from_data.numbered));
  const auto& fixed = block_as<ListDef>(b[1]);
  CHECK(fixed.path.empty());
  REQUIRE(fixed.entries.size() == 2);
  CHECK(fixed.entries[1].text == "b");
  CHECK((fixed.numbered && fixed.item.text == "x" && fixed.style == "note"));
  CHECK(body_errors("  - {list: items, columns: []}\n") ==
        "8:19: unknown key 'columns' in block 'list'\n"
        "  hint: the keys allowed here are 'list', 'item', 'numbered' and 'style'\n");
}

TEST_CASE("block readers: table") {
  auto b = blocks_of(
      "  - {table: items, columns: [{text: x}]}\n"
      "  - {table: items, columns: [{text: x}], header-style: note, repeat-header: false}\n");
  const auto& plain = block_as<TableDef>(b[0]);
  CHECK(plain.path.text == "items");
  REQUIRE(plain.columns.size() == 1);
  CHECK(plain.columns_where.line == 8);
  CHECK((plain.repeat_header && plain.header_style.empty() && plain.style.empty()));
  CHECK(
      (!block_as<TableDef>(b[1]).repeat_header && block_as<TableDef>(b[1]).header_style == "note"));
  CHECK(body_errors("  - {table: items, columns: [{text: x}], numbered: true}\n") ==
        "8:42: unknown key 'numbered' in block 'table'\n"
        "  hint: the keys allowed here are 'table', 'columns', 'header-style', 'style' and "
        "'repeat-header'\n");
}

TEST_CASE("block readers: toc, beside its key or inside its value") {
  auto b = blocks_of("  - toc\n  - toc: {depth: 3}\n  - toc:\n    style: note\n");
  CHECK(block_as<TocDef>(b[0]).depth == 2);
  CHECK(block_as<TocDef>(b[1]).depth == 3);
  CHECK(block_as<TocDef>(b[2]).style == "note");
  CHECK(body_errors("  - toc: {width: 2pt}\n") ==
        "8:11: unknown key 'width' in toc\n"
        "  hint: the keys allowed here are 'depth' and 'style'\n");
  CHECK(body_errors("  - toc: 3\n") ==
        "8:10: block 'toc' takes no value, only options such as {depth: ...}\n"
        "  hint: write it as '- toc'\n");
}

TEST_CASE("block readers: page-break, column-break and spacer") {
  auto b = blocks_of("  - page-break\n  - page-break: right\n  - column-break\n  - spacer: 6mm\n");
  CHECK_FALSE(block_as<PageBreakDef>(b[0]).right_page);
  CHECK(block_as<PageBreakDef>(b[1]).right_page);
  block_as<ColumnBreakDef>(b[2]);
  CHECK(block_as<SpacerDef>(b[3]).height == doctest::Approx(6 * 72 / 25.4));
  CHECK(body_errors("  - {page-break: right, style: note}\n") ==
        "8:25: unknown key 'style' in block 'page-break'\n"
        "  hint: the keys allowed here are 'page-break'\n");
  CHECK(body_errors("  - column-break: x\n") ==
        "8:19: block 'column-break' takes no value\n"
        "  hint: write it as '- column-break'\n");
  CHECK(body_errors("  - {spacer: 6mm, size: 1in}\n") ==
        "8:19: unknown key 'size' in block 'spacer'\n"
        "  hint: the keys allowed here are 'spacer'\n");
}

TEST_CASE("block readers: rule") {
  auto b = blocks_of("  - rule\n  - rule: {width: 2pt, color: \"#ff0000\"}\n");
  const auto& plain = block_as<RuleBlockDef>(b[0]);
  CHECK(plain.thickness == 0.5);
  CHECK(plain.color == Color{0.8, 0.8, 0.8});
  CHECK_FALSE(plain.color_where.has_position());
  const auto& red = block_as<RuleBlockDef>(b[1]);
  CHECK(red.thickness == 2);
  CHECK(red.color == Color{1, 0, 0});
  CHECK(red.color_where.line == 9);
  CHECK(body_errors("  - rule: {depth: 2}\n") ==
        "8:12: unknown key 'depth' in rule\n"
        "  hint: the keys allowed here are 'width' and 'color'\n");
}

TEST_CASE("block readers: callout, its options beside its text or inside its value") {
  auto b = blocks_of(
      "  - callout: T\n"
      "  - {callout: T, background: \"#ff0000\", border: \"#00ff00\", style: note}\n"
      "  - callout: {blocks: [paragraph: x], border: \"#0000ff\"}\n");
  const auto& plain = block_as<CalloutDef>(b[0]);
  CHECK(plain.text.text == "T");
  CHECK((!plain.background && !plain.border && plain.blocks.empty() && plain.style.empty()));
  const auto& coloured = block_as<CalloutDef>(b[1]);
  CHECK(coloured.background == Color{1, 0, 0});
  CHECK(coloured.border == Color{0, 1, 0});
  CHECK(coloured.background_where.line == 9);
  CHECK(coloured.style == "note");
  const auto& boxed = block_as<CalloutDef>(b[2]);
  CHECK(boxed.text.empty());
  CHECK(boxed.blocks.size() == 1);
  CHECK(boxed.border == Color{0, 0, 1});
  CHECK(body_errors("  - {callout: x, level: 2}\n") ==
        "8:18: unknown key 'level' in block 'callout'\n"
        "  hint: the keys allowed here are 'callout', 'background', 'border' and 'style'\n");
  CHECK(body_errors("  - callout: {blocks: [paragraph: x], caption: c}\n") ==
        "8:39: unknown key 'caption' in callout\n"
        "  hint: the keys allowed here are 'background', 'border', 'style' and 'blocks'\n");
}

TEST_CASE("block readers: qr-code") {
  auto b = blocks_of("  - qr-code: \"{{url}}\"\n  - {qr-code: x, size: 1in}\n");
  CHECK(block_as<QrCodeDef>(b[0]).payload.text == "{{url}}");
  CHECK(block_as<QrCodeDef>(b[0]).side == 72);
  CHECK(block_as<QrCodeDef>(b[1]).side == doctest::Approx(72));
  CHECK(block_as<QrCodeDef>(blocks_of("  - {qr-code: x, size: 2cm}\n")[0]).side ==
        doctest::Approx(20 * 72 / 25.4));
  CHECK(body_errors("  - {qr-code: x, width: 2cm}\n") ==
        "8:18: unknown key 'width' in block 'qr-code'\n"
        "  hint: the keys allowed here are 'qr-code' and 'size'\n");
}

TEST_CASE("block readers: group, each, if and unless") {
  auto b = blocks_of(
      "  - group: [paragraph: a, paragraph: b]\n"
      "  - {each: items, blocks: [paragraph: x]}\n"
      "  - {each: items, as: item, blocks: [paragraph: x]}\n"
      "  - {if: a, blocks: [paragraph: x]}\n"
      "  - {unless: a, blocks: [paragraph: x], else: [paragraph: y, paragraph: z]}\n");
  CHECK(block_as<GroupDef>(b[0]).blocks.size() == 2);
  CHECK(block_as<EachDef>(b[1]).path.text == "items");
  CHECK(block_as<EachDef>(b[1]).alias.empty());
  CHECK(block_as<EachDef>(b[2]).alias == "item");
  CHECK(block_as<IfDef>(b[3]).path.text == "a");
  CHECK(block_as<IfDef>(b[3]).else_blocks.empty());
  CHECK(block_as<UnlessDef>(b[4]).blocks.size() == 1);
  CHECK(block_as<UnlessDef>(b[4]).else_blocks.size() == 2);
  CHECK(body_errors("  - {group: [paragraph: x], as: x}\n") ==
        "8:29: unknown key 'as' in block 'group'\n"
        "  hint: the keys allowed here are 'group'\n");
  CHECK(body_errors("  - {each: items, blocks: [paragraph: x], else: [paragraph: y]}\n") ==
        "8:43: unknown key 'else' in block 'each'\n"
        "  hint: the keys allowed here are 'each', 'as' and 'blocks'\n");
  CHECK(body_errors("  - {if: a, blocks: [paragraph: x], as: x}\n") ==
        "8:37: unknown key 'as' in block 'if'\n"
        "  hint: the keys allowed here are 'if', 'blocks' and 'else'\n");
  CHECK(body_errors("  - {unless: a, blocks: [paragraph: x], item: x}\n") ==
        "8:41: unknown key 'item' in block 'unless'\n"
        "  hint: the keys allowed here are 'unless', 'blocks' and 'else'\n");
}

}  // namespace
}  // namespace handout
