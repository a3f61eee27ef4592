#include "text/font_face.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <system_error>

#include "core/file_reading.h"
#include "core/resource_limits.h"
#include "text/font_face_impl.h"
#include "text/font_properties.h"
#include "text/font_subsetting.h"
#include "text/sfnt_directory.h"
#include "text/sfnt_metrics_check.h"

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

// Why a font file was not mapped: the reason in words, or its size when it is over the limit.
struct MapFailure {
  std::string reason;
  std::optional<uint64_t> too_large;
};

// Maps the whole file read-only into a blob that unmaps it when destroyed; nothing (and why in
// `failure`) when it cannot be opened, is a folder or a special file, or is larger than
// `max_bytes`, which is checked before anything is mapped or read. An empty file gives an empty
// blob.
hb_blob_t* map_file(const std::string& path, uint64_t max_bytes, MapFailure& failure) {
  // O_NONBLOCK: opening a named pipe would wait for a writer; it is refused below.
  const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (descriptor < 0) {
    failure.reason = std::strerror(errno);
    return nullptr;
  }
  struct stat status {};
  int error = ::fstat(descriptor, &status) != 0 ? errno : 0;
  if (error == 0 && S_ISDIR(status.st_mode)) error = EISDIR;
  if (std::optional<std::string> reason = special_file_reason(status.st_mode);
      error == 0 && reason) {
    ::close(descriptor);
    failure.reason = *reason;
    return nullptr;
  }
  if (error == 0 && static_cast<uint64_t>(status.st_size) > max_bytes) {
    ::close(descriptor);
    failure.too_large = static_cast<uint64_t>(status.st_size);
    return nullptr;
  }
  void* address = nullptr;
  const size_t size = error == 0 ? static_cast<size_t>(status.st_size) : 0;
  if (size > 0) {
    address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, descriptor, 0);
    if (address == MAP_FAILED) error = errno;
  }
  ::close(descriptor);
  if (error != 0) {
    failure.reason = std::strerror(error);
    return nullptr;
  }
  auto* view = new std::string_view(static_cast<const char*>(address), size);
  return hb_blob_create(view->data(), static_cast<unsigned>(size), HB_MEMORY_MODE_READONLY, view,
                        unmap);
}

// Besides 'head', 'maxp' (without which HarfBuzz counts no glyphs) and 'glyf': the tables of
// every TrueType font that shaping (cmap), measuring (hhea, hmtx) and embedding (loca) read.
// HarfBuzz reads a missing one as empty.
bool has_required_tables(const FontFace::Impl& impl, const SourceLocation& where,
                         Diagnostics& diagnostics) {
  for (const char* tag : {"cmap", "hhea", "hmtx", "loca"}) {
    if (has_table(impl.face, hb_tag_from_string(tag, 4))) continue;
    diagnostics.error(where,
                      "font file '" + impl.path + "' is damaged: it has no '" + tag +
                          "' table, which every TrueType font has",
                      {"copy or download the font file again"});
    return false;
  }
  return true;
}

// The writer embeds a HarfBuzz subset of each font it draws with, and HarfBuzz refuses to subset
// a font any of whose tables is malformed: tried here, so that such a font is refused where the
// template names it.
bool check_font_can_be_subset(const FontFace::Impl& impl, const SourceLocation& where,
                              Diagnostics& diagnostics) {
  if (subset_truetype(impl.mapped, {})) return true;
  diagnostics.error(
      where,
      "font file '" + impl.path + "' is damaged: HarfBuzz cannot subset it to embed it in the PDF",
      {"one of its tables is malformed; copy or download the font file again"});
  return false;
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
  if (has_table(impl.face, HB_TAG('g', 'l', 'y', 'f'))) {
    return has_required_tables(impl, where, diagnostics);
  }
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
                                               Diagnostics& diagnostics, uint64_t max_bytes) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  MapFailure failure;
  max_bytes = std::min(max_bytes, kLargestFontBytes);
  impl->blob = map_file(path, max_bytes, failure);
  if (failure.too_large) {
    diagnostics.error(where,
                      "font file '" + path + "' " +
                          too_large_in_words(*failure.too_large, true, max_bytes) +
                          " handout reads from a font file",
                      {raise_limit_hint(kMaxFontSizeOption, "SIZE")});
    return nullptr;
  }
  if (impl->blob == nullptr) {
    diagnostics.error(where, "cannot read font file '" + path + "': " + failure.reason);
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
  std::optional<std::string> damage = sfnt_directory_problem(impl->mapped);
  if (!damage) damage = sfnt_metrics_problem(impl->mapped);
  if (damage) {
    diagnostics.error(where, "font file '" + path + "' is truncated or damaged: " + *damage,
                      {"copy or download the font file again"});
    return nullptr;
  }
  open_face(*impl);
  if (!check_face_is_usable(*impl, where, diagnostics) ||
      !check_font_can_be_subset(*impl, where, diagnostics)) {
    return nullptr;
  }
  open_font(*impl);
  read_font_properties(*impl);
  return std::shared_ptr<const FontFace>(new FontFace(std::move(impl)));
}

FontFace::FontFace(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FontFace::~FontFace() = default;

const std::string& FontFace::path() const { return impl_->path; }
const std::string& FontFace::postscript_name() const { return impl_->postscript_name; }
std::string_view FontFace::file_bytes() const { return impl_->mapped; }
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
