#include "image/image_header.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdio>
#include <string>

#include "image/jpeg_structure.h"
#include "image/png_structure.h"

namespace handout {
namespace {

uint64_t byte_at(std::string_view bytes, size_t at) { return static_cast<uint8_t>(bytes[at]); }

// The `count` bytes at `at`, or fewer where the file ends.
std::string_view slice(std::string_view bytes, size_t at, size_t count) {
  return at > bytes.size() ? std::string_view() : bytes.substr(at, count);
}

// Unsigned integers of `count` bytes at `at`, or nothing past the end of `bytes`.
std::optional<uint64_t> big_endian(std::string_view bytes, size_t at, size_t count) {
  if (at + count > bytes.size()) return std::nullopt;
  uint64_t value = 0;
  for (size_t i = 0; i < count; ++i) value = (value << 8) | byte_at(bytes, at + i);
  return value;
}

std::optional<uint64_t> little_endian(std::string_view bytes, size_t at, size_t count) {
  if (at + count > bytes.size()) return std::nullopt;
  uint64_t value = 0;
  for (size_t i = count; i-- > 0;) value = (value << 8) | byte_at(bytes, at + i);
  return value;
}

ImageHeader sized(ImageFormat format, std::optional<uint64_t> width,
                  std::optional<uint64_t> height) {
  ImageHeader header;
  header.format = format;
  header.width = width;
  header.height = height;
  return header;
}

ImageHeader png_header(std::string_view bytes) {
  if (slice(bytes, 12, 4) != "IHDR") return sized(ImageFormat::png, {}, {});
  return sized(ImageFormat::png, big_endian(bytes, 16, 4), big_endian(bytes, 20, 4));
}

ImageHeader jpeg_header(std::string_view bytes) {
  const JpegStructure structure = read_jpeg_structure(bytes);
  if (structure.components == 0) return sized(ImageFormat::jpeg, {}, {});
  return sized(ImageFormat::jpeg, structure.width, structure.height);
}

// The OS/2 header (12 bytes) has 16-bit sizes; the others 32-bit, with a negative height for
// rows stored top down.
ImageHeader bmp_header(std::string_view bytes) {
  const std::optional<uint64_t> header_size = little_endian(bytes, 14, 4);
  if (header_size == 12) {
    return sized(ImageFormat::bmp, little_endian(bytes, 18, 2), little_endian(bytes, 20, 2));
  }
  std::optional<uint64_t> height = little_endian(bytes, 22, 4);
  if (height && *height >= 0x80000000u) height = 0x100000000u - *height;
  return sized(ImageFormat::bmp, little_endian(bytes, 18, 4), height);
}

// Binary PNM (P5 grey, P6 colour) as stb_image reads it: the magic, then width, height and the
// largest sample value in ASCII, separated by white space and '#' comments, then one white space
// character and the samples.
class PnmHeaderReader {
 public:
  explicit PnmHeaderReader(std::string_view bytes) : bytes_(bytes) {}

  ImageHeader read() {
    ImageHeader header;
    header.format = ImageFormat::pnm;
    header.width = number();
    header.height = number();
    const std::optional<uint64_t> largest = number();
    if (!header.has_size() || !largest || at_ >= bytes_.size()) return header;
    const uint64_t samples = bytes_[1] == '6' ? 3 : 1;
    const uint64_t sample_bytes = *largest > 255 ? 2 : 1;
    // Saturated sizes stay far above any file's length, so they still read as truncated.
    if (*header.width < (1ull << 24) && *header.height < (1ull << 24)) {
      header.complete_size = at_ + 1 + *header.width * *header.height * samples * sample_bytes;
    }
    return header;
  }

 private:
  void skip_space_and_comments() {
    while (at_ < bytes_.size()) {
      if (std::isspace(static_cast<unsigned char>(bytes_[at_]))) {
        ++at_;
      } else if (bytes_[at_] == '#') {
        while (at_ < bytes_.size() && bytes_[at_] != '\n' && bytes_[at_] != '\r') ++at_;
      } else {
        return;
      }
    }
  }

  // A decimal number; none when it is larger than stb_image's int can hold (the structure check
  // then says so, instead of a size the file does not give).
  std::optional<uint64_t> number() {
    skip_space_and_comments();
    if (at_ >= bytes_.size() || !std::isdigit(static_cast<unsigned char>(bytes_[at_]))) {
      return std::nullopt;
    }
    uint64_t value = 0;
    for (; at_ < bytes_.size() && std::isdigit(static_cast<unsigned char>(bytes_[at_])); ++at_) {
      value = std::min<uint64_t>(value * 10 + (bytes_[at_] - '0'), 1ull << 40);
    }
    if (value > INT_MAX) return std::nullopt;
    return value;
  }

  std::string_view bytes_;
  size_t at_ = 2;  // after the magic
};

// Radiance HDR: text lines up to an empty one, then "-Y height +X width".
ImageHeader hdr_header(std::string_view bytes) {
  ImageHeader header;
  header.format = ImageFormat::hdr;
  const size_t blank = bytes.find("\n\n");
  if (blank == std::string_view::npos) return header;
  const size_t start = blank + 2;
  std::string_view line = bytes.substr(start, bytes.find('\n', start) - start);
  unsigned long long height = 0, width = 0;
  char rest = 0;
  const std::string text(line.substr(0, 64));
  if (std::sscanf(text.c_str(), "-Y %llu +X %llu%c", &height, &width, &rest) >= 2) {
    header.width = width;
    header.height = height;
  }
  return header;
}

// TGA has no signature: these are the header fields stb_image accepts (colour map type 0 or 1,
// image type 1-3 or 9-11, a pixel size it knows).
bool looks_like_tga(std::string_view bytes) {
  if (bytes.size() < 18) return false;
  const uint64_t map_type = byte_at(bytes, 1), image_type = byte_at(bytes, 2);
  const uint64_t bits = byte_at(bytes, 16);
  if (map_type > 1) return false;
  const uint64_t base_type = image_type & ~8ull;
  if (map_type == 1 ? base_type != 1 : (base_type != 2 && base_type != 3)) return false;
  if (image_type > 11) return false;
  return bits == 8 || bits == 15 || bits == 16 || bits == 24 || bits == 32;
}

// An uncompressed TGA is its 18-byte header, an ID, a colour map, then every pixel.
ImageHeader tga_header(std::string_view bytes) {
  ImageHeader header =
      sized(ImageFormat::tga, little_endian(bytes, 12, 2), little_endian(bytes, 14, 2));
  const bool compressed = byte_at(bytes, 2) >= 9;
  if (compressed) return header;
  const uint64_t id_length = byte_at(bytes, 0);
  const uint64_t map_entries = byte_at(bytes, 1) == 1 ? *little_endian(bytes, 5, 2) : 0;
  const uint64_t map_entry_bytes = (byte_at(bytes, 7) + 7) / 8;
  const uint64_t pixel_bytes = (byte_at(bytes, 16) + 7) / 8;
  header.complete_size =
      18 + id_length + map_entries * map_entry_bytes + *header.width * *header.height * pixel_bytes;
  return header;
}

}  // namespace

const char* format_name(ImageFormat format) {
  switch (format) {
    case ImageFormat::png:
      return "PNG";
    case ImageFormat::jpeg:
      return "JPEG";
    case ImageFormat::gif:
      return "GIF";
    case ImageFormat::bmp:
      return "BMP";
    case ImageFormat::psd:
      return "PSD";
    case ImageFormat::pic:
      return "PIC";
    case ImageFormat::pnm:
      return "PNM";
    case ImageFormat::hdr:
      return "HDR";
    case ImageFormat::tga:
      return "TGA";
  }
  return "image";
}

std::optional<ImageHeader> read_image_header(std::string_view bytes) {
  if (looks_like_png(bytes)) return png_header(bytes);
  if (looks_like_jpeg(bytes)) return jpeg_header(bytes);
  if (bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a")) {
    return sized(ImageFormat::gif, little_endian(bytes, 6, 2), little_endian(bytes, 8, 2));
  }
  if (bytes.starts_with("BM")) return bmp_header(bytes);
  if (bytes.starts_with("8BPS")) {
    return sized(ImageFormat::psd, big_endian(bytes, 18, 4), big_endian(bytes, 14, 4));
  }
  if (bytes.starts_with("\x53\x80\xF6\x34") && slice(bytes, 88, 4) == "PICT") {
    return sized(ImageFormat::pic, big_endian(bytes, 92, 2), big_endian(bytes, 94, 2));
  }
  if (bytes.starts_with("P5") || bytes.starts_with("P6")) return PnmHeaderReader(bytes).read();
  if (bytes.starts_with("#?RADIANCE\n") || bytes.starts_with("#?RGBE\n")) {
    return hdr_header(bytes);
  }
  if (looks_like_tga(bytes)) return tga_header(bytes);
  return std::nullopt;
}

}  // namespace handout
