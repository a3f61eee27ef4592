#include "load/data_loader.h"

#include <optional>
#include <string>
#include <vector>

#include "core/whitespace.h"
#include "load/data_tree_reading.h"
#include "load/document_keys.h"
#include "load/source_file.h"
#include "load/yaml_document.h"
#include "load/yaml_node_reader.h"
#include "load/yaml_parsing.h"

namespace handout {
namespace {

// The first value written for `key` at the top (the one the tree keeps), or nothing when the key
// is absent or its value empty. Nothing is reported here: keys given twice and keys that are not
// names were reported when the tree was read, from the same mapping.
std::optional<YAML::Node> document_key(const YAML::Node& root, std::string_view key) {
  for (const auto& pair : root) {
    if (!pair.first.IsScalar() || pair.first.Scalar() != key) continue;
    if (pair.second.IsNull()) return std::nullopt;
    return pair.second;
  }
  return std::nullopt;
}

// The document keys of the data file's top-level mapping, read with their YAML types: a number
// or a true where a text belongs is reported as such.
class YamlKeySource : public DocumentKeySource {
 public:
  YamlKeySource(YamlReader& reader, const YAML::Node& root) : reader_(reader), root_(root) {}

  TextValue text(std::string_view key) override {
    std::optional<YAML::Node> value = document_key(root_, key);
    return value ? reader_.text(*value, key) : TextValue{};
  }

  TextValue text_or_number(std::string_view key) override {
    std::optional<YAML::Node> value = document_key(root_, key);
    return value ? reader_.text_or_number(*value, key) : TextValue{};
  }

  // A list's texts, trimmed; a mapping is reported and gives none.
  std::optional<std::vector<TextValue>> texts(std::string_view key) override {
    std::optional<YAML::Node> node = document_key(root_, key);
    if (!node || node->IsScalar()) return std::nullopt;
    std::vector<TextValue> found;
    if (!node->IsSequence()) {
      reader_.expect(*node, YAML::NodeType::Sequence, key,
                     "a list of texts or one text with commas");
      return found;
    }
    for (size_t i = 0; i < node->size(); ++i) {
      TextValue text = reader_.text((*node)[i], "keyword " + std::to_string(i + 1));
      text.text = std::string(trim_whitespace(text.text));
      if (!text.empty()) found.push_back(std::move(text));
    }
    return found;
  }

 private:
  YamlReader& reader_;
  const YAML::Node& root_;
};

// Any key is allowed at the top: which keys the data may have, and which it needs, is the
// template's data contract's question (bind/data_contract_check.h). The loader keeps the whole
// file as a tree and reads handout's own document keys, checking the types of those given.
HandoutData read_handout(YamlReader& reader, const YAML::Node& root) {
  HandoutData data;
  data.source_file = reader.file();
  data.tree = read_data_tree(reader, root);
  YamlKeySource source(reader, root);
  read_document_keys(source, data, reader.diagnostics());
  return data;
}

}  // namespace

std::optional<HandoutData> load_data_text(std::string_view yaml, const std::string& file_name,
                                          Diagnostics& diagnostics, const ResourceLimits& limits) {
  constexpr RootMapping kDataRoot = {
      "the data file",
      "the data file is empty; write the keys its template reads, such as 'title' and 'items'",
      "a mapping of keys such as 'title' and 'items'"};
  YamlBudget budget(limits);
  return load_yaml_mapping(yaml, file_name, kDataRoot, budget, diagnostics, read_handout);
}

std::optional<HandoutData> load_data_file(const std::string& path, Diagnostics& diagnostics,
                                          const ResourceLimits& limits) {
  SourceText text =
      read_source_file(path, limits.max_input_bytes, diagnostics, FileKinds::also_streams);
  if (!text) return std::nullopt;
  return load_data_text(*text, path, diagnostics, limits);
}

}  // namespace handout
