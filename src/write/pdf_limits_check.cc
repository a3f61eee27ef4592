#include "write/pdf_limits_check.h"

#include <hpdf_consts.h>

#include <set>
#include <string>

#include "core/pdf_limits.h"
#include "core/percent_encoding.h"

namespace handout {

static_assert(kSmallestPdfPage == HPDF_MIN_PAGE_SIZE && kLargestPdfPage == HPDF_MAX_PAGE_SIZE);
static_assert(kMostPdfStringBytes == HPDF_LIMIT_MAX_STRING_LEN);
static_assert(kMostPdfArrayElements == HPDF_LIMIT_MAX_ARRAY);
static_assert(kMostPdfDictionaryEntries == HPDF_LIMIT_MAX_DICT_ELEMENT);
static_assert(kLargestPdfReal == HPDF_LIMIT_MAX_REAL);
static_assert(kMostPdfObjects == HPDF_LIMIT_MAX_XREF_ELEMENT);

namespace {

// libharu's objects per page (the page, its content stream and the stream's length), per image
// (the image stream and its length, and the same for a soft mask), per font (Type0, CIDFont,
// descriptor, and the font file and ToUnicode streams with their lengths), and the document's
// own (catalog, info, page tree root, outline root, and a margin).
constexpr size_t kObjectsPerPage = 3;
constexpr size_t kObjectsPerImage = 4;
constexpr size_t kObjectsPerFont = 7;
constexpr size_t kObjectsOfTheDocument = 16;

std::string on_page(size_t index) { return "page " + std::to_string(index + 1); }

void internal_error(Diagnostics& diagnostics, const std::string& problem) {
  diagnostics.error({}, "cannot write the PDF: " + problem, {}, FailureKind::internal);
}

void check_links_on_page(const LaidOutPage& page, size_t index, Diagnostics& diagnostics) {
  size_t links = 0;
  const LinkArea* one_too_many = nullptr;
  for (const PageItem& item : page.items) {
    const auto* link = std::get_if<LinkArea>(&item);
    if (link == nullptr) continue;
    if (++links == kMostPdfArrayElements + 1) one_too_many = link;
    const size_t encoded = percent_encode_uri(link->url).size();
    if (encoded > kMostPdfStringBytes) {
      internal_error(diagnostics, "a link on " + on_page(index) + " has an address " +
                                      std::to_string(encoded) + " bytes long");
    }
  }
  if (one_too_many == nullptr) return;
  diagnostics.error(one_too_many->where,
                    on_page(index) + " has " + std::to_string(links) + " links, more than the " +
                        std::to_string(kMostPdfArrayElements) + " a PDF page can hold",
                    {"spread the links over more pages: a larger text size or a smaller page"});
}

// Each page names its fonts in one dictionary too; they are the template's faces, so this is
// only reached by a template with thousands of styles set on one page (no position to give).
void check_fonts_on_page(const LaidOutPage& page, size_t index, Diagnostics& diagnostics) {
  std::set<const FontFace*> faces;
  for (const PageItem& item : page.items) {
    if (const auto* run = std::get_if<TextRun>(&item)) faces.insert(run->face.get());
  }
  if (faces.size() <= kMostPdfDictionaryEntries) return;
  diagnostics.error({},
                    on_page(index) + " uses " + std::to_string(faces.size()) +
                        " different fonts, more than the " +
                        std::to_string(kMostPdfDictionaryEntries) + " a PDF page can hold",
                    {"use fewer font files (or fewer ways of naming the same file)"});
}

// The bytes an image adds to the PDF: its JPEG or PNG data as it is, or its samples before
// libharu compresses them (an upper bound).
uint64_t embedded_bytes(const RasterImage& image) {
  if (image.png) return image.png->idat.size() + image.png->palette.size();
  if (!image.jpeg_bytes.empty()) return image.jpeg_bytes.size();
  return image.pixels.size() + image.alpha.size();
}

void check_image_bytes(const LaidOutDocument& document, Diagnostics& diagnostics) {
  std::set<const RasterImage*> images;
  uint64_t bytes = 0;
  for (const LaidOutPage& page : document.pages) {
    for (const PageItem& item : page.items) {
      const auto* placed = std::get_if<PlacedImage>(&item);
      if (placed == nullptr || !placed->image || !images.insert(placed->image.get()).second) {
        continue;
      }
      bytes += embedded_bytes(*placed->image);
      if (bytes <= kMostPdfBytes) continue;
      diagnostics.error(placed->where,
                        "the document's images add up to more than the 4 GiB a PDF written by "
                        "libharu can hold, with this one",
                        {"use smaller figures (JPEG keeps photos small), or split the document"});
      return;
    }
  }
}

void check_images_on_page(const LaidOutPage& page, size_t index, Diagnostics& diagnostics) {
  std::set<const RasterImage*> images;
  const PlacedImage* one_too_many = nullptr;
  for (const PageItem& item : page.items) {
    const auto* placed = std::get_if<PlacedImage>(&item);
    if (placed == nullptr || !images.insert(placed->image.get()).second) continue;
    if (images.size() == kMostPdfDictionaryEntries + 1) one_too_many = placed;
  }
  if (one_too_many == nullptr) return;
  diagnostics.error(one_too_many->where,
                    on_page(index) + " shows " + std::to_string(images.size()) +
                        " different images, more than the " +
                        std::to_string(kMostPdfDictionaryEntries) + " a PDF page can hold",
                    {"spread them over more pages: larger figures or QR codes, or a smaller "
                     "page"});
}

void check_string(const std::string& text, const std::string& what, Diagnostics& diagnostics) {
  if (text.size() <= kMostPdfStringBytes) return;
  internal_error(diagnostics, what + " " + too_long_for_pdf(text.size()) + "a PDF string holds");
}

// A text string (pdf_text_string.h): loading and binding refuse longer ones, so one here is a bug.
void check_text_string(const std::string& text, const std::string& what, Diagnostics& diagnostics) {
  const size_t units = utf16_units(text);
  if (units <= kMostPdfTextUnits) return;
  internal_error(diagnostics,
                 what + " " + too_long_for_pdf_text(units) + "a PDF text string holds");
}

void check_strings(const LaidOutDocument& document, Diagnostics& diagnostics) {
  const DocumentInfo& info = document.info;
  check_text_string(info.title, "the title", diagnostics);
  check_text_string(info.author, "the author", diagnostics);
  check_text_string(info.subject, "the subject", diagnostics);
  check_text_string(info.keywords, "the keywords", diagnostics);
  check_text_string(info.creator, "the creator", diagnostics);
  check_string(info.language, "the language", diagnostics);
  for (const OutlineEntry& entry : document.outline) {
    check_text_string(entry.title, "a bookmark", diagnostics);
  }
}

void check_object_count(const LaidOutDocument& document, Diagnostics& diagnostics) {
  const size_t objects = pdf_object_bound(document);
  if (objects <= kMostPdfObjects) return;
  diagnostics.error({},
                    "the document needs up to " + std::to_string(objects) +
                        " PDF objects (pages, links, images), more than the " +
                        std::to_string(kMostPdfObjects) + " one PDF can hold",
                    {"split it into several documents"});
}

}  // namespace

size_t pdf_object_bound(const LaidOutDocument& document) {
  std::set<const RasterImage*> images;
  std::set<const FontFace*> faces;
  size_t objects = kObjectsOfTheDocument + document.outline.size();
  // The page tree's intermediate nodes, when it needs them (see write_pages).
  objects +=
      document.pages.size() * kObjectsPerPage + document.pages.size() / kMostPdfArrayElements;
  for (const LaidOutPage& page : document.pages) {
    for (const PageItem& item : page.items) {
      if (std::holds_alternative<LinkArea>(item)) ++objects;
      if (const auto* placed = std::get_if<PlacedImage>(&item)) images.insert(placed->image.get());
      if (const auto* run = std::get_if<TextRun>(&item)) faces.insert(run->face.get());
    }
  }
  return objects + images.size() * kObjectsPerImage + faces.size() * kObjectsPerFont;
}

bool check_pdf_limits(const LaidOutDocument& document, Diagnostics& diagnostics) {
  const size_t errors_before = diagnostics.error_count();
  for (size_t index = 0; index < document.pages.size(); ++index) {
    check_links_on_page(document.pages[index], index, diagnostics);
    check_images_on_page(document.pages[index], index, diagnostics);
    check_fonts_on_page(document.pages[index], index, diagnostics);
  }
  check_image_bytes(document, diagnostics);
  check_strings(document, diagnostics);
  check_object_count(document, diagnostics);
  return diagnostics.error_count() == errors_before;
}

}  // namespace handout
