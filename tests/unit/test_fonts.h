#pragma once

// The bundled faces for tests, each loaded once per test binary.

#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <string>

#include "text/font_face.h"

namespace handout::test_fonts {

// A face from the repository's fonts/ folder (e.g. "NotoSans-Bold.ttf", "DejaVuSans.ttf").
inline std::shared_ptr<const FontFace> bundled(const std::string& file = "NotoSans-Regular.ttf") {
  static std::map<std::string, std::shared_ptr<const FontFace>> loaded;
  auto& face = loaded[file];
  if (!face) {
    Diagnostics diagnostics;
    face = FontFace::load(std::string(HANDOUT_SOURCE_DIR) + "/fonts/" + file, {}, diagnostics);
    REQUIRE(face != nullptr);
  }
  return face;
}

}  // namespace handout::test_fonts
