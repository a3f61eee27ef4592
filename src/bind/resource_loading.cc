#include "bind/resource_loading.h"

#include <algorithm>
#include <map>

#include "image/decoding_memory.h"
#include "image/qr_code.h"

namespace handout {
namespace {

template <typename BlockT, typename Visit>
void visit_block_styles(BlockT& block, const Visit& visit) {
  if (auto* heading = std::get_if<HeadingBlock>(&block)) visit(heading->style);
  if (auto* paragraph = std::get_if<ParagraphBlock>(&block)) visit(paragraph->style);
  if (auto* figure = std::get_if<FigureBlock>(&block)) visit(figure->caption_style);
  if (auto* list = std::get_if<ListBlock>(&block)) visit(list->style);
  if (auto* table = std::get_if<TableBlock>(&block)) {
    visit(table->header_style);
    visit(table->cell_style);
  }
  if (auto* toc = std::get_if<TocBlock>(&block)) visit(toc->entry_style);
  if (auto* group = std::get_if<GroupBlock>(&block)) {
    for (auto& inner : group->blocks) visit_block_styles(inner, visit);
  }
  if (auto* callout = std::get_if<CalloutBlock>(&block)) {
    for (auto& inner : callout->blocks) visit_block_styles(inner, visit);
  }
}

// Calls `visit` on every face choice of a style's faces: its family's four, code, fallbacks.
template <typename Faces, typename Visit>
void for_each_choice(Faces& faces, const Visit& visit) {
  for (auto* choice : {&faces.regular, &faces.bold, &faces.italic, &faces.bold_italic, &faces.code,
                       &faces.code_bold}) {
    visit(*choice);
  }
  for (auto& fallback : faces.fallbacks) visit(fallback);
}

// Calls `visit` on every text style of the document, in reading order.
template <typename Tree, typename Visit>
void for_each_style(Tree& document, const Visit& visit) {
  for (auto& block : document.blocks) visit_block_styles(block, visit);
  for (auto& block : document.back_blocks) visit_block_styles(block, visit);
  if (document.header) visit(document.header->style);
  if (document.footer) visit(document.footer->style);
}

// Styles made by hand (tests, hand-made trees) do not say where their font files are named.
const SourceLocation& known_or(const SourceLocation& where, const SourceLocation& otherwise) {
  return where.file.empty() ? otherwise : where;
}

class ResourceLoader {
 public:
  ResourceLoader(const ReadRoot& root, ResourceCaches& caches, Diagnostics& diagnostics,
                 const ResourceLimits& limits)
      : root_(root), caches_(caches), diagnostics_(diagnostics), limits_(limits) {}

  void load_face(TextStyle& style) {
    style.face = face(style.font_file, known_or(style.font_named_at, style.where));
    for_each_choice(style.faces, [&](FontChoice& choice) {
      load_choice(choice, known_or(choice.named_at, style.where));
    });
  }

  void load_image(const FigureBlock& figure) {
    if (auto refusal = root_.refusal("figure '" + figure.written_path + "'", figure.image_path)) {
      diagnostics_.error(figure.where, *refusal, {kReadRootHint});
      return;
    }
    auto [entry, inserted] = images_.try_emplace(figure.image_path);
    if (inserted) {
      entry->second = caches_.images().get(
          figure.image_path,
          [&] { return load_raster_image(figure.image_path, figure.where, diagnostics_, limits_); },
          limits_variant());
      if (entry->second && !count_image_memory(*entry->second, figure)) entry->second = nullptr;
      if (entry->second) images_of_document_.add_figure(figure.image_path, entry->second);
    }
  }

  // Figures' images and QR codes, inside groups and callouts too.
  DocumentImages take_images() { return std::move(images_of_document_); }

  void load_pictures(const std::vector<Block>& blocks) {
    for (const Block& block : blocks) {
      if (const auto* figure = std::get_if<FigureBlock>(&block)) load_image(*figure);
      if (const auto* code = std::get_if<QrCodeBlock>(&block)) {
        if (auto image = encode_qr_code(code->text, code->where, diagnostics_)) {
          images_of_document_.add_qr_code(code->text, std::move(image));
        }
      }
      if (auto* group = std::get_if<GroupBlock>(&block)) load_pictures(group->blocks);
      if (auto* callout = std::get_if<CalloutBlock>(&block)) load_pictures(callout->blocks);
    }
  }

 private:
  // A document's figures stay loaded until it is written, each figure file once, and writing
  // the PDF copies them (see kept_image_memory): together they are held to an eighth of
  // --max-image-memory, which decoding any one of them may take.
  bool count_image_memory(const RasterImage& image, const FigureBlock& figure) {
    const uint64_t bytes = loaded_image_memory(image);
    const uint64_t most = kept_image_memory(limits_);
    image_memory_ += bytes;
    if (image_memory_ <= most) return true;
    diagnostics_.error(figure.where,
                       "the figures of this document take more than " + size_in_words(most) +
                           " of memory once read (an eighth of --max-image-memory: writing the "
                           "PDF copies them); figure '" +
                           figure.written_path + "' (" + size_in_words(bytes) + ") goes past it",
                       {"scale the figures down: JPEGs, and PNGs without transparency, are kept "
                        "as compressed as their files, any other image as its pixels",
                        raise_limit_hint(kMaxImageMemoryOption, "SIZE")});
    return false;
  }

  // Within one document a file that failed is reported once, as before the shared cache.
  std::shared_ptr<const FontFace> face(const std::string& file, const SourceLocation& where) {
    auto [entry, inserted] = faces_.try_emplace(file);
    if (inserted) {
      entry->second = caches_.faces().get(
          file, [&] { return FontFace::load(file, where, diagnostics_, limits_.max_font_bytes); },
          std::to_string(limits_.max_font_bytes));
    }
    return entry->second;
  }

  void load_choice(FontChoice& choice, const SourceLocation& where) {
    if (!choice.file.empty()) choice.face = face(choice.file, where);
  }

  const ReadRoot& root_;
  ResourceCaches& caches_;
  // An image checked against other limits is another entry of the shared cache.
  std::string limits_variant() const {
    return std::to_string(limits_.max_image_bytes) + ' ' +
           std::to_string(limits_.max_image_pixels) + ' ' +
           std::to_string(limits_.max_image_memory);
  }

  Diagnostics& diagnostics_;
  const ResourceLimits& limits_;
  std::map<std::string, std::shared_ptr<const FontFace>> faces_;
  std::map<std::string, std::shared_ptr<const RasterImage>> images_;
  DocumentImages images_of_document_;
  uint64_t image_memory_ = 0;  // of the figures loaded so far
};

void add_once(std::vector<std::string>& files, const std::shared_ptr<const FontFace>& face) {
  if (!face) return;
  if (std::find(files.begin(), files.end(), face->path()) == files.end()) {
    files.push_back(face->path());
  }
}

}  // namespace

DocumentImages load_resources(DocTree& document, const ReadRoot& root, ResourceCaches& caches,
                              Diagnostics& diagnostics, const ResourceLimits& limits) {
  ResourceLoader loader(root, caches, diagnostics, limits);
  StyleChange loading;  // the blocks of a style share it: its faces are loaded once
  for_each_style(document, [&](StyleRef& style) {
    loading.apply(style, [&](TextStyle& own) { loader.load_face(own); });
  });
  loader.load_pictures(document.blocks);
  loader.load_pictures(document.back_blocks);
  return loader.take_images();
}

std::vector<std::string> loaded_font_files(const DocTree& document) {
  std::vector<std::string> files;
  for_each_style(document, [&](const StyleRef& style) {
    add_once(files, style->face);
    for_each_choice(style->faces, [&](const FontChoice& choice) { add_once(files, choice.face); });
  });
  return files;
}

}  // namespace handout
