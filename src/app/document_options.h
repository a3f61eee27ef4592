#pragma once

#include <string>

#include "app/print_options.h"
#include "core/resource_limits.h"

namespace handout {

// What the command line says about the documents themselves: which template, which files they
// may read, how they are printed, what they may cost. One value, made by the option table
// (app/option_table.h) and handed unchanged to every stage that renders or checks a document
// (RenderSettings, BatchSettings); what only shapes a run (threads, output paths, progress) is
// kept apart.
struct DocumentOptions {
  std::string template_choice;  // -t: a bundled name or a path; empty: as the data says
                                // (init: the bundled template to copy)
  std::string root_folder;      // --root: where the inputs may read files; empty: the data's folder
  unsigned fit_pages = 0;       // --fit-pages: the page budget; 0: the template's, if any
  bool warnings_are_errors = false;  // --werror: a warning fails its document before it is written
  bool grayscale = false;  // --grayscale (the template's `page: grayscale` also asks for it)
  PrintOverrides print;    // the print options: the template's page settings changed for one run
  ResourceLimits limits;   // the --max-... options: for the data, the template, its figures and
                           // the layout, each document's own
  bool preflight = false;  // check --preflight: report what matters for print, page by page
};

}  // namespace handout
