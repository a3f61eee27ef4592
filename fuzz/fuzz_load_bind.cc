// Fuzz target: data and template YAML -> load (data tree, template, data contract) -> bind.
//
// The input is a data file, optionally followed by a template (fuzz_inputs.h); without one the
// data binds to the bundled template its `template` key names, else 'handout'. Everything
// happens in memory; the only files read are those a template names (partials, fonts).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "bind/binder.h"
#include "bind/data_contract_check.h"
#include "fuzz_checks.h"
#include "fuzz_inputs.h"

namespace handout::fuzz {
namespace {

void load_and_bind(std::string_view input) {
  DataAndTemplate parts = split_data_and_template(input);
  Diagnostics diagnostics;
  std::optional<HandoutData> data = load_fuzz_data(parts.data, diagnostics);
  std::optional<TemplateDef> own_template = load_own_template(parts, diagnostics);
  if (!data || diagnostics.has_errors()) return;
  const TemplateDef& layout = template_for(own_template, *data);
  check_data_contract(*data, layout.contract, diagnostics);
  check_failure_is_reported(true, diagnostics, "check data contract");
  if (diagnostics.has_errors()) return;
  bind_document(*data, layout, diagnostics);
  check_failure_is_reported(true, diagnostics, "bind");
}

}  // namespace
}  // namespace handout::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  handout::fuzz::load_and_bind(std::string_view(reinterpret_cast<const char*>(bytes), size));
  return 0;
}
