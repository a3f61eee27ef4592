#pragma once

#include <hpdf.h>

#include <map>
#include <string>

#include "image/raster_image.h"
#include "model/page_layout.h"
#include "write/libharu_session.h"

namespace handout {

// The document's image XObjects: one per RasterImage, however often it is placed. JPEGs pass
// through untouched, and so does the compressed data of plain PNGs (read by FlateDecode with the
// PNG predictors); decoded pixels go in Flate-compressed with their alpha as a soft mask.
class ImageXObjects {
 public:
  explicit ImageXObjects(LibharuSession& session) : session_(session) {}

  // Null when the image cannot be embedded (the session says why).
  HPDF_Image xobject_for(const RasterImage& image);

 private:
  HPDF_Image embed(const RasterImage& image);
  HPDF_Image embed_jpeg(const RasterImage& image);
  HPDF_Image embed_png(const RasterImage& image);
  HPDF_Image embed_pixels(const RasterImage& image);
  bool add_soft_mask(HPDF_Image xobject, const RasterImage& image);

  LibharuSession& session_;
  std::map<const RasterImage*, HPDF_Image> xobjects_;
};

// Appends the operators that draw an image XObject into the placed box (top-left origin, y down,
// as layout gives it) to the page's `content`. The XObject becomes one of the page's resources.
bool draw_image(LibharuSession& session, HPDF_Page page, double page_height, HPDF_Image xobject,
                const PlacedImage& placed, std::string& content);

}  // namespace handout
