#pragma once

#include "core/diagnostic.h"
#include "model/doc_tree.h"

namespace handout {

// Loads every face and figure image the bound document uses, each file once, and fills the
// tree's face and image pointers. Failures are reported at the style or figure that asked for
// the file.
void load_resources(DocTree& document, Diagnostics& diagnostics);

}  // namespace handout
