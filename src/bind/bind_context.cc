#include "bind/bind_context.h"

#include "bind/inline_markup.h"

namespace handout {
namespace {

// Counts the runs of one text after its first, and the link addresses they carry.
void count_runs(ExpansionBudget& budget, const InlineText& text, const SourceLocation& where) {
  for (size_t i = 0; i < text.spans.size(); ++i) {
    if (i > 0 && !budget.take_piece(ExpansionBudget::Piece::inline_run, where)) return;
    if (!budget.take_text(text.spans[i].link.size(), where)) return;
  }
}

}  // namespace

InlineText BindContext::markup(const TextValue& filled, const SourceLocation& where) {
  InlineText text = parse_inline_markup(filled, diagnostics);
  count_runs(budget, text, where);
  return text;
}

std::vector<InlineText> BindContext::markup_paragraphs(const TextValue& filled,
                                                       const SourceLocation& where) {
  std::vector<InlineText> paragraphs = parse_markup_paragraphs(filled, diagnostics);
  for (const InlineText& paragraph : paragraphs) count_runs(budget, paragraph, where);
  return paragraphs;
}

}  // namespace handout
