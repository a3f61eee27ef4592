#include "bind/bind_context.h"

#include "bind/inline_markup.h"

namespace handout {
namespace {

// Every span of a link carries its address.
bool count_link_addresses(ExpansionBudget& budget, const InlineText& text,
                          const SourceLocation& where) {
  for (const InlineSpan& span : text.spans) {
    if (!budget.take_text(span.link.size(), where)) return false;
  }
  return true;
}

MarkCounter mark_counter(ExpansionBudget& budget, const SourceLocation& where) {
  return
      [&budget, &where] { return budget.take_piece(ExpansionBudget::Piece::inline_mark, where); };
}

}  // namespace

InlineText BindContext::markup(const TextValue& filled, const SourceLocation& where) {
  Diagnostics found;
  InlineText text = parse_inline_markup(filled, found, mark_counter(budget, where));
  report_markup_warnings(found);
  count_link_addresses(budget, text, where);
  return text;
}

std::vector<InlineText> BindContext::markup_paragraphs(const TextValue& filled,
                                                       const SourceLocation& where) {
  std::vector<InlineText> paragraphs;
  Diagnostics found;
  for_each_markup_paragraph(
      filled, found,
      [&](InlineText paragraph) {
        // Blank lines split a text into paragraphs, each a block of the document.
        if (!paragraphs.empty() && !budget.take_piece(ExpansionBudget::Piece::block, where)) {
          return false;
        }
        if (!count_link_addresses(budget, paragraph, where)) return false;
        paragraphs.push_back(std::move(paragraph));
        return true;
      },
      mark_counter(budget, where));
  report_markup_warnings(found);
  return paragraphs;
}

bool BindContext::first_time(const SourceLocation& where, std::string_view message) {
  std::string key = where.file + ":" + std::to_string(where.line) + ":" +
                    std::to_string(where.column) + ": " + std::string(message);
  return reported_.insert(std::move(key)).second;
}

void BindContext::report_markup_warnings(const Diagnostics& found) {
  for (const Diagnostic& warning : found.all()) {
    if (first_time(warning.where, warning.message)) diagnostics.add(warning);
  }
}

}  // namespace handout
