#include "preflight/color_findings.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace handout {
namespace {

// Neutral to within half a step of 8-bit sRGB.
constexpr double kNeutralTolerance = 0.5 / 255;

bool is_neutral(const Color& color) {
  if (color.gray) return true;
  if (color.cmyk) {
    return color.cmyk->cyan == 0 && color.cmyk->magenta == 0 && color.cmyk->yellow == 0;
  }
  return std::abs(color.red - color.green) <= kNeutralTolerance &&
         std::abs(color.green - color.blue) <= kNeutralTolerance;
}

bool has_inks(const PageItem& item) {
  if (const auto* run = std::get_if<TextRun>(&item)) return run->color.cmyk.has_value();
  if (const auto* line = std::get_if<DrawnLine>(&item)) return line->color.cmyk.has_value();
  if (const auto* box = std::get_if<DrawnBox>(&item)) {
    return (box->fill && box->fill->cmyk) || (box->stroke && box->stroke->cmyk);
  }
  return false;
}

// A colour of a page that does not print as given, and what it colours there.
struct OffModeColor {
  Color color;
  std::vector<std::string> uses;  // "text", "lines", "boxes", in order of first use
};

// The colours of one page that do not print as given, in order of first use.
class PageColors {
 public:
  explicit PageColors(JobColorMode mode) : mode_(mode) {}

  void add(const PageItem& item) {
    if (const auto* run = std::get_if<TextRun>(&item)) add(run->color, "text");
    if (const auto* line = std::get_if<DrawnLine>(&item)) add(line->color, "lines");
    if (const auto* box = std::get_if<DrawnBox>(&item)) {
      if (box->fill) add(*box->fill, "boxes");
      if (box->stroke) add(*box->stroke, "boxes");
    }
  }

  const std::vector<OffModeColor>& colors() const { return colors_; }

 private:
  void add(const Color& color, const char* use) {
    if (prints_as_given(color, mode_)) return;
    auto found = std::find_if(colors_.begin(), colors_.end(),
                              [&color](const OffModeColor& known) { return known.color == color; });
    if (found == colors_.end()) found = colors_.insert(colors_.end(), {color, {}});
    if (std::find(found->uses.begin(), found->uses.end(), use) == found->uses.end()) {
      found->uses.push_back(use);
    }
  }

  JobColorMode mode_;
  std::vector<OffModeColor> colors_;
};

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == words.size() ? " and " : ", ") + words[i];
  }
  return text;
}

std::string consequence(JobColorMode mode) {
  return mode == JobColorMode::cmyk
             ? "in a CMYK job: the press converts it to inks as it sees fit"
             : "in a greyscale job: the printer turns it into a grey of its own choosing";
}

// The template's first use of the colour: its role and position. A built-in default colour (a
// style's black) has none.
const TemplateColor* written_at(const Color& color, const std::vector<TemplateColor>& written) {
  auto found = std::find_if(written.begin(), written.end(),
                            [&color](const TemplateColor& use) { return use.color == color; });
  return found == written.end() ? nullptr : &*found;
}

PreflightFinding color_finding(size_t page, const OffModeColor& found, JobColorMode mode,
                               const std::vector<TemplateColor>& written) {
  const TemplateColor* use = written_at(found.color, written);
  const std::string model = mode == JobColorMode::cmyk ? "sRGB colour " : "colour ";
  const std::string whose = use ? " (" + use->role + ")" : "";
  return {page, "rgb-color", FindingSeverity::warning,
          joined(found.uses) + " in the " + model + color_text(found.color) + whose + ", " +
              consequence(mode),
          use ? use->where : SourceLocation{}};
}

std::string image_name(const PlacedImage& image) {
  return image.figure_path.empty() ? "an image" : "figure '" + image.figure_path + "'";
}

void add_image_finding(size_t page, const PlacedImage& image, JobColorMode mode,
                       std::vector<PreflightFinding>& findings) {
  if (mode == JobColorMode::rgb || !image.image || image.image->color_channels < 3) return;
  findings.push_back({page, "rgb-image", FindingSeverity::warning,
                      image_name(image) + " is an RGB image, " + consequence(mode), image.where});
}

}  // namespace

JobColorMode job_color_mode(bool grayscale, const LaidOutDocument& document) {
  if (grayscale) return JobColorMode::gray;
  for (const LaidOutPage& page : document.pages) {
    if (std::any_of(page.items.begin(), page.items.end(), has_inks)) return JobColorMode::cmyk;
  }
  return JobColorMode::rgb;
}

bool prints_as_given(const Color& color, JobColorMode mode) {
  switch (mode) {
    case JobColorMode::rgb:
      return true;
    case JobColorMode::cmyk:
      return color.cmyk.has_value();
    case JobColorMode::gray:
      break;
  }
  return is_neutral(color);
}

std::vector<PreflightFinding> color_findings(const LaidOutDocument& document, JobColorMode mode,
                                             const std::vector<TemplateColor>& written) {
  std::vector<PreflightFinding> findings;
  if (mode == JobColorMode::rgb) return findings;
  for (size_t page = 0; page < document.pages.size(); ++page) {
    PageColors colors(mode);
    for (const PageItem& item : document.pages[page].items) {
      colors.add(item);
      if (const auto* image = std::get_if<PlacedImage>(&item)) {
        add_image_finding(page + 1, *image, mode, findings);
      }
    }
    for (const OffModeColor& found : colors.colors()) {
      findings.push_back(color_finding(page + 1, found, mode, written));
    }
  }
  return findings;
}

}  // namespace handout
