#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace handout {

constexpr uint64_t kKibibyte = 1024;
constexpr uint64_t kMebibyte = 1024 * kKibibyte;

// The most one document may ask of the machine. Data, templates and figures come from anyone
// who can open a pull request, so every input is bounded before it is read, parsed, decoded or
// laid out; a run over a limit stops with an error that names the limit and the option that
// raises it. The defaults are set here and nowhere else; the command line fills the rest.
struct ResourceLimits {
  uint64_t max_input_bytes = 4 * kMebibyte;       // a data file, template or included file
  uint64_t max_image_bytes = 100 * kMebibyte;     // one figure file
  uint64_t max_image_pixels = 50'000'000;         // one figure: width x height
  uint64_t max_font_bytes = 64 * kMebibyte;       // one font file (mapped, not read whole)
  int max_yaml_depth = 64;                        // lists and mappings inside each other
  uint64_t max_yaml_values = 250'000;             // the values one YAML file expands to, aliases
                                                  // (*name) counting each time they repeat one
  uint64_t max_paragraph_bytes = 64 * kKibibyte;  // the text of one paragraph, heading, list
                                                  // entry, table cell or caption: set as one,
                                                  // at about 100 bytes of memory a byte
  uint64_t max_image_memory = 256 * kMebibyte;    // the figures of one document, as decoding one
                                                  // and keeping all of them take memory
  uint64_t max_pages = 1'000;                     // pages of one document
  uint64_t max_blocks = 50'000;                   // the pieces one document's binding makes:
                                                  // blocks, list entries, table cells, elements
                                                  // `each`, lists and tables go through, section
                                                  // repetitions and inline marks (all multiply)
  uint64_t max_text_bytes = 4 * kMebibyte;        // the text one document's binding expands:
                                                  // each template text each time it is filled,
                                                  // a section's text again each time it repeats,
                                                  // every value filled in and every link address
                                                  // a run of text carries (about 43 bytes of
                                                  // memory a byte once laid out and written)

  bool operator==(const ResourceLimits&) const = default;
};

// The YAML reader (yaml-cpp 0.7) itself refuses lists and mappings nested about 500 deep, so the
// depth limit can be raised only this far.
constexpr int kDeepestYamlNesting = 400;

// HarfBuzz takes no font of 2 GiB or more (hb_blob_create makes such a blob empty), so the font
// size limit can be raised only this far.
constexpr uint64_t kLargestFontBytes = 2048 * kMebibyte - 1;

// The options that raise each limit, as `handout --help` lists them.
inline constexpr std::string_view kMaxInputSizeOption = "--max-input-size";
inline constexpr std::string_view kMaxImageSizeOption = "--max-image-size";
inline constexpr std::string_view kMaxFontSizeOption = "--max-font-size";
inline constexpr std::string_view kMaxMegapixelsOption = "--max-megapixels";
inline constexpr std::string_view kMaxYamlDepthOption = "--max-yaml-depth";
inline constexpr std::string_view kMaxYamlValuesOption = "--max-yaml-values";
inline constexpr std::string_view kMaxPagesOption = "--max-pages";
inline constexpr std::string_view kMaxBlocksOption = "--max-blocks";
inline constexpr std::string_view kMaxTextSizeOption = "--max-text-size";
inline constexpr std::string_view kMaxParagraphSizeOption = "--max-paragraph-size";
inline constexpr std::string_view kMaxImageMemoryOption = "--max-image-memory";

// A byte count for messages, in the unit the size options take: "16 MiB", "1.5 KiB", "300
// bytes".
std::string size_in_words(uint64_t bytes);

// How a file too large for `max_bytes` compares, for messages: "is 20.0 MiB, more than the 16 MiB"
// when its size is known, "goes on past the 16 MiB" when reading stopped there (a device or pipe).
std::string too_large_in_words(uint64_t size, bool size_known, uint64_t max_bytes);

// "if this is intended, raise the limit with --max-pages N" for a message's hint.
std::string raise_limit_hint(std::string_view option, std::string_view value_name = "N");

}  // namespace handout
