#pragma once

#include "layout/block_measuring.h"
#include "layout/paragraph_setting.h"
#include "layout/text_area.h"
#include "model/doc_tree.h"

namespace handout {

// Measuring the template language's blocks besides headings, paragraphs and figures, at the
// frame `area` (see measure_blocks). A block with nothing to show gives no units.

// An empty block with the style's space before and after, split as `splitting` allows.
FlowBlock spaced_block(const TextStyle& style, Splitting splitting);

// Entries set like paragraphs with a hanging indent, each marker right-aligned in the indent;
// the list splits between lines; entries are half the style's space after apart.
FlowBlock measure_block_kind(const ListBlock& list, const TextArea& area,
                             TypesettingContext& context);
// Columns by fraction of the width; each row one unit that never splits, padded; a rule under
// the header and between rows; the header repeated in every frame the table continues in.
FlowBlock measure_block_kind(const TableBlock& table, const TextArea& area,
                             TypesettingContext& context);
// A placeholder: the entries are set by set_contents once every heading is measured.
FlowBlock measure_block_kind(const TocBlock& toc, const TextArea& area,
                             TypesettingContext& context);
FlowBlock measure_block_kind(const BreakBlock& page_break, const TextArea& area,
                             TypesettingContext& context);
FlowBlock measure_block_kind(const SpacerBlock& spacer, const TextArea& area,
                             TypesettingContext& context);
// A line across the frame.
FlowBlock measure_block_kind(const RuleBlock& rule, const TextArea& area,
                             TypesettingContext& context);
// The code's image, `size` square (at most the frame's width), at the frame's left edge.
FlowBlock measure_block_kind(const QrCodeBlock& code, const TextArea& area,
                             TypesettingContext& context);
// The blocks stacked as one block that moves whole to the next frame when it does not fit, and
// splits between its units only when it is taller than a frame.
FlowBlock measure_block_kind(const GroupBlock& group, const TextArea& area,
                             TypesettingContext& context);
// A group inside a padded box: one unit with its box when it fits in a frame; else each unit
// carries its own strip of the box, so that the box splits with the text.
FlowBlock measure_block_kind(const CalloutBlock& callout, const TextArea& area,
                             TypesettingContext& context);

}  // namespace handout
