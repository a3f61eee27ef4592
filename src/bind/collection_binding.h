#pragma once

#include <vector>

#include "bind/bind_context.h"
#include "model/doc_tree.h"

namespace handout {

// The list at a block's data path. Nothing there is an empty list (a warning when no contract
// says the list is optional); a value that is not a list is an error.
const std::vector<DataNode>& list_at(BindContext& context, const TextValue& path,
                                     const char* block_kind);

// Calls `each_element` once per element, with the element (and `alias`) in scope; each element
// is a piece of the document made at `where`, the template's path to the list.
template <typename Bind>
void for_each_element(BindContext& context, const std::vector<DataNode>& elements,
                      const std::string& alias, const SourceLocation& where, Bind each_element) {
  for (size_t i = 0; i < elements.size(); ++i) {
    if (!context.take_piece(ExpansionBudget::Piece::element, where)) return;
    context.scope.push(elements[i], alias, i, elements.size());
    each_element(elements[i]);
    context.scope.pop();
  }
}

// A bulleted ("•") or numbered ("1.") list: one entry per element of the list at the block's
// path (the `item` text bound with the element in scope), or the block's fixed entries.
void bind_list(BindContext& context, const ListDef& block, const SourceLocation& where,
               std::vector<Block>& out);

// A table: one row per element of the list at the block's path; the columns' widths as the
// template gives them (layout resolves them against the frame).
void bind_table(BindContext& context, const TableDef& block, const SourceLocation& where,
                std::vector<Block>& out);

}  // namespace handout
