#pragma once

#include <vector>

#include "bind/bind_context.h"
#include "model/doc_tree.h"

namespace handout {

// Title and paragraph: one ParagraphBlock per paragraph of the filled text (blank lines
// separate them); none when the text is empty.
void bind_paragraphs(BindContext& context, const TextValue& written, const StyleRef& style,
                     std::vector<Block>& out);
// A heading with an outline entry at its level; none when the text is empty.
void bind_heading(BindContext& context, const HeadingDef& heading, std::vector<Block>& out);
// A figure's path from a tag is relative to the data file, a literal one to the template.
void bind_figure(BindContext& context, const FigureDef& block, std::vector<Block>& out);
// What a QR code encodes, as plain text; none when it is empty.
void bind_qr_code(BindContext& context, const QrCodeDef& qr_code, const SourceLocation& where,
                  std::vector<Block>& out);

}  // namespace handout
