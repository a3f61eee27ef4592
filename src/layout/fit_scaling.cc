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

struct BlockScaler;
void scale_blocks(std::vector<Block>& blocks, BlockScaler& scaler);

struct BlockScaler {
  const FitScale& scale;
  StyleChange& styles;  // each style is scaled once, however many blocks share it

  void scale_style(StyleRef& style) const {
    styles.apply(style, [&](TextStyle& own) { handout::scale_style(own, scale); });
  }

  void operator()(HeadingBlock& block) const { scale_style(block.style); }
  void operator()(ParagraphBlock& block) const { scale_style(block.style); }
  void operator()(FigureBlock& block) const {
    block.width.scale *= scale.figure_scale;
    block.max_height.scale *= scale.figure_scale;
    block.fixed_height *= scale.figure_scale;
    scale_style(block.caption_style);
  }
  void operator()(ListBlock& block) const {
    scale_style(block.style);
    block.indent *= scale.text_size;
  }
  void operator()(TableBlock& block) const {
    scale_style(block.header_style);
    scale_style(block.cell_style);
    block.cell_padding *= scale.text_size;
  }
  void operator()(TocBlock& block) const {
    scale_style(block.entry_style);
    block.indent_per_level *= scale.text_size;
  }
  void operator()(BreakBlock&) const {}
  void operator()(SpacerBlock& block) const { block.height *= scale.text_size; }
  void operator()(RuleBlock& block) const {
    block.space_before *= scale.text_size;
    block.space_after *= scale.text_size;
  }
  void operator()(QrCodeBlock& block) const { block.size *= scale.figure_scale; }
  void operator()(GroupBlock& block) { scale_blocks(block.blocks, *this); }
  void operator()(CalloutBlock& block) {
    block.padding *= scale.text_size;
    block.space_before *= scale.text_size;
    block.space_after *= scale.text_size;
    scale_blocks(block.blocks, *this);
  }
};

void scale_blocks(std::vector<Block>& blocks, BlockScaler& scaler) {
  for (Block& block : blocks) std::visit(scaler, block);
}

}  // namespace

DocTree scaled_document(const DocTree& document, const FitScale& scale) {
  DocTree scaled = document;
  StyleChange styles;
  BlockScaler scaler{scale, styles};
  scale_blocks(scaled.blocks, scaler);       // the header and footer sit in the margins: unchanged
  scale_blocks(scaled.back_blocks, scaler);  // a card's back matches its front
  if (scale.columns > 0 && !scaled.page.cards) scaled.page.columns = scale.columns;
  return scaled;
}

}  // namespace handout
