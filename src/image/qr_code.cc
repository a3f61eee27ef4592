#include "image/qr_code.h"

#include <qrencode.h>

#include <cerrno>
#include <string>

namespace handout {
namespace {

constexpr int kQuietZone = 4;  // modules of white around the code

struct QrCodeDeleter {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

std::string why_not_encoded(int error, size_t length) {
  if (error == ERANGE) {
    return "the text of the QR code is too long (" + std::to_string(length) +
           " bytes; a QR code holds at most 2331 at the error correction handout uses)";
  }
  return "the QR code cannot be made from this text";
}

std::shared_ptr<RasterImage> image_of(const QRcode& code, std::string_view text) {
  auto image = std::make_shared<RasterImage>();
  const int side = code.width + 2 * kQuietZone;
  image->source_path = "QR code for '" + std::string(text) + "'";
  image->width = image->height = side;
  image->color_channels = 1;
  image->pixels.assign(static_cast<size_t>(side) * side, 255);
  for (int y = 0; y < code.width; ++y) {
    for (int x = 0; x < code.width; ++x) {
      const bool dark = (code.data[y * code.width + x] & 1) != 0;
      if (dark) image->pixels[(y + kQuietZone) * side + x + kQuietZone] = 0;
    }
  }
  return image;
}

}  // namespace

std::shared_ptr<const RasterImage> encode_qr_code(std::string_view text,
                                                  const SourceLocation& where,
                                                  Diagnostics& diagnostics) {
  if (text.empty()) {
    diagnostics.error(where, "a QR code needs text to encode, and this one is empty");
    return nullptr;
  }
  errno = 0;
  std::unique_ptr<QRcode, QrCodeDeleter> code(
      QRcode_encodeData(static_cast<int>(text.size()),
                        reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M));
  if (!code) {
    diagnostics.error(where, why_not_encoded(errno, text.size()));
    return nullptr;
  }
  return image_of(*code, text);
}

}  // namespace handout
