#include "preflight/color_findings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>

namespace handout {
namespace {

// Neutral to within half a step of 8-bit sRGB.
constexpr double kNeutralTolerance = 0.5 / 255;

bool is_neutral(const Color& color) {
  if (color.gray) return true;
  if (color.cmyk)
    return color.cmyk->cyan == 0 && color.cmyk->magenta == 0 && color.cmyk->yellow == 0;
  return std::abs(color.red - color.green) <= kNeutralTolerance &&
         std::abs(color.green - color.blue) <= kNeutralTolerance;
}

int byte_of(double component) {
  return static_cast<int>(std::lround(std::clamp(component, 0.0, 1.0) * 255));
}

int percent_of(double ink) {
  return static_cast<int>(std::lround(std::clamp(ink, 0.0, 1.0) * 100));
}

// As a template writes it: "#1f4e79", "cmyk(0%, 40%, 100%, 0%)".
std::string color_words(const Color& color) {
  char text[64];
  if (color.cmyk) {
    std::snprintf(text, sizeof text, "cmyk(%d%%, %d%%, %d%%, %d%%)", percent_of(color.cmyk->cyan),
                  percent_of(color.cmyk->magenta), percent_of(color.cmyk->yellow),
                  percent_of(color.cmyk->black));
  } else {
    std::snprintf(text, sizeof text, "#%02x%02x%02x", byte_of(color.red), byte_of(color.green),
                  byte_of(color.blue));
  }
  return text;
}

// The colours of one page that do not print as given, in order of first use, each with what it
// colours.
class PageColors {
 public:
  explicit PageColors(JobColorMode mode) : mode_(mode) {}

  void add(const Color& color, const char* use) {
    if (prints_as_given(color, mode_)) return;
    const std::string name = color_words(color);
    auto found = std::find_if(colors_.begin(), colors_.end(),
                              [&name](const auto& entry) { return entry.first == name; });
    if (found == colors_.end()) {
      colors_.push_back({name, {}});
      found = colors_.end() - 1;
    }
    if (std::find(found->second.begin(), found->second.end(), use) == found->second.end()) {
      found->second.push_back(use);
    }
  }

  void add(const PageItem& item) {
    if (const auto* run = std::get_if<TextRun>(&item)) add(run->color, "text");
    if (const auto* line = std::get_if<DrawnLine>(&item)) add(line->color, "lines");
    if (const auto* box = std::get_if<DrawnBox>(&item)) {
      if (box->fill) add(*box->fill, "boxes");
      if (box->stroke) add(*box->stroke, "boxes");
    }
  }

  const std::vector<std::pair<std::string, std::vector<std::string>>>& colors() const {
    return colors_;
  }

 private:
  JobColorMode mode_;
  std::vector<std::pair<std::string, std::vector<std::string>>> colors_;
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

std::string image_name(const PlacedImage& image) {
  return image.figure_path.empty() ? "an image" : "figure '" + image.figure_path + "'";
}

void add_image_finding(size_t page, const PlacedImage& image, JobColorMode mode,
                       std::vector<PreflightFinding>& findings) {
  if (mode == JobColorMode::rgb || !image.image || image.image->color_channels < 3) return;
  findings.push_back({page, "rgb-image", FindingSeverity::warning,
                      image_name(image) + " is an RGB image, " + consequence(mode), image.where});
}

bool has_inks(const PageItem& item) {
  if (const auto* run = std::get_if<TextRun>(&item)) return run->color.cmyk.has_value();
  if (const auto* line = std::get_if<DrawnLine>(&item)) return line->color.cmyk.has_value();
  if (const auto* box = std::get_if<DrawnBox>(&item)) {
    return (box->fill && box->fill->cmyk) || (box->stroke && box->stroke->cmyk);
  }
  return false;
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

std::vector<PreflightFinding> color_findings(const LaidOutDocument& document, JobColorMode mode) {
  std::vector<PreflightFinding> findings;
  if (mode == JobColorMode::rgb) return findings;
  const std::string model = mode == JobColorMode::cmyk ? "sRGB colour " : "colour ";
  for (size_t page = 0; page < document.pages.size(); ++page) {
    PageColors colors(mode);
    for (const PageItem& item : document.pages[page].items) {
      colors.add(item);
      if (const auto* image = std::get_if<PlacedImage>(&item)) {
        add_image_finding(page + 1, *image, mode, findings);
      }
    }
    for (const auto& [name, uses] : colors.colors()) {
      findings.push_back({page + 1,
                          "rgb-color",
                          FindingSeverity::warning,
                          joined(uses) + " in the " + model + name + ", " + consequence(mode),
                          {}});
    }
  }
  return findings;
}

}  // namespace handout
