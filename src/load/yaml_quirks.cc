#include "load/yaml_quirks.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/node/detail/memory.h>
#include <yaml-cpp/node/detail/node.h>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace handout {
namespace {
struct NodeWrapping {};
}  // namespace
}  // namespace handout

// A Node can wrap a node tree built from parser events only through one of Node's friends; the
// template as_if is the one a user may specialise (for a type of its own).
template <>
struct YAML::as_if<handout::NodeWrapping, handout::NodeWrapping> {
  static YAML::Node wrap(YAML::detail::node& node, YAML::detail::shared_memory_holder memory) {
    return YAML::Node(node, std::move(memory));
  }
};

namespace handout {
namespace {

// Builds the node tree of one document from parser events, with the marks, tags and styles that
// YAML::Load keeps. (yaml-cpp's own builder is not part of its public interface.)
class NodeTreeBuilder : public YAML::EventHandler {
 public:
  NodeTreeBuilder() : memory_(new YAML::detail::memory_holder) {
    anchored_.push_back(nullptr);  // anchors are numbered from 1
  }

  YAML::Node root() const {
    if (!root_) return YAML::Node();
    return YAML::as_if<NodeWrapping, NodeWrapping>::wrap(*root_, memory_);
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    open(mark, anchor).set_null();
    close();
  }
  void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override {
    enter(*anchored_[anchor]);
    close();
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YAML::detail::node& node = open(mark, anchor);
    node.set_scalar(value);
    node.set_tag(tag);
    close();
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    start_collection(open(mark, anchor), YAML::NodeType::Sequence, tag, style);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    start_collection(open(mark, anchor), YAML::NodeType::Map, tag, style);
    ++open_maps_;
  }
  void OnMapEnd() override {
    --open_maps_;
    close();
  }

 private:
  // A mapping's key waiting for its value; `complete` once the key's own events have ended.
  struct PendingKey {
    YAML::detail::node* key;
    bool complete;
  };

  static void start_collection(YAML::detail::node& node, YAML::NodeType::value type,
                               const std::string& tag, YAML::EmitterStyle::value style) {
    node.set_type(type);
    node.set_tag(tag);
    node.set_style(style);
  }

  YAML::detail::node& open(const YAML::Mark& mark, YAML::anchor_t anchor) {
    YAML::detail::node& node = memory_->create_node();
    node.set_mark(mark);
    if (anchor) anchored_.push_back(&node);
    enter(node);
    return node;
  }

  void enter(YAML::detail::node& node) {
    const bool is_key = !open_.empty() && open_.back()->type() == YAML::NodeType::Map &&
                        pending_keys_.size() < open_maps_;
    open_.push_back(&node);
    if (is_key) pending_keys_.push_back({&node, false});
  }

  // Ends the innermost open node and adds it to its parent.
  void close() {
    YAML::detail::node& finished = *open_.back();
    open_.pop_back();
    if (open_.empty()) {
      root_ = &finished;
      return;
    }
    YAML::detail::node& parent = *open_.back();
    if (parent.type() == YAML::NodeType::Sequence) {
      parent.push_back(finished, memory_);
    } else if (parent.type() == YAML::NodeType::Map) {
      PendingKey& key = pending_keys_.back();
      if (!key.complete) {
        key.complete = true;
        return;
      }
      parent.insert(*key.key, finished, memory_);
      pending_keys_.pop_back();
    }
  }

  YAML::detail::shared_memory_holder memory_;
  YAML::detail::node* root_ = nullptr;
  std::vector<YAML::detail::node*> open_;
  std::vector<YAML::detail::node*> anchored_;
  std::vector<PendingKey> pending_keys_;
  size_t open_maps_ = 0;
};

// Notes where documents start and ignores their content.
class DocumentStarts : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> starts;

  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// Whether the quoted text opened at `open` is closed before the end of `text`.
bool quote_is_closed(std::string_view text, size_t open) {
  const char quote = text[open];
  for (size_t at = open + 1; at < text.size(); ++at) {
    if (quote == '"' && text[at] == '\\') {
      ++at;  // an escaped character, perhaps a quote
    } else if (text[at] == quote) {
      bool doubled = quote == '\'' && at + 1 < text.size() && text[at + 1] == '\'';
      if (!doubled) return true;
      ++at;  // '' is a quote inside single-quoted text
    }
  }
  return false;
}

// The value written last in the document: the last entry of the last entry of ... the root.
YAML::Node last_value(const YAML::Node& root) {
  // Node's operator= writes into the node it refers to; reset() only rebinds the handle.
  YAML::Node last;
  last.reset(root);
  while ((last.IsMap() || last.IsSequence()) && last.size() > 0) {
    YAML::Node next;
    for (YAML::const_iterator it = last.begin(); it != last.end(); ++it) {
      next.reset(last.IsMap() ? it->second : *it);
    }
    last.reset(next);
  }
  return last;
}

}  // namespace

FirstDocument parse_first_document(std::string_view text) {
  std::istringstream input{std::string(text)};
  YAML::Parser parser(input);
  NodeTreeBuilder builder;
  FirstDocument first;
  if (!parser.HandleNextDocument(builder)) return first;
  first.root = builder.root();
  // Reading the next document stops at its end, so even a stray ',' is read only once.
  DocumentStarts documents;
  parser.HandleNextDocument(documents);
  if (!documents.starts.empty()) first.second_document_start = documents.starts.front();
  return first;
}

std::optional<YAML::Mark> unclosed_final_quote(std::string_view text, const YAML::Node& root) {
  YAML::Node last = last_value(root);
  if (!last.IsScalar() || last.Tag() != "!") return std::nullopt;
  std::optional<size_t> open = offset_of(text, last.Mark().line, last.Mark().column);
  if (!open || *open >= text.size() || (text[*open] != '"' && text[*open] != '\'')) {
    return std::nullopt;  // block text (| or >), which needs no closing
  }
  if (quote_is_closed(text, *open)) return std::nullopt;
  return last.Mark();
}

std::optional<size_t> offset_of(std::string_view text, int line_index, int column) {
  size_t offset = 0;
  for (int line = 0; line < line_index; ++line) {
    offset = text.find('\n', offset);
    if (offset == std::string_view::npos) return std::nullopt;
    ++offset;
  }
  return offset + static_cast<size_t>(column);
}

namespace {

// A small scanner for unclosed_flow_start: it knows just enough YAML to find flow brackets,
// skipping quoted text, comments and plain text in block context.
class FlowBracketScanner {
 public:
  explicit FlowBracketScanner(std::string_view text) : text_(text) {}

  std::optional<YAML::Mark> unclosed() {
    while (at_ < text_.size()) step();
    if (open_.empty()) return std::nullopt;
    return open_.front();
  }

 private:
  void step() {
    const char c = text_[at_];
    if (c == '\n') return next_line();
    if (c == '#' && (at_ == 0 || text_[at_ - 1] == ' ' || text_[at_ - 1] == '\t')) {
      return skip_to_line_end();
    }
    if ((c == '[' || c == '{') && (value_may_start_ || !open_.empty())) {
      open_.push_back(mark());
    } else if ((c == ']' || c == '}') && !open_.empty()) {
      open_.pop_back();
    } else if ((c == '"' || c == '\'') && (value_may_start_ || !open_.empty())) {
      return skip_quoted(c);
    } else if (open_.empty() && c != ' ' && c != '-' && c != ':' && c != '\t') {
      // Plain text in block context may hold brackets ("[Super]Computing"); a value cannot
      // start again before the next ': ' or line.
      value_may_start_ = false;
    }
    if (c == ':' || c == '-' || c == ',' || c == '[' || c == '{') value_may_start_ = true;
    advance();
  }

  void skip_quoted(char quote) {
    advance();
    while (at_ < text_.size() && text_[at_] != quote) {
      if (quote == '"' && text_[at_] == '\\') advance();
      if (at_ < text_.size() && text_[at_] == '\n') {
        next_line();
      } else {
        advance();
      }
    }
    advance();
    value_may_start_ = false;
  }

  void skip_to_line_end() {
    while (at_ < text_.size() && text_[at_] != '\n') advance();
  }

  void next_line() {
    ++at_;
    ++line_;
    column_ = 0;
    value_may_start_ = true;
  }

  void advance() {
    ++at_;
    ++column_;
  }

  YAML::Mark mark() const {
    YAML::Mark mark;
    mark.pos = static_cast<int>(at_);
    mark.line = line_;
    mark.column = column_;
    return mark;
  }

  std::string_view text_;
  size_t at_ = 0;
  int line_ = 0;
  int column_ = 0;
  bool value_may_start_ = true;
  std::vector<YAML::Mark> open_;
};

}  // namespace

std::optional<YAML::Mark> unclosed_flow_start(std::string_view text) {
  return FlowBracketScanner(text).unclosed();
}

}  // namespace handout
