#pragma once

#include <map>
#include <memory>
#include <string>

#include "image/raster_image.h"

namespace handout {

// The images of one document, by the keys its bound tree holds: a figure's resolved file path,
// a QR code's text. Resource loading makes it (every key of a document that loaded without
// errors is here) and layout reads it; the tree itself holds no image.
class DocumentImages {
 public:
  void add_figure(const std::string& path, std::shared_ptr<const RasterImage> image);
  void add_qr_code(const std::string& text, std::shared_ptr<const RasterImage> image);

  // The image of a key the document holds. A key that loading did not resolve is a bug in
  // handout (layout ran after loading failed): std::logic_error, an internal error.
  const std::shared_ptr<const RasterImage>& figure(const std::string& path) const;
  const std::shared_ptr<const RasterImage>& qr_code(const std::string& text) const;

 private:
  std::map<std::string, std::shared_ptr<const RasterImage>> figures_;
  std::map<std::string, std::shared_ptr<const RasterImage>> qr_codes_;
};

}  // namespace handout
