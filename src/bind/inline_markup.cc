#include "bind/inline_markup.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <set>

#include "bind/markup_spans.h"
#include "core/pdf_limits.h"
#include "core/percent_encoding.h"
#include "core/utf8.h"

namespace handout {
namespace {

bool is_ascii_punctuation(char c) {
  return c != '\0' && std::strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != nullptr;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool is_white_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

// ASCII punctuation and the common Unicode punctuation blocks (CommonMark asks for the Unicode
// P and S categories; these ranges cover what running text uses: quotes, dashes, ellipses).
bool is_punctuation(char32_t c) {
  if (c < 0x80) return is_ascii_punctuation(static_cast<char>(c));
  return (c >= 0x00A1 && c <= 0x00BF) || c == 0x00D7 || c == 0x00F7 ||
         (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
         (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011);
}

// How much of a long address a message quotes.
constexpr size_t kQuotedUrlCharacters = 60;

bool is_link_scheme_allowed(std::string_view url) {
  std::string lower(url.substr(0, std::min<size_t>(url.size(), 8)));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.starts_with("http://") || lower.starts_with("https://") ||
         lower.starts_with("mailto:");
}

// One piece of a paragraph between markup decisions: literal text, a run of '*' or '_' that
// may open or close emphasis, a code span, a hard break or a '[' that may start a link.
struct Piece {
  enum class Kind { text, delimiter, code, hard_break, bracket };
  Kind kind = Kind::text;
  std::string text;   // text and code; for a delimiter, its characters
  size_t offset = 0;  // of the first source byte, in the value's text
  // Delimiters: characters left unmatched, and what the run may do (CommonMark flanking).
  int count = 0;
  int original = 0;
  bool can_open = false;
  bool can_close = false;
  bool settled = false;  // a delimiter inside a finished link, or one that can no longer match
  // Marks from the matches around the piece.
  int strong = 0;
  int emphasis = 0;
  std::string link;
};

Piece make_piece(Piece::Kind kind, std::string text, size_t offset) {
  Piece piece;
  piece.kind = kind;
  piece.text = std::move(text);
  piece.offset = offset;
  return piece;
}

// Parses one paragraph: bytes [begin, end) of a text value.
class MarkupParser {
 public:
  MarkupParser(const TextValue& value, size_t begin, size_t end, Diagnostics& diagnostics)
      : value_(value), text_(value.text), begin_(begin), end_(end), diagnostics_(diagnostics) {}

  InlineText parse() {
    for (size_t at = begin_; at < end_;) at = scan(at);
    process_emphasis(0);
    warn_unmatched_delimiters();
    return spans();
  }

 private:
  // Reads the markup at `at` and returns where the next one starts.
  size_t scan(size_t at) {
    char c = text_[at];
    if (c == '\\') return scan_backslash(at);
    if (c == '`') return scan_code(at);
    if (c == '*' || c == '_') return scan_delimiter_run(at);
    if (c == '[') {
      open_brackets_.push_back(pieces_.size());
      pieces_.push_back(make_piece(Piece::Kind::bracket, "[", at));
      return at + 1;
    }
    if (c == ']') return scan_link_end(at);
    if (c == '\n') return scan_line_end(at);
    add_text(std::string(1, c), at);
    return at + 1;
  }

  size_t scan_backslash(size_t at) {
    char next = at + 1 < end_ ? text_[at + 1] : '\0';
    if (next == '\n') {
      add_hard_break(at);
      return at + 2;
    }
    if (is_ascii_punctuation(next)) {
      add_text(std::string(1, next), at);
      return at + 2;
    }
    add_text("\\", at);
    return at + 1;
  }

  // A line break is a hard one after two or more spaces, as in CommonMark.
  size_t scan_line_end(size_t at) {
    size_t spaces = 0;
    while (at - spaces > begin_ && text_[at - spaces - 1] == ' ') ++spaces;
    if (spaces >= 2) {
      add_hard_break(at);
    } else {
      add_text("\n", at);  // folds into a space
    }
    return at + 1;
  }

  size_t run_length(size_t at, char c) const {
    size_t length = 0;
    while (at + length < end_ && text_[at + length] == c) ++length;
    return length;
  }

  // A code span ends at the next run of exactly as many backticks; its contents are literal.
  size_t scan_code(size_t at) {
    const size_t length = run_length(at, '`');
    // Once a run of some length has no closer, no later run of that length has one either:
    // remembering that keeps text with many lone backticks linear.
    const bool closable = !unclosed_code_lengths_.contains(length);
    for (size_t close = at + length; closable && close < end_;) {
      close = text_.find('`', close);
      if (close == std::string_view::npos || close >= end_) break;
      const size_t close_length = run_length(close, '`');
      if (close_length == length) {
        add_code(text_.substr(at + length, close - at - length), at);
        return close + length;
      }
      close += close_length;
    }
    unclosed_code_lengths_.insert(length);
    warn(at, "'" + std::string(length, '`') + "' is not closed; it prints as it is",
         "write \\` for a literal backtick");
    add_text(std::string(length, '`'), at);
    return at + length;
  }

  void add_code(std::string_view contents, size_t at) {
    std::string code(contents);
    std::replace(code.begin(), code.end(), '\n', ' ');
    // As in CommonMark, one space on each side lets a code span start or end with a backtick.
    bool padded = code.size() >= 2 && code.front() == ' ' && code.back() == ' ' &&
                  code.find_first_not_of(' ') != std::string::npos;
    if (padded) code = code.substr(1, code.size() - 2);
    pieces_.push_back(make_piece(Piece::Kind::code, std::move(code), at));
  }

  char32_t character_before(size_t at) const {
    if (at <= begin_) return U' ';
    size_t start = at - 1;
    while (start > begin_ && (static_cast<unsigned char>(text_[start]) & 0xC0) == 0x80) --start;
    return decode_first_character(text_.substr(start, at - start)).code_point;
  }

  char32_t character_at(size_t at) const {
    if (at >= end_) return U' ';
    return decode_first_character(text_.substr(at, end_ - at)).code_point;
  }

  size_t scan_delimiter_run(size_t at) {
    const char mark = text_[at];
    const size_t length = run_length(at, mark);
    const char32_t before = character_before(at);
    const char32_t after = character_at(at + length);
    const bool left_flanking =
        !is_white_space(after) &&
        (!is_punctuation(after) || is_white_space(before) || is_punctuation(before));
    const bool right_flanking =
        !is_white_space(before) &&
        (!is_punctuation(before) || is_white_space(after) || is_punctuation(after));
    Piece run = make_piece(Piece::Kind::delimiter, std::string(length, mark), at);
    run.count = run.original = static_cast<int>(length);
    if (mark == '*') {
      run.can_open = left_flanking;
      run.can_close = right_flanking;
    } else {  // '_' inside a word (snake_case) neither opens nor closes
      run.can_open = left_flanking && (!right_flanking || is_punctuation(before));
      run.can_close = right_flanking && (!left_flanking || is_punctuation(after));
    }
    pieces_.push_back(std::move(run));
    return at + length;
  }

  // ']' closes the latest open '['; with "(url)" right after it, the two make a link.
  size_t scan_link_end(size_t at) {
    if (open_brackets_.empty()) {
      add_text("]", at);
      return at + 1;
    }
    const size_t opener = open_brackets_.back();
    open_brackets_.pop_back();
    const Piece& bracket = pieces_[opener];
    if (at + 1 >= end_ || text_[at + 1] != '(') {
      add_text("]", at);
      return at + 1;
    }
    std::optional<size_t> url_end = destination_end(at + 2);
    if (!url_end) {
      warn(at + 1, "the link's '(' is not closed; it prints as it is",
           "a link is written [label](https://example.org), with no spaces in the address");
      add_text("]", at);
      return at + 1;
    }
    std::string url(text_.substr(at + 2, *url_end - at - 2));
    if (!is_link_scheme_allowed(url)) {
      warn(bracket.offset,
           "the link to '" + url + "' is not an http, https or mailto address; it prints as it is",
           "links may go to http://, https:// or mailto: addresses");
      add_text("]", at);
      return at + 1;
    }
    if (!fits_pdf_link(url, bracket.offset)) {
      add_text("]", at);
      return at + 1;
    }
    make_link(opener, url);
    return *url_end + 1;
  }

  // A PDF link holds its address, percent-encoded, in one string (65535 bytes in libharu).
  bool fits_pdf_link(const std::string& url, size_t offset) {
    const size_t encoded = percent_encode_uri(url).size();
    if (encoded <= kMostPdfStringBytes) return true;
    diagnostics_.error(location(offset),
                       "the link to '" + shortened_text(url, kQuotedUrlCharacters) + "' is " +
                           std::to_string(encoded) +
                           " bytes long once percent-encoded, more than the " +
                           std::to_string(kMostPdfStringBytes) + " bytes a PDF link can hold",
                       {"link to a shorter address"});
    return false;
  }

  // Where the ')' of a link destination starting at `start` is: the address has no white
  // space and may hold balanced parentheses (as Wikipedia addresses do).
  std::optional<size_t> destination_end(size_t start) const {
    int depth = 0;
    for (size_t at = start; at < end_; ++at) {
      char c = text_[at];
      if (is_blank(c) || c == '\n') return std::nullopt;
      if (c == '(') ++depth;
      if (c == ')' && depth-- == 0) {
        if (at == start) return std::nullopt;
        return at;
      }
    }
    return std::nullopt;
  }

  void make_link(size_t opener, const std::string& url) {
    process_emphasis(opener + 1);
    pieces_[opener].kind = Piece::Kind::text;
    pieces_[opener].text.clear();
    bool has_label = false;
    for (size_t i = opener + 1; i < pieces_.size(); ++i) {
      Piece& piece = pieces_[i];
      piece.link = url;
      if (piece.kind == Piece::Kind::delimiter) piece.settled = true;
      has_label = has_label || !piece.text.empty();
    }
    if (!has_label) pieces_[opener] = make_piece(Piece::Kind::text, url, pieces_[opener].offset);
    pieces_[opener].link = url;
    // No links inside links: an earlier '[' cannot take this one in.
    open_brackets_.clear();
  }

  void add_text(const std::string& text, size_t at) {
    if (!pieces_.empty() && pieces_.back().kind == Piece::Kind::text &&
        pieces_.back().link.empty()) {
      pieces_.back().text += text;
      return;
    }
    pieces_.push_back(make_piece(Piece::Kind::text, text, at));
  }

  void add_hard_break(size_t at) {
    pieces_.push_back(make_piece(Piece::Kind::hard_break, "\n", at));
  }

  // CommonMark's "rule of three": a run that can both open and close does not pair with one
  // whose length would make the sum a multiple of 3 (so ***a** b* nests as expected).
  static bool breaks_rule_of_three(const Piece& opener, const Piece& closer) {
    if (!opener.can_close && !closer.can_open) return false;
    if ((opener.original + closer.original) % 3 != 0) return false;
    return opener.original % 3 != 0 || closer.original % 3 != 0;
  }

  bool is_live_delimiter(const Piece& piece) const {
    return piece.kind == Piece::Kind::delimiter && !piece.settled && piece.count > 0;
  }

  std::optional<size_t> find_opener(size_t closer, size_t bottom) const {
    const Piece& closing = pieces_[closer];
    for (size_t i = closer; i-- > bottom;) {
      const Piece& piece = pieces_[i];
      if (!is_live_delimiter(piece) || !piece.can_open) continue;
      if (piece.text[0] != closing.text[0]) continue;
      if (breaks_rule_of_three(piece, closing)) continue;
      return i;
    }
    return std::nullopt;
  }

  // CommonMark's "process emphasis" over the pieces from `bottom` on: each closing run pairs
  // with the nearest run that can open it; two characters each make strong, one emphasis.
  void process_emphasis(size_t bottom) {
    std::array<size_t, 12> openers_bottom;  // by mark, closer length % 3 and can_open
    openers_bottom.fill(bottom);
    for (size_t closer = bottom; closer < pieces_.size();) {
      Piece& closing = pieces_[closer];
      if (!is_live_delimiter(closing) || !closing.can_close) {
        ++closer;
        continue;
      }
      const size_t key = (closing.text[0] == '*' ? 0 : 6) + (closing.original % 3) * 2 +
                         (closing.can_open ? 1 : 0);
      std::optional<size_t> opener = find_opener(closer, openers_bottom[key]);
      if (!opener) {
        openers_bottom[key] = closer;
        ++closer;
        continue;
      }
      pair(*opener, closer);
      if (pieces_[closer].count == 0) ++closer;
    }
  }

  void pair(size_t opener, size_t closer) {
    Piece& opening = pieces_[opener];
    Piece& closing = pieces_[closer];
    const int used = opening.count >= 2 && closing.count >= 2 ? 2 : 1;
    opening.count -= used;
    closing.count -= used;
    closing.offset += used;  // what is left of a closing run is its end
    for (size_t i = opener + 1; i < closer; ++i) {
      Piece& inner = pieces_[i];
      (used == 2 ? inner.strong : inner.emphasis) += 1;
      // Runs between the pair can no longer match anything outside it.
      if (inner.kind == Piece::Kind::delimiter) inner.settled = true;
    }
  }

  void warn_unmatched_delimiters() {
    for (const Piece& piece : pieces_) {
      if (piece.kind != Piece::Kind::delimiter || piece.count == 0) continue;
      if (!piece.can_open && !piece.can_close) continue;  // "2 * 3": not markup
      // A word that ends in '_' (a name such as file_name_) is not markup either, nor is a run
      // that could both open and close, as in 5*3 or "*": it was not meant as a mark.
      if (!piece.can_open && piece.text[0] == '_') continue;
      if (piece.can_open && piece.can_close) continue;
      const std::string mark(static_cast<size_t>(piece.count), piece.text[0]);
      const char* escaped = piece.text[0] == '*' ? "\\*" : "\\_";
      if (piece.can_open) {
        warn(piece.offset, "'" + mark + "' is not closed; it prints as it is",
             std::string("write ") + escaped + " for a literal '" + piece.text[0] + "'");
      } else {
        warn(piece.offset, "'" + mark + "' closes nothing; it prints as it is",
             std::string("write ") + escaped + " for a literal '" + piece.text[0] + "'");
      }
    }
  }

  // The source position of byte `offset` of the value's text: exact where the text stands
  // verbatim in the source, else the value's start.
  SourceLocation location(size_t offset) const {
    SourceLocation where = value_.where;
    if (value_.text_line <= 0 || value_.text_column <= 0) return where;
    const std::string_view before = text_.substr(0, offset);
    const size_t line_start = before.rfind('\n');
    const size_t column = line_start == std::string_view::npos ? offset : offset - line_start - 1;
    where.line =
        value_.text_line + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    where.column = value_.text_column + static_cast<int>(column);
    return where;
  }

  void warn(size_t offset, std::string message, std::string hint) {
    diagnostics_.warning(location(offset), std::move(message), {std::move(hint)});
  }

  InlineText spans() const {
    SpanBuilder builder;
    for (const Piece& piece : pieces_) {
      SpanMarks marks{piece.strong > 0, piece.emphasis > 0, piece.kind == Piece::Kind::code,
                      piece.link};
      switch (piece.kind) {
        case Piece::Kind::hard_break:
          builder.add_hard_break();
          break;
        case Piece::Kind::delimiter:
          builder.add_text(std::string(static_cast<size_t>(piece.count), piece.text[0]), marks);
          break;
        default:
          builder.add_text(piece.text, marks);
      }
    }
    return builder.finish();
  }

  const TextValue& value_;
  std::string_view text_;
  size_t begin_;
  size_t end_;
  Diagnostics& diagnostics_;
  std::vector<Piece> pieces_;
  std::vector<size_t> open_brackets_;  // indices of the '[' pieces that may still start a link
  std::set<size_t> unclosed_code_lengths_;
};

// True when text[at] starts a line break followed by only blanks up to another line break.
bool starts_blank_line(std::string_view text, size_t at) {
  if (text[at] != '\n') return false;
  for (size_t i = at + 1; i < text.size() && (is_blank(text[i]) || text[i] == '\n'); ++i) {
    if (text[i] == '\n') return true;
  }
  return false;
}

}  // namespace

InlineText parse_inline_markup(const TextValue& value, Diagnostics& diagnostics) {
  return MarkupParser(value, 0, value.text.size(), diagnostics).parse();
}

std::string markup_free_text(std::string_view text) {
  Diagnostics ignored;
  TextValue value;
  value.text = std::string(text);
  return parse_inline_markup(value, ignored).plain_text();
}

std::vector<InlineText> parse_markup_paragraphs(const TextValue& value, Diagnostics& diagnostics) {
  std::vector<InlineText> paragraphs;
  const std::string_view text = value.text;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && !starts_blank_line(text, i)) continue;
    InlineText paragraph = MarkupParser(value, start, i, diagnostics).parse();
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
    start = i + 1;
  }
  return paragraphs;
}

}  // namespace handout
