#include "bind/data_scope.h"

namespace handout {
namespace {

DataNode special_value(std::string text) {
  DataNode node;
  node.kind = DataNode::Kind::scalar;
  node.plain = true;
  node.scalar.text = std::move(text);
  return node;
}

}  // namespace

const DataNode* DataScope::descend(const DataNode* node, const std::vector<std::string_view>& names,
                                   size_t from) const {
  for (size_t i = from; i < names.size() && node != nullptr; ++i) {
    node = fields_.field(*node, names[i]);
  }
  return node;
}

DataScope::DataScope(const DataNode& root) : root_(root) {}

void DataScope::push(const DataNode& element, std::string alias, size_t index, size_t count) {
  Frame frame;
  frame.element = &element;
  frame.alias = std::move(alias);
  frame.specials = {{"index", special_value(std::to_string(index))},
                    {"number", special_value(std::to_string(index + 1))},
                    {"first", special_value(index == 0 ? "true" : "false")},
                    {"last", special_value(index + 1 == count ? "true" : "false")}};
  frames_.push_back(std::move(frame));
}

void DataScope::pop() { frames_.pop_back(); }

const DataNode* DataScope::find_in_frame(const Frame& frame, std::string_view first) const {
  if (const DataNode* field = fields_.field(*frame.element, first)) return field;
  if (!frame.alias.empty() && frame.alias == first) return frame.element;
  for (const auto& [name, value] : frame.specials) {
    if (name == first) return &value;
  }
  return nullptr;
}

const DataNode* DataScope::find(std::string_view path) const {
  if (path == ".") return frames_.empty() ? &root_ : frames_.back().element;
  const std::vector<std::string_view> names = path_names(path);
  if (names.empty()) return nullptr;
  for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
    if (const DataNode* found = descend(find_in_frame(*frame, names[0]), names, 1)) return found;
  }
  return descend(&root_, names, 0);
}

std::vector<std::string> DataScope::visible_names() const {
  std::vector<std::string> names;
  for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
    for (const auto& field : frame->element->fields) names.push_back(field.first);
    if (!frame->alias.empty()) names.push_back(frame->alias);
    for (const auto& special : frame->specials) names.push_back(special.first);
  }
  for (const auto& field : root_.fields) names.push_back(field.first);
  return names;
}

bool is_truthy(const DataNode* value) {
  if (value == nullptr) return false;
  switch (value->kind) {
    case DataNode::Kind::null:
      return false;
    case DataNode::Kind::scalar:
      return !value->scalar.text.empty() &&
             !(value->plain && (value->scalar.text == "false" || value->scalar.text == "False" ||
                                value->scalar.text == "FALSE"));
    case DataNode::Kind::list:
      return !value->elements.empty();
    case DataNode::Kind::map:
      return !value->fields.empty();
  }
  return false;
}

std::vector<std::string_view> path_names(std::string_view path) {
  std::vector<std::string_view> names;
  size_t start = 0;
  while (start <= path.size()) {
    size_t dot = path.find('.', start);
    if (dot == std::string_view::npos) dot = path.size();
    if (dot > start) names.push_back(path.substr(start, dot - start));
    start = dot + 1;
  }
  return names;
}

}  // namespace handout
