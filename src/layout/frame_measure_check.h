#pragma once

#include "core/diagnostic.h"
#include "model/doc_tree.h"

namespace handout {

// Every figure's `width` and `max-height` and every table column's `width` is at most the whole
// frame the blocks flow in (a column, or a card inside its padding), and a table's columns add
// up to at most the frame's width. Checked against the document's real frame, once the page
// size, imposition and bleed are known: the same `80mm` fits an A4 column and not an A6 one.
// Each value is reported once, at its position in the template, however many times a template
// block was repeated. False when something is over.
bool check_frame_measures(const DocTree& document, Diagnostics& diagnostics);

}  // namespace handout
