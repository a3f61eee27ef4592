#include "load/yaml_tree_building.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/node/detail/memory.h>
#include <yaml-cpp/node/detail/node.h>

#include <algorithm>
#include <istream>
#include <streambuf>
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

// What a walk over a finished node meets: its values (counting itself), the depth of lists and
// mappings it reaches (counting itself) and the bytes of its scalars' text (keys too).
struct Extent {
  uint64_t values = 0;
  int depth = 0;
  uint64_t text_bytes = 0;
};

// Adds `amount` to `used` unless that goes past `most`.
bool fits(uint64_t& used, uint64_t amount, uint64_t most) {
  if (amount > most - std::min(used, most)) return false;
  used += amount;
  return true;
}

// Builds the node tree of one document from parser events, with the marks, tags and styles that
// YAML::Load keeps. (yaml-cpp's own builder is not part of its public interface.)
class NodeTreeBuilder : public YAML::EventHandler {
 public:
  explicit NodeTreeBuilder(YamlBudget& budget)
      : memory_(new YAML::detail::memory_holder), budget_(budget) {
    anchored_.push_back({});  // anchors are numbered from 1
  }

  YAML::Node root() const {
    if (!root_) return YAML::Node();
    return YAML::as_if<NodeWrapping, NodeWrapping>::wrap(*root_, memory_);
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    open(mark, anchor, false).set_null();
    close();
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Anchored& anchored = anchored_[anchor];
    if (!anchored.finished) throw YamlBoundBroken{YamlBoundBroken::Kind::alias_cycle, mark, true};
    count(anchored.extent, mark, true);
    enter(*anchored.node);
    close_with(anchored.extent);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YAML::detail::node& node = open(mark, anchor, false, value.size());
    node.set_scalar(value);
    node.set_tag(tag);
    close();
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    start_collection(open(mark, anchor, true), YAML::NodeType::Sequence, tag, style);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    start_collection(open(mark, anchor, true), YAML::NodeType::Map, tag, style);
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

  // A node being built: where its anchor is recorded, and what its finished children add up to.
  struct OpenNode {
    YAML::detail::node* node;
    YAML::anchor_t anchor;
    Extent children;
  };

  struct Anchored {
    YAML::detail::node* node = nullptr;
    Extent extent;          // known once finished
    bool finished = false;  // an alias to an unfinished anchor is inside it: a cycle
  };

  static void start_collection(YAML::detail::node& node, YAML::NodeType::value type,
                               const std::string& tag, YAML::EmitterStyle::value style) {
    node.set_type(type);
    node.set_tag(tag);
    node.set_style(style);
  }

  // The lists and mappings open around the next node.
  int open_collections() const { return static_cast<int>(open_.size()); }

  // Adds what a walk meets at `extent`, placed inside the open collections, to the budget.
  void count(const Extent& extent, const YAML::Mark& mark, bool through_alias) {
    if (open_collections() + extent.depth > budget_.max_depth) {
      throw YamlBoundBroken{YamlBoundBroken::Kind::too_deep, mark, through_alias};
    }
    if (!fits(budget_.values, extent.values, budget_.max_values)) {
      throw YamlBoundBroken{YamlBoundBroken::Kind::too_many, mark, through_alias};
    }
    if (!fits(budget_.text_bytes, extent.text_bytes, budget_.max_text_bytes)) {
      throw YamlBoundBroken{YamlBoundBroken::Kind::too_much_text, mark, through_alias};
    }
  }

  YAML::detail::node& open(const YAML::Mark& mark, YAML::anchor_t anchor, bool collection,
                           uint64_t text_bytes = 0) {
    count({1, collection ? 1 : 0, text_bytes}, mark, false);
    YAML::detail::node& node = memory_->create_node();
    node.set_mark(mark);
    if (anchor) anchored_.push_back({&node});
    enter(node, anchor);
    return node;
  }

  void enter(YAML::detail::node& node, YAML::anchor_t anchor = 0) {
    const bool is_key = !open_.empty() && open_.back().node->type() == YAML::NodeType::Map &&
                        pending_keys_.size() < open_maps_;
    open_.push_back({&node, anchor, {}});
    if (is_key) pending_keys_.push_back({&node, false});
  }

  // Ends the innermost open node: a scalar or a finished list or mapping.
  void close() {
    const OpenNode& finished = open_.back();
    const bool collection = finished.node->type() == YAML::NodeType::Sequence ||
                            finished.node->type() == YAML::NodeType::Map;
    const uint64_t own_text = collection ? 0 : finished.node->scalar().size();
    Extent extent{1 + finished.children.values, (collection ? 1 : 0) + finished.children.depth,
                  own_text + finished.children.text_bytes};
    if (finished.anchor) anchored_[finished.anchor] = {finished.node, extent, true};
    close_with(extent);
  }

  // Ends the innermost open node, whose walk meets `extent`, and adds it to its parent.
  void close_with(const Extent& extent) {
    YAML::detail::node& finished = *open_.back().node;
    open_.pop_back();
    if (open_.empty()) {
      root_ = &finished;
      return;
    }
    Extent& siblings = open_.back().children;
    siblings.values += extent.values;
    siblings.depth = std::max(siblings.depth, extent.depth);
    siblings.text_bytes += extent.text_bytes;
    add_to_parent(finished);
  }

  void add_to_parent(YAML::detail::node& finished) {
    YAML::detail::node& parent = *open_.back().node;
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
  YamlBudget& budget_;
  YAML::detail::node* root_ = nullptr;
  std::vector<OpenNode> open_;
  std::vector<Anchored> anchored_;
  std::vector<PendingKey> pending_keys_;
  size_t open_maps_ = 0;
};

// Reads `text` in place: an istringstream would hold two copies of a file of up to
// --max-input-size while it is parsed.
class ViewStreamBuffer : public std::streambuf {
 public:
  explicit ViewStreamBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // only ever read
    setg(begin, begin, begin + text.size());
  }
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

}  // namespace

FirstDocument parse_first_document(std::string_view text, YamlBudget& budget) {
  ViewStreamBuffer buffer(text);
  std::istream input(&buffer);
  YAML::Parser parser(input);
  NodeTreeBuilder builder(budget);
  FirstDocument first;
  if (!parser.HandleNextDocument(builder)) return first;
  first.root = builder.root();
  // Reading the next document stops at its end, so even a stray ',' is read only once.
  DocumentStarts documents;
  parser.HandleNextDocument(documents);
  if (!documents.starts.empty()) first.second_document_start = documents.starts.front();
  return first;
}

}  // namespace handout
