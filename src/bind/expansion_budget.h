#pragma once

#include <cstdint>
#include <string>

#include "core/diagnostic.h"
#include "core/resource_limits.h"
#include "core/source_location.h"

namespace handout {

// What one document's binding may make from its template and data. A small template over a
// small data file multiplies: `each` inside `each`, {{#sections}} inside sections, a table's
// rows times its columns, a long text inside a loop, inline markup that splits a text into many
// runs. Everything binding makes counts against one of two limits as it is made, so a document
// over them stops at once, with little memory used, instead of after the machine's is gone:
// --max-blocks counts pieces (blocks, list entries, table cells, elements a loop goes through,
// section repetitions, marks of inline markup) and --max-text-size the bytes of text expanded.
class ExpansionBudget {
 public:
  // What a piece is, for the hint that says where the multiplication comes from.
  enum class Piece {
    block,
    element,
    list_entry,
    table_cell,
    section_repetition,
    inline_mark,
    contents_entry,
  };

  ExpansionBudget(const ResourceLimits& limits, Diagnostics& diagnostics)
      : max_pieces_(limits.max_blocks),
        max_text_bytes_(limits.max_text_bytes),
        diagnostics_(diagnostics) {}

  // Counts one more piece made at `where` (the template value that makes it). False once a
  // limit is passed; the first time, the error names the limit, at `where`.
  bool take_piece(Piece piece, const SourceLocation& where) {
    return take_piece(piece, [&] { return where; });
  }
  // Counts `bytes` more of expanded text made at `where`; false once a limit is passed.
  bool take_text(uint64_t bytes, const SourceLocation& where) {
    return take_text(bytes, [&] { return where; });
  }

  // Counts `count` pieces at once: false, and the error, when they do not all fit.
  bool take_pieces(Piece piece, uint64_t count, const SourceLocation& where);

  // The same, with the position worked out only for the error: finding the line and column of
  // a byte inside a long text costs as much as the text.
  template <typename Where>
  bool take_piece(Piece piece, Where&& where) {
    if (exhausted_) return false;
    if (++pieces_ <= max_pieces_) return true;
    report_too_many_pieces(piece, where());
    return false;
  }
  template <typename Where>
  bool take_text(uint64_t bytes, Where&& where) {
    if (exhausted_) return false;
    if (bytes <= max_text_bytes_ - text_bytes_) {
      text_bytes_ += bytes;
      return true;
    }
    report_too_much_text(where());
    return false;
  }

  // Whether a limit was passed: binding then makes nothing more.
  bool exhausted() const { return exhausted_; }

  uint64_t pieces() const { return pieces_; }
  uint64_t text_bytes() const { return text_bytes_; }

 private:
  void report_too_many_pieces(Piece piece, const SourceLocation& where);
  void report_too_much_text(const SourceLocation& where);

  uint64_t max_pieces_;
  uint64_t max_text_bytes_;
  Diagnostics& diagnostics_;
  uint64_t pieces_ = 0;
  uint64_t text_bytes_ = 0;
  bool exhausted_ = false;
};

}  // namespace handout
