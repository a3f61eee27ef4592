#include "bind/expansion_budget.h"

namespace handout {
namespace {

// Where the pieces multiply, by the kind of piece that went over the limit.
std::string piece_hint(ExpansionBudget::Piece piece) {
  switch (piece) {
    case ExpansionBudget::Piece::table_cell:
      return "a table makes a cell for every column of every row";
    case ExpansionBudget::Piece::section_repetition:
      return "a {{#section}} over a list repeats once per element, and sections or 'each' "
             "blocks around it multiply that";
    case ExpansionBudget::Piece::contents_entry:
      return "a table of contents lists every heading up to its depth, and each 'toc' block "
             "lists them all again";
    case ExpansionBudget::Piece::inline_mark:
      return "every mark of inline markup counts: each '*' or '_' that can start or end "
             "emphasis, each `code` span, link and hard line break";
    default:
      return "check for 'each' blocks inside each other: every element an 'each', a list or a "
             "table goes through counts too";
  }
}

}  // namespace

bool ExpansionBudget::take_pieces(Piece piece, uint64_t count, const SourceLocation& where) {
  if (exhausted_) return false;
  if (count <= max_pieces_ - pieces_) {
    pieces_ += count;
    return true;
  }
  report_too_many_pieces(piece, where);
  return false;
}

void ExpansionBudget::report_too_many_pieces(Piece piece, const SourceLocation& where) {
  exhausted_ = true;
  diagnostics_.error(where,
                     "the template makes more than " + std::to_string(max_pieces_) +
                         " blocks, list entries, table cells, section repetitions and inline "
                         "marks from this data",
                     {piece_hint(piece), raise_limit_hint(kMaxBlocksOption)});
}

void ExpansionBudget::report_too_much_text(const SourceLocation& where) {
  exhausted_ = true;
  diagnostics_.error(where,
                     "the template's text expands to more than " + size_in_words(max_text_bytes_) +
                         " from this data",
                     {"a text counts each time it is filled, a {{#section}}'s text again each "
                      "time it repeats, and every value filled in",
                      raise_limit_hint(kMaxTextSizeOption, "SIZE")});
}

}  // namespace handout
