#pragma once

#include "core/diagnostic.h"
#include "model/template_model.h"

namespace handout {

// The media of each sheet print_sheets makes from pages of `page`, as the writer sizes it: the
// sheet's trim (one page, or two side by side or one above the other), grown on every side by
// the bleed and, with crop marks, the slug that holds them.
struct SheetMedia {
  double width = 0;
  double height = 0;
};
SheetMedia printed_sheet_media(const PageDef& page);

// Imposition, bleed and crop marks can make sheets larger than a PDF page may be although the
// page itself is not: an error at the template's page size, before anything is laid out.
void check_printed_sheet_size(const PageDef& page, Diagnostics& diagnostics);

}  // namespace handout
