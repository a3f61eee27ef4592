#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/diagnostic.h"
#include "model/font_embedding.h"
#include "model/page_layout.h"

namespace handout {

struct PdfOptions {
  // How many threads compress the pages' content: 0 chooses (1 for a few pages, else the
  // hardware's thread count, at most 8). The bytes are the same for any count.
  unsigned threads = 0;
  // When set, filled with how each font was embedded (for the preflight report).
  std::vector<FontEmbedding>* embedded_fonts = nullptr;
  // Where the document's date comes from when its data has none (the app reads it once).
  Clock clock;
};

// Writes the laid-out pages as PDF bytes with libharu: subset Type0 fonts, images, outline,
// document information. Returns nothing (and reports why) when the document cannot be written.
std::optional<std::string> write_pdf(const LaidOutDocument& document, Diagnostics& diagnostics,
                                     const PdfOptions& options = {});

}  // namespace handout
