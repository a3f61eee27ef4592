#include "layout/running_text.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "core/whitespace.h"
#include "layout/frames.h"
#include "layout/line_setting.h"
#include "layout/paragraph_shaping.h"

namespace handout {
namespace {

void replace_all(std::string& text, std::string_view placeholder, std::string_view value) {
  for (size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size())) {
    text.replace(at, placeholder.size(), value);
  }
}

// The text of the last level-1 heading that starts on or before each page ("" before the first),
// pointing into `outline`: a copy for each page would multiply a long heading by the pages.
std::vector<std::string_view> sections_of(const std::vector<OutlineEntry>& outline,
                                          size_t page_count) {
  std::vector<std::string_view> sections(page_count);
  std::string_view current;
  size_t next = 0;
  for (size_t page = 0; page < page_count; ++page) {
    for (; next < outline.size() && outline[next].page_index <= page; ++next) {
      if (outline[next].level == 1) current = outline[next].title;
    }
    sections[page] = current;
  }
  return sections;
}

// One slot of a header or footer. Consecutive pages often give it the same text (a title, or
// no page number at all) in the same place, so the last run is kept and reused instead of
// shaped again.
class RunningSlot {
 public:
  RunningSlot(const TextStyle& style, TextAlign align) : style_(style), align_(align) {}

  std::optional<TextRun> run_for(const std::string& text, const TextArea& area,
                                 TypesettingContext& context) {
    if (fold_whitespace(text).empty()) return std::nullopt;
    if (text != last_text_ || !last_run_ || area.left != last_left_) {
      const ShapedParagraph line =
          shape_paragraph(text, style_, context.language, context.missing_glyphs, style_.where);
      last_run_ =
          set_line(line, {0, line.glyphs.size(), true}, {area.left, area.width, align_}, style_);
      last_text_ = text;
      last_left_ = area.left;
    }
    return last_run_;
  }

 private:
  const TextStyle& style_;
  TextAlign align_;
  std::string last_text_;
  double last_left_ = 0;
  std::optional<TextRun> last_run_;
};

// The slots' texts on one page, left to right: page 1 may have its own, and inner and outer
// slots swap on even (left-hand) pages of a two-sided document.
std::array<const std::string*, 3> slot_texts(const RunningText& region, const PageDef& page,
                                             size_t page_index) {
  if (page_index == 0 && region.first_page) {
    return {&region.first_page->left, &region.first_page->center, &region.first_page->right};
  }
  if (region.inner_outer && page.two_sided && page_index % 2 == 1) {
    return {&region.right, &region.center, &region.left};
  }
  return {&region.left, &region.center, &region.right};
}

bool is_blank(const std::vector<size_t>& blank_pages, size_t index) {
  return std::binary_search(blank_pages.begin(), blank_pages.end(), index);
}

void add_region(const RunningText& region, double band_top, double band_height,
                const DocTree& document, const std::vector<std::string_view>& sections,
                FlowedPages& flowed, TypesettingContext& context) {
  std::vector<LaidOutPage>& pages = flowed.pages;
  if (!face_is_loaded(region.style, region.style->where, context.diagnostics)) return;
  std::array<RunningSlot, 3> slots = {RunningSlot(region.style, TextAlign::left),
                                      RunningSlot(region.style, TextAlign::center),
                                      RunningSlot(region.style, TextAlign::right)};
  const double line_top = band_top + (band_height - region.style->leading) / 2;
  const double baseline = line_top + baseline_below_line_top(region.style);
  for (size_t index = region.on_first_page ? 0 : 1; index < pages.size(); ++index) {
    if (is_blank(flowed.blank_pages, index)) continue;
    const TextArea area = text_area_on_page(document.page, index);
    const std::array<const std::string*, 3> texts = slot_texts(region, document.page, index);
    for (size_t slot = 0; slot < slots.size(); ++slot) {
      std::string filled = fill_page_numbers(*texts[slot], index + 1, pages.size());
      replace_all(filled, "{{section}}", sections[index]);
      std::optional<TextRun> run = slots[slot].run_for(filled, area, context);
      if (!run) continue;
      run->baseline = baseline;
      pages[index].items.push_back(std::move(*run));
    }
  }
}

}  // namespace

std::string fill_page_numbers(std::string_view text, size_t page_number, size_t page_count) {
  std::string filled(text);
  replace_all(filled, "{{page}}", std::to_string(page_number));
  replace_all(filled, "{{pages}}", std::to_string(page_count));
  return filled;
}

void add_running_text(const DocTree& document, FlowedPages& flowed, TypesettingContext& context) {
  const PageDef& page = document.page;
  const std::vector<std::string_view> sections = sections_of(flowed.outline, flowed.pages.size());
  if (document.header) {
    add_region(*document.header, 0, page.margin_top, document, sections, flowed, context);
  }
  if (document.footer) {
    add_region(*document.footer, page.height - page.margin_bottom, page.margin_bottom, document,
               sections, flowed, context);
  }
}

}  // namespace handout
