#pragma once

// Helpers shared by the loader tests: diagnostics as comparable text, and templates loaded
// from memory with the repository's fonts.

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <variant>

#include "core/diagnostic.h"
#include "load/template_loader.h"

namespace handout::load_test {

// A block's own struct, which must be of kind `Def`.
template <typename Def>
const Def& block_as(const BodyBlockDef& block) {
  const Def* def = std::get_if<Def>(&block.body);
  REQUIRE_MESSAGE(def != nullptr, "the block is of kind " << block.body.index());
  return *def;
}

// Diagnostics as "line:col: message" lines, each hint on its own line below.
inline std::string rendered(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    text += std::to_string(diagnostic.where.line) + ":" + std::to_string(diagnostic.where.column) +
            ": " + diagnostic.message + "\n";
    for (const std::string& hint : diagnostic.hints) text += "  hint: " + hint + "\n";
  }
  return text;
}

// What a template needs besides its page: a font family, the styles `body` and `footer`, and a
// body.
inline const char* const kAfterPage =
    "fonts: {sans: {regular: NotoSans-Regular.ttf}}\n"
    "styles: {body: {}, footer: {}}\n"
    "body: [paragraph: x]\n";

// Lines 1-6 of a template for testing its body: fonts and the styles body, heading and note.
inline const char* const kBodyHead =
    "fonts:\n"
    "  sans: {regular: NotoSans-Regular.ttf, bold: NotoSans-Bold.ttf}\n"
    "styles:\n"
    "  body: {size: 10pt}\n"
    "  heading: {based-on: body, weight: bold}\n"
    "  note: {based-on: body}\n";

// Loads `yaml` as templates/test.yaml, finding fonts in the repository's fonts/ folder.
inline std::optional<TemplateDef> load_template(const std::string& yaml, Diagnostics& diagnostics) {
  return load_template_text(yaml, "templates/test.yaml", {HANDOUT_SOURCE_DIR "/fonts"},
                            diagnostics);
}

// A template that must load without any diagnostic.
inline std::optional<TemplateDef> load_template_ok(const std::string& yaml) {
  Diagnostics diagnostics;
  std::optional<TemplateDef> layout = load_template(yaml, diagnostics);
  INFO(rendered(diagnostics));
  CHECK(diagnostics.all().empty());
  return layout;
}

// The diagnostics of a template that must fail to load.
inline std::string template_errors(const std::string& yaml) {
  Diagnostics diagnostics;
  CHECK_FALSE(load_template(yaml, diagnostics).has_value());
  return rendered(diagnostics);
}

}  // namespace handout::load_test
