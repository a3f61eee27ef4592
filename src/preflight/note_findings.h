#pragma once

#include <vector>

#include "model/layout_note.h"
#include "preflight/preflight_report.h"

namespace handout {

// What layout noted while setting lines and pages: words broken inside and lines running past
// their column (warnings), loose justified lines (info), headings moved on to stay with their
// text (info) or left without it (warnings). Missing glyphs are glyph_findings' to report.
std::vector<PreflightFinding> note_findings(const std::vector<LayoutNote>& notes);

}  // namespace handout
