#include "layout/fit_scaling.h"

#include <algorithm>

namespace handout {
namespace {

void scale_style(TextStyle& style, const FitScale& scale) {
  style.size *= scale.text_size;
  style.leading = std::max(style.size, style.leading * scale.text_size * scale.leading);
  style.space_before *= scale.text_size;
  style.space_after *= scale.text_size;
  style.first_line_indent *= scale.text_size;
}

void scale_blocks(std::vector<Block>& blocks, const FitScale& scale);

struct BlockScaler {
  const FitScale& scale;

  void operator()(HeadingBlock& block) const { scale_style(block.style, scale); }
  void operator()(ParagraphBlock& block) const { scale_style(block.style, scale); }
  void operator()(FigureBlock& block) const {
    block.width_fraction *= scale.figure_scale;
    block.max_height_fraction *= scale.figure_scale;
    block.fixed_height *= scale.figure_scale;
    scale_style(block.caption_style, scale);
  }
  void operator()(ListBlock& block) const {
    scale_style(block.style, scale);
    block.indent *= scale.text_size;
  }
  void operator()(TableBlock& block) const {
    scale_style(block.header_style, scale);
    scale_style(block.cell_style, scale);
    block.cell_padding *= scale.text_size;
  }
  void operator()(TocBlock& block) const {
    scale_style(block.entry_style, scale);
    block.indent_per_level *= scale.text_size;
  }
  void operator()(BreakBlock&) const {}
  void operator()(SpacerBlock& block) const { block.height *= scale.text_size; }
  void operator()(RuleBlock& block) const {
    block.space_before *= scale.text_size;
    block.space_after *= scale.text_size;
  }
  void operator()(QrCodeBlock& block) const { block.size *= scale.figure_scale; }
  void operator()(GroupBlock& block) const { scale_blocks(block.blocks, scale); }
  void operator()(CalloutBlock& block) const {
    block.padding *= scale.text_size;
    block.space_before *= scale.text_size;
    block.space_after *= scale.text_size;
    scale_blocks(block.blocks, scale);
  }
};

void scale_blocks(std::vector<Block>& blocks, const FitScale& scale) {
  for (Block& block : blocks) std::visit(BlockScaler{scale}, block);
}

}  // namespace

DocTree scaled_document(const DocTree& document, const FitScale& scale) {
  DocTree scaled = document;
  scale_blocks(scaled.blocks, scale);       // the header and footer sit in the margins: unchanged
  scale_blocks(scaled.back_blocks, scale);  // a card's back matches its front
  if (scale.columns > 0 && !scaled.page.cards) scaled.page.columns = scale.columns;
  return scaled;
}

}  // namespace handout
