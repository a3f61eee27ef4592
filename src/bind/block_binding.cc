#include "bind/block_binding.h"

#include "bind/collection_binding.h"
#include "bind/text_block_binding.h"

namespace handout {
namespace {

void bind_callout(BindContext& context, const BodyBlockDef& block, std::vector<Block>& out) {
  CalloutBlock callout;
  callout.background = block.background;
  callout.border = block.border;
  callout.where = block.where;
  const StyleRef& style =
      context.styles.chosen(block.style, default_style_names(block.kind, block.level));
  bind_paragraphs(context, block, style, callout.blocks);
  bind_blocks(context, block.blocks, callout.blocks);
  if (!callout.blocks.empty()) out.push_back(std::move(callout));
}

void bind_choice(BindContext& context, const BodyBlockDef& block, std::vector<Block>& out) {
  bool truth = is_truthy(context.scope.find(block.path.text));
  if (block.kind == BodyBlockKind::unless) truth = !truth;
  bind_blocks(context, truth ? block.blocks : block.else_blocks, out);
}

void bind_simple(const BodyBlockDef& block, BindContext& context, std::vector<Block>& out) {
  switch (block.kind) {
    case BodyBlockKind::toc:
      out.push_back(TocBlock{context.styles.chosen(block.style, {"toc", "body"}), block.depth, 12,
                             block.where});
      break;
    case BodyBlockKind::page_break:
      out.push_back(BreakBlock{
          block.right_page ? BreakBlock::Kind::right_page : BreakBlock::Kind::page, block.where});
      break;
    case BodyBlockKind::column_break:
      out.push_back(BreakBlock{BreakBlock::Kind::column, block.where});
      break;
    case BodyBlockKind::spacer:
      out.push_back(SpacerBlock{block.length, block.where});
      break;
    case BodyBlockKind::rule: {
      RuleBlock rule;
      rule.rule = RuleDef{block.length, block.color, false, block.where};
      rule.where = block.where;
      out.push_back(std::move(rule));
      break;
    }
    default:
      break;
  }
}

void bind_block(BindContext& context, const BodyBlockDef& block, std::vector<Block>& out) {
  switch (block.kind) {
    case BodyBlockKind::title:
    case BodyBlockKind::paragraph:
      return bind_paragraphs(
          context, block,
          context.styles.chosen(block.style, default_style_names(block.kind, block.level)), out);
    case BodyBlockKind::heading:
      return bind_heading(context, block, out);
    case BodyBlockKind::figure:
      return bind_figure(context, block, out);
    case BodyBlockKind::qr_code:
      return bind_qr_code(context, block, out);
    case BodyBlockKind::list:
      return bind_list(context, block, out);
    case BodyBlockKind::table:
      return bind_table(context, block, out);
    case BodyBlockKind::callout:
      return bind_callout(context, block, out);
    case BodyBlockKind::group: {
      GroupBlock group{{}, block.where};
      bind_blocks(context, block.blocks, group.blocks);
      if (!group.blocks.empty()) out.push_back(std::move(group));
      return;
    }
    case BodyBlockKind::each:
      return for_each_element(context, list_at(context, block.path, "each"), block.alias,
                              block.path.where,
                              [&](const DataNode&) { bind_blocks(context, block.blocks, out); });
    case BodyBlockKind::if_:
    case BodyBlockKind::unless:
      return bind_choice(context, block, out);
    default:
      return bind_simple(block, context, out);
  }
}

}  // namespace

void bind_blocks(BindContext& context, const std::vector<BodyBlockDef>& blocks,
                 std::vector<Block>& out) {
  for (const BodyBlockDef& block : blocks) {
    if (!context.take_piece(ExpansionBudget::Piece::block, block.where)) return;
    bind_block(context, block, out);
  }
}

}  // namespace handout
