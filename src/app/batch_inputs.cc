#include "app/batch_inputs.h"

#include <glob.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "app/batch_naming.h"
#include "core/read_root.h"

namespace handout {
namespace {

namespace fs = std::filesystem;

bool is_data_file(const fs::path& path) {
  return path.extension() == ".yaml" || path.extension() == ".yml";
}

bool has_glob_characters(const std::string& text) {
  return text.find_first_of("*?[") != std::string::npos;
}

std::string output_for(const fs::path& relative, const std::string& output_folder) {
  fs::path output = fs::path(output_folder) / relative;
  output.replace_extension(".pdf");
  return output.lexically_normal().string();
}

BatchDocument document_for(const fs::path& data, const fs::path& relative,
                           const std::string& output_folder) {
  BatchDocument document;
  document.data_path = data.string();
  document.output_path = output_for(relative, output_folder);
  return document;
}

// A folder stands for the files in it: a symbolic link in it that leads out of it (in a
// checkout anyone can change) is refused, not followed to a file elsewhere.
bool stays_inside(const ReadRoot& walked, const fs::path& file, Diagnostics& diagnostics) {
  if (walked.contains(file.string())) return true;
  diagnostics.error({file.string()},
                    "this data file is a symbolic link that leads out of the folder " +
                        walked.folder() + " (to " + resolved_path(file.string()).string() + ")",
                    {"name the file itself on the command line to build it"});
  return false;
}

void add_folder(const std::string& folder, const std::string& output_folder,
                std::vector<BatchDocument>& documents, Diagnostics& diagnostics) {
  std::vector<fs::path> files;
  std::error_code error;
  const ReadRoot walked(folder);
  for (auto it = fs::recursive_directory_iterator(folder, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error) && is_data_file(it->path()) &&
        stays_inside(walked, it->path(), diagnostics)) {
      files.push_back(it->path());
    }
  }
  if (error) {
    diagnostics.error({folder}, "cannot read the folder: " + error.message());
    return;
  }
  if (files.empty()) {
    diagnostics.error({folder}, "the folder holds no data files (*.yaml or *.yml)");
    return;
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    documents.push_back(document_for(file, file.lexically_relative(folder), output_folder));
  }
}

void add_glob(const std::string& pattern, const std::string& output_folder,
              std::vector<BatchDocument>& documents, Diagnostics& diagnostics) {
  glob_t found{};
  int status = ::glob(pattern.c_str(), 0, nullptr, &found);
  std::vector<std::string> paths(found.gl_pathv, found.gl_pathv + found.gl_pathc);
  ::globfree(&found);
  if (status != 0 || paths.empty()) {
    diagnostics.error({pattern}, "no file matches this pattern",
                      {"check the pattern, or quote it so that handout expands it"});
    return;
  }
  for (const std::string& path : paths) {  // glob(3) sorts them
    std::error_code error;
    if (fs::is_directory(path, error)) {
      add_folder(path, (fs::path(output_folder) / fs::path(path).filename()).string(), documents,
                 diagnostics);
    } else {
      documents.push_back(document_for(path, fs::path(path).filename(), output_folder));
    }
  }
}

void add_argument(const std::string& argument, const std::string& output_folder,
                  std::vector<BatchDocument>& documents, Diagnostics& diagnostics) {
  std::error_code error;
  if (fs::is_directory(argument, error)) {
    add_folder(argument, output_folder, documents, diagnostics);
  } else if (fs::exists(argument, error) || !has_glob_characters(argument)) {
    // A missing file is the worker's to report, exactly as 'handout render' would.
    documents.push_back(document_for(argument, fs::path(argument).filename(), output_folder));
  } else {
    add_glob(argument, output_folder, documents, diagnostics);
  }
}

std::string comparable(const std::string& path) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(path, error);
  return error ? fs::path(path).lexically_normal().string() : canonical.string();
}

void drop_repeated_files(std::vector<BatchDocument>& documents) {
  std::set<std::string> seen;
  std::vector<BatchDocument> kept;
  kept.reserve(documents.size());  // exactly: a batch of thousands keeps this list to its end
  for (BatchDocument& document : documents) {
    if (seen.insert(comparable(document.data_path)).second) kept.push_back(std::move(document));
  }
  documents = std::move(kept);
}

}  // namespace

std::vector<BatchDocument> expand_batch_inputs(const std::vector<std::string>& arguments,
                                               const std::string& output_folder,
                                               Diagnostics& diagnostics) {
  std::vector<BatchDocument> documents;
  for (const std::string& argument : arguments) {
    add_argument(argument, output_folder, documents, diagnostics);
  }
  drop_repeated_files(documents);
  return documents;
}

bool check_distinct_outputs(const std::vector<BatchDocument>& documents, Diagnostics& diagnostics) {
  std::map<std::string, const BatchDocument*> writers;
  bool distinct = true;
  for (const BatchDocument& document : documents) {
    if (document.output_path.empty()) continue;
    auto [entry, inserted] = writers.try_emplace(comparable(document.output_path), &document);
    if (inserted) continue;
    distinct = false;
    diagnostics.error(document.record ? document.record->where : SourceLocation{document.data_path},
                      "two documents would be written to '" + document.output_path +
                          "': " + entry->second->name() + " and " + document.name(),
                      {"rename one of them, or give --each a --name that tells them apart"},
                      FailureKind::bad_usage);
  }
  return distinct;
}

bool check_output_names(const std::vector<BatchDocument>& documents, Diagnostics& diagnostics) {
  bool fine = true;
  for (const BatchDocument& document : documents) {
    if (document.record) continue;  // named by --name, which output_name checks
    fine = check_output_named_after(document.output_path, document.data_path, diagnostics) && fine;
  }
  return fine;
}

void release_document(BatchDocument& document) {
  std::string().swap(document.data_path);
  std::string().swap(document.output_path);
  document.record.reset();
}

}  // namespace handout
