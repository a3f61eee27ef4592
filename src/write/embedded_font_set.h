#pragma once

#include <map>
#include <memory>
#include <vector>

#include "model/page_layout.h"
#include "write/embedded_font.h"
#include "write/libharu_session.h"

namespace handout {

// The document's fonts: one per face, created when a run first uses the face.
class EmbeddedFontSet {
 public:
  explicit EmbeddedFontSet(LibharuSession& session) : session_(session) {}

  // The font for the run's face with the run's glyphs recorded; null when it cannot be made.
  EmbeddedFont* font_for(const TextRun& run);

  // Finishes every font, in order of first use so that output is reproducible. The font files
  // are subset and deflated first, on up to `threads` threads (0: the hardware's count).
  bool finish_all(unsigned threads);

  // How each font was embedded, in order of first use.
  std::vector<FontEmbedding> embeddings() const;

 private:
  LibharuSession& session_;
  std::vector<std::unique_ptr<EmbeddedFont>> fonts_;
  std::map<const FontFace*, EmbeddedFont*> by_face_;
};

}  // namespace handout
