#include "layout/running_text.h"

#include <array>
#include <optional>

#include "core/whitespace.h"
#include "layout/line_setting.h"
#include "layout/paragraph_shaping.h"

namespace handout {
namespace {

void replace_all(std::string& text, std::string_view placeholder, const std::string& value) {
  for (size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size())) {
    text.replace(at, placeholder.size(), value);
  }
}

// One slot of a header or footer. Consecutive pages often give it the same text (a title, or
// no page number at all), so the last run is kept and reused instead of shaped again.
class RunningSlot {
 public:
  RunningSlot(const std::string& text, const TextStyle& style, LineSlot slot)
      : text_(text), style_(style), slot_(slot), empty_(fold_whitespace(text).empty()) {}

  bool empty() const { return empty_; }

  TextRun run_for_page(size_t page_number, size_t page_count, TypesettingContext& context) {
    std::string filled = fill_page_numbers(text_, page_number, page_count);
    if (filled != last_text_ || !last_run_) {
      const ShapedParagraph line =
          shape_paragraph(filled, style_, context.language, context.missing_glyphs, style_.where);
      last_run_ = set_line(line, {0, line.glyphs.size(), true}, slot_, style_);
      last_text_ = std::move(filled);
    }
    return *last_run_;
  }

 private:
  const std::string& text_;
  const TextStyle& style_;
  LineSlot slot_;
  bool empty_;
  std::string last_text_;
  std::optional<TextRun> last_run_;
};

void add_region(const RunningText& region, double band_top, double band_height,
                const TextArea& area, std::vector<LaidOutPage>& pages,
                TypesettingContext& context) {
  if (!face_is_loaded(region.style, region.style.where, context.diagnostics)) return;
  std::array<RunningSlot, 3> slots = {
      RunningSlot(region.left, region.style, {area.left, area.width, TextAlign::left}),
      RunningSlot(region.center, region.style, {area.left, area.width, TextAlign::center}),
      RunningSlot(region.right, region.style, {area.left, area.width, TextAlign::right})};
  const double line_top = band_top + (band_height - region.style.leading) / 2;
  const double baseline = line_top + baseline_below_line_top(region.style);
  for (size_t index = region.on_first_page ? 0 : 1; index < pages.size(); ++index) {
    for (RunningSlot& slot : slots) {
      if (slot.empty()) continue;
      TextRun run = slot.run_for_page(index + 1, pages.size(), context);
      run.baseline = baseline;
      pages[index].items.push_back(std::move(run));
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

void add_running_text(const DocTree& document, const TextArea& area,
                      std::vector<LaidOutPage>& pages, TypesettingContext& context) {
  const PageDef& page = document.page;
  if (document.header) {
    add_region(*document.header, 0, page.margin_top, area, pages, context);
  }
  if (document.footer) {
    add_region(*document.footer, page.height - page.margin_bottom, page.margin_bottom, area, pages,
               context);
  }
}

}  // namespace handout
