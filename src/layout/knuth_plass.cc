#include "layout/knuth_plass.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace handout {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kWidthTolerance = 1e-6;
constexpr double kLinePenalty = 10;
constexpr double kHyphenPenalty = 50;
constexpr double kDoubleHyphenDemerits = 3000;
constexpr double kAdjacentFitnessDemerits = 3000;
constexpr int kMaxHyphensInARow = 2;
constexpr double kRaggedStretchEms = 3;
constexpr size_t kMostBreakPointsForTotalFit = 3000;

// One pass of the algorithm: which break points it may use and how loose a line may be.
struct Pass {
  bool hyphenate = false;
  double max_ratio = 1;  // adjustment ratio; 1 is TeX's badness 100
};

// A feasible way to end a line at a break point, with the best way to get there.
struct Node {
  long point = -1;  // index into breaks; -1 for the paragraph's start
  size_t line = 0;  // lines before this node's break (the line it starts)
  int fitness = 1;
  int hyphens_in_row = 0;
  bool flagged = false;
  double demerits = 0;
  long previous = -1;  // index into the node pool
};

// TeX caps badness at 10000, which makes every very loose line equally bad; when a paragraph
// cannot avoid one (the last pass), the loosest must still cost the most, and a line that cannot
// stretch at all (a lone word) more than any of them.
double ranking_badness(double ratio) {
  constexpr double kUnstretchable = 1e7;
  if (std::isinf(ratio)) return kUnstretchable;
  return std::min(kUnstretchable, 100 * std::pow(std::abs(ratio), 3));
}

int fitness_class(double ratio) {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

double penalty_of(const BreakPoint& point) {
  if (point.kind == BreakKind::hyphen) return kHyphenPenalty;
  if (point.flagged) return kHyphenPenalty;  // after an explicit hyphen
  return 0;
}

bool ends_paragraph_or_line(const BreakPoint& point) {
  return point.kind == BreakKind::mandatory || point.kind == BreakKind::final;
}

class TotalFitBreaker {
 public:
  TotalFitBreaker(const ShapedParagraph& paragraph, const LineBreakingRules& rules)
      : paragraph_(paragraph), rules_(rules) {}

  std::optional<std::vector<LineSpan>> run(const Pass& pass) {
    pass_ = pass;
    pool_.assign(1, Node{});
    active_.assign(1, 0);
    const std::vector<BreakPoint>& breaks = paragraph_.breaks;
    for (size_t point = 0; point < breaks.size(); ++point) {
      if (breaks[point].kind == BreakKind::hyphen && !pass.hyphenate) continue;
      consider(point);
      if (active_.empty()) return std::nullopt;
    }
    return best_lines();
  }

 private:
  size_t start_of(const Node& node) const {
    return node.point < 0 ? 0 : paragraph_.breaks[static_cast<size_t>(node.point)].next;
  }

  // The adjustment ratio of a line from `node` to `point`: < -1 is overfull.
  double ratio(const Node& node, const BreakPoint& point) const {
    const size_t begin = start_of(node);
    const double natural = paragraph_.width_of(begin, point.end) + point.hyphen_width;
    const double slack = rules_.widths.of_line(node.line) - natural;
    const double spaces = paragraph_.stretchable_width_of(begin, point.end);
    const bool justified = rules_.align == TextAlign::justify;
    if (slack < -kWidthTolerance) {
      const double shrink = justified ? spaces * kJustifiedShrink : 0;
      return shrink > 0 ? slack / shrink : -kInfinity;
    }
    if (ends_paragraph_or_line(point)) return 0;
    const double stretch = justified ? spaces * kJustifiedStretch : rules_.em * kRaggedStretchEms;
    if (slack <= kWidthTolerance) return 0;
    return stretch > 0 ? slack / stretch : kInfinity;
  }

  struct Candidate {
    double demerits = kInfinity;
    long previous = -1;
    size_t line = 0;
  };

  void consider(size_t point_index) {
    const BreakPoint& point = paragraph_.breaks[point_index];
    // best[fitness][hyphens in row]
    Candidate best[4][kMaxHyphensInARow + 1];
    std::vector<long> still_active;
    still_active.reserve(active_.size());
    for (long node_index : active_) {
      const Node& node = pool_[static_cast<size_t>(node_index)];
      const double r = ratio(node, point);
      if (r < -1) continue;  // the line is overfull from here on: the node is done
      still_active.push_back(node_index);
      if (r > pass_.max_ratio) continue;
      const int hyphens = point.flagged ? node.hyphens_in_row + 1 : 0;
      if (hyphens > kMaxHyphensInARow) continue;
      const int fitness = fitness_class(r);
      const double demerits = node.demerits + line_demerits(node, point, r, fitness);
      Candidate& slot = best[fitness][hyphens];
      if (demerits < slot.demerits) slot = {demerits, node_index, node.line + 1};
    }
    if (ends_paragraph_or_line(point)) still_active.clear();
    active_ = std::move(still_active);
    for (int fitness = 0; fitness < 4; ++fitness) {
      for (int hyphens = 0; hyphens <= kMaxHyphensInARow; ++hyphens) {
        const Candidate& found = best[fitness][hyphens];
        if (found.previous < 0) continue;
        pool_.push_back({static_cast<long>(point_index), found.line, fitness, hyphens,
                         point.flagged, found.demerits, found.previous});
        active_.push_back(static_cast<long>(pool_.size() - 1));
      }
    }
  }

  double line_demerits(const Node& from, const BreakPoint& point, double r, int fitness) const {
    const double badness = ranking_badness(r);
    double demerits = (kLinePenalty + badness) * (kLinePenalty + badness);
    const double penalty = penalty_of(point);
    demerits += penalty * penalty;
    if (point.flagged && from.flagged) demerits += kDoubleHyphenDemerits;
    if (std::abs(fitness - from.fitness) > 1) demerits += kAdjacentFitnessDemerits;
    return demerits;
  }

  std::optional<std::vector<LineSpan>> best_lines() const {
    const long final_point = static_cast<long>(paragraph_.breaks.size() - 1);
    long best = -1;
    for (long node_index : active_) {
      const Node& node = pool_[static_cast<size_t>(node_index)];
      if (node.point != final_point) continue;
      if (best < 0 || node.demerits < pool_[static_cast<size_t>(best)].demerits) best = node_index;
    }
    if (best < 0) return std::nullopt;
    std::vector<LineSpan> lines;
    for (long at = best; pool_[static_cast<size_t>(at)].point >= 0;
         at = pool_[static_cast<size_t>(at)].previous) {
      const Node& node = pool_[static_cast<size_t>(at)];
      const BreakPoint& point = paragraph_.breaks[static_cast<size_t>(node.point)];
      const size_t begin = start_of(pool_[static_cast<size_t>(node.previous)]);
      lines.push_back(
          {begin, point.end, ends_paragraph_or_line(point), point.kind == BreakKind::hyphen});
    }
    std::reverse(lines.begin(), lines.end());
    return lines;
  }

  const ShapedParagraph& paragraph_;
  const LineBreakingRules& rules_;
  Pass pass_;
  std::vector<Node> pool_;
  std::vector<long> active_;
};

// First-fit over the break points; linear in the glyphs.
class GreedyBreaker {
 public:
  GreedyBreaker(const ShapedParagraph& paragraph, const LineBreakingRules& rules)
      : paragraph_(paragraph), rules_(rules) {}

  std::vector<LineSpan> run() {
    std::vector<LineSpan> lines;
    const std::vector<BreakPoint>& breaks = paragraph_.breaks;
    size_t begin = 0;
    size_t point = 0;
    while (begin < paragraph_.glyphs.size()) {
      while (point < breaks.size() && breaks[point].end <= begin &&
             breaks[point].kind != BreakKind::final) {
        ++point;
      }
      const double room = rules_.widths.of_line(lines.size()) + kWidthTolerance;
      const long fit = last_fitting(begin, point, room);
      if (fit < 0) {
        const size_t end = end_of_clusters_that_fit(paragraph_, begin, breaks[point].end, room);
        lines.push_back({begin, end, false, false, end < breaks[point].end});
        begin = end;
        continue;
      }
      const BreakPoint& chosen = breaks[static_cast<size_t>(fit)];
      lines.push_back(
          {begin, chosen.end, ends_paragraph_or_line(chosen), chosen.kind == BreakKind::hyphen});
      begin = chosen.next;
      point = static_cast<size_t>(fit) + 1;
    }
    return lines;
  }

 private:
  // The last break point from `point` on whose line fits in `room`; -1 if not even the first.
  long last_fitting(size_t begin, size_t point, double room) const {
    const std::vector<BreakPoint>& breaks = paragraph_.breaks;
    long fit = -1;
    const bool justified = rules_.align == TextAlign::justify;
    for (size_t i = point; i < breaks.size(); ++i) {
      const BreakPoint& candidate = breaks[i];
      const double shrink =
          justified ? paragraph_.stretchable_width_of(begin, candidate.end) * kJustifiedShrink : 0;
      const double width = paragraph_.width_of(begin, candidate.end);
      if (width - shrink > room) break;
      if (width + candidate.hyphen_width - shrink <= room) fit = static_cast<long>(i);
      if (ends_paragraph_or_line(candidate)) break;
    }
    return fit;
  }

  const ShapedParagraph& paragraph_;
  const LineBreakingRules& rules_;
};

bool has_hyphenation_points(const ShapedParagraph& paragraph) {
  return std::any_of(paragraph.breaks.begin(), paragraph.breaks.end(),
                     [](const BreakPoint& point) { return point.kind == BreakKind::hyphen; });
}

}  // namespace

double line_badness(double ratio) {
  if (std::isinf(ratio)) return 10000;
  return std::min(10000.0, 100 * std::pow(std::abs(ratio), 3));
}

std::vector<LineSpan> break_paragraph_greedily(const ShapedParagraph& paragraph,
                                               const LineBreakingRules& rules) {
  if (paragraph.glyphs.empty() || paragraph.breaks.empty()) return {};
  return GreedyBreaker(paragraph, rules).run();
}

std::vector<LineSpan> break_paragraph(const ShapedParagraph& paragraph,
                                      const LineBreakingRules& rules) {
  if (paragraph.glyphs.empty() || paragraph.breaks.empty()) return {};
  if (paragraph.breaks.size() > kMostBreakPointsForTotalFit) {
    return break_paragraph_greedily(paragraph, rules);
  }
  TotalFitBreaker breaker(paragraph, rules);
  if (auto lines = breaker.run({false, 1.0})) return *lines;
  const bool hyphenate = has_hyphenation_points(paragraph);
  if (hyphenate) {
    if (auto lines = breaker.run({true, kLoosestAcceptedRatio})) return *lines;
  }
  if (auto lines = breaker.run({hyphenate, kInfinity})) return *lines;
  return break_paragraph_greedily(paragraph, rules);
}

double adjustment_ratio(const ShapedParagraph& paragraph, const LineSpan& line, double natural,
                        double width) {
  const double slack = width - natural;
  const double spaces = paragraph.stretchable_width_of(line.begin, line.end);
  const double give = spaces * (slack >= 0 ? kJustifiedStretch : kJustifiedShrink);
  if (give > 0) return slack / give;
  if (std::abs(slack) <= kWidthTolerance) return 0;
  return slack > 0 ? kInfinity : -kInfinity;
}

double total_badness(const ShapedParagraph& paragraph, const std::vector<LineSpan>& lines,
                     const LineBreakingRules& rules) {
  double total = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].last) continue;
    const LineSpan& line = lines[i];
    if (paragraph.stretchable_width_of(line.begin, line.end) <= 0) {
      total += 10000;
      continue;
    }
    const double natural = paragraph.width_of(line.begin, line.end);
    total += line_badness(adjustment_ratio(paragraph, line, natural, rules.widths.of_line(i)));
  }
  return total;
}

}  // namespace handout
