#include "write/embedded_font_set.h"

#include "core/worker_pool.h"

namespace handout {

EmbeddedFont* EmbeddedFontSet::font_for(const TextRun& run) {
  auto known = by_face_.find(run.face.get());
  EmbeddedFont* font = known == by_face_.end() ? nullptr : known->second;
  if (font == nullptr) {
    std::unique_ptr<EmbeddedFont> created = EmbeddedFont::create(session_, run.face);
    if (created == nullptr) return nullptr;
    font = created.get();
    fonts_.push_back(std::move(created));
    by_face_[run.face.get()] = font;
  }
  font->record(run);
  return font;
}

bool EmbeddedFontSet::finish_all(unsigned threads) {
  run_in_parallel(fonts_.size(), worker_count(threads),
                  [this](size_t index) { fonts_[index]->prepare_font_file(); });
  for (const std::unique_ptr<EmbeddedFont>& font : fonts_) {
    if (!font->finish()) return false;
  }
  return true;
}

std::vector<FontEmbedding> EmbeddedFontSet::embeddings() const {
  std::vector<FontEmbedding> all;
  all.reserve(fonts_.size());
  for (const std::unique_ptr<EmbeddedFont>& font : fonts_) all.push_back(font->embedding());
  return all;
}

}  // namespace handout
