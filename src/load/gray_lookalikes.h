#pragma once

#include <string>
#include <vector>

#include "core/color.h"
#include "core/diagnostic.h"
#include "model/template_model.h"

namespace handout {

// A colour the template writes itself, what it colours and where it is written.
struct TemplateColorUse {
  std::string role;  // "style 'heading'", "the column rule", "a callout's border", ...
  Color color;
  SourceLocation where;
};

// Every colour the template writes (page rules, styles, body blocks, partials included), in the
// order they are written, the template's own file first. Defaults are left out: they are greys,
// which stay as they are, and they have no position to point at.
std::vector<TemplateColorUse> template_color_uses(const TemplateDef& layout);

// Two greys closer than this (on the 0..1 scale of gray_level) look alike on paper. Laser and
// inkjet office printers draw greys as halftone dots, with dot gain that closes up the middle
// tones, and text and thin rules show only a few pixels of each: in practice about a dozen
// levels can be told apart between separate things on a page, not the 256 of the file. 8% is
// the step between a dozen levels; side-by-side patches show smaller differences, which is why
// the threshold is not the 1 to 2% of a just-noticeable difference.
constexpr double kGrayLookalikeThreshold = 0.08;

struct GrayLookalike {
  TemplateColorUse first;  // the one written first
  TemplateColorUse second;
};

// Pairs of colours that are told apart in colour (some sRGB component differs by the threshold
// or more) but not in grey (their grey levels differ by less), each pair of colours once,
// named by the first use of each colour.
std::vector<GrayLookalike> gray_lookalikes(const std::vector<TemplateColorUse>& uses);

// A warning for each pair gray_lookalikes finds in the template, at the first colour's position
// and naming the second's.
void warn_gray_lookalikes(const TemplateDef& layout, Diagnostics& diagnostics);

}  // namespace handout
