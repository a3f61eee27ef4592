#include "bind/resource_loading.h"

#include <sys/stat.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <list>
#include <map>
#include <mutex>

#include "image/decoding_memory.h"
#include "image/qr_code.h"

namespace handout {
namespace {

// What tells one version of a file from the next without reading it.
struct FileStamp {
  long long size = -1;
  long long modified_ns = -1;
  bool operator==(const FileStamp&) const = default;
};

FileStamp stamp_of(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return {};
  return {static_cast<long long>(status.st_size),
          static_cast<long long>(status.st_mtim.tv_sec) * 1000000000LL + status.st_mtim.tv_nsec};
}

// A process-wide cache of things loaded from files, shared read-only across threads. Each path
// (and `variant`, what else the result depends on) has its own slot, so a slow load blocks only
// the threads that want the same file; a file whose stamp changed is loaded again; a failed load
// (null) is not kept. What the documents of a batch no longer use stays only while the most
// recently used of it fits in `retained_bytes` (by `size_of`): a batch of documents with a large
// figure each must not keep every one of them, while a logo that all of them show is read once.
template <typename T>
class SharedFileCache {
 public:
  using Loader = std::function<std::shared_ptr<const T>()>;
  using SizeOf = uint64_t (*)(const T&);

  SharedFileCache(uint64_t retained_bytes, SizeOf size_of)
      : retained_bytes_(retained_bytes), size_of_(size_of) {}

  std::shared_ptr<const T> get(const std::string& path, const Loader& load,
                               const std::string& variant = "") {
    std::shared_ptr<Slot> slot = slot_for(path + '\n' + variant);
    const FileStamp stamp = stamp_of(path);
    std::lock_guard<std::mutex> lock(slot->mutex);
    std::shared_ptr<const T> value = slot->value.lock();
    if (!value || slot->stamp != stamp) {
      value = load();
      slot->value = value;
      slot->stamp = stamp;
    }
    if (value) retain(value);
    return value;
  }

 private:
  struct Slot {
    std::mutex mutex;
    FileStamp stamp;
    std::weak_ptr<const T> value;  // alive while a document or the retained list holds it
  };

  std::shared_ptr<Slot> slot_for(const std::string& path) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::shared_ptr<Slot>& slot = slots_[path];
    if (!slot) slot = std::make_shared<Slot>();
    return slot;
  }

  // Makes `value` the most recently used, and lets go of the least recently used beyond the
  // budget (a value larger than the whole budget is not retained at all).
  void retain(const std::shared_ptr<const T>& value) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto known = std::find_if(retained_.begin(), retained_.end(),
                              [&](const Retained& entry) { return entry.value == value; });
    if (known != retained_.end()) {
      retained_.splice(retained_.end(), retained_, known);
      return;
    }
    retained_.push_back({value, size_of_(*value)});
    retained_size_ += retained_.back().bytes;
    while (retained_size_ > retained_bytes_ || retained_.size() > kMostRetained) {
      retained_size_ -= retained_.front().bytes;
      retained_.pop_front();
    }
  }

  static constexpr size_t kMostRetained = 64;  // the list is searched on every use

  struct Retained {
    std::shared_ptr<const T> value;
    uint64_t bytes = 0;
  };

  const uint64_t retained_bytes_;
  const SizeOf size_of_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Slot>> slots_;
  std::list<Retained> retained_;  // least recently used first
  uint64_t retained_size_ = 0;
};

// Fonts are few and mapped from their files: all of them stay.
SharedFileCache<FontFace>& shared_faces() {
  static auto* cache = new SharedFileCache<FontFace>(std::numeric_limits<uint64_t>::max(),
                                                     [](const FontFace&) -> uint64_t { return 0; });
  return *cache;  // lives as long as the process
}

// Of the figures no document is using, the most recently used 32 MiB stay for the next ones.
constexpr uint64_t kRetainedImageBytes = 32 * kMebibyte;

SharedFileCache<RasterImage>& shared_images() {
  static auto* cache = new SharedFileCache<RasterImage>(kRetainedImageBytes, loaded_image_memory);
  return *cache;
}

template <typename BlockT, typename Visit>
void visit_block_styles(BlockT& block, const Visit& visit) {
  if (auto* heading = std::get_if<HeadingBlock>(&block)) visit(heading->style);
  if (auto* paragraph = std::get_if<ParagraphBlock>(&block)) visit(paragraph->style);
  if (auto* figure = std::get_if<FigureBlock>(&block)) visit(figure->caption_style);
  if (auto* list = std::get_if<ListBlock>(&block)) visit(list->style);
  if (auto* table = std::get_if<TableBlock>(&block)) {
    visit(table->header_style);
    visit(table->cell_style);
  }
  if (auto* toc = std::get_if<TocBlock>(&block)) visit(toc->entry_style);
  if (auto* group = std::get_if<GroupBlock>(&block)) {
    for (auto& inner : group->blocks) visit_block_styles(inner, visit);
  }
  if (auto* callout = std::get_if<CalloutBlock>(&block)) {
    for (auto& inner : callout->blocks) visit_block_styles(inner, visit);
  }
}

// Calls `visit` on every face choice of a style's faces: its family's four, code, fallbacks.
template <typename Faces, typename Visit>
void for_each_choice(Faces& faces, const Visit& visit) {
  for (auto* choice : {&faces.regular, &faces.bold, &faces.italic, &faces.bold_italic, &faces.code,
                       &faces.code_bold}) {
    visit(*choice);
  }
  for (auto& fallback : faces.fallbacks) visit(fallback);
}

// Calls `visit` on every text style of the document, in reading order.
template <typename Tree, typename Visit>
void for_each_style(Tree& document, const Visit& visit) {
  for (auto& block : document.blocks) visit_block_styles(block, visit);
  for (auto& block : document.back_blocks) visit_block_styles(block, visit);
  if (document.header) visit(document.header->style);
  if (document.footer) visit(document.footer->style);
}

// Styles made by hand (tests, hand-made trees) do not say where their font files are named.
const SourceLocation& known_or(const SourceLocation& where, const SourceLocation& otherwise) {
  return where.file.empty() ? otherwise : where;
}

class ResourceLoader {
 public:
  ResourceLoader(const ReadRoot& root, Diagnostics& diagnostics, const ResourceLimits& limits)
      : root_(root), diagnostics_(diagnostics), limits_(limits) {}

  void load_face(TextStyle& style) {
    style.face = face(style.font_file, known_or(style.font_named_at, style.where));
    for_each_choice(style.faces, [&](FontChoice& choice) {
      load_choice(choice, known_or(choice.named_at, style.where));
    });
  }

  void load_image(FigureBlock& figure) {
    if (auto refusal = root_.refusal("figure '" + figure.written_path + "'", figure.image_path)) {
      diagnostics_.error(figure.where, *refusal, {kReadRootHint});
      return;
    }
    auto [entry, inserted] = images_.try_emplace(figure.image_path);
    if (inserted) {
      entry->second = shared_images().get(
          figure.image_path,
          [&] { return load_raster_image(figure.image_path, figure.where, diagnostics_, limits_); },
          limits_variant());
      if (entry->second && !count_image_memory(*entry->second, figure)) entry->second = nullptr;
    }
    figure.image = entry->second;
  }

  // Figures' images and QR codes, inside groups and callouts too.
  void load_pictures(std::vector<Block>& blocks) {
    for (Block& block : blocks) {
      if (auto* figure = std::get_if<FigureBlock>(&block)) load_image(*figure);
      if (auto* code = std::get_if<QrCodeBlock>(&block)) {
        code->image = encode_qr_code(code->text, code->where, diagnostics_);
      }
      if (auto* group = std::get_if<GroupBlock>(&block)) load_pictures(group->blocks);
      if (auto* callout = std::get_if<CalloutBlock>(&block)) load_pictures(callout->blocks);
    }
  }

 private:
  // A document's figures stay loaded until it is written, each figure file once, and writing
  // the PDF copies them (see kept_image_memory): together they are held to an eighth of
  // --max-image-memory, which decoding any one of them may take.
  bool count_image_memory(const RasterImage& image, const FigureBlock& figure) {
    const uint64_t bytes = loaded_image_memory(image);
    const uint64_t most = kept_image_memory(limits_);
    image_memory_ += bytes;
    if (image_memory_ <= most) return true;
    diagnostics_.error(figure.where,
                       "the figures of this document take more than " + size_in_words(most) +
                           " of memory once read (an eighth of --max-image-memory: writing the "
                           "PDF copies them); figure '" +
                           figure.written_path + "' (" + size_in_words(bytes) + ") goes past it",
                       {"scale the figures down: JPEGs, and PNGs without transparency, are kept "
                        "as compressed as their files, any other image as its pixels",
                        raise_limit_hint(kMaxImageMemoryOption, "SIZE")});
    return false;
  }

  // Within one document a file that failed is reported once, as before the shared cache.
  std::shared_ptr<const FontFace> face(const std::string& file, const SourceLocation& where) {
    auto [entry, inserted] = faces_.try_emplace(file);
    if (inserted) {
      entry->second = shared_faces().get(
          file, [&] { return FontFace::load(file, where, diagnostics_, limits_.max_font_bytes); },
          std::to_string(limits_.max_font_bytes));
    }
    return entry->second;
  }

  void load_choice(FontChoice& choice, const SourceLocation& where) {
    if (!choice.file.empty()) choice.face = face(choice.file, where);
  }

  const ReadRoot& root_;
  // An image checked against other limits is another entry of the shared cache.
  std::string limits_variant() const {
    return std::to_string(limits_.max_image_bytes) + ' ' +
           std::to_string(limits_.max_image_pixels) + ' ' +
           std::to_string(limits_.max_image_memory);
  }

  Diagnostics& diagnostics_;
  const ResourceLimits& limits_;
  std::map<std::string, std::shared_ptr<const FontFace>> faces_;
  std::map<std::string, std::shared_ptr<const RasterImage>> images_;
  uint64_t image_memory_ = 0;  // of the figures loaded so far
};

void add_once(std::vector<std::string>& files, const std::shared_ptr<const FontFace>& face) {
  if (!face) return;
  if (std::find(files.begin(), files.end(), face->path()) == files.end()) {
    files.push_back(face->path());
  }
}

}  // namespace

void load_resources(DocTree& document, const ReadRoot& root, Diagnostics& diagnostics,
                    const ResourceLimits& limits) {
  ResourceLoader loader(root, diagnostics, limits);
  StyleChange loading;  // the blocks of a style share it: its faces are loaded once
  for_each_style(document, [&](StyleRef& style) {
    loading.apply(style, [&](TextStyle& own) { loader.load_face(own); });
  });
  loader.load_pictures(document.blocks);
  loader.load_pictures(document.back_blocks);
}

std::vector<std::string> loaded_font_files(const DocTree& document) {
  std::vector<std::string> files;
  for_each_style(document, [&](const StyleRef& style) {
    add_once(files, style->face);
    for_each_choice(style->faces, [&](const FontChoice& choice) { add_once(files, choice.face); });
  });
  return files;
}

}  // namespace handout
