// Fuzz target: data YAML -> bind -> fonts and figures -> layout -> PDF bytes in memory.
//
// The input is a data file, optionally followed by a template (fuzz_inputs.h); without one the
// data is rendered with the bundled template its `template` key names, else 'handout'. Figures
// are found as if the data were in the bundled data/ folder. Nothing is written to disk, and
// layout and writing run on this thread only, so that a run is reproducible.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "bind/binder.h"
#include "bind/data_contract_check.h"
#include "bind/resource_loading.h"
#include "fuzz_checks.h"
#include "fuzz_inputs.h"
#include "layout/layout_document.h"
#include "write/pdf_writer.h"

namespace handout::fuzz {
namespace {

// What the app's World holds, kept across runs as a batch keeps it.
ResourceCaches& fuzz_caches() {
  static auto* caches = new ResourceCaches;
  return *caches;
}
HyphenationDictionaries& fuzz_dictionaries() {
  static auto* dictionaries = new HyphenationDictionaries;
  return *dictionaries;
}

// A bound document and the images its tree names.
struct LoadedDocument {
  DocTree tree;
  DocumentImages images;
};

std::optional<LoadedDocument> bind_with_resources(const HandoutData& data,
                                                  const TemplateDef& layout,
                                                  Diagnostics& diagnostics) {
  check_data_contract(data, layout.contract, diagnostics);
  check_failure_is_reported(true, diagnostics, "check data contract");
  if (diagnostics.has_errors()) return std::nullopt;
  DocTree document = bind_document(data, layout, diagnostics);
  check_failure_is_reported(true, diagnostics, "bind");
  if (diagnostics.has_errors()) return std::nullopt;
  DocumentImages images = load_resources(document, fuzz_read_root(), fuzz_caches(), diagnostics);
  check_failure_is_reported(true, diagnostics, "load resources");
  if (diagnostics.has_errors()) return std::nullopt;
  return LoadedDocument{std::move(document), std::move(images)};
}

void lay_out_and_write(const LoadedDocument& document, Diagnostics& diagnostics) {
  LaidOutDocument pages = layout_document(
      document.tree, diagnostics,
      {.threads = 1, .hyphenation = &fuzz_dictionaries(), .images = &document.images});
  check_failure_is_reported(true, diagnostics, "layout");
  if (diagnostics.has_errors()) return;
  std::optional<std::string> pdf = write_pdf(pages, diagnostics, {.threads = 1});
  check_failure_is_reported(pdf.has_value(), diagnostics, "write");
  if (pdf) check_pdf_bytes(*pdf);
}

void render_to_memory(std::string_view input) {
  DataAndTemplate parts = split_data_and_template(input);
  Diagnostics diagnostics;
  std::optional<HandoutData> data = load_fuzz_data(parts.data, diagnostics);
  if (!data || diagnostics.has_errors()) return;
  const std::future<void> layout_ready =
      prepare_layout(document_language(*data), fuzz_dictionaries());
  std::optional<TemplateDef> own_template = load_own_template(parts, diagnostics);
  if (diagnostics.has_errors()) return;
  std::optional<LoadedDocument> document =
      bind_with_resources(*data, template_for(own_template, *data), diagnostics);
  if (document) lay_out_and_write(*document, diagnostics);
}

}  // namespace
}  // namespace handout::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  handout::fuzz::render_to_memory(std::string_view(reinterpret_cast<const char*>(bytes), size));
  return 0;
}
