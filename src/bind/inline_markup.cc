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

constexpr size_t kNone = static_cast<size_t>(-1);

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
  // Delimiters that may still pair are on a stack (CommonMark's delimiter stack), linked in
  // order, so that a pair drops every run between its two at once and later searches step over
  // only the runs still on it.
  size_t stack_previous = kNone;
  size_t stack_next = kNone;
  // Marks from the pairs around the piece, as changes in reading order: a pair adds one from the
  // piece after its opener on and takes it back at its closer, so that pairing costs the same
  // however much a pair encloses (nested pairs would otherwise cost their count squared).
  int strong_change = 0;
  int emphasis_change = 0;
  int link = -1;  // the link's address among the parser's; -1 for none
};

// The warnings about one text value's markup, shared by the parsers of its paragraphs. At most
// kMostMarkupWarnings are given, then one that says how many more there were: a text of a million
// stray asterisks would otherwise make a million warnings. Where the value's lines start is
// found once, when the first warning needs it, so that each warning's position costs a search
// instead of the text's length.
class MarkupWarnings {
 public:
  MarkupWarnings(const TextValue& value, Diagnostics& diagnostics)
      : value_(value), diagnostics_(diagnostics) {}

  void warn(size_t offset, std::string message, std::string hint) {
    if (given_ == kMostMarkupWarnings) {
      ++left_out_;
      return;
    }
    ++given_;
    diagnostics_.warning(location(offset), std::move(message), {std::move(hint)});
  }

  // An error is always given: it stops the document, so there are few.
  void error(size_t offset, std::string message, std::string hint) {
    diagnostics_.error(location(offset), std::move(message), {std::move(hint)});
  }

  // Says how many warnings were left out, if any.
  void finish() {
    if (left_out_ == 0) return;
    diagnostics_.warning(
        value_.where,
        std::to_string(left_out_) + " more problems with the markup of this text are not shown",
        {"fix the ones shown first; each prints as it is written"});
  }

 private:
  // The source position of byte `offset` of the value's text: exact where the text stands
  // verbatim in the source, else the value's start.
  SourceLocation location(size_t offset) {
    SourceLocation where = value_.where;
    if (value_.text_line <= 0 || value_.text_column <= 0) return where;
    if (line_starts_.empty()) {
      line_starts_.push_back(0);
      for (size_t at = value_.text.find('\n'); at != std::string::npos;
           at = value_.text.find('\n', at + 1)) {
        line_starts_.push_back(at + 1);
      }
    }
    const auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
    where.line = value_.text_line + static_cast<int>(line - line_starts_.begin());
    where.column = value_.text_column + static_cast<int>(offset - *line);
    return where;
  }

  const TextValue& value_;
  Diagnostics& diagnostics_;
  size_t given_ = 0;
  size_t left_out_ = 0;
  std::vector<size_t> line_starts_;
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
  MarkupParser(const TextValue& value, size_t begin, size_t end, MarkupWarnings& warnings,
               const MarkCounter& take_mark)
      : text_(value.text), begin_(begin), end_(end), warnings_(warnings), take_mark_(take_mark) {}

  InlineText parse() {
    for (size_t at = begin_; at < end_ && !stopped_;) at = scan(at);
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
      count_mark();
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
    count_mark();
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
    // A run that can neither open nor close ("2 * 3") is only text.
    if (!run.can_open && !run.can_close) {
      add_text(run.text, at);
      return at + length;
    }
    count_mark();
    pieces_.push_back(std::move(run));
    push_on_stack(pieces_.size() - 1);
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
           "the link to '" + shortened_text(url, 60) +
               "' is not an http, https or mailto address; it prints as it is",
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
    warnings_.error(offset,
                    "the link to '" + shortened_text(url, kQuotedUrlCharacters) + "' is " +
                        std::to_string(encoded) +
                        " bytes long once percent-encoded, more than the " +
                        std::to_string(kMostPdfStringBytes) + " bytes a PDF link can hold",
                    "link to a shorter address");
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

  void make_link(size_t opener, std::string url) {
    process_emphasis(opener + 1);
    const int link = static_cast<int>(links_.size());
    Piece& bracket = pieces_[opener];
    bracket.kind = Piece::Kind::text;
    bracket.text.clear();
    bool has_label = false;
    for (size_t i = opener + 1; i < pieces_.size(); ++i) {
      pieces_[i].link = link;
      has_label = has_label || !pieces_[i].text.empty();
    }
    if (!has_label) bracket.text = url;  // the address is its own label
    bracket.link = link;
    links_.push_back(std::move(url));
    // The runs in the label can no longer pair with any outside it, and an earlier '[' cannot
    // take this link in: no links inside links.
    while (stack_last_ != kNone && stack_last_ > opener) drop_from_stack(stack_last_);
    open_brackets_.clear();
  }

  void add_text(const std::string& text, size_t at) {
    if (!pieces_.empty() && pieces_.back().kind == Piece::Kind::text && pieces_.back().link < 0) {
      pieces_.back().text += text;
      return;
    }
    pieces_.push_back(make_piece(Piece::Kind::text, text, at));
  }

  void add_hard_break(size_t at) {
    count_mark();
    pieces_.push_back(make_piece(Piece::Kind::hard_break, "\n", at));
  }

  // Every mark is a piece of markup that can start a new run: the caller may count them, and
  // stop the reading at one too many (what was read still makes spans).
  void count_mark() {
    if (take_mark_ && !take_mark_()) stopped_ = true;
  }

  // CommonMark's "rule of three": a run that can both open and close does not pair with one
  // whose length would make the sum a multiple of 3 (so ***a** b* nests as expected).
  static bool breaks_rule_of_three(const Piece& opener, const Piece& closer) {
    if (!opener.can_close && !closer.can_open) return false;
    if ((opener.original + closer.original) % 3 != 0) return false;
    return opener.original % 3 != 0 || closer.original % 3 != 0;
  }

  void push_on_stack(size_t index) {
    pieces_[index].stack_previous = stack_last_;
    if (stack_last_ != kNone) pieces_[stack_last_].stack_next = index;
    stack_last_ = index;
  }

  void drop_from_stack(size_t index) {
    const Piece& piece = pieces_[index];
    if (piece.stack_previous != kNone) pieces_[piece.stack_previous].stack_next = piece.stack_next;
    if (piece.stack_next != kNone) pieces_[piece.stack_next].stack_previous = piece.stack_previous;
    if (stack_last_ == index) stack_last_ = piece.stack_previous;
  }

  // The first run on the stack from piece `bottom` on.
  size_t first_on_stack(size_t bottom) const {
    size_t first = kNone;
    for (size_t i = stack_last_; i != kNone && i >= bottom; i = pieces_[i].stack_previous) {
      first = i;
    }
    return first;
  }

  std::optional<size_t> find_opener(size_t closer, size_t bottom) const {
    const Piece& closing = pieces_[closer];
    for (size_t i = closing.stack_previous; i != kNone && i >= bottom;
         i = pieces_[i].stack_previous) {
      const Piece& piece = pieces_[i];
      if (!piece.can_open) continue;
      if (piece.text[0] != closing.text[0]) continue;
      if (breaks_rule_of_three(piece, closing)) continue;
      return i;
    }
    return std::nullopt;
  }

  // CommonMark's "process emphasis" over the runs on the stack from piece `bottom` on: each
  // closing run pairs with the nearest run that can open it; two characters each make strong,
  // one emphasis.
  void process_emphasis(size_t bottom) {
    std::array<size_t, 12> openers_bottom;  // by mark, closer length % 3 and can_open
    openers_bottom.fill(bottom);
    for (size_t closer = first_on_stack(bottom); closer != kNone;) {
      Piece& closing = pieces_[closer];
      if (!closing.can_close) {
        closer = closing.stack_next;
        continue;
      }
      const size_t key = (closing.text[0] == '*' ? 0 : 6) + (closing.original % 3) * 2 +
                         (closing.can_open ? 1 : 0);
      std::optional<size_t> opener = find_opener(closer, openers_bottom[key]);
      if (!opener) {
        openers_bottom[key] = closer;
        closer = closing.stack_next;
        continue;
      }
      pair(*opener, closer);
      if (pieces_[closer].count == 0) {
        const size_t next = pieces_[closer].stack_next;
        drop_from_stack(closer);
        closer = next;
      }
    }
  }

  void pair(size_t opener, size_t closer) {
    Piece& opening = pieces_[opener];
    Piece& closing = pieces_[closer];
    const int used = opening.count >= 2 && closing.count >= 2 ? 2 : 1;
    opening.count -= used;
    closing.count -= used;
    closing.offset += used;  // what is left of a closing run is its end
    Piece& first_inside = pieces_[opener + 1];
    (used == 2 ? first_inside.strong_change : first_inside.emphasis_change) += 1;
    (used == 2 ? closing.strong_change : closing.emphasis_change) -= 1;
    // Runs between the pair can no longer match anything outside it.
    opening.stack_next = closer;
    closing.stack_previous = opener;
    if (opening.count == 0) drop_from_stack(opener);
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

  void warn(size_t offset, std::string message, std::string hint) {
    warnings_.warn(offset, std::move(message), std::move(hint));
  }

  InlineText spans() const {
    SpanBuilder builder;
    int strong = 0;
    int emphasis = 0;
    for (const Piece& piece : pieces_) {
      strong += piece.strong_change;
      emphasis += piece.emphasis_change;
      SpanMarks marks{strong > 0, emphasis > 0, piece.kind == Piece::Kind::code,
                      piece.link < 0 ? nullptr : &links_[static_cast<size_t>(piece.link)]};
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

  std::string_view text_;
  size_t begin_;
  size_t end_;
  MarkupWarnings& warnings_;
  const MarkCounter& take_mark_;
  bool stopped_ = false;
  std::vector<Piece> pieces_;
  size_t stack_last_ = kNone;          // the newest run on the delimiter stack
  std::vector<std::string> links_;     // the addresses of the links made, by Piece::link
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

InlineText parse_inline_markup(const TextValue& value, Diagnostics& diagnostics,
                               const MarkCounter& take_mark) {
  MarkupWarnings warnings(value, diagnostics);
  InlineText text = MarkupParser(value, 0, value.text.size(), warnings, take_mark).parse();
  warnings.finish();
  return text;
}

std::string markup_free_text(std::string_view text) {
  Diagnostics ignored;
  TextValue value;
  value.text = std::string(text);
  return parse_inline_markup(value, ignored).plain_text();
}

void for_each_markup_paragraph(const TextValue& value, Diagnostics& diagnostics,
                               const std::function<bool(InlineText)>& each_paragraph,
                               const MarkCounter& take_mark) {
  MarkupWarnings warnings(value, diagnostics);
  const std::string_view text = value.text;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && !starts_blank_line(text, i)) continue;
    InlineText paragraph = MarkupParser(value, start, i, warnings, take_mark).parse();
    if (!paragraph.empty() && !each_paragraph(std::move(paragraph))) break;
    start = i + 1;
  }
  warnings.finish();
}

std::vector<InlineText> parse_markup_paragraphs(const TextValue& value, Diagnostics& diagnostics) {
  std::vector<InlineText> paragraphs;
  for_each_markup_paragraph(value, diagnostics, [&](InlineText paragraph) {
    paragraphs.push_back(std::move(paragraph));
    return true;
  });
  return paragraphs;
}

}  // namespace handout
