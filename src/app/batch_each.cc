#include "app/batch_each.h"

#include <filesystem>
#include <memory>

#include "app/batch_naming.h"
#include "core/edit_distance.h"
#include "load/data_loader.h"
#include "load/document_keys.h"

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
      if (auto closest = did_you_mean(key, names)) hints.push_back(*closest);
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
  return document_from_tree(
      merged_tree(file.tree, record, each_path.substr(0, each_path.find('.'))), file.source_file,
      diagnostics);
}

std::vector<BatchDocument> expand_each(const std::string& data_path, const std::string& each_path,
                                       const std::string& name_pattern,
                                       const std::string& output_folder,
                                       const ResourceLimits& limits, Diagnostics& diagnostics) {
  std::vector<BatchDocument> documents;
  std::optional<HandoutData> file = load_data_file(data_path, diagnostics, limits);
  if (!file) return documents;
  const DataNode* list = list_at(file->tree, each_path, data_path, diagnostics);
  if (!list) return documents;
  SourceText source;
  for (auto& [file, text] : diagnostics.kept_sources()) {
    if (file == data_path) source = text;
  }
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
    auto each = std::make_shared<EachRecord>();
    each->data = merged_record_data(*file, record, each_path, problems);
    auto name = output_name(pattern, each->data.tree, i + 1, stem, record.where, problems);
    for (const Diagnostic& problem : problems.all()) diagnostics.add(problem);
    // A pattern that cannot be read fails every record alike: said once.
    if (problems.has_errors() && problems.worst_failure() == FailureKind::bad_usage) break;
    if (!name || problems.has_errors()) continue;
    BatchDocument document;
    document.data_path = data_path;
    document.output_path =
        (std::filesystem::path(output_folder) / (*name + ".pdf")).lexically_normal().string();
    each->label = record_label(data_path, i + 1);
    each->where = record.where;
    each->source = source;
    document.record = std::move(each);
    documents.push_back(std::move(document));
  }
  if (list->elements.empty()) {
    diagnostics.error(list->where, "--each: '" + each_path + "' is an empty list");
  }
  return documents;
}

}  // namespace handout
