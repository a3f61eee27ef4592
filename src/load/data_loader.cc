#include "load/data_loader.h"

#include <algorithm>

#include "core/whitespace.h"
#include "load/data_tree_reading.h"
#include "load/document_keys.h"
#include "load/source_file.h"
#include "load/yaml_document.h"
#include "load/yaml_node_reader.h"
#include "load/yaml_parsing.h"

namespace handout {
namespace {

// A list of texts, or one text split at its commas.
std::vector<TextValue> read_keywords(YamlReader& reader, const YAML::Node& node) {
  std::vector<TextValue> keywords;
  if (node.IsSequence()) {
    for (size_t i = 0; i < node.size(); ++i) {
      TextValue keyword = reader.text(node[i], "keyword " + std::to_string(i + 1));
      keyword.text = std::string(trim_whitespace(keyword.text));
      if (!keyword.empty()) keywords.push_back(std::move(keyword));
    }
    return keywords;
  }
  if (!node.IsScalar()) {
    reader.expect(node, YAML::NodeType::Sequence, "keywords",
                  "a list of texts or one text with commas");
    return keywords;
  }
  TextValue all = reader.text(node, "keywords");
  for (size_t start = 0; start <= all.text.size();) {
    size_t comma = std::min(all.text.find(',', start), all.text.size());
    std::string keyword(trim_whitespace(std::string_view(all.text).substr(start, comma - start)));
    if (!keyword.empty()) keywords.push_back({keyword, all.where});
    start = comma + 1;
  }
  return keywords;
}

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

TextValue optional_text(YamlReader& reader, const YAML::Node& root, std::string_view key) {
  std::optional<YAML::Node> value = document_key(root, key);
  return value ? reader.text(*value, key) : TextValue{};
}

// Any key is allowed at the top: which keys the data may have, and which it needs, is the
// template's data contract's question (bind/data_contract_check.h). The loader keeps the whole
// file as a tree and reads handout's own document keys, checking the types of those given.
HandoutData read_handout(YamlReader& reader, const YAML::Node& root) {
  HandoutData data;
  data.source_file = reader.file();
  data.tree = read_data_tree(reader, root);
  data.title = optional_text(reader, root, "title");
  data.subtitle = optional_text(reader, root, "subtitle");
  data.author = optional_text(reader, root, "author");
  if (std::optional<YAML::Node> date = document_key(root, "date")) {
    data.date = reader.text_or_number(*date, "date");
  }
  data.lang = optional_text(reader, root, "lang");
  check_language_tag(data.lang, reader.diagnostics());
  data.subject = optional_text(reader, root, "subject");
  if (std::optional<YAML::Node> keywords = document_key(root, "keywords")) {
    data.keywords = read_keywords(reader, *keywords);
  }
  data.template_name = optional_text(reader, root, "template");
  check_pdf_strings(data, reader.diagnostics());
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
