#include "bind/binder.h"

#include "bind/bind_context.h"
#include "bind/block_binding.h"
#include "bind/inline_markup.h"
#include "core/whitespace.h"

namespace handout {
namespace {

DocumentInfo document_info(const HandoutData& data) {
  DocumentInfo info;
  info.title = markup_free_text(data.title.text);
  info.author = markup_free_text(data.author.text);
  info.subject = data.subject.empty() ? markup_free_text(data.subtitle.text)
                                      : fold_whitespace(data.subject.text);
  for (const TextValue& keyword : data.keywords) {
    if (!info.keywords.empty()) info.keywords += ", ";
    info.keywords += fold_whitespace(keyword.text);
  }
  info.creator = std::string("handout ") + HANDOUT_VERSION;
  info.language = document_language(data);
  info.date = data.date.text;
  return info;
}

// Running text is set without marks: '**' in a title would print literally in a footer.
std::string running_slot(BindContext& context, const TextValue& slot) {
  TextValue filled = context.interpolator.interpolate_running(slot, context.scope);
  return markup_free_text(filled.text);
}

RunningText running_text(BindContext& context, const RegionDef& region) {
  RunningText text;
  text.left = running_slot(context, slot_text(region.left, region.left_at, region.where));
  text.center = running_slot(context, slot_text(region.center, region.center_at, region.where));
  text.right = running_slot(context, slot_text(region.right, region.right_at, region.where));
  text.style = context.styles.named(region.style);
  text.on_first_page = region.on_first_page;
  text.inner_outer = region.inner_outer;
  if (region.first_page) {
    const RegionSlotsDef& first = *region.first_page;
    text.first_page =
        RunningSlots{running_slot(context, slot_text(first.left, first.left_at, first.where)),
                     running_slot(context, slot_text(first.center, first.center_at, first.where)),
                     running_slot(context, slot_text(first.right, first.right_at, first.where))};
  }
  return text;
}

}  // namespace

DocTree bind_document(const HandoutData& data, const TemplateDef& layout_template,
                      Diagnostics& diagnostics, const ResourceLimits& limits) {
  BindContext context(data, layout_template, diagnostics, limits);
  DocTree tree;
  tree.info = document_info(data);
  tree.page = layout_template.page;
  tree.pagination = layout_template.pagination;
  tree.fit = layout_template.fit;
  bind_blocks(context, layout_template.blocks, tree.blocks);
  bind_blocks(context, layout_template.back_blocks, tree.back_blocks);
  if (layout_template.header) tree.header = running_text(context, *layout_template.header);
  if (layout_template.footer) tree.footer = running_text(context, *layout_template.footer);
  context.interpolator.finish({layout_template.source_file});
  return tree;
}

}  // namespace handout
