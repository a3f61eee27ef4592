#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "model/page_layout.h"

namespace handout {

// Writes the laid-out pages as PDF bytes with libharu: subset Type0 fonts, images, outline,
// document information. Returns nothing (and reports why) when the document cannot be written.
std::optional<std::string> write_pdf(const LaidOutDocument& document, Diagnostics& diagnostics);

}  // namespace handout
