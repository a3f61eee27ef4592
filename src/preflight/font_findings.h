#pragma once

#include <vector>

#include "model/font_embedding.h"
#include "model/page_layout.h"
#include "preflight/preflight_report.h"

namespace handout {

// Every font the pages' text uses, at its file: how the writer embedded it (info when embedded
// and subset) and on which pages it is used. A warning for a font not embedded, whether the
// writer says so or does not know the font at all.
std::vector<PreflightFinding> font_findings(const LaidOutDocument& document,
                                            const std::vector<FontEmbedding>& fonts);

// "1", "1-3", "1-3, 5": page numbers (counted from 1, ascending) with runs joined.
std::string page_ranges(const std::vector<size_t>& pages);

}  // namespace handout
