#include "text/font_face.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <system_error>

#include "core/file_reading.h"
#include "text/font_face_impl.h"
#include "text/font_properties.h"
#include "text/sfnt_directory.h"

namespace handout {
namespace {

bool has_table(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* table = hb_face_reference_table(face, tag);
  const bool present = hb_blob_get_length(table) > 0;
  hb_blob_destroy(table);
  return present;
}

bool is_font_collection(std::string_view bytes) { return bytes.substr(0, 4) == "ttcf"; }

void unmap(void* mapping) {
  auto* view = static_cast<std::string_view*>(mapping);
  if (!view->empty()) ::munmap(const_cast<char*>(view->data()), view->size());
  delete view;
}

// Maps the whole file read-only into a blob that unmaps it when destroyed; nothing (and why in
// `error`) when it cannot be opened or is a folder. An empty file gives an empty blob.
hb_blob_t* map_file(const std::string& path, std::string& error) {
  // O_NONBLOCK: opening a named pipe would wait for a writer; it is refused below.
  const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (descriptor < 0) {
    error = std::strerror(errno);
    return nullptr;
  }
  struct stat status {};
  int failure = ::fstat(descriptor, &status) != 0 ? errno : 0;
  if (failure == 0 && S_ISDIR(status.st_mode)) failure = EISDIR;
  if (std::optional<std::string> reason = special_file_reason(status.st_mode);
      failure == 0 && reason) {
    ::close(descriptor);
    error = *reason;
    return nullptr;
  }
  if (failure == 0 && static_cast<uint64_t>(status.st_size) > UINT_MAX) failure = EFBIG;
  void* address = nullptr;
  const size_t size = failure == 0 ? static_cast<size_t>(status.st_size) : 0;
  if (size > 0) {
    address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, descriptor, 0);
    if (address == MAP_FAILED) failure = errno;
  }
  ::close(descriptor);
  if (failure != 0) {
    error = std::strerror(failure);
    return nullptr;
  }
  auto* view = new std::string_view(static_cast<const char*>(address), size);
  return hb_blob_create(view->data(), static_cast<unsigned>(size), HB_MEMORY_MODE_READONLY, view,
                        unmap);
}

// Reports why the parsed face cannot be used by handout, if it cannot.
bool check_face_is_usable(const FontFace::Impl& impl, const SourceLocation& where,
                          Diagnostics& diagnostics) {
  const std::string quoted = "'" + impl.path + "'";
  if (hb_face_get_glyph_count(impl.face) == 0 ||
      !has_table(impl.face, HB_TAG('h', 'e', 'a', 'd'))) {
    diagnostics.error(where, "font file " + quoted + " is not a font handout can read",
                      {"handout reads TrueType (.ttf) fonts; a web page or a text file saved "
                       "under a .ttf name is not one"});
    return false;
  }
  if (has_table(impl.face, HB_TAG('g', 'l', 'y', 'f'))) return true;
  if (has_table(impl.face, HB_TAG('C', 'F', 'F', ' ')) ||
      has_table(impl.face, HB_TAG('C', 'F', 'F', '2'))) {
    diagnostics.error(where,
                      "font file " + quoted +
                          " has PostScript (CFF) outlines; handout embeds TrueType outlines only",
                      {"use the TrueType (.ttf) version of this font"});
  } else {
    diagnostics.error(where, "font file " + quoted +
                                 " has no TrueType outlines ('glyf' table); handout embeds "
                                 "TrueType outlines only");
  }
  return false;
}

// Parses the mapped file in place; the face reads its tables straight from the mapping.
void open_face(FontFace::Impl& impl) { impl.face = hb_face_create(impl.blob, 0); }

void open_font(FontFace::Impl& impl) {
  impl.units_per_em = hb_face_get_upem(impl.face);
  impl.font = hb_font_create(impl.face);
  const int scale = static_cast<int>(impl.units_per_em);
  hb_font_set_scale(impl.font, scale, scale);
  hb_font_make_immutable(impl.font);
}

}  // namespace

std::shared_ptr<const FontFace> FontFace::load(const std::string& path, const SourceLocation& where,
                                               Diagnostics& diagnostics) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  std::string error;
  impl->blob = map_file(path, error);
  if (impl->blob == nullptr) {
    diagnostics.error(where, "cannot read font file '" + path + "': " + error);
    return nullptr;
  }
  unsigned length = 0;
  const char* data = hb_blob_get_data(impl->blob, &length);
  impl->mapped = std::string_view(data == nullptr ? "" : data, length);
  if (impl->mapped.empty()) {
    diagnostics.error(where, "font file '" + path + "' is empty",
                      {"copy the font file again; a TrueType font is a .ttf file of some "
                       "kilobytes"});
    return nullptr;
  }
  if (is_font_collection(impl->mapped)) {
    diagnostics.error(
        where,
        "font file '" + path + "' is a font collection; handout needs one TrueType font per file",
        {"use the single-font .ttf file of the face you want"});
    return nullptr;
  }
  if (std::optional<std::string> damage = sfnt_directory_problem(impl->mapped)) {
    diagnostics.error(where, "font file '" + path + "' is truncated or damaged: " + *damage,
                      {"copy or download the font file again"});
    return nullptr;
  }
  open_face(*impl);
  if (!check_face_is_usable(*impl, where, diagnostics)) return nullptr;
  open_font(*impl);
  read_font_properties(*impl);
  return std::shared_ptr<const FontFace>(new FontFace(std::move(impl)));
}

FontFace::FontFace(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FontFace::~FontFace() = default;

const std::string& FontFace::path() const { return impl_->path; }
const std::string& FontFace::postscript_name() const { return impl_->postscript_name; }
const std::string& FontFace::file_bytes() const {
  std::call_once(impl_->copy_once, [this] { impl_->file_bytes = std::string(impl_->mapped); });
  return impl_->file_bytes;
}
unsigned FontFace::units_per_em() const { return impl_->units_per_em; }
int FontFace::ascender() const { return impl_->ascender; }
int FontFace::descender() const { return impl_->descender; }
int FontFace::cap_height() const { return impl_->cap_height; }
int FontFace::italic_angle() const { return impl_->italic_angle; }
bool FontFace::is_bold() const { return impl_->is_bold; }
bool FontFace::is_italic() const { return impl_->is_italic; }

void FontFace::bounding_box(int box[4]) const {
  for (int i = 0; i < 4; ++i) box[i] = impl_->bounding_box[i];
}

uint32_t FontFace::glyph_for(char32_t code_point) const {
  hb_codepoint_t glyph = 0;
  if (!hb_font_get_nominal_glyph(impl_->font, code_point, &glyph)) return 0;
  return glyph;
}

int FontFace::advance_of(uint32_t glyph_id) const {
  return hb_font_get_glyph_h_advance(impl_->font, glyph_id);
}

}  // namespace handout
