#include "layout/page_flow.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>

#include "layout/bleed_figure.h"
#include "layout/frames.h"
#include "layout/layout_notes.h"
#include "layout/page_items.h"

namespace handout {
namespace {

// Rounding in sums of line heights must not push a unit that fits exactly onto the next page.
constexpr double kFitTolerance = 1e-6;
// How close balancing gets to the shortest columns that hold a last page: well under a line.
constexpr double kBalanceStep = 0.5;

// The template's orphan and widow minimums; a rule below one line means no rule.
struct SplitRule {
  size_t orphans = 2;  // fewest lines left at the foot of a page
  size_t widows = 2;   // fewest lines carried to the head of the next page

  explicit SplitRule(const PaginationRules& rules)
      : orphans(static_cast<size_t>(std::max(1, rules.orphans))),
        widows(static_cast<size_t>(std::max(1, rules.widows))) {}

  bool may_split(const FlowBlock& block) const {
    return block.splitting == Splitting::between_lines && block.units.size() >= orphans + widows;
  }
};

// A block that no page can hold whole, and that therefore splits wherever it starts.
bool is_taller_than(const FlowBlock& block, double page_height) {
  return height_of(block.units, block.units.size()) > page_height + kFitTolerance;
}

// The height of the first piece of a block that has to share a page with what comes before it
// (or else the block moves on): the orphan minimum of a long paragraph, the first unit of a block
// taller than a page (moving it would not make it fit), or else the whole block.
double own_lead(const FlowBlock& block, double page_height, const SplitRule& rule) {
  size_t count = block.units.size();
  if (rule.may_split(block)) {
    count = rule.orphans;
  } else if (block.splitting == Splitting::between_units) {
    count = std::min<size_t>(count, block.repeated_head ? 2 : 1);
  } else if (is_taller_than(block, page_height)) {
    count = 1;
  }
  return height_of(block.units, count);
}

// For each block, its own lead plus, for a heading, the gap and the lead of what it keeps with.
// A heading keeps with the text after it, not with a floating figure, which may move away.
// Computed backwards in one pass so that a run of headings costs no more than one.
std::vector<double> lead_heights(const std::vector<FlowBlock>& blocks, double page_height,
                                 const SplitRule& rule) {
  std::vector<double> leads(blocks.size());
  size_t next_in_place = blocks.size();  // the next block that is not a floating figure
  for (size_t i = blocks.size(); i-- > 0;) {
    leads[i] = own_lead(blocks[i], page_height, rule);
    if (blocks[i].keeps_with_next && next_in_place < blocks.size()) {
      const FlowBlock& next = blocks[next_in_place];
      leads[i] += std::max(blocks[i].space_after, next.space_before) + leads[next_in_place];
    }
    if (!blocks[i].floats) next_in_place = i;
  }
  return leads;
}

// Columns shortened to `height` on the page at `page_index`: a balanced last page.
struct ColumnLimit {
  size_t page_index = 0;
  double height = 0;
};

// What a dry run found: a flow that places nothing, only finds where the pieces would go, and
// with a column limit stops as soon as it would start a page after the limited one.
struct DryRunResult {
  size_t pages = 0;
  bool last_page_has_content = false;
  bool last_page_has_break = false;  // a page or column break block came while on it
  // The limited page held all that came to it, keeping every rule, and no page followed it.
  bool limit_held = false;
  bool page_limit_reached = false;  // the flow needs more pages than allowed
};

// The cursor moving down the frames of the pages, and the pages it has filled.
class PageFlow {
 public:
  PageFlow(const PageDef& page, const TextArea& area, const PaginationRules& rules,
           uint64_t max_pages, std::optional<ColumnLimit> limit = std::nullopt,
           bool dry_run = false)
      : page_(page),
        measured_(area),
        rule_(rules),
        max_pages_(std::max<uint64_t>(max_pages, 1)),
        limit_(limit),
        dry_run_(dry_run) {
    start_page();
  }

  void place_block(FlowBlock& block, double lead) {
    if (abandoned_) return;
    placing_ = &block.where;
    if (block.breaks) return take_break(*block.breaks);
    if (block.floats &&
        (!waiting_.empty() || (!page_is_empty_ && !fits(gap_before(block) + lead)))) {
      waiting_.push_back(&block);
      return;
    }
    if (!page_is_empty_ && !fits(gap_before(block) + lead)) move_on(block, lead);
    if (!fits(gap_before(block) + lead)) note_rule_broken();
    y_ += gap_before(block);
    place_units(block);
  }

  FlowedPages finish() {
    place_waiting_figures();
    std::vector<double> column_bottoms(pages_.size());
    for (size_t index = 0; index < pages_.size(); ++index) {
      column_bottoms[index] = text_area_on_page(page_, index).bottom();
    }
    if (limit_ && limit_->page_index < pages_.size()) {
      column_bottoms[limit_->page_index] = deepest_on_limited_page_;
    }
    return {std::move(pages_),      std::move(outline_),       std::move(frames_filled_),
            std::move(references_), std::move(column_bottoms), std::move(blank_pages_),
            page_limit_reached_at_, std::move(cut_off_),     std::move(notes_)};
  }

  DryRunResult finish_dry_run() {
    place_waiting_figures();
    DryRunResult result;
    result.pages = pages_.size();
    result.last_page_has_content = frames_filled_.back() > 0;
    result.last_page_has_break = last_break_page_ == pages_.size() - 1;
    result.limit_held =
        limit_ && !abandoned_ && !limit_broken_ && pages_.size() == limit_->page_index + 1;
    result.page_limit_reached = page_limit_reached_at_.has_value();
    return result;
  }

 private:
  const TextArea& frame() const { return frames_[frame_index_]; }

  // Opens frames until the floating figures still waiting are placed.
  void place_waiting_figures() {
    while (!waiting_.empty() && !abandoned_) {
      placing_ = &waiting_.front()->where;
      next_frame();
    }
  }

  double gap_before(const FlowBlock& block) const {
    return page_is_empty_ ? 0 : std::max(space_after_previous_, block.space_before);
  }

  bool fits(double height) const { return y_ + height <= frame().bottom() + kFitTolerance; }

  void take_break(BreakBlock::Kind kind) {
    last_break_page_ = pages_.size() - 1;
    if (kind == BreakBlock::Kind::right_page && page_.two_sided) return to_right_page();
    if (page_is_empty_) return;
    if (kind == BreakBlock::Kind::column) {
      next_frame();
    } else {
      start_page();
    }
  }

  // Figures still waiting are placed first (they belong before the new start); an even page
  // that is then empty stays blank.
  void to_right_page() {
    while (!waiting_.empty() && !abandoned_) next_frame();
    if (frames_filled_.back() > 0) start_page();
    if (pages_.size() % 2 == 0 && !abandoned_) {
      blank_pages_.push_back(pages_.size() - 1);
      start_page();
    }
  }

  // A block that does not fit here with what it keeps with goes on to the next frame. A heading
  // that would have fit alone, and fits there with its text, moved only to stay with its text.
  void move_on(const FlowBlock& block, double lead) {
    const bool heading_fits_alone =
        block.heading && fits(gap_before(block) + height_of(block.units, block.units.size()));
    const double left_empty = frame().bottom() - y_;
    const size_t page_before = pages_.size() - 1;
    next_frame();
    if (heading_fits_alone && fits(lead) && !dry_run_) {
      record_note(heading_moved_note(*block.heading, frame_word(page_before), left_empty));
    }
  }

  // What a frame is called in notes: the cursor has moved on from `page_before`.
  std::string frame_word(size_t page_before) const {
    if (pages_.size() - 1 != page_before) return "page";
    return page_.cards ? "card" : "column";
  }

  // The first unit of a block that is not a floating figure lands here: if a heading came just
  // before and ended in another frame, it was left without its text.
  void note_block_start(const FlowBlock& block) {
    if (block.floats) return;
    if (open_heading_ && !dry_run_ &&
        (open_heading_->page != pages_.size() - 1 || open_heading_->frame != frame_index_)) {
      LayoutNote alone =
          heading_alone_note(*open_heading_->heading, frame_word(open_heading_->page));
      alone.page_index = open_heading_->page;
      notes_.push_back(std::move(alone));
    }
    open_heading_.reset();
  }

  // Places the block from the cursor on, starting frames as it needs. Lines carried over to a
  // frame that figures opened keep the figures' space after from them.
  void place_units(FlowBlock& block) {
    placing_ = &block.where;
    for (size_t next = 0; next < block.units.size() && !abandoned_;) {
      const size_t take = units_to_take(block, next);
      if (next == 0 && take > 0) note_block_start(block);
      for (size_t i = next; i < next + take; ++i) place_unit(block.units[i]);
      next += take;
      if (next < block.units.size()) {
        next_frame();
        if (!page_is_empty_) y_ += space_after_previous_;
        if (block.repeated_head) {
          FlowUnit head = *block.repeated_head;
          place_unit(head);
          only_head_in_frame_ = true;
        }
      }
    }
    space_after_previous_ = block.space_after;
    if (block.heading) open_heading_ = OpenHeading{block.heading, pages_.size() - 1, frame_index_};
  }

  size_t units_that_fit(const FlowBlock& block, size_t first) const {
    double height = 0;
    size_t count = 0;
    for (size_t i = first; i < block.units.size(); ++i, ++count) {
      height += block.units[i].height;
      if (!fits(height)) break;
    }
    return count;
  }

  // How many units from `first` on go in this frame: all that remain if they fit; else as many
  // as the block's splitting allows, or none (the block moves on). An empty frame, or one that
  // holds just the block's repeated header row, takes at least one, so a unit taller than a
  // frame cannot stall the flow (but that breaks the block's rule).
  size_t units_to_take(const FlowBlock& block, size_t first) {
    const size_t remaining = block.units.size() - first;
    const size_t fit = units_that_fit(block, first);
    if (fit == remaining) return fit;
    size_t take = 0;
    if (rule_.may_split(block)) {
      take = remaining > rule_.widows ? std::min(fit, remaining - rule_.widows) : 0;
      if (first == 0 && take < rule_.orphans) take = 0;
    } else if (block.splitting == Splitting::between_units) {
      take = fit;
      if (first == 0 && block.repeated_head && take < 2) take = 0;  // a header with no row
    } else if (is_taller_than(block, measured_.height)) {
      take = fit;
    }
    if (take == 0 && (page_is_empty_ || only_head_in_frame_)) {
      take = std::max<size_t>(fit, 1);
      note_rule_broken();
    }
    return take;
  }

  void place_unit(FlowUnit& unit) {
    if (!fits(unit.height)) note_rule_broken();
    const bool at_frame_top = page_is_empty_;
    // Empty space (a spacer) cut off loses nothing.
    if (!dry_run_ && !unit.items.empty() && unit.height > measured_.height + kFitTolerance) {
      note_cut_off(unit.height);
    }
    page_is_empty_ = false;
    only_head_in_frame_ = false;
    frames_filled_.back() = frame_index_ + 1;
    if (dry_run_) {
      y_ += unit.height;
      return;
    }
    const double dx = frame().left - measured_.left;
    for (OutlineEntry& entry : unit.outline) record_outline(std::move(entry));
    for (LayoutNote& note : unit.notes) record_note(std::move(note));
    if (unit.page_reference) record_reference(*unit.page_reference, dx);
    std::vector<PageItem>& items = pages_.back().items;
    for (PageItem& item : unit.items) {
      move_item(item, dx, y_);
      const auto* image = std::get_if<PlacedImage>(&item);
      if (unit.bleeds && image != nullptr) {
        add_bleed_figure(*image, at_frame_top, items);
      } else {
        items.push_back(std::move(item));
      }
    }
    y_ += unit.height;
    if (on_limited_page()) deepest_on_limited_page_ = std::max(deepest_on_limited_page_, y_);
  }

  void add_bleed_figure(const PlacedImage& image, bool at_frame_top, std::vector<PageItem>& items) {
    const TextArea reach = bleed_reach(page_, pages_.size() - 1, frame_index_);
    for (PageItem& piece :
         bleed_figure_items(image, bleed_figure_box(image, reach, at_frame_top))) {
      items.push_back(std::move(piece));
    }
  }

  bool on_limited_page() const { return limit_ && pages_.size() - 1 == limit_->page_index; }

  // Only the limited page is checked: a page at full height was laid out by the same rules.
  void note_rule_broken() {
    if (on_limited_page()) limit_broken_ = true;
  }

  void note_cut_off(double height) {
    if (placing_ == nullptr) return;
    if (placing_ != last_cut_off_) {
      cut_off_.push_back({*placing_, 0, measured_.height});
      last_cut_off_ = placing_;
    }
    cut_off_.back().piece_height = std::max(cut_off_.back().piece_height, height);
  }

  void record_outline(OutlineEntry entry) {
    entry.page_index = pages_.size() - 1;
    entry.y += y_;
    outline_.push_back(std::move(entry));
  }

  void record_note(LayoutNote note) {
    note.page_index = pages_.size() - 1;
    notes_.push_back(std::move(note));
  }

  void record_reference(PageReference reference, double dx) {
    reference.right += dx;
    reference.baseline += y_;
    reference.link.x += dx;
    reference.link.y += y_;
    references_.push_back({pages_.size() - 1, std::move(reference)});
  }

  void next_frame() {
    if (frame_index_ + 1 < frames_.size()) {
      open_frame(frame_index_ + 1);
    } else {
      start_page();
    }
  }

  void start_page() {
    if (pages_.size() == max_pages_) {
      page_limit_reached_at_ = placing_ ? *placing_ : SourceLocation{};
      abandoned_ = true;
      return;
    }
    pages_.push_back({page_.width, page_.height, {}, page_.bleed});
    frames_ = frames_on_page(page_, pages_.size() - 1);
    if (on_limited_page()) {
      for (TextArea& column : frames_) column.height = std::min(column.height, limit_->height);
      deepest_on_limited_page_ = frames_.front().top;
    }
    frames_filled_.push_back(0);
    if (dry_run_ && limit_ && pages_.size() - 1 > limit_->page_index) abandoned_ = true;
    if (abandoned_) return;
    open_frame(0);
  }

  // A new frame opens with the figures that waited for it, as many as fit (the first always).
  void open_frame(size_t index) {
    frame_index_ = index;
    y_ = frame().top;
    page_is_empty_ = true;
    only_head_in_frame_ = false;
    if (placing_waiting_) return;  // a figure taller than a frame goes on before the next one
    placing_waiting_ = true;
    while (!waiting_.empty() && !abandoned_) {
      FlowBlock& figure = *waiting_.front();
      const double lead = own_lead(figure, measured_.height, rule_);
      if (!page_is_empty_ && !fits(gap_before(figure) + lead)) break;
      if (!fits(gap_before(figure) + lead)) note_rule_broken();
      y_ += gap_before(figure);
      waiting_.pop_front();
      place_units(figure);
    }
    placing_waiting_ = false;
  }

  const PageDef& page_;
  const TextArea& measured_;  // the frame the blocks were measured in
  SplitRule rule_;
  uint64_t max_pages_;
  std::optional<SourceLocation> page_limit_reached_at_;
  const SourceLocation* placing_ = nullptr;  // the block being placed
  const SourceLocation* last_cut_off_ = nullptr;
  std::vector<CutOffBlock> cut_off_;
  std::optional<ColumnLimit> limit_;
  bool dry_run_ = false;       // find where pieces go, placing none (the blocks stay untouched)
  bool abandoned_ = false;     // a dry run passed its limited page, or the flow needs more
                               // pages than allowed: nothing more to place
  bool limit_broken_ = false;  // the limited page broke a rule to hold what came to it
  double deepest_on_limited_page_ = 0;  // the bottom of its deepest column
  size_t last_break_page_ = SIZE_MAX;
  std::vector<LaidOutPage> pages_;
  std::vector<OutlineEntry> outline_;
  std::vector<size_t> frames_filled_;
  std::vector<PlacedPageReference> references_;
  std::vector<size_t> blank_pages_;
  std::vector<LayoutNote> notes_;
  // The heading placed last, until the next block starts: where it ended.
  struct OpenHeading {
    const HeadingBlock* heading = nullptr;
    size_t page = 0;
    size_t frame = 0;
  };
  std::optional<OpenHeading> open_heading_;
  std::vector<TextArea> frames_;  // the current page's
  size_t frame_index_ = 0;
  std::deque<FlowBlock*> waiting_;   // floating figures deferred to the next frame, in order
  double y_ = 0;                     // top of the next unit
  bool page_is_empty_ = true;        // the current frame, that is
  bool only_head_in_frame_ = false;  // it holds nothing but a table's repeated header row
  bool placing_waiting_ = false;
  double space_after_previous_ = 0;
};

DryRunResult dry_run(std::vector<FlowBlock>& blocks, const std::vector<double>& leads,
                     const PageDef& page, const TextArea& area, const PaginationRules& rules,
                     uint64_t max_pages, std::optional<ColumnLimit> limit) {
  PageFlow flow(page, area, rules, max_pages, limit, /*dry_run=*/true);
  for (size_t i = 0; i < blocks.size(); ++i) flow.place_block(blocks[i], leads[i]);
  return flow.finish_dry_run();
}

// The shortest columns, found by bisection to within kBalanceStep, that hold the last page's
// content by every rule without a page after it; none when the page is not to be balanced.
// Earlier pages do not depend on the last page's column height: flow never looks ahead a page.
std::optional<ColumnLimit> balanced_last_page(std::vector<FlowBlock>& blocks,
                                              const std::vector<double>& leads, const PageDef& page,
                                              const TextArea& area, const PaginationRules& rules,
                                              uint64_t max_pages) {
  if (!page.balance_columns || page.cards || page.columns < 2) return std::nullopt;
  const DryRunResult full = dry_run(blocks, leads, page, area, rules, max_pages, std::nullopt);
  if (full.page_limit_reached) return std::nullopt;  // the flow itself will say so
  if (!full.last_page_has_content || full.last_page_has_break) return std::nullopt;
  const size_t last = full.pages - 1;
  double holds = text_area_on_page(page, last).height;  // full height always holds
  double fails = 0;
  while (holds - fails > kBalanceStep) {
    const double middle = (holds + fails) / 2;
    if (dry_run(blocks, leads, page, area, rules, max_pages, ColumnLimit{last, middle})
            .limit_held) {
      holds = middle;
    } else {
      fails = middle;
    }
  }
  if (holds >= text_area_on_page(page, last).height) return std::nullopt;
  return ColumnLimit{last, holds};
}

}  // namespace

FlowedPages flow_pages(std::vector<FlowBlock> blocks, const PageDef& page, const TextArea& area,
                       const PaginationRules& rules, uint64_t max_pages) {
  const std::vector<double> leads = lead_heights(blocks, area.height, SplitRule(rules));
  PageFlow flow(page, area, rules, max_pages,
                balanced_last_page(blocks, leads, page, area, rules, max_pages));
  for (size_t i = 0; i < blocks.size(); ++i) flow.place_block(blocks[i], leads[i]);
  return flow.finish();
}

}  // namespace handout
