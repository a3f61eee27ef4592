#pragma once

#include <memory>
#include <string_view>

#include "core/diagnostic.h"
#include "core/source_location.h"
#include "image/raster_image.h"

namespace handout {

// The QR code (error correction level M, the smallest version that holds the text as 8-bit
// bytes) as an 8-bit grey image: one pixel per module, black on white, with the 4-module quiet
// zone the standard asks for around it. Draw it without interpolation so modules stay square.
// Empty text, or text too long for any QR code (over 2331 bytes at level M), is an error at
// `where` and gives null.
std::shared_ptr<const RasterImage> encode_qr_code(std::string_view text,
                                                  const SourceLocation& where,
                                                  Diagnostics& diagnostics);

}  // namespace handout
