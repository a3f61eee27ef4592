#include "preflight/glyph_findings.h"

#include <map>
#include <set>
#include <string>

#include "text/missing_characters.h"

namespace handout {
namespace {

// page index -> the note's subject (font and character) -> the first position noted.
using NotedPositions = std::map<size_t, std::map<std::string, SourceLocation>>;

NotedPositions noted_positions(const std::vector<LayoutNote>& notes) {
  NotedPositions positions;
  for (const LayoutNote& note : notes) {
    if (note.kind != LayoutNote::Kind::missing_glyph) continue;
    positions[note.page_index].emplace(note.subject, note.where);
  }
  return positions;
}

SourceLocation position_of(const NotedPositions& positions, size_t page, const std::string& key) {
  auto on_page = positions.find(page);
  if (on_page == positions.end()) return {};
  auto found = on_page->second.find(key);
  return found == on_page->second.end() ? SourceLocation{} : found->second;
}

// The characters a page's findings name at most: a page of text no font has would otherwise
// give a finding for each of its characters.
constexpr size_t kMostNamedPerPage = 20;

PreflightFinding more_on_page(size_t page, size_t unnamed) {
  return {page + 1,
          "missing-glyph",
          FindingSeverity::warning,
          std::to_string(unnamed) + " more characters on this page have no glyph " +
              "in their fonts: only the first " + std::to_string(kMostNamedPerPage) + " are named",
          {}};
}

}  // namespace

std::vector<PreflightFinding> glyph_findings(const LaidOutDocument& document) {
  const NotedPositions positions = noted_positions(document.notes);
  std::vector<PreflightFinding> findings;
  for (size_t page = 0; page < document.pages.size(); ++page) {
    std::set<std::string> reported;
    std::set<std::string> unnamed;  // past the first kMostNamedPerPage: only counted
    for (const PageItem& item : document.pages[page].items) {
      const TextRun* run = std::get_if<TextRun>(&item);
      if (run == nullptr || !run->face) continue;
      for (const MissingCharacter& character :
           missing_characters(*run->face, run->text, run->glyphs)) {
        std::string key = missing_glyph_key(*run->face, character);
        if (reported.size() == kMostNamedPerPage) {
          if (reported.count(key) == 0) unnamed.insert(std::move(key));
          continue;
        }
        if (!reported.insert(key).second) continue;
        findings.push_back({page + 1, "missing-glyph", FindingSeverity::warning,
                            missing_glyph_message(*run->face, character),
                            position_of(positions, page, key)});
      }
    }
    if (!unnamed.empty()) findings.push_back(more_on_page(page, unnamed.size()));
  }
  return findings;
}

}  // namespace handout
