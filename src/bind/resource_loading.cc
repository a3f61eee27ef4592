#include "bind/resource_loading.h"

#include <map>

namespace handout {
namespace {

class ResourceLoader {
 public:
  explicit ResourceLoader(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  void load_face(TextStyle& style) {
    style.face = face(style.font_file, style.where);
    StyleFaces& faces = style.faces;
    for (FontChoice* choice : {&faces.regular, &faces.bold, &faces.italic, &faces.bold_italic,
                               &faces.code, &faces.code_bold}) {
      load_choice(*choice, style.where);
    }
    for (FontChoice& fallback : faces.fallbacks) load_choice(fallback, style.where);
  }

  void load_image(FigureBlock& figure) {
    auto [entry, inserted] = images_.try_emplace(figure.image_path);
    if (inserted) {
      entry->second = load_raster_image(figure.image_path, figure.where, diagnostics_);
    }
    figure.image = entry->second;
  }

  void load_block(Block& block) {
    if (auto* heading = std::get_if<HeadingBlock>(&block)) load_face(heading->style);
    if (auto* paragraph = std::get_if<ParagraphBlock>(&block)) load_face(paragraph->style);
    if (auto* figure = std::get_if<FigureBlock>(&block)) {
      load_face(figure->caption_style);
      load_image(*figure);
    }
    if (auto* list = std::get_if<ListBlock>(&block)) load_face(list->style);
    if (auto* table = std::get_if<TableBlock>(&block)) {
      load_face(table->header_style);
      load_face(table->cell_style);
    }
    if (auto* toc = std::get_if<TocBlock>(&block)) load_face(toc->entry_style);
    // QR codes get their image from encode_qr_code (src/image/qr_code.h) once it is merged.
    if (auto* group = std::get_if<GroupBlock>(&block)) load_blocks(group->blocks);
    if (auto* callout = std::get_if<CalloutBlock>(&block)) load_blocks(callout->blocks);
  }

  void load_blocks(std::vector<Block>& blocks) {
    for (Block& block : blocks) load_block(block);
  }

 private:
  std::shared_ptr<const FontFace> face(const std::string& file, const SourceLocation& where) {
    auto [entry, inserted] = faces_.try_emplace(file);
    if (inserted) entry->second = FontFace::load(file, where, diagnostics_);
    return entry->second;
  }

  void load_choice(FontChoice& choice, const SourceLocation& where) {
    if (!choice.file.empty()) choice.face = face(choice.file, where);
  }

  Diagnostics& diagnostics_;
  std::map<std::string, std::shared_ptr<const FontFace>> faces_;
  std::map<std::string, std::shared_ptr<const RasterImage>> images_;
};

}  // namespace

void load_resources(DocTree& document, Diagnostics& diagnostics) {
  ResourceLoader loader(diagnostics);
  loader.load_blocks(document.blocks);
  if (document.header) loader.load_face(document.header->style);
  if (document.footer) loader.load_face(document.footer->style);
}

}  // namespace handout
