#include "write/image_drawing.h"

#include <string>

namespace handout {
namespace {

size_t pixel_count(const RasterImage& image) {
  return static_cast<size_t>(image.width) * static_cast<size_t>(image.height);
}

const HPDF_BYTE* bytes(const std::vector<uint8_t>& samples) { return samples.data(); }

// libharu reads exactly width x height x channels samples: check before handing it the buffer.
std::string pixel_problem(const RasterImage& image) {
  if (image.width <= 0 || image.height <= 0) return "has no pixels";
  if (image.color_channels != 1 && image.color_channels != 3) {
    return "has " + std::to_string(image.color_channels) + " colour channels instead of 1 or 3";
  }
  if (image.pixels.size() != pixel_count(image) * image.color_channels) {
    return "has the wrong number of colour samples for its size";
  }
  if (!image.alpha.empty() && image.alpha.size() != pixel_count(image)) {
    return "has the wrong number of alpha samples for its size";
  }
  return {};
}

}  // namespace

HPDF_Image ImageXObjects::xobject_for(const RasterImage& image) {
  auto known = xobjects_.find(&image);
  if (known != xobjects_.end()) return known->second;
  session_.set_activity("embedding the image '" + image.source_path + "'");
  HPDF_Image xobject = embed(image);
  if (xobject != nullptr) xobjects_[&image] = xobject;
  return xobject;
}

HPDF_Image ImageXObjects::embed(const RasterImage& image) {
  HPDF_Image xobject = image.jpeg_bytes.empty() ? embed_pixels(image) : embed_jpeg(image);
  if (xobject == nullptr || !add_soft_mask(xobject, image)) return nullptr;
  return xobject;
}

HPDF_Image ImageXObjects::embed_jpeg(const RasterImage& image) {
  HPDF_Image xobject = HPDF_LoadJpegImageFromMem(
      session_.doc(), reinterpret_cast<const HPDF_BYTE*>(image.jpeg_bytes.data()),
      static_cast<HPDF_UINT>(image.jpeg_bytes.size()));
  // libharu rejects some JPEGs by returning null without reporting an error.
  if (xobject == nullptr && !session_.failed()) {
    session_.fail("libharu rejected the JPEG data of the image '" + image.source_path + "'");
  }
  return xobject;
}

HPDF_Image ImageXObjects::embed_pixels(const RasterImage& image) {
  std::string problem = pixel_problem(image);
  if (!problem.empty()) {
    session_.fail("the decoded image '" + image.source_path + "' " + problem);
    return nullptr;
  }
  HPDF_ColorSpace space = image.color_channels == 1 ? HPDF_CS_DEVICE_GRAY : HPDF_CS_DEVICE_RGB;
  return session_.check(HPDF_LoadRawImageFromMem(session_.doc(), bytes(image.pixels), image.width,
                                                 image.height, space, 8));
}

bool ImageXObjects::add_soft_mask(HPDF_Image xobject, const RasterImage& image) {
  if (image.alpha.empty()) return true;
  if (image.alpha.size() != pixel_count(image)) {
    session_.fail("the image '" + image.source_path + "' has the wrong number of alpha samples");
    return false;
  }
  HPDF_Image mask = session_.check(HPDF_LoadRawImageFromMem(
      session_.doc(), bytes(image.alpha), image.width, image.height, HPDF_CS_DEVICE_GRAY, 8));
  return mask != nullptr && session_.check(HPDF_Image_AddSMask(xobject, mask));
}

bool draw_image(LibharuSession& session, HPDF_Page page, double page_height, HPDF_Image xobject,
                const PlacedImage& placed) {
  double bottom = page_height - placed.y - placed.height;
  return session.check(HPDF_Page_DrawImage(
      page, xobject, static_cast<HPDF_REAL>(placed.x), static_cast<HPDF_REAL>(bottom),
      static_cast<HPDF_REAL>(placed.width), static_cast<HPDF_REAL>(placed.height)));
}

}  // namespace handout
