#include "write/glyph_usage.h"

#include <algorithm>
#include <vector>

#include "core/utf8.h"

namespace handout {
namespace {

// The text of a cluster runs from its offset to the next larger cluster offset in the run
// (glyph order is visual, so for right-to-left runs the offsets fall).
std::string cluster_text(const TextRun& run, const std::vector<uint32_t>& sorted_clusters,
                         uint32_t cluster) {
  auto next = std::upper_bound(sorted_clusters.begin(), sorted_clusters.end(), cluster);
  size_t end = next == sorted_clusters.end() ? run.text.size() : *next;
  if (cluster >= run.text.size() || end <= cluster) return {};
  return run.text.substr(cluster, std::min(end, run.text.size()) - cluster);
}

std::vector<uint32_t> sorted_clusters(const TextRun& run) {
  std::vector<uint32_t> clusters;
  for (const ShapedGlyph& glyph : run.glyphs) clusters.push_back(glyph.cluster);
  std::sort(clusters.begin(), clusters.end());
  clusters.erase(std::unique(clusters.begin(), clusters.end()), clusters.end());
  return clusters;
}

}  // namespace

void GlyphUsage::record(const TextRun& run) {
  std::vector<uint32_t> clusters = sorted_clusters(run);
  for (size_t first = 0; first < run.glyphs.size();) {
    size_t count = 1;
    while (first + count < run.glyphs.size() &&
           run.glyphs[first + count].cluster == run.glyphs[first].cluster) {
      ++count;
    }
    // Most glyphs recur with the text they had before; nothing would change for them.
    if (count == 1 && run.glyphs[first].glyph_id != 0 &&
        has_exact_text(run.glyphs[first].glyph_id)) {
      ++first;
      continue;
    }
    record_cluster(run, first, count, cluster_text(run, clusters, run.glyphs[first].cluster));
    first += count;
  }
}

void GlyphUsage::record_cluster(const TextRun& run, size_t first, size_t count,
                                const std::string& text) {
  for (size_t i = first; i < first + count; ++i) glyph_ids_.insert(run.glyphs[i].glyph_id);
  if (count == 1) {
    assign(run.glyphs[first].glyph_id, text, Confidence::exact);
  } else if (!record_one_glyph_per_character(run, first, count, text)) {
    assign(run.glyphs[first].glyph_id, text, Confidence::leads_cluster);
  }
}

// A base letter and its combining marks share a cluster, but each still has its own glyph; when
// the face maps every character to exactly the glyph drawn, each glyph gets its own character.
bool GlyphUsage::record_one_glyph_per_character(const TextRun& run, size_t first, size_t count,
                                                const std::string& text) {
  std::optional<std::u32string> characters = decode_utf8(text);
  if (!characters || characters->size() != count || !run.face) return false;
  for (size_t k = 0; k < count; ++k) {
    if (run.face->glyph_for((*characters)[k]) != run.glyphs[first + k].glyph_id) return false;
  }
  for (size_t k = 0; k < count; ++k) {
    assign(run.glyphs[first + k].glyph_id, encode_utf8((*characters)[k]), Confidence::exact);
  }
  return true;
}

void GlyphUsage::assign(uint32_t glyph, std::string text, Confidence confidence) {
  if (text.empty()) return;
  if (glyph == 0) note_notdef_text(text);
  auto known = text_.find(glyph);
  if (known != text_.end() && known->second.confidence >= confidence) return;
  text_[glyph] = {std::move(text), confidence};
  if (confidence == Confidence::exact) {
    if (glyph >= exact_.size()) exact_.resize(glyph + 1, false);
    exact_[glyph] = true;
  }
}

bool GlyphUsage::has_exact_text(uint32_t glyph) const {
  return glyph < exact_.size() && exact_[glyph];
}

void GlyphUsage::note_notdef_text(const std::string& text) {
  if (notdef_text_.empty()) {
    notdef_text_ = text;
  } else if (notdef_text_ != text) {
    notdef_stands_for_several_ = true;
  }
}

std::map<uint16_t, std::string> GlyphUsage::text_of_glyph() const {
  std::map<uint16_t, std::string> texts;
  for (const auto& [glyph, text] : text_) {
    if (glyph <= 0xFFFF) texts[static_cast<uint16_t>(glyph)] = text.text;
  }
  // .notdef drawn for several characters the face lacks stands for none of them: a reader
  // copies the replacement character where the page shows a box.
  if (notdef_stands_for_several_ && texts.count(0) != 0) texts[0] = "\uFFFD";
  return texts;
}

}  // namespace handout
