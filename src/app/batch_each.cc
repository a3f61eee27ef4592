#include "app/batch_each.h"

#include <filesystem>
#include <memory>

#include "app/batch_naming.h"
#include "core/edit_distance.h"
#include "load/data_loader.h"

namespace handout {
namespace {

// The list at a dotted path, or null (with the error reported).
const DataNode* list_at(const DataNode& root, const std::string& path, const std::string& file,
                        Diagnostics& diagnostics) {
  const DataNode* node = &root;
  for (size_t start = 0; node;) {
    size_t dot = std::min(path.find('.', start), path.size());
    std::string key = path.substr(start, dot - start);
    const DataNode* next = node->field(key);
    if (!next) {
      std::vector<std::string> names, hints;
      for (const auto& field : node->fields) names.push_back(field.first);
      if (auto closest = closest_name(key, names))
        hints.push_back("did you mean '" + *closest + "'?");
      diagnostics.error(node == &root ? SourceLocation{file} : node->where,
                        "--each: the data has no field '" + path + "'", hints);
      return nullptr;
    }
    node = next;
    if (dot == path.size()) break;
    start = dot + 1;
  }
  if (node->is_list()) return node;
  diagnostics.error(node->where, "--each: '" + path + "' is not a list",
                    {"--each takes the path of a list of records, e.g. --each lessons"});
  return nullptr;
}

// A document key's text, when the merged tree has it as a scalar.
TextValue text_field(const DataNode& tree, const char* key, Diagnostics& diagnostics) {
  const DataNode* node = tree.field(key);
  if (!node || node->is_null()) return {};
  if (node->is_scalar()) return node->scalar;
  diagnostics.error(node->where, std::string("'") + key + "' must be a text");
  return {};
}

std::vector<TextValue> keywords_of(const DataNode& tree, Diagnostics& diagnostics) {
  const DataNode* node = tree.field("keywords");
  std::vector<TextValue> keywords;
  if (!node || node->is_null()) return keywords;
  if (node->is_list()) {
    for (const DataNode& element : node->elements) {
      if (element.is_scalar() && !element.scalar.text.empty()) keywords.push_back(element.scalar);
    }
    return keywords;
  }
  TextValue all = text_field(tree, "keywords", diagnostics);
  for (size_t start = 0; start <= all.text.size();) {
    size_t comma = std::min(all.text.find(',', start), all.text.size());
    std::string keyword = all.text.substr(start, comma - start);
    size_t first = keyword.find_first_not_of(' ');
    if (first != std::string::npos) {
      keyword = keyword.substr(first, keyword.find_last_not_of(' ') - first + 1);
      keywords.push_back({keyword, all.where});
    }
    start = comma + 1;
  }
  return keywords;
}

DataNode merged_tree(const DataNode& file, const DataNode& record, const std::string& list_key) {
  DataNode merged = file;
  merged.where = record.where;
  // The records' list is not part of any one record's data (a data contract would reject it).
  std::erase_if(merged.fields, [&](const auto& field) { return field.first == list_key; });
  for (const auto& [key, value] : record.fields) {
    bool replaced = false;
    for (auto& field : merged.fields) {
      if (field.first == key) {
        field.second = value;
        replaced = true;
      }
    }
    if (!replaced) merged.fields.emplace_back(key, value);
  }
  return merged;
}

std::string record_label(const std::string& data_path, size_t number) {
  return data_path + " (record " + std::to_string(number) + ")";
}

}  // namespace

HandoutData merged_record_data(const HandoutData& file, const DataNode& record,
                               const std::string& each_path, Diagnostics& diagnostics) {
  HandoutData data;
  data.source_file = file.source_file;
  data.tree = merged_tree(file.tree, record, each_path.substr(0, each_path.find('.')));
  data.title = text_field(data.tree, "title", diagnostics);
  data.subtitle = text_field(data.tree, "subtitle", diagnostics);
  data.author = text_field(data.tree, "author", diagnostics);
  data.date = text_field(data.tree, "date", diagnostics);
  data.lang = text_field(data.tree, "lang", diagnostics);
  data.subject = text_field(data.tree, "subject", diagnostics);
  data.keywords = keywords_of(data.tree, diagnostics);
  data.template_name = text_field(data.tree, "template", diagnostics);
  return data;
}

std::vector<BatchDocument> expand_each(const std::string& data_path, const std::string& each_path,
                                       const std::string& name_pattern,
                                       const std::string& output_folder, Diagnostics& diagnostics) {
  std::vector<BatchDocument> documents;
  std::optional<HandoutData> file = load_data_file(data_path, diagnostics);
  if (!file) return documents;
  const DataNode* list = list_at(file->tree, each_path, data_path, diagnostics);
  if (!list) return documents;
  const std::string stem = std::filesystem::path(data_path).stem().string();
  const std::string pattern = name_pattern.empty() ? "{{stem}}-{{index}}" : name_pattern;
  for (size_t i = 0; i < list->elements.size(); ++i) {
    const DataNode& record = list->elements[i];
    if (!record.is_map()) {
      diagnostics.error(record.where, "--each: record " + std::to_string(i + 1) + " of '" +
                                          each_path + "' is not a mapping of fields");
      continue;
    }
    Diagnostics problems;
    auto data =
        std::make_shared<HandoutData>(merged_record_data(*file, record, each_path, problems));
    auto name = output_name(pattern, data->tree, i + 1, stem, record.where, problems);
    for (const Diagnostic& problem : problems.all()) diagnostics.add(problem);
    if (!name || problems.has_errors()) continue;
    BatchDocument document;
    document.data_path = data_path;
    document.output_path =
        (std::filesystem::path(output_folder) / (*name + ".pdf")).lexically_normal().string();
    document.data = std::move(data);
    document.label = record_label(data_path, i + 1);
    document.where = record.where;
    documents.push_back(std::move(document));
  }
  if (list->elements.empty()) {
    diagnostics.error(list->where, "--each: '" + each_path + "' is an empty list");
  }
  return documents;
}

}  // namespace handout
