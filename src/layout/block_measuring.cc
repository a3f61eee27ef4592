#include "layout/block_measuring.h"

#include "core/whitespace.h"
#include "layout/block_kinds.h"
#include "layout/figure_sizing.h"
#include "layout/paragraph_shaping.h"

namespace handout {
namespace {

FlowUnit line_unit(SetLine line, double leading) {
  FlowUnit unit;
  unit.height = leading;
  for (TextRun& run : line.runs) unit.items.push_back(std::move(run));
  for (LinkArea& link : line.links) unit.items.push_back(std::move(link));
  return unit;
}

// Measures one block; the result has no units when the block shows nothing.
class BlockMeasurer {
 public:
  BlockMeasurer(const TextArea& area, TypesettingContext& context)
      : area_(area), context_(context) {}

  FlowBlock operator()(const HeadingBlock& heading) {
    FlowBlock block = text_block(heading.content, heading.style, heading.where);
    block.keeps_with_next = true;
    if (!block.units.empty()) {
      block.units.front().outline.push_back(
          OutlineEntry{fold_whitespace(heading.text), heading.outline_level, 0, 0});
    }
    return block;
  }

  FlowBlock operator()(const ParagraphBlock& paragraph) {
    FlowBlock block = text_block(paragraph.content, paragraph.style, paragraph.where);
    block.splitting = Splitting::between_lines;
    return block;
  }

  // The caption's space before separates it from the image; the figure as a whole takes the
  // caption's space before and after from its neighbours.
  FlowBlock operator()(const FigureBlock& figure) {
    FlowBlock block;
    block.space_before = figure.caption_style.space_before;
    block.space_after = figure.caption_style.space_after;
    block.floats = figure.placement == FigurePlacement::float_;
    std::vector<FlowUnit> caption = caption_units(figure);
    const double gap = caption.empty() ? 0 : figure.caption_style.space_before;
    if (std::optional<FlowUnit> image =
            image_unit(figure, height_of(caption, caption.size()) + gap)) {
      image->height += gap;
      block.units.push_back(std::move(*image));
    }
    for (FlowUnit& line : caption) block.units.push_back(std::move(line));
    return block;
  }

  // The template language's other blocks (layout/block_kinds.h).
  template <typename Other>
  FlowBlock operator()(const Other& other) {
    return measure_block_kind(other, area_, context_);
  }

 private:
  FlowBlock text_block(const InlineText& text, const TextStyle& style,
                       const SourceLocation& where) {
    FlowBlock block;
    block.space_before = style.space_before;
    block.space_after = style.space_after;
    block.units = line_units(text, style, where);
    return block;
  }

  std::vector<FlowUnit> line_units(const InlineText& text, const TextStyle& style,
                                   const SourceLocation& where) {
    std::vector<FlowUnit> units;
    if (!face_is_loaded(style, where, context_.diagnostics)) return units;
    std::vector<SetLine> lines =
        set_paragraph(text, style, area_.left, area_.width, context_, where);
    units.reserve(lines.size());
    for (SetLine& line : lines) units.push_back(line_unit(std::move(line), style.leading));
    return units;
  }

  std::vector<FlowUnit> caption_units(const FigureBlock& figure) {
    return line_units(figure.caption_content, figure.caption_style, figure.where);
  }

  std::optional<FlowUnit> image_unit(const FigureBlock& figure, double caption_height) {
    if (!figure.image) {
      context_.diagnostics.error(
          figure.where,
          "layout got the figure '" + figure.image_path + "' without its image loaded", {},
          FailureKind::internal);
      return std::nullopt;
    }
    const FigureSize size =
        fit_figure(figure.image->width, figure.image->height, figure.width_fraction,
                   figure.max_height_fraction, area_, caption_height);
    if (size.width <= 0 || size.height <= 0) return std::nullopt;
    const double x = area_.left + (area_.width - size.width) / 2;
    return FlowUnit{size.height,
                    {PlacedImage{figure.image, x, 0, size.width, size.height, figure.alt}}};
  }

  const TextArea& area_;
  TypesettingContext& context_;
};

}  // namespace

double height_of(const std::vector<FlowUnit>& units, size_t count) {
  double height = 0;
  for (size_t i = 0; i < count; ++i) height += units[i].height;
  return height;
}

std::vector<FlowBlock> measure_blocks(const std::vector<Block>& blocks, const TextArea& area,
                                      TypesettingContext& context) {
  BlockMeasurer measure(area, context);
  std::vector<FlowBlock> measured;
  measured.reserve(blocks.size());
  for (const Block& block : blocks) {
    FlowBlock flow_block = std::visit(measure, block);
    if (!flow_block.units.empty()) measured.push_back(std::move(flow_block));
  }
  return measured;
}

}  // namespace handout
