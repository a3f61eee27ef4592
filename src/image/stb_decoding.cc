#include "image/stb_decoding.h"

#include <stb_image.h>

#include <algorithm>
#include <cstring>

namespace handout {
namespace {

// stb_image refills its 128-byte buffer with reads of exactly this size, which may come back
// short at the end of a file; a read of any other size is for bytes a decoder needs.
constexpr int kStbBufferBytes = 128;

// The file's bytes as stb_image's callbacks hand them out.
struct CallbackSource {
  std::string_view bytes;
  size_t at = 0;
  bool read_past_end = false;

  size_t remaining() const { return bytes.size() - at; }

  static int read(void* user, char* data, int size) {
    auto& source = *static_cast<CallbackSource*>(user);
    if (size <= 0) return 0;
    const size_t wanted = static_cast<size_t>(size);
    if (source.remaining() == 0 || (size != kStbBufferBytes && wanted > source.remaining())) {
      source.read_past_end = true;
    }
    const size_t count = std::min(wanted, source.remaining());
    std::memcpy(data, source.bytes.data() + source.at, count);
    source.at += count;
    return static_cast<int>(count);
  }

  static void skip(void* user, int count) {
    auto& source = *static_cast<CallbackSource*>(user);
    if (count < 0) return;
    if (static_cast<size_t>(count) > source.remaining()) source.read_past_end = true;
    source.at += std::min(static_cast<size_t>(count), source.remaining());
  }

  static int eof(void* user) { return static_cast<CallbackSource*>(user)->remaining() == 0; }
};

// Softimage PIC, by its signature and the "PICT" tag after its 80-byte comment.
bool looks_like_pic(std::string_view bytes) {
  return bytes.substr(0, 4) == "\x53\x80\xF6\x34" && bytes.size() >= 92 &&
         bytes.substr(88, 4) == "PICT";
}

}  // namespace

void StbSamplesDeleter::operator()(uint8_t* samples) const { stbi_image_free(samples); }

StbDecoding decode_with_stb(std::string_view bytes) {
  static const stbi_io_callbacks kCallbacks = {CallbackSource::read, CallbackSource::skip,
                                               CallbackSource::eof};
  CallbackSource source{bytes};
  StbDecoding decoding;
  // stb_image decodes a PIC into four channels, then converts them to the file's count; when the
  // decoding failed, it converts a null buffer and crashes (found by fuzz_image). Asking for four
  // channels skips that conversion.
  const int channels_asked = looks_like_pic(bytes) ? 4 : 0;
  decoding.samples.reset(stbi_load_from_callbacks(&kCallbacks, &source, &decoding.width,
                                                  &decoding.height, &decoding.channels,
                                                  channels_asked));
  if (channels_asked) decoding.channels = channels_asked;
  if (!decoding.samples) {
    const char* reason = stbi_failure_reason();
    decoding.failure = reason ? reason : "unknown failure";
  }
  decoding.read_past_end = source.read_past_end;
  return decoding;
}

}  // namespace handout
