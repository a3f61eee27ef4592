// Fuzz target: the bytes of a figure file -> the image loader's checks (PNG and JPEG structure,
// header, pixel limit), PNG passthrough or stb_image decoding -> when the image is small, a
// one-page PDF showing it, written to memory (the writer's image path: JPEG passthrough, PNG
// predictors, raw pixels with a soft mask).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "fuzz_checks.h"
#include "image/raster_image.h"
#include "model/page_layout.h"
#include "write/pdf_writer.h"

namespace handout::fuzz {
namespace {

// Larger images are decoded and checked but not written: deflating millions of pixels would
// slow the search down without reaching new code.
constexpr long long kMaxPixelsWritten = 1 << 20;

void write_one_page_with(std::shared_ptr<const RasterImage> image) {
  LaidOutDocument document;
  LaidOutPage page{.width = 200, .height = 200};
  page.items.push_back(PlacedImage{std::move(image), 10, 10, 180, 180, "figure"});
  document.pages.push_back(std::move(page));
  Diagnostics diagnostics;
  std::optional<std::string> pdf = write_pdf(document, diagnostics, {.threads = 1});
  check_failure_is_reported(pdf.has_value(), diagnostics, "write");
  if (pdf) check_pdf_bytes(*pdf);
}

void load_image(const uint8_t* bytes, size_t size) {
  Diagnostics diagnostics;
  std::shared_ptr<const RasterImage> image =
      decode_raster_image(std::string(reinterpret_cast<const char*>(bytes), size), "figure.img",
                          {"data.yaml", 3, 10}, diagnostics);
  check_failure_is_reported(image != nullptr, diagnostics, "load image");
  if (!image) return;
  if (static_cast<long long>(image->width) * image->height <= kMaxPixelsWritten) {
    write_one_page_with(std::move(image));
  }
}

}  // namespace
}  // namespace handout::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  handout::fuzz::load_image(bytes, size);
  return 0;
}
