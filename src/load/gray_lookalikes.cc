#include "load/gray_lookalikes.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <variant>

#include "core/gray_level.h"

namespace handout {
namespace {

bool before(const SourceLocation& a, const SourceLocation& b) {
  return std::tie(a.line, a.column) < std::tie(b.line, b.column);
}

// A style based on another shares its colour and the colour's position. The use is named after
// the style whose mapping holds the colour: the last style key in that file before it.
bool writes_its_color(const StyleDef& style, const std::map<std::string, StyleDef>& styles) {
  const SourceLocation& color = style.color_where;
  if (style.where.file != color.file || before(color, style.where)) return false;
  return std::none_of(styles.begin(), styles.end(), [&](const auto& other) {
    const SourceLocation& key = other.second.where;
    return key.file == color.file && before(style.where, key) && before(key, color);
  });
}

void add_use(std::vector<TemplateColorUse>& uses, std::string role, const Color& color,
             const SourceLocation& where) {
  if (where.has_position()) uses.push_back({std::move(role), color, where});
}

void add_block_uses(const std::vector<BodyBlockDef>& blocks, std::vector<TemplateColorUse>& uses) {
  for (const BodyBlockDef& block : blocks) {
    if (const auto* rule = std::get_if<RuleBlockDef>(&block.body)) {
      add_use(uses, "a rule", rule->color, rule->color_where);
    }
    if (const auto* callout = std::get_if<CalloutDef>(&block.body)) {
      if (callout->background) {
        add_use(uses, "a callout's background", *callout->background, callout->background_where);
      }
      if (callout->border) {
        add_use(uses, "a callout's border", *callout->border, callout->border_where);
      }
    }
    for (const std::vector<BodyBlockDef>* inner : nested_block_lists(block.body)) {
      add_block_uses(*inner, uses);
    }
  }
}

void sort_in_writing_order(std::vector<TemplateColorUse>& uses, const std::string& main_file) {
  std::stable_sort(uses.begin(), uses.end(), [&](const auto& a, const auto& b) {
    return std::make_tuple(a.where.file != main_file, a.where.file, a.where.line, a.where.column) <
           std::make_tuple(b.where.file != main_file, b.where.file, b.where.line, b.where.column);
  });
}

bool alike_in_color(const Color& a, const Color& b) {
  const double difference =
      std::max({std::abs(a.red - b.red), std::abs(a.green - b.green), std::abs(a.blue - b.blue)});
  return difference < kGrayLookalikeThreshold;
}

std::string black_percent(const Color& color) {
  return std::to_string(static_cast<int>(std::lround((1 - gray_level(color)) * 100))) + "%";
}

std::string position_text(const SourceLocation& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

}  // namespace

std::vector<TemplateColorUse> template_color_uses(const TemplateDef& layout) {
  std::vector<TemplateColorUse> uses;
  if (layout.page.column_rule) {
    add_use(uses, "the column rule", layout.page.column_rule->color,
            layout.page.column_rule->color_where);
  }
  if (layout.page.cards && layout.page.cards->cut_lines) {
    add_use(uses, "the cut lines", layout.page.cards->cut_lines->color,
            layout.page.cards->cut_lines->color_where);
  }
  for (const auto& [name, style] : layout.styles) {
    if (writes_its_color(style, layout.styles)) {
      add_use(uses, "style '" + name + "'", style.color, style.color_where);
    }
  }
  add_block_uses(layout.blocks, uses);
  sort_in_writing_order(uses, layout.source_file);
  return uses;
}

std::vector<GrayLookalike> gray_lookalikes(const std::vector<TemplateColorUse>& uses) {
  std::vector<const TemplateColorUse*> firsts;  // the first use of each distinct colour
  for (const TemplateColorUse& use : uses) {
    if (std::none_of(firsts.begin(), firsts.end(),
                     [&](const TemplateColorUse* seen) { return seen->color == use.color; })) {
      firsts.push_back(&use);
    }
  }
  std::vector<GrayLookalike> pairs;
  for (size_t i = 0; i < firsts.size(); ++i) {
    for (size_t j = i + 1; j < firsts.size(); ++j) {
      const Color& a = firsts[i]->color;
      const Color& b = firsts[j]->color;
      if (alike_in_color(a, b)) continue;
      if (std::abs(gray_level(a) - gray_level(b)) < kGrayLookalikeThreshold) {
        pairs.push_back({*firsts[i], *firsts[j]});
      }
    }
  }
  return pairs;
}

void warn_gray_lookalikes(const TemplateDef& layout, Diagnostics& diagnostics) {
  for (const GrayLookalike& pair : gray_lookalikes(template_color_uses(layout))) {
    const TemplateColorUse& first = pair.first;
    const TemplateColorUse& second = pair.second;
    diagnostics.warning(
        first.where,
        "under --grayscale, the colours of " + first.role + " (" + color_text(first.color) +
            ") and " + second.role + " (" + color_text(second.color) + ", " +
            position_text(second.where) + ") become nearly the same grey (" +
            black_percent(first.color) + " and " + black_percent(second.color) +
            " black); they will look alike",
        {"make one of them lighter or darker: greys less than 8% apart are hard to tell apart "
         "on paper"});
  }
}

}  // namespace handout
