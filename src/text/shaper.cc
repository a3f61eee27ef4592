#include "text/shaper.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/font_face_impl.h"

namespace handout {
namespace {

// Layout shapes every paragraph, so each thread keeps one buffer instead of allocating one per
// call; the buffer is the only mutable HarfBuzz state shaping needs.
class ThreadShapingBuffer {
 public:
  ThreadShapingBuffer() : buffer_(hb_buffer_create()) {}
  ~ThreadShapingBuffer() { hb_buffer_destroy(buffer_); }
  ThreadShapingBuffer(const ThreadShapingBuffer&) = delete;
  ThreadShapingBuffer& operator=(const ThreadShapingBuffer&) = delete;

  hb_buffer_t* fresh() {
    hb_buffer_clear_contents(buffer_);
    return buffer_;
  }

  // HarfBuzz keeps a buffer's room (about 40 bytes a character) for its next use: after a long
  // text, the buffer is made anew, so that the room is not held while the paragraph is set, nor
  // for as long as the thread lives.
  void release_if_large() {
    constexpr unsigned kLongestKeptText = 64 * 1024;
    if (hb_buffer_get_length(buffer_) <= kLongestKeptText) return;
    hb_buffer_destroy(buffer_);
    buffer_ = hb_buffer_create();
  }

 private:
  hb_buffer_t* buffer_;
};

ThreadShapingBuffer& thread_buffer() {
  thread_local ThreadShapingBuffer buffer;
  return buffer;
}

hb_buffer_t* fresh_buffer() { return thread_buffer().fresh(); }

// One glyph as HarfBuzz returns it, in font units (the font is scaled to units per em).
struct RawGlyph {
  uint32_t glyph_id = 0;
  uint32_t cluster = 0;
  int32_t x_advance = 0;
  int32_t x_offset = 0;
  int32_t y_offset = 0;
  bool operator==(const RawGlyph&) const = default;
};
using RawGlyphs = std::vector<RawGlyph>;

void fill_buffer(hb_buffer_t* buffer, std::string_view utf8, std::string_view language) {
  const int length = static_cast<int>(utf8.size());
  hb_buffer_add_utf8(buffer, utf8.data(), length, 0, length);
  if (!language.empty()) {
    hb_buffer_set_language(
        buffer, hb_language_from_string(language.data(), static_cast<int>(language.size())));
  }
  // Fills in only what is still unset, so an explicit language above wins over the guess.
  hb_buffer_guess_segment_properties(buffer);
}

// The shaped glyphs of `buffer`, each made by `make` from HarfBuzz's glyph id, cluster, advance
// and offsets (font units); the buffer's room is given back after a long text.
template <typename Glyph, typename Make>
std::vector<Glyph> read_glyphs(hb_buffer_t* buffer, const Make& make) {
  unsigned count = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
  std::vector<Glyph> glyphs;
  glyphs.reserve(count);
  for (unsigned i = 0; i < count; ++i) {
    // After shaping, HarfBuzz stores the glyph id in `codepoint`.
    glyphs.push_back(make(RawGlyph{infos[i].codepoint, infos[i].cluster, positions[i].x_advance,
                                   positions[i].x_offset, positions[i].y_offset}));
  }
  thread_buffer().release_if_large();
  return glyphs;
}

RawGlyphs read_raw_glyphs(hb_buffer_t* buffer) {
  return read_glyphs<RawGlyph>(buffer, [](const RawGlyph& glyph) { return glyph; });
}

ShapedGlyph scaled_glyph(const RawGlyph& glyph, double points_per_unit) {
  ShapedGlyph out;
  out.glyph_id = glyph.glyph_id;
  out.cluster = glyph.cluster;
  out.x_advance = glyph.x_advance * points_per_unit;
  out.x_offset = static_cast<float>(glyph.x_offset * points_per_unit);
  out.y_offset = static_cast<float>(glyph.y_offset * points_per_unit);
  return out;
}

// Default features: kerning, standard ligatures, marks, contextual alternates. The glyphs go
// straight into their scaled form: a paragraph may be long, and every copy of its glyphs counts.
ShapedText shape_whole(hb_font_t* font, std::string_view utf8, std::string_view language,
                       double points_per_unit) {
  hb_buffer_t* buffer = fresh_buffer();
  fill_buffer(buffer, utf8, language);
  hb_shape(font, buffer, nullptr, 0);
  ShapedText shaped;
  shaped.glyphs = read_glyphs<ShapedGlyph>(
      buffer, [&](const RawGlyph& glyph) { return scaled_glyph(glyph, points_per_unit); });
  for (const ShapedGlyph& glyph : shaped.glyphs) shaped.width += glyph.x_advance;
  return shaped;
}

RawGlyphs shape_with(hb_font_t* font, std::string_view utf8,
                     const hb_segment_properties_t& properties) {
  hb_buffer_t* buffer = fresh_buffer();
  const int length = static_cast<int>(utf8.size());
  hb_buffer_add_utf8(buffer, utf8.data(), length, 0, length);
  hb_buffer_set_segment_properties(buffer, &properties);
  hb_shape(font, buffer, nullptr, 0);
  return read_raw_glyphs(buffer);
}

bool has_table(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* table = hb_face_reference_table(face, tag);
  const bool present = hb_blob_get_length(table) > 0;
  hb_blob_destroy(table);
  return present;
}

bool lookups_use_glyph(hb_face_t* face, hb_tag_t table, hb_codepoint_t glyph) {
  const unsigned count = hb_ot_layout_table_get_lookup_count(face, table);
  hb_set_t* glyphs = hb_set_create();
  bool used = false;
  for (unsigned lookup = 0; lookup < count && !used; ++lookup) {
    hb_set_clear(glyphs);
    hb_ot_layout_lookup_collect_glyphs(face, table, lookup, glyphs, glyphs, glyphs, glyphs);
    used = hb_set_has(glyphs, glyph);
  }
  hb_set_destroy(glyphs);
  return used;
}

// Whether text in this font can be shaped word by word with the same result as a whole: the
// space glyph takes part in no substitution or positioning lookup (so nothing reaches across a
// space), and there is no legacy 'kern' or AAT table that the check cannot see into.
bool space_separates_words(hb_font_t* font) {
  hb_face_t* face = hb_font_get_face(font);
  hb_codepoint_t space = 0;
  if (!hb_font_get_nominal_glyph(font, ' ', &space)) return false;
  for (hb_tag_t tag : {HB_TAG('k', 'e', 'r', 'n'), HB_TAG('m', 'o', 'r', 'x'),
                       HB_TAG('m', 'o', 'r', 't'), HB_TAG('k', 'e', 'r', 'x')}) {
    if (has_table(face, tag)) return false;
  }
  return !lookups_use_glyph(face, HB_OT_TAG_GSUB, space) &&
         !lookups_use_glyph(face, HB_OT_TAG_GPOS, space);
}

// A word shaped on its own, and whether it is shaped the same between two spaces (so that no
// pair kerning or contextual lookup involves the spaces around it).
struct WordShape {
  RawGlyphs glyphs;
  bool separable = false;
};

// The shapes of the words a font has shaped lately, kept with the hb_font_t (as HarfBuzz user
// data), so that they live exactly as long as the font. Words recur throughout a document and
// across a batch's documents, but each document of a batch may also bring words of its own (a
// name, a number), so the cache is bounded: two generations of at most kWordsPerGeneration words.
// When the newer one is full, the older one is dropped and the newer one takes its place; a word
// found in the older one is copied back into the newer. So the words in use stay, and the memory
// of a font's cache (about 450 bytes a word) stays under half a megabyte, however many documents a
// batch has. (A page holds about 400 words, and the words that recur most stay.)
class WordShapeCache {
 public:
  static constexpr size_t kWordsPerGeneration = kMaxCachedWordShapes / 2;

  explicit WordShapeCache(hb_font_t* font) : font_(font), usable_(space_separates_words(font)) {}

  static WordShapeCache* find(hb_font_t* font) {
    return static_cast<WordShapeCache*>(hb_font_get_user_data(font, &key()));
  }

  static WordShapeCache& of(hb_font_t* font) {
    static std::mutex creation;
    std::lock_guard<std::mutex> lock(creation);
    if (WordShapeCache* cache = find(font)) return *cache;
    auto* cache = new WordShapeCache(font);
    hb_font_set_user_data(
        font, &key(), cache, [](void* data) { delete static_cast<WordShapeCache*>(data); }, true);
    return *cache;
  }

  bool usable() const { return usable_; }

  size_t size() {
    std::lock_guard<std::mutex> lock(mutex_);
    return newer_.size() + older_.size();
  }

  // Appends the glyphs of `word` under `properties` to `glyphs`, their clusters moved by `offset`,
  // and returns whether the word is shaped the same between spaces. `prefix` identifies the
  // properties in the key. A cached shape is copied out under the lock, since another thread may
  // drop it from the cache right after.
  bool append_shape(std::string_view word, const std::string& prefix,
                    const hb_segment_properties_t& properties, uint32_t offset, RawGlyphs& glyphs) {
    thread_local std::string key;
    key.assign(prefix).append(word);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (const WordShape* known = cached(key)) return append_glyphs(*known, offset, glyphs);
    }
    WordShape shaped = shape_new(word, prefix, properties);
    const bool separable = append_glyphs(shaped, offset, glyphs);
    key.assign(prefix).append(word);  // shape_new may have used `key` for the space
    std::lock_guard<std::mutex> lock(mutex_);
    remember(key, std::move(shaped));
    return separable;
  }

 private:
  using Generation = std::unordered_map<std::string, WordShape>;

  static hb_user_data_key_t& key() {
    static hb_user_data_key_t user_data_key;
    return user_data_key;
  }

  static bool append_glyphs(const WordShape& shape, uint32_t offset, RawGlyphs& glyphs) {
    for (RawGlyph glyph : shape.glyphs) {
      glyph.cluster += offset;
      glyphs.push_back(glyph);
    }
    return shape.separable;
  }

  // Called with mutex_ held: the word's shape, from the newer generation or brought back into it
  // from the older one; null when neither has it.
  const WordShape* cached(const std::string& key) {
    if (auto known = newer_.find(key); known != newer_.end()) return &known->second;
    if (auto old = older_.find(key); old != older_.end()) return &remember(key, old->second);
    return nullptr;
  }

  // Called with mutex_ held. `shaped` is taken by value: it may be an entry of the generation that
  // a rotation drops.
  const WordShape& remember(const std::string& key, WordShape shaped) {
    if (newer_.size() >= kWordsPerGeneration) {
      older_ = std::move(newer_);
      newer_ = Generation();
    }
    return newer_.try_emplace(key, std::move(shaped)).first->second;
  }

  WordShape shape_new(std::string_view word, const std::string& prefix,
                      const hb_segment_properties_t& properties) {
    WordShape shaped;
    shaped.glyphs = shape_with(font_, word, properties);
    RawGlyphs space;
    if (word == " ") {
      space = shaped.glyphs;
    } else {
      append_shape(" ", prefix, properties, 0, space);
    }
    const std::string between_spaces = " " + std::string(word) + " ";
    RawGlyphs expected = space;
    for (RawGlyph glyph : shaped.glyphs) {
      glyph.cluster += 1;
      expected.push_back(glyph);
    }
    for (RawGlyph glyph : space) {
      glyph.cluster += static_cast<uint32_t>(word.size() + 1);
      expected.push_back(glyph);
    }
    shaped.separable = shape_with(font_, between_spaces, properties) == expected;
    return shaped;
  }

  hb_font_t* font_;
  bool usable_;
  std::mutex mutex_;
  Generation newer_;  // the words shaped or found since the last rotation
  Generation older_;  // the generation before: dropped at the next rotation
};

// The bytes of the longest word the cache keeps; a word is rarely longer than 30, a link may be.
constexpr size_t kLongestCachedWord = 64;

// Splits text into words and single spaces. A space before a byte outside ASCII stays with the
// word after it, since a combining mark may sit on it.
std::vector<std::string_view> words_and_spaces(std::string_view text) {
  std::vector<std::string_view> pieces;
  size_t start = 0;
  for (size_t at = 0; at < text.size(); ++at) {
    if (text[at] != ' ') continue;
    const bool glued = at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) >= 0x80;
    if (at > start) pieces.push_back(text.substr(start, at - start));
    if (glued) {
      start = at;
      continue;
    }
    pieces.push_back(text.substr(at, 1));
    start = at + 1;
  }
  if (start < text.size()) pieces.push_back(text.substr(start));
  return pieces;
}

// Scripts that HarfBuzz shapes with its default shaper, which looks at no context beyond the
// lookups of the font (no script at all: text with no letters, such as "2024").
bool default_shaper_script(hb_script_t script) {
  return script == HB_SCRIPT_LATIN || script == HB_SCRIPT_COMMON || script == HB_SCRIPT_GREEK ||
         script == HB_SCRIPT_CYRILLIC || script == HB_SCRIPT_INVALID;
}

// The properties shaping the whole text would use, with a key prefix that names them.
hb_segment_properties_t whole_text_properties(std::string_view utf8, std::string_view language) {
  hb_buffer_t* buffer = fresh_buffer();
  fill_buffer(buffer, utf8, language);
  hb_segment_properties_t properties;
  hb_buffer_get_segment_properties(buffer, &properties);
  return properties;
}

// Shapes word by word from the cache when that gives exactly what shaping the whole text gives.
std::optional<RawGlyphs> shape_by_words(hb_font_t* font, std::string_view utf8,
                                        std::string_view language) {
  WordShapeCache& cache = WordShapeCache::of(font);
  if (!cache.usable() || utf8.empty()) return std::nullopt;
  const hb_segment_properties_t properties = whole_text_properties(utf8, language);
  if (properties.direction != HB_DIRECTION_LTR || !default_shaper_script(properties.script)) {
    return std::nullopt;
  }
  std::string prefix =
      std::to_string(properties.script) + ' ' + hb_language_to_string(properties.language) + '\n';
  const std::vector<std::string_view> pieces = words_and_spaces(utf8);
  // A word longer than any real one (a run of letters without a space, a long link) is shaped
  // with the text around it, not kept: the cache would hold its glyphs for the process's life.
  if (std::any_of(pieces.begin(), pieces.end(),
                  [](std::string_view piece) { return piece.size() > kLongestCachedWord; })) {
    return std::nullopt;
  }
  RawGlyphs glyphs;
  glyphs.reserve(utf8.size());
  for (std::string_view piece : pieces) {
    const auto offset = static_cast<uint32_t>(piece.data() - utf8.data());
    const bool separable = cache.append_shape(piece, prefix, properties, offset, glyphs);
    if (!separable && pieces.size() > 1) return std::nullopt;
  }
  return glyphs;
}

ShapedText scaled(const RawGlyphs& raw, double points_per_unit) {
  ShapedText shaped;
  shaped.glyphs.reserve(raw.size());
  for (const RawGlyph& glyph : raw) {
    shaped.glyphs.push_back(scaled_glyph(glyph, points_per_unit));
    shaped.width += shaped.glyphs.back().x_advance;
  }
  return shaped;
}

}  // namespace

ShapedText shape_text(const FontFace& face, double size, std::string_view utf8,
                      std::string_view language) {
  hb_font_t* font = face.impl().font;
  const double points_per_unit = size / face.units_per_em();
  if (std::optional<RawGlyphs> by_words = shape_by_words(font, utf8, language)) {
    return scaled(*by_words, points_per_unit);
  }
  return shape_whole(font, utf8, language, points_per_unit);
}

size_t cached_word_shapes(const FontFace& face) {
  WordShapeCache* cache = WordShapeCache::find(face.impl().font);
  return cache ? cache->size() : 0;
}

}  // namespace handout
