#include "bind/resource_caches.h"

#include <limits>

#include "image/decoding_memory.h"

namespace handout {

ResourceCaches::ResourceCaches()
    : faces_(std::numeric_limits<uint64_t>::max(), [](const FontFace&) -> uint64_t { return 0; }),
      images_(kRetainedImageBytes, loaded_image_memory) {}

}  // namespace handout
