#include "image/document_images.h"

#include <stdexcept>

namespace handout {
namespace {

const std::shared_ptr<const RasterImage>& found(
    const std::map<std::string, std::shared_ptr<const RasterImage>>& images, const std::string& key,
    const std::string& what) {
  auto entry = images.find(key);
  if (entry == images.end() || !entry->second) {
    throw std::logic_error("layout got the " + what + " '" + key + "' without its image loaded");
  }
  return entry->second;
}

}  // namespace

void DocumentImages::add_figure(const std::string& path, std::shared_ptr<const RasterImage> image) {
  figures_[path] = std::move(image);
}

void DocumentImages::add_qr_code(const std::string& text,
                                 std::shared_ptr<const RasterImage> image) {
  qr_codes_[text] = std::move(image);
}

const std::shared_ptr<const RasterImage>& DocumentImages::figure(const std::string& path) const {
  return found(figures_, path, "figure");
}

const std::shared_ptr<const RasterImage>& DocumentImages::qr_code(const std::string& text) const {
  return found(qr_codes_, text, "QR code for");
}

}  // namespace handout
