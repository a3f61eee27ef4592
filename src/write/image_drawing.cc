#include "write/image_drawing.h"

#include <string>

#include "write/pdf_syntax.h"

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

// 16-bit samples need PDF 1.5, which LibharuSession declares.
bool is_png_bit_depth(int color_type, int bit_depth) {
  switch (color_type) {
    case 0:  // grey
      return bit_depth == 1 || bit_depth == 2 || bit_depth == 4 || bit_depth == 8 ||
             bit_depth == 16;
    case 2:  // RGB
      return bit_depth == 8 || bit_depth == 16;
    case 3:  // palette
      return bit_depth == 1 || bit_depth == 2 || bit_depth == 4 || bit_depth == 8;
    default:
      return false;
  }
}

// The image loader has checked the data itself; this only keeps a RasterImage built elsewhere
// from producing an image dictionary that contradicts itself.
std::string png_problem(const RasterImage& image) {
  const RasterImage::PngPassthrough& png = *image.png;
  if (image.width <= 0 || image.height <= 0) return "has no pixels";
  if (png.idat.empty()) return "has no image data";
  if (!is_png_bit_depth(png.color_type, png.bit_depth)) {
    return "has colour type " + std::to_string(png.color_type) + " with " +
           std::to_string(png.bit_depth) + "-bit samples, which cannot be passed through";
  }
  const size_t channels = png.palette_channels == 1 ? 1 : 3;
  const size_t entries = png.palette.size() / channels;
  if (png.color_type == 3 && (png.palette.size() % channels != 0 || entries < 1 || entries > 256)) {
    return std::string("has a palette that is not 1 to 256 ") + (channels == 1 ? "grey" : "RGB") +
           " entries";
  }
  return {};
}

// libharu removes /Filter from a stream it does not compress itself, yet the PNG data is already
// compressed: the dictionary writes the entry back through its write hook.
HPDF_STATUS write_flate_filter(HPDF_Dict /*xobject*/, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

bool add_png_color_space(LibharuSession& session, HPDF_Dict xobject,
                         const RasterImage::PngPassthrough& png) {
  if (png.color_type != 3) {
    const char* space = png.color_type == 0 ? "DeviceGray" : "DeviceRGB";
    return session.check(HPDF_Dict_AddName(xobject, "ColorSpace", space));
  }
  HPDF_MMgr mmgr = session.doc()->mmgr;
  HPDF_Array indexed = session.check(HPDF_Array_New(mmgr));
  auto* entries = reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(png.palette.data()));
  const auto size = static_cast<HPDF_UINT>(png.palette.size());
  const bool gray = png.palette_channels == 1;
  const auto highest_index = static_cast<HPDF_INT32>(size / (gray ? 1 : 3) - 1);
  return indexed != nullptr && session.check(HPDF_Dict_Add(xobject, "ColorSpace", indexed)) &&
         session.check(HPDF_Array_AddName(indexed, "Indexed")) &&
         session.check(HPDF_Array_AddName(indexed, gray ? "DeviceGray" : "DeviceRGB")) &&
         session.check(HPDF_Array_AddNumber(indexed, highest_index)) &&
         session.check(HPDF_Array_Add(indexed, HPDF_Binary_New(mmgr, entries, size)));
}

// How FlateDecode undoes PNG's row filters: Predictor 15 means "a PNG filter type per row".
bool add_png_decode_parms(LibharuSession& session, HPDF_Dict xobject, const RasterImage& image) {
  const RasterImage::PngPassthrough& png = *image.png;
  HPDF_Dict parms = session.check(HPDF_Dict_New(session.doc()->mmgr));
  return parms != nullptr && session.check(HPDF_Dict_Add(xobject, "DecodeParms", parms)) &&
         session.check(HPDF_Dict_AddNumber(parms, "Predictor", 15)) &&
         session.check(HPDF_Dict_AddNumber(parms, "Colors", png.color_type == 2 ? 3 : 1)) &&
         session.check(HPDF_Dict_AddNumber(parms, "BitsPerComponent", png.bit_depth)) &&
         session.check(HPDF_Dict_AddNumber(parms, "Columns", image.width));
}

bool describe_png(LibharuSession& session, HPDF_Dict xobject, const RasterImage& image) {
  return session.check(HPDF_Dict_AddName(xobject, "Type", "XObject")) &&
         session.check(HPDF_Dict_AddName(xobject, "Subtype", "Image")) &&
         session.check(HPDF_Dict_AddNumber(xobject, "Width", image.width)) &&
         session.check(HPDF_Dict_AddNumber(xobject, "Height", image.height)) &&
         session.check(HPDF_Dict_AddNumber(xobject, "BitsPerComponent", image.png->bit_depth)) &&
         add_png_color_space(session, xobject, *image.png) &&
         add_png_decode_parms(session, xobject, image);
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
  HPDF_Image xobject = image.png                  ? embed_png(image)
                       : image.jpeg_bytes.empty() ? embed_pixels(image)
                                                  : embed_jpeg(image);
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

HPDF_Image ImageXObjects::embed_png(const RasterImage& image) {
  std::string problem = png_problem(image);
  if (!problem.empty()) {
    session_.fail("the PNG image '" + image.source_path + "' " + problem);
    return nullptr;
  }
  HPDF_Doc doc = session_.doc();
  HPDF_Dict xobject = session_.check(HPDF_DictStream_New(doc->mmgr, doc->xref));
  if (xobject == nullptr) return nullptr;
  xobject->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;  // what HPDF_Page_DrawImage accepts
  xobject->filter = HPDF_STREAM_FILTER_NONE;            // the bytes are copied as they are
  xobject->write_fn = write_flate_filter;
  const std::string& data = image.png->idat;
  bool embedded = describe_png(session_, xobject, image) &&
                  session_.check(HPDF_Stream_Write(xobject->stream,
                                                   reinterpret_cast<const HPDF_BYTE*>(data.data()),
                                                   static_cast<HPDF_UINT>(data.size())));
  return embedded ? xobject : nullptr;
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
                const PlacedImage& placed, std::string& content) {
  const char* name = session.check(HPDF_Page_GetXObjectName(page, xobject));
  if (name == nullptr) return false;
  const double bottom = page_height - placed.y - placed.height;
  content += "q\n" + pdf_number(placed.width) + " 0 0 " + pdf_number(placed.height) + " " +
             pdf_number(placed.x) + " " + pdf_number(bottom) + " cm\n/" + name + " Do\nQ\n";
  return true;
}

}  // namespace handout
