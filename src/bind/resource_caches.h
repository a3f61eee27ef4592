#pragma once

#include <cstdint>

#include "bind/shared_file_cache.h"
#include "core/resource_limits.h"
#include "image/raster_image.h"
#include "text/font_face.h"

namespace handout {

// Of the figures no document is using, the most recently used 32 MiB stay for the next ones.
constexpr uint64_t kRetainedImageBytes = 32 * kMebibyte;

// The faces and figure images loaded so far, for every document that shares this object (a
// batch's documents, a watch's renders): each file read once, keyed by its path, size and
// modification time, and handed out read-only to every thread that names it. The app owns one
// (in its World); a test makes its own, so tests share nothing.
class ResourceCaches {
 public:
  ResourceCaches();

  ResourceCaches(const ResourceCaches&) = delete;
  ResourceCaches& operator=(const ResourceCaches&) = delete;

  // Fonts are few and mapped from their files: all of them stay.
  SharedFileCache<FontFace>& faces() { return faces_; }
  // Figures stay while they are used, and the most recently used kRetainedImageBytes after.
  SharedFileCache<RasterImage>& images() { return images_; }

 private:
  SharedFileCache<FontFace> faces_;
  SharedFileCache<RasterImage> images_;
};

}  // namespace handout
