#include "bind/text_block_binding.h"

#include <filesystem>

#include "bind/inline_markup.h"
#include "core/pdf_limits.h"
#include "core/stream_paths.h"
#include "core/whitespace.h"

namespace handout {
namespace {

namespace fs = std::filesystem;

std::string resolved_figure_path(const BindContext& context, const TextValue& written,
                                 const TextValue& filled) {
  fs::path path(filled.text);
  if (path.is_absolute()) return path.string();
  const bool from_data = written.text.find("{{") != std::string::npos;
  const std::string& base =
      from_data ? context.data.source_file : context.layout_template.source_file;
  return (fs::path(source_folder(base)) / path).lexically_normal().string();
}

}  // namespace

void bind_paragraphs(BindContext& context, const TextValue& written, const StyleRef& style,
                     std::vector<Block>& out) {
  const TextValue text = context.fill(written);
  for (InlineText& content : context.markup_paragraphs(text, written.where)) {
    std::string plain = content.plain_text();
    out.push_back(ParagraphBlock{std::move(plain), std::move(content), style, text.where});
  }
}

void bind_heading(BindContext& context, const HeadingDef& block, std::vector<Block>& out) {
  const TextValue text = context.fill(block.text);
  if (fold_whitespace(text.text).empty()) return;
  InlineText content = context.markup(text, block.text.where);
  std::string plain = content.plain_text();
  // Every heading is a bookmark, whose title is one PDF text string.
  if (const size_t units = utf16_units(fold_whitespace(plain)); units > kMostPdfTextUnits) {
    context.diagnostics.error(
        text.where, "this heading " + too_long_for_pdf_text(units) + "a PDF bookmark can hold",
        {"a heading is a line or two; put the rest in a paragraph"});
    return;
  }
  const StyleRef& style = context.styles.chosen(block.style, default_style_names(block));
  out.push_back(HeadingBlock{std::move(plain), std::move(content), style, block.level, text.where});
}

void bind_figure(BindContext& context, const FigureDef& block, std::vector<Block>& out) {
  const TextValue path = context.fill(block.image);
  if (fold_whitespace(path.text).empty()) return;
  FigureBlock figure;
  figure.image_path = resolved_figure_path(context, block.image, path);
  figure.written_path = path.text;
  figure.width = block.width;
  figure.max_height = block.max_height;
  figure.fixed_height = block.height;
  figure.fit = block.fit;
  figure.caption_content = context.markup(context.fill(block.caption), block.caption.where);
  figure.caption = figure.caption_content.plain_text();
  figure.caption_style = context.styles.chosen(block.caption_style, default_style_names(block));
  figure.placement = block.placement;
  figure.bleed = block.bleed;
  figure.alt = fold_whitespace(markup_free_text(context.fill(block.alt).text));
  figure.where = path.where;
  out.push_back(std::move(figure));
}

void bind_qr_code(BindContext& context, const QrCodeDef& qr_code, const SourceLocation& where,
                  std::vector<Block>& out) {
  const TextValue text = context.fill(qr_code.payload);
  std::string encoded = fold_whitespace(text.text);
  if (encoded.empty()) return;
  out.push_back(QrCodeBlock{std::move(encoded), qr_code.side, where});
}

}  // namespace handout
