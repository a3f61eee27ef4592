#include "layout/toc_setting.h"

#include <algorithm>
#include <cmath>

#include "layout/block_kinds.h"
#include "layout/page_items.h"
#include "layout/text_units.h"

namespace handout {
namespace {

constexpr const char* kWidestNumber = "888";  // the room kept for a page number

std::vector<OutlineEntry> headings_of(const std::vector<FlowBlock>& blocks) {
  std::vector<OutlineEntry> headings;
  for (const FlowBlock& block : blocks) {
    for (const FlowUnit& unit : block.units) {
      headings.insert(headings.end(), unit.outline.begin(), unit.outline.end());
    }
  }
  return headings;
}

class ContentsSetter {
 public:
  ContentsSetter(const TocBlock& toc, const TextArea& area, TypesettingContext& context)
      : toc_(toc), area_(area), context_(context), style_(toc.entry_style) {
    style_.first_line_indent = 0;
    style_.align = TextAlign::left;
    const double gap = style_.size / 2;
    number_room_ = width_of(kWidestNumber) + gap;
    leader_step_ = width_of(". .") - width_of(".");  // a set line drops a trailing space
  }

  std::optional<FlowUnit> entry(const OutlineEntry& heading, size_t index) {
    const double indent =
        std::clamp((heading.level - 1) * toc_.indent_per_level, 0.0, area_.width / 2);
    const double left = area_.left + indent;
    const double width = std::max(0.0, area_.width - indent - number_room_);
    std::vector<FlowUnit> lines =
        text_units(plain_inline_text(heading.title), style_, left, width, context_, toc_.where);
    if (lines.empty()) return std::nullopt;
    add_leaders(lines.back());
    const double last_line_top = height_of(lines, lines.size() - 1);
    FlowUnit unit = stack_units(std::move(lines));
    PageReference reference{
        index, &toc_.entry_style.get(), area_.right(),
        last_line_top + baseline_below_line_top(style_),
        LinkArea{left, 0, area_.right() - left, unit.height, "", 0, 0, toc_.where}};
    unit.page_reference = std::move(reference);
    return unit;
  }

 private:
  double width_of(const std::string& text) {
    return run_width(
        set_single_line(text, style_, {0, area_.width, TextAlign::left}, context_, toc_.where));
  }

  // Dots from the title's end to the number's room, ending at the same place on every line.
  void add_leaders(FlowUnit& last_line) {
    double title_end = area_.left;
    for (const PageItem& item : last_line.items) {
      if (const auto* run = std::get_if<TextRun>(&item)) {
        title_end = std::max(title_end, run->x + run_width(*run));
      }
    }
    const double leaders_end = area_.right() - number_room_;
    const double room = leaders_end - title_end - leader_step_;
    if (leader_step_ <= 0 || room < 2 * leader_step_) return;
    std::string dots;
    for (int i = static_cast<int>(std::floor(room / leader_step_)); i > 0; --i) dots += " .";
    last_line.items.push_back(
        set_single_line(dots, style_, {title_end, leaders_end - title_end, TextAlign::right},
                        context_, toc_.where));
  }

  const TocBlock& toc_;
  const TextArea& area_;
  TypesettingContext& context_;
  TextStyle style_;
  double number_room_ = 0;
  double leader_step_ = 0;
};

void set_entries(FlowBlock& block, const std::vector<OutlineEntry>& headings, const TextArea& area,
                 TypesettingContext& context) {
  const TocBlock& toc = *block.contents;
  block = spaced_block(toc.entry_style, Splitting::between_units);
  block.contents = &toc;
  if (!face_is_loaded(toc.entry_style, toc.where, context.diagnostics)) return;
  ContentsSetter setter(toc, area, context);
  for (size_t i = 0; i < headings.size(); ++i) {
    if (headings[i].level > toc.depth) continue;
    if (std::optional<FlowUnit> unit = setter.entry(headings[i], i)) {
      block.units.push_back(std::move(*unit));
    }
  }
}

bool same_headings(const std::vector<OutlineEntry>& before,
                   const std::vector<OutlineEntry>& after) {
  return std::equal(before.begin(), before.end(), after.begin(), after.end(),
                    [](const OutlineEntry& a, const OutlineEntry& b) {
                      return a.title == b.title && a.level == b.level;
                    });
}

}  // namespace

std::vector<OutlineEntry> set_contents(std::vector<FlowBlock>& blocks, const TextArea& area,
                                       TypesettingContext& context) {
  const std::vector<OutlineEntry> headings = headings_of(blocks);
  for (FlowBlock& block : blocks) {
    if (block.contents) set_entries(block, headings, area, context);
  }
  // A contents block without entries (no headings) adds nothing.
  std::erase_if(blocks, [](const FlowBlock& block) { return block.units.empty(); });
  return headings;
}

void fill_page_references(FlowedPages& flowed, const std::vector<OutlineEntry>& headings,
                          TypesettingContext& context) {
  if (flowed.page_references.empty()) return;
  if (!same_headings(headings, flowed.outline)) {
    context.diagnostics.error({}, "the table of contents lists other headings than the pages hold",
                              {}, FailureKind::internal);
    return;
  }
  for (const PlacedPageReference& placed : flowed.page_references) {
    const PageReference& reference = placed.reference;
    const OutlineEntry& heading = flowed.outline[reference.heading];
    const TextStyle& style = *reference.style;
    TextRun number = set_single_line(std::to_string(heading.page_index + 1), style,
                                     {0, reference.right, TextAlign::right}, context, style.where);
    number.baseline = reference.baseline;
    LinkArea link = reference.link;
    link.target_page = heading.page_index;
    link.target_y = heading.y;
    std::vector<PageItem>& items = flowed.pages[placed.page_index].items;
    items.push_back(std::move(number));
    items.push_back(std::move(link));
  }
}

}  // namespace handout
