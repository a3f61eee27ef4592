#pragma once

#include <vector>

#include "model/page_layout.h"
#include "preflight/preflight_report.h"

namespace handout {

// The colour mode a job prints in: grey under --grayscale (or the template's `grayscale`); CMYK
// when its pages carry CMYK inks, which a template gives only for a press; else sRGB.
JobColorMode job_color_mode(bool grayscale, const LaidOutDocument& document);

// Whether `color` prints as given under `mode`: anything in an sRGB job, CMYK inks in a CMYK
// job, a grey (a neutral sRGB colour, or black ink alone) in a grey job.
bool prints_as_given(const Color& color, JobColorMode mode);

// Colours and images the job's colour mode does not print as given (warnings): in a CMYK job
// sRGB colours and RGB images, which the press converts to inks as it sees fit; in a grey job
// colour, which a monochrome printer turns into greys of its own choosing. One finding per page
// and colour, naming what it colours (text, lines, boxes) and, at its position, the first of
// `written` (the template's colours) that gives it; one per image, at the figure.
std::vector<PreflightFinding> color_findings(const LaidOutDocument& document, JobColorMode mode,
                                             const std::vector<TemplateColor>& written = {});

}  // namespace handout
