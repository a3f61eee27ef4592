#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/color.h"
#include "core/source_location.h"
#include "model/font_embedding.h"
#include "model/page_layout.h"

namespace handout {

// What the printer at hand prints: colour as sRGB (any office printer, the screen), CMYK inks
// (a press), or grey (a monochrome printer, --grayscale). Content in another model is reported.
enum class JobColorMode { rgb, cmyk, gray };

enum class FindingSeverity {
  info,     // a fact worth knowing (a figure's resolution, a font embedded, a heading moved)
  warning,  // something that prints worse than it should; an error under --werror
  error,    // the document cannot be printed as asked (over its page budget)
};

// One line of the preflight report.
struct PreflightFinding {
  size_t page = 0;   // counted from 1; 0: the whole document
  std::string kind;  // what is checked, e.g. "missing-glyph" (docs/printing.md lists them)
  FindingSeverity severity = FindingSeverity::info;
  std::string message;
  SourceLocation where;  // the text, figure, template key or font file; may be empty
};

// The page budget (the template's `fit` or --fit-pages) and what copyfitting did for it.
struct PageBudget {
  int pages = 0;                         // 0: none
  std::vector<std::string> steps_taken;  // in words, e.g. "text size 92%"
  SourceLocation where;                  // the template's `fit`; empty when --fit-pages set it
};

// A colour the template writes: what it colours ("style 'title'") and where, so that a finding
// about a colour can point at the template key to change.
struct TemplateColor {
  Color color;
  std::string role;
  SourceLocation where;
};

// What a report is made from: the laid-out pages with layout's notes, what the writer embedded
// (null when the document was not written: over its budget), the page budget and the job's
// colour mode.
struct PreflightInput {
  const LaidOutDocument& document;
  const std::vector<FontEmbedding>* fonts = nullptr;
  PageBudget budget;
  JobColorMode color_mode = JobColorMode::rgb;
  std::vector<TemplateColor> template_colors;
};

struct PreflightReport {
  size_t page_count = 0;
  PageBudget budget;
  std::vector<PreflightFinding> findings;  // the whole document's first, then page by page

  size_t count(FindingSeverity severity) const;
};

// Checks the laid-out document for print: lines broken inside words or running into the
// margin, loose lines, headings moved or left alone, figures' resolution and alt text, characters
// the fonts lack, colours and images outside the job's colour mode, fonts not embedded, pages
// over the budget.
PreflightReport preflight_report(const PreflightInput& input);

// "info", "warning", "error".
const char* severity_name(FindingSeverity severity);

}  // namespace handout
