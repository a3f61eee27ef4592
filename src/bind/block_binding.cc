#include "bind/block_binding.h"

#include <variant>

#include "bind/collection_binding.h"
#include "bind/text_block_binding.h"

namespace handout {
namespace {

// Binds one template block of each kind into `out` (none, one or many document blocks).
struct BlockBinder {
  BindContext& context;
  const SourceLocation& where;  // the template block's
  std::vector<Block>& out;

  void operator()(const TitleDef& title) { bind_text(title); }
  void operator()(const ParagraphDef& paragraph) { bind_text(paragraph); }
  void operator()(const HeadingDef& heading) { bind_heading(context, heading, out); }
  void operator()(const FigureDef& figure) { bind_figure(context, figure, out); }
  void operator()(const QrCodeDef& qr_code) { bind_qr_code(context, qr_code, where, out); }
  void operator()(const ListDef& list) { bind_list(context, list, where, out); }
  void operator()(const TableDef& table) { bind_table(context, table, where, out); }

  void operator()(const CalloutDef& block) {
    CalloutBlock callout;
    callout.background = block.background;
    callout.border = block.border;
    callout.where = where;
    const StyleRef& style = context.styles.chosen(block.style, default_style_names(block));
    bind_paragraphs(context, block.text, style, callout.blocks);
    bind_blocks(context, block.blocks, callout.blocks);
    if (!callout.blocks.empty()) out.push_back(std::move(callout));
  }

  void operator()(const GroupDef& block) {
    GroupBlock group{{}, where};
    bind_blocks(context, block.blocks, group.blocks);
    if (!group.blocks.empty()) out.push_back(std::move(group));
  }

  void operator()(const EachDef& each) {
    for_each_element(context, list_at(context, each.path, "each"), each.alias, each.path.where,
                     [&](const DataNode&) { bind_blocks(context, each.blocks, out); });
  }

  void operator()(const IfDef& choice) { bind_choice(choice, false); }
  void operator()(const UnlessDef& choice) { bind_choice(choice, true); }

  void operator()(const TocDef& toc) {
    out.push_back(
        TocBlock{context.styles.chosen(toc.style, default_style_names(toc)), toc.depth, 12, where});
  }
  void operator()(const PageBreakDef& page_break) {
    out.push_back(BreakBlock{
        page_break.right_page ? BreakBlock::Kind::right_page : BreakBlock::Kind::page, where});
  }
  void operator()(const ColumnBreakDef&) {
    out.push_back(BreakBlock{BreakBlock::Kind::column, where});
  }
  void operator()(const SpacerDef& spacer) { out.push_back(SpacerBlock{spacer.height, where}); }
  void operator()(const RuleBlockDef& block) {
    RuleBlock rule;
    rule.rule = RuleDef{block.thickness, block.color, false, where};
    rule.where = where;
    out.push_back(std::move(rule));
  }

  template <typename Def>
  void bind_text(const Def& block) {
    bind_paragraphs(context, block.text,
                    context.styles.chosen(block.style, default_style_names(block)), out);
  }

  void bind_choice(const ConditionDef& choice, bool negated) {
    bool truth = is_truthy(context.scope.find(choice.path.text));
    if (negated) truth = !truth;
    bind_blocks(context, truth ? choice.blocks : choice.else_blocks, out);
  }
};

}  // namespace

void bind_blocks(BindContext& context, const std::vector<BodyBlockDef>& blocks,
                 std::vector<Block>& out) {
  for (const BodyBlockDef& block : blocks) {
    if (!context.take_piece(ExpansionBudget::Piece::block, block.where)) return;
    std::visit(BlockBinder{context, block.where, out}, block.body);
  }
}

}  // namespace handout
