#include "preflight/note_findings.h"

namespace handout {
namespace {

struct NoteJudgement {
  const char* kind;
  FindingSeverity severity;
};

NoteJudgement judge(LayoutNote::Kind kind) {
  switch (kind) {
    case LayoutNote::Kind::broken_word:
      return {"broken-word", FindingSeverity::warning};
    case LayoutNote::Kind::overfull_line:
      return {"overfull-line", FindingSeverity::warning};
    case LayoutNote::Kind::loose_line:
      return {"loose-line", FindingSeverity::info};
    case LayoutNote::Kind::heading_moved:
      return {"heading-moved", FindingSeverity::info};
    case LayoutNote::Kind::heading_alone:
      return {"heading-alone", FindingSeverity::warning};
    case LayoutNote::Kind::missing_glyph:
      break;
  }
  return {"missing-glyph", FindingSeverity::warning};
}

}  // namespace

std::vector<PreflightFinding> note_findings(const std::vector<LayoutNote>& notes) {
  std::vector<PreflightFinding> findings;
  for (const LayoutNote& note : notes) {
    if (note.kind == LayoutNote::Kind::missing_glyph) continue;
    const NoteJudgement judgement = judge(note.kind);
    findings.push_back(
        {note.page_index + 1, judgement.kind, judgement.severity, note.message, note.where});
  }
  return findings;
}

}  // namespace handout
