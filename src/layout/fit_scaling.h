#pragma once

#include "model/doc_tree.h"

namespace handout {

// How far copyfitting shrinks a document: factors of the template's values (1 = unchanged) and
// the number of columns.
struct FitScale {
  double text_size = 1;     // every text style's size, leading, spacing and indents
  double leading = 1;       // line spacing alone, after text_size (never below the size)
  double figure_scale = 1;  // figures' width and height limits, QR codes' sides
  int columns = 0;          // 0: the template's

  bool operator==(const FitScale&) const = default;
};

// The document with `scale` applied to every block (inside groups and callouts too), the cards'
// backs included. The running header and footer keep their size (they sit in the margins); cards
// keep their grid.
DocTree scaled_document(const DocTree& document, const FitScale& scale);

}  // namespace handout
