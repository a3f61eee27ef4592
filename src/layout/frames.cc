#include "layout/frames.h"

#include <algorithm>
#include <cmath>

namespace handout {
namespace {

// `count` equal cells across `length`, `gap` apart; never negative.
double cell_length(double length, int count, double gap) {
  return std::max(0.0, (length - gap * (count - 1)) / count);
}

std::vector<TextArea> columns_in(const TextArea& area, int columns, double gap) {
  const int count = std::max(1, columns);
  const double width = cell_length(area.width, count, gap);
  std::vector<TextArea> frames;
  for (int i = 0; i < count; ++i) {
    frames.push_back({area.left + i * (width + gap), area.top, width, area.height});
  }
  return frames;
}

// The cards' outer edges, before padding: where the cut lines go.
std::vector<TextArea> cards_in(const TextArea& area, const CardGridDef& grid) {
  const int columns = std::max(1, grid.columns);
  const int rows = std::max(1, grid.rows);
  const double width = cell_length(area.width, columns, grid.gap);
  const double height = cell_length(area.height, rows, grid.gap);
  std::vector<TextArea> cards;
  for (int row = 0; row < rows; ++row) {
    for (int column = 0; column < columns; ++column) {
      cards.push_back({area.left + column * (width + grid.gap),
                       area.top + row * (height + grid.gap), width, height});
    }
  }
  return cards;
}

TextArea inset(const TextArea& card, double padding) {
  const double x = std::min(std::max(0.0, padding), card.width / 2);
  const double y = std::min(std::max(0.0, padding), card.height / 2);
  return {card.left + x, card.top + y, card.width - 2 * x, card.height - 2 * y};
}

void add_column_rules(const PageDef& page, const RuleDef& rule, size_t filled, double bottom,
                      size_t page_index, LaidOutPage& laid_out) {
  const TextArea area = text_area_on_page(page, page_index);
  const std::vector<TextArea> frames = frames_on_page(page, page_index);
  for (size_t gap = 0; gap + 1 < frames.size() && gap + 1 < filled; ++gap) {
    const double x = (frames[gap].right() + frames[gap + 1].left) / 2;
    laid_out.items.push_back(
        DrawnLine{x, area.top, x, bottom, rule.width, rule.color, rule.dashed});
  }
}

bool same_line(const DrawnLine& a, const DrawnLine& b) {
  constexpr double kSame = 1e-6;
  return std::abs(a.x1 - b.x1) < kSame && std::abs(a.y1 - b.y1) < kSame &&
         std::abs(a.x2 - b.x2) < kSame && std::abs(a.y2 - b.y2) < kSame;
}

// Cards that touch share an edge: it is cut (and drawn) once.
void add_cut_lines(const PageDef& page, const CardGridDef& grid, size_t page_index,
                   LaidOutPage& laid_out) {
  const RuleDef& rule = *grid.cut_lines;
  std::vector<DrawnLine> lines;
  for (const TextArea& card : cards_in(text_area_on_page(page, page_index), grid)) {
    const DrawnLine edges[] = {
        {card.left, card.top, card.right(), card.top, rule.width, rule.color, rule.dashed},
        {card.left, card.bottom(), card.right(), card.bottom(), rule.width, rule.color,
         rule.dashed},
        {card.left, card.top, card.left, card.bottom(), rule.width, rule.color, rule.dashed},
        {card.right(), card.top, card.right(), card.bottom(), rule.width, rule.color, rule.dashed}};
    for (const DrawnLine& edge : edges) {
      auto same = [&](const DrawnLine& line) { return same_line(line, edge); };
      if (std::none_of(lines.begin(), lines.end(), same)) lines.push_back(edge);
    }
  }
  for (DrawnLine& line : lines) laid_out.items.push_back(line);
}

}  // namespace

TextArea text_area_on_page(const PageDef& page, size_t page_index) {
  PageDef margins = page;
  if (page.two_sided && page_index % 2 == 1) {
    std::swap(margins.margin_left, margins.margin_right);
  }
  return text_area_of(margins);
}

std::vector<TextArea> frames_on_page(const PageDef& page, size_t page_index) {
  const TextArea area = text_area_on_page(page, page_index);
  if (!page.cards) return columns_in(area, page.columns, page.column_gap);
  std::vector<TextArea> frames = cards_in(area, *page.cards);
  for (TextArea& card : frames) card = inset(card, page.cards->padding);
  return frames;
}

TextArea first_frame_of(const PageDef& page) { return frames_on_page(page, 0).front(); }

std::vector<TextArea> cards_on_page(const PageDef& page, size_t page_index) {
  if (!page.cards) return {};
  return cards_in(text_area_on_page(page, page_index), *page.cards);
}

TextArea bleed_reach(const PageDef& page, size_t page_index, size_t frame_index) {
  if (page.cards) {
    const TextArea card = cards_on_page(page, page_index).at(frame_index);
    const double reach = std::min(page.bleed, std::max(0.0, page.cards->gap) / 2);
    return {card.left - reach, card.top - reach, card.width + 2 * reach, card.height + 2 * reach};
  }
  const std::vector<TextArea> frames = frames_on_page(page, page_index);
  const TextArea& frame = frames.at(frame_index);
  const double left = frame_index == 0 ? -page.bleed : frame.left;
  const double right = frame_index + 1 == frames.size() ? page.width + page.bleed : frame.right();
  return {left, -page.bleed, right - left, page.height + 2 * page.bleed};
}

void add_frame_lines(const PageDef& page, const std::vector<size_t>& frames_filled,
                     const std::vector<double>& column_bottoms, std::vector<LaidOutPage>& pages) {
  for (size_t index = 0; index < pages.size(); ++index) {
    if (page.cards && page.cards->cut_lines) {
      add_cut_lines(page, *page.cards, index, pages[index]);
    } else if (!page.cards && page.column_rule && index < frames_filled.size()) {
      const double bottom = index < column_bottoms.size() ? column_bottoms[index]
                                                          : text_area_on_page(page, index).bottom();
      add_column_rules(page, *page.column_rule, frames_filled[index], bottom, index, pages[index]);
    }
  }
}

}  // namespace handout
