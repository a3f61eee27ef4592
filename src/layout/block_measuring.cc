#include "layout/block_measuring.h"

#include <cmath>
#include <deque>
#include <string>

#include "core/whitespace.h"
#include "core/worker_pool.h"
#include "layout/block_kinds.h"
#include "layout/figure_sizing.h"
#include "layout/parallel_measuring.h"
#include "layout/text_units.h"

namespace handout {
namespace {

// Measures one block; the result has no units when the block shows nothing.
class BlockMeasurer {
 public:
  BlockMeasurer(const TextArea& area, TypesettingContext& context)
      : area_(area), context_(context) {}

  FlowBlock operator()(const HeadingBlock& heading) {
    FlowBlock block = text_block(heading.content, heading.style, heading.where);
    block.keeps_with_next = true;
    block.heading = &heading;
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
    block.space_before = figure.caption_style->space_before;
    block.space_after = figure.caption_style->space_after;
    block.floats = figure.placement == FigurePlacement::float_;
    std::vector<FlowUnit> caption = caption_units(figure);
    const double gap = caption.empty() ? 0 : figure.caption_style->space_before;
    if (std::optional<FlowUnit> image =
            image_unit(figure, height_of(caption, caption.size()) + gap)) {
      // Under a caption that fills the page the image has the page to itself: the gap never
      // makes the unit taller than the page.
      image->height += std::min(gap, std::max(0.0, area_.height - image->height));
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
    return text_units(text, style, area_.left, area_.width, context_, where);
  }

  std::vector<FlowUnit> caption_units(const FigureBlock& figure) {
    return line_units(figure.caption_content, figure.caption_style, figure.where);
  }

  std::optional<FlowUnit> image_unit(const FigureBlock& figure, double caption_height) {
    const std::shared_ptr<const RasterImage>& image = context_.images.figure(figure.image_path);
    const FigureBox box{figure.width, figure.max_height, figure.fixed_height, figure.fit};
    const FigureSize size = fit_figure(image->width, image->height, box, area_, caption_height);
    if (size.width <= 0 || size.height <= 0) return std::nullopt;
    warn_if_below_print_resolution(figure, image->width, size);
    const double x = area_.left + (area_.width - size.width) / 2;
    FlowUnit unit{size.height,
                  {PlacedImage{image, x, 0, size.width, size.height, figure.alt, figure.image_path,
                               figure.where}}};
    unit.bleeds = figure.bleed;
    return unit;
  }

  // An image enlarged past its resolution prints blurred; said once per figure.
  void warn_if_below_print_resolution(const FigureBlock& figure, int pixel_width,
                                      const FigureSize& size) {
    if (printed_dpi(pixel_width, size.width) >= kLowestPrintDpi) return;
    const long needed = std::lround(std::ceil(size.width / 72 * kLowestPrintDpi));
    const SourceLocation& where = figure.where;
    context_.missing_glyphs.warn_once(
        "dpi:" + where.file + ":" + std::to_string(where.line) + ":" +
            std::to_string(where.column) + ":" + figure.image_path,
        where, print_resolution_text(figure.image_path, pixel_width, size.width),
        {"use an image at least " + std::to_string(needed) +
         " pixels wide (150 dpi; 300 dpi is best), or print it smaller with the figure "
         "block's width"});
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

namespace {

std::vector<FlowBlock> measure_range(const std::vector<Block>& blocks, BlockRange range,
                                     const TextArea& area, TypesettingContext& context) {
  BlockMeasurer measure(area, context);
  std::vector<FlowBlock> measured;
  measured.reserve(range.end - range.begin);
  for (size_t index = range.begin; index < range.end; ++index) {
    FlowBlock flow_block = std::visit(measure, blocks[index]);
    if (flow_block.units.empty()) continue;
    flow_block.where = std::visit([](const auto& block) { return block.where; }, blocks[index]);
    measured.push_back(std::move(flow_block));
  }
  return measured;
}

// One thread's share of the blocks, with its own diagnostics, so that nothing is shared but
// the mutex-guarded caches of the shaper and the hyphenator.
struct MeasuredChunk {
  MeasuredChunk() : missing_glyphs(diagnostics) {}
  Diagnostics diagnostics;
  MissingGlyphReport missing_glyphs;
  std::vector<FlowBlock> blocks;
};

// The chunks' blocks and messages joined in document order: the same as measuring on one thread.
std::vector<FlowBlock> join_chunks(std::deque<MeasuredChunk>& chunks, TypesettingContext& context) {
  size_t count = 0;
  for (const MeasuredChunk& chunk : chunks) count += chunk.blocks.size();
  std::vector<FlowBlock> measured;
  measured.reserve(count);
  for (MeasuredChunk& chunk : chunks) {
    context.missing_glyphs.append(chunk.missing_glyphs);
    for (FlowBlock& block : chunk.blocks) measured.push_back(std::move(block));
  }
  return measured;
}

}  // namespace

std::vector<FlowBlock> measure_blocks(const std::vector<Block>& blocks, const TextArea& area,
                                      TypesettingContext& context, unsigned threads) {
  if (threads <= 1) return measure_range(blocks, {0, blocks.size()}, area, context);
  const std::vector<BlockRange> ranges = split_by_text_weight(blocks, threads);
  std::deque<MeasuredChunk> chunks(ranges.size());
  run_in_parallel(ranges.size(), threads, [&](size_t index) {
    MeasuredChunk& chunk = chunks[index];
    TypesettingContext own{context.language, chunk.missing_glyphs, chunk.diagnostics,
                           context.hyphenation, context.images};
    chunk.blocks = measure_range(blocks, ranges[index], area, own);
  });
  return join_chunks(chunks, context);
}

}  // namespace handout
