#include "layout/inline_segments.h"

#include "core/utf8.h"

namespace handout {
namespace {

const std::shared_ptr<const FontFace>& face_or(const FontChoice& choice,
                                               const std::shared_ptr<const FontFace>& otherwise) {
  return choice.face ? choice.face : otherwise;
}

// Marks that join the character before (combining marks, joiners, variation selectors), so a
// base and its marks are shaped together in one face.
bool joins_previous(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) || c == 0x200D ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

// White space and controls never need a fallback: a hard break is not drawn, and a face without
// a space glyph still advances.
bool needs_no_glyph(char32_t c) { return c == '\n' || c == '\t' || c == ' '; }

// Whether a face has a glyph for each ASCII character, asked at most once per character: most
// text is ASCII, and a span asks for every character.
class AsciiCoverage {
 public:
  explicit AsciiCoverage(const FontFace* face) : face_(face) {}

  bool draws(char32_t c) {
    if (c >= 0x80) return face_->glyph_for(c) != 0;
    if (!known_[c]) {
      known_[c] = true;
      draws_[c] = face_->glyph_for(c) != 0;
    }
    return draws_[c];
  }

 private:
  const FontFace* face_;
  bool known_[0x80] = {};
  bool draws_[0x80] = {};
};

const std::shared_ptr<const FontFace>& face_that_draws(
    char32_t c, const std::shared_ptr<const FontFace>& marked, AsciiCoverage& marked_coverage,
    const TextStyle& style) {
  if (needs_no_glyph(c) || marked_coverage.draws(c)) return marked;
  for (const FontChoice& fallback : style.faces.fallbacks) {
    if (fallback.face && fallback.face->glyph_for(c) != 0) return fallback.face;
  }
  return marked;
}

int link_index(const std::string& url, std::vector<std::string>& links) {
  if (url.empty()) return -1;
  for (size_t i = 0; i < links.size(); ++i) {
    if (links[i] == url) return static_cast<int>(i);
  }
  links.push_back(url);
  return static_cast<int>(links.size() - 1);
}

void add_span(const InlineSpan& span, const TextStyle& style, InlineSegments& out) {
  const std::shared_ptr<const FontFace> marked = face_for_marks(style, span);
  const int link = link_index(span.link, out.links);
  const size_t base = out.text.size();
  out.text += span.text;
  AsciiCoverage marked_coverage(marked.get());
  const std::shared_ptr<const FontFace>* previous = nullptr;  // points at marked or a fallback
  for (size_t at = 0; at < span.text.size();) {
    const DecodedCharacter character =
        decode_first_character(std::string_view(span.text).substr(at));
    const std::shared_ptr<const FontFace>& face =
        previous && joins_previous(character.code_point)
            ? *previous
            : face_that_draws(character.code_point, marked, marked_coverage, style);
    if (!out.segments.empty() && out.segments.back().end == base + at &&
        out.segments.back().face == face && out.segments.back().link == link &&
        out.segments.back().code == span.code) {
      out.segments.back().end += character.length;
    } else {
      out.segments.push_back({base + at, base + at + character.length, face, link, span.code});
    }
    previous = &face;
    at += character.length;
  }
}

}  // namespace

std::shared_ptr<const FontFace> face_for_marks(const TextStyle& style, const InlineSpan& span) {
  const StyleFaces& faces = style.faces;
  const std::shared_ptr<const FontFace>& own = style.face;
  const bool bold = style.bold || span.strong;
  if (span.code)
    return bold ? face_or(faces.code_bold, face_or(faces.code, own)) : face_or(faces.code, own);
  const bool italic = style.italic != span.emphasis;
  if (bold && italic) return face_or(faces.bold_italic, face_or(faces.bold, own));
  if (bold) return face_or(faces.bold, own);
  if (italic) return face_or(faces.italic, own);
  return face_or(faces.regular, own);
}

InlineSegments segment_inline_text(const InlineText& content, const TextStyle& style) {
  InlineSegments out;
  for (const InlineSpan& span : content.spans) add_span(span, style, out);
  return out;
}

}  // namespace handout
