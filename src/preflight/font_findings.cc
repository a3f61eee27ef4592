#include "preflight/font_findings.h"

#include <map>
#include <string>

#include "text/missing_characters.h"

namespace handout {
namespace {

// Each face with drawn text, in order of first use, with the pages (from 1) it is used on.
struct FaceUse {
  std::shared_ptr<const FontFace> face;
  std::vector<size_t> pages;
};

std::vector<FaceUse> faces_used(const LaidOutDocument& document) {
  std::vector<FaceUse> uses;
  std::map<const FontFace*, size_t> index_of;
  for (size_t page = 0; page < document.pages.size(); ++page) {
    for (const PageItem& item : document.pages[page].items) {
      const TextRun* run = std::get_if<TextRun>(&item);
      if (run == nullptr || !run->face || run->glyphs.empty()) continue;
      auto [found, added] = index_of.emplace(run->face.get(), uses.size());
      if (added) uses.push_back({run->face, {}});
      std::vector<size_t>& pages = uses[found->second].pages;
      if (pages.empty() || pages.back() != page + 1) pages.push_back(page + 1);
    }
  }
  return uses;
}

const FontEmbedding* embedding_of(const FontFace& face, const std::vector<FontEmbedding>& fonts) {
  for (const FontEmbedding& font : fonts) {
    if (font.face.get() == &face) return &font;
  }
  return nullptr;
}

PreflightFinding font_finding(const FaceUse& use, const FontEmbedding* embedding) {
  const std::string name = "font '" + face_display_name(*use.face) + "'";
  const std::string pages =
      (use.pages.size() == 1 ? ", on page " : ", on pages ") + page_ranges(use.pages);
  const SourceLocation where{use.face->path()};
  if (embedding == nullptr || !embedding->embedded) {
    return {0, "font", FindingSeverity::warning,
            name + " is not embedded" + pages + ": the printer substitutes a font of its own",
            where};
  }
  const std::string how = embedding->subset
                              ? "embedded, subset (" + std::to_string(embedding->glyph_count) +
                                    " glyphs, as " + embedding->pdf_name + ")"
                              : "embedded whole, as " + embedding->pdf_name;
  return {0, "font", FindingSeverity::info, name + " is " + how + pages, where};
}

}  // namespace

std::string page_ranges(const std::vector<size_t>& pages) {
  std::string text;
  for (size_t i = 0; i < pages.size();) {
    size_t last = i;
    while (last + 1 < pages.size() && pages[last + 1] == pages[last] + 1) ++last;
    text += (text.empty() ? "" : ", ") + std::to_string(pages[i]);
    if (last > i) text += "-" + std::to_string(pages[last]);
    i = last + 1;
  }
  return text;
}

std::vector<PreflightFinding> font_findings(const LaidOutDocument& document,
                                            const std::vector<FontEmbedding>& fonts) {
  std::vector<PreflightFinding> findings;
  for (const FaceUse& use : faces_used(document)) {
    findings.push_back(font_finding(use, embedding_of(*use.face, fonts)));
  }
  return findings;
}

}  // namespace handout
