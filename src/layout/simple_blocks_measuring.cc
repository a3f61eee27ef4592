#include <algorithm>

#include "layout/block_kinds.h"

namespace handout {

FlowBlock spaced_block(const TextStyle& style, Splitting splitting) {
  FlowBlock block;
  block.space_before = style.space_before;
  block.space_after = style.space_after;
  block.splitting = splitting;
  return block;
}

FlowBlock measure_block_kind(const TocBlock& toc, const TextArea&, TypesettingContext&) {
  FlowBlock block;
  block.contents = &toc;
  block.splitting = Splitting::between_units;
  block.units.emplace_back();  // kept until set_contents replaces it
  return block;
}

FlowBlock measure_block_kind(const BreakBlock& page_break, const TextArea&, TypesettingContext&) {
  FlowBlock block;
  block.breaks = page_break.kind;
  block.units.emplace_back();  // never placed; keeps the block among the measured ones
  return block;
}

FlowBlock measure_block_kind(const SpacerBlock& spacer, const TextArea&, TypesettingContext&) {
  FlowBlock block;
  if (spacer.height > 0) block.units.push_back(FlowUnit{spacer.height, {}, {}, {}});
  return block;
}

FlowBlock measure_block_kind(const RuleBlock& rule, const TextArea& area, TypesettingContext&) {
  FlowBlock block;
  block.space_before = rule.space_before;
  block.space_after = rule.space_after;
  const double width = std::max(0.0, rule.rule.width);
  if (width <= 0 || area.width <= 0) return block;
  const double y = width / 2;
  block.units.push_back(
      FlowUnit{width,
               {DrawnLine{area.left, y, area.right(), y, width, rule.rule.color, rule.rule.dashed}},
               {},
               {}});
  return block;
}

FlowBlock measure_block_kind(const QrCodeBlock& code, const TextArea& area,
                             TypesettingContext& context) {
  FlowBlock block;
  const std::shared_ptr<const RasterImage>& image = context.images.qr_code(code.text);
  const double size = std::min(code.size, area.width);
  if (size <= 0) return block;
  block.units.push_back(FlowUnit{
      size,
      {PlacedImage{image, area.left, 0, size, size, "QR code: " + code.text, "", code.where}},
      {},
      {}});
  return block;
}

}  // namespace handout
