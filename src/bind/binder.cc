#include "bind/binder.h"

#include "bind/bind_context.h"
#include "bind/block_binding.h"
#include "bind/contents_counting.h"
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

// A header or footer slot is one line, set again on every page: a slot longer than any line
// could cost its length on every page (a 60 KB footer over 2,000 pages took 3.5 GB).
constexpr size_t kLongestRunningSlot = 256;

std::string more_than_a_slot() {
  return "more than the " + std::to_string(kLongestRunningSlot) +
         " bytes one line of a header or footer may hold";
}

// Running text is set without marks: '**' in a title would print literally in a footer.
std::string running_slot(BindContext& context, const TextValue& slot) {
  TextValue filled = context.interpolator.interpolate_running(slot, context.scope);
  std::string text = markup_free_text(filled.text);
  if (text.size() <= kLongestRunningSlot) return text;
  context.diagnostics.error(slot.where,
                            "this header or footer text is " + std::to_string(text.size()) +
                                " bytes once filled, " + more_than_a_slot(),
                            {"it is set again on every page: shorten it, or the data it shows"});
  return "";
}

bool shows_section(const std::optional<RunningText>& region) {
  if (!region) return false;
  std::vector<const std::string*> slots = {&region->left, &region->center, &region->right};
  if (region->first_page) {
    slots.insert(slots.end(), {&region->first_page->left, &region->first_page->center,
                               &region->first_page->right});
  }
  return std::any_of(slots.begin(), slots.end(), [](const std::string* slot) {
    return slot->find("{{section}}") != std::string::npos;
  });
}

// A level-1 heading that {{section}} puts in a header or footer must fit its line too.
bool check_section_headings(const std::vector<Block>& blocks, Diagnostics& diagnostics) {
  for (const Block& block : blocks) {
    const auto* heading = std::get_if<HeadingBlock>(&block);
    if (heading != nullptr && heading->outline_level == 1 &&
        heading->text.size() > kLongestRunningSlot) {
      diagnostics.error(heading->where,
                        "this heading is " + std::to_string(heading->text.size()) + " bytes, " +
                            more_than_a_slot() + ", and {{section}} shows it there",
                        {"shorten the heading, or leave {{section}} out of the header and footer"});
      return false;
    }
    const auto* group = std::get_if<GroupBlock>(&block);
    const auto* callout = std::get_if<CalloutBlock>(&block);
    if (group != nullptr && !check_section_headings(group->blocks, diagnostics)) return false;
    if (callout != nullptr && !check_section_headings(callout->blocks, diagnostics)) return false;
  }
  return true;
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
  if (shows_section(tree.header) || shows_section(tree.footer)) {
    check_section_headings(tree.blocks, diagnostics);
  }
  count_contents_entries(tree, context.budget);
  context.interpolator.finish({layout_template.source_file});
  return tree;
}

}  // namespace handout
