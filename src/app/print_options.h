#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "core/page_sizes.h"
#include "model/template_model.h"

namespace handout {

// --page-size, --impose, --bleed, --marks and --duplex: the template's print settings (its
// `page` keys size, impose, bleed, marks and two-sided), changed for one run.
struct PrintOverrides {
  std::optional<NamedPageSize> page_size;  // keeps the template's orientation
  std::optional<Imposition> impose;
  std::optional<double> bleed;  // points
  bool marks = false;
  bool duplex = false;

  bool any() const { return page_size || impose || bleed || marks || duplex; }
};

// Reads the value of --page-size (A5, Letter, ...), --impose (none, 2up, booklet, cards) or
// --bleed (a length such as 3mm) into `overrides`; a bad value is a usage error with a hint.
bool read_print_option(const std::string& option, const std::string& value,
                       PrintOverrides& overrides, Diagnostics& diagnostics);

// The page as this run prints it: the overrides applied to the template's settings (a page size
// turned to the template's orientation), and a booklet, whose pages face each other,
// two-sided. Imposing cards needs a card grid: an error
// at the template's page otherwise; so are printed sheets larger than a PDF page can be (with
// the imposition, bleed and crop marks now known), at the template's page size.
void apply_print_overrides(const PrintOverrides& overrides, PageDef& page,
                           Diagnostics& diagnostics);

}  // namespace handout
