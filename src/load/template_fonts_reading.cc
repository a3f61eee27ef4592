#include "load/template_fonts_reading.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace handout {
namespace {

const std::vector<std::string> kFaceKeys = {"regular", "bold", "italic", "bold-italic"};

bool is_existing_file(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::is_regular_file(path, error);
}

std::vector<std::string> search_folders(const std::string& template_folder,
                                        const std::vector<std::string>& font_dirs) {
  std::vector<std::string> folders = {template_folder.empty() ? "." : template_folder};
  for (const std::string& folder : font_dirs) {
    // A bundled template's folder may also be a font folder: look there, and say so, once.
    if (std::find(folders.begin(), folders.end(), folder) == folders.end()) {
      folders.push_back(folder);
    }
  }
  return folders;
}

// Whether `candidate` may be read; if not, reports it at the value that names it.
bool inside_root(YamlReader& reader, const TextValue& written, const std::string& candidate,
                 const ReadRoot& root) {
  auto refusal = root.refusal("font file '" + written.text + "'", candidate);
  if (refusal) reader.error(written.where, *refusal, {kReadRootHint});
  return !refusal;
}

// The path of the face's file, or "" after reporting where it was looked for. A candidate
// outside the root is an error at once, found or not, so that the lookup reveals nothing
// about the files outside.
std::string find_font_file(YamlReader& reader, const TextValue& written,
                           const std::vector<std::string>& folders, const ReadRoot& root) {
  std::filesystem::path path(written.text);
  if (path.is_absolute()) {
    if (!inside_root(reader, written, path.string(), root)) return "";
    if (is_existing_file(path)) return path.string();
    reader.error(written.where, "cannot find font file '" + written.text + "'");
    return "";
  }
  for (const std::string& folder : folders) {
    std::filesystem::path candidate = std::filesystem::path(folder) / path;
    if (!inside_root(reader, written, candidate.string(), root)) return "";
    if (is_existing_file(candidate)) return candidate.string();
  }
  reader.error(written.where, "cannot find font file '" + written.text + "'",
               {"looked in " + quoted_list(folders)});
  return "";
}

FontFamilyDef read_family(YamlReader& reader, const MappingEntry& entry,
                          const std::vector<std::string>& folders, const ReadRoot& root) {
  FontFamilyDef family;
  family.name = entry.key;
  family.where = reader.where(entry.key_node);
  std::string label = "font family '" + entry.key + "'";
  std::vector<std::string> hints;
  if (entry.value.IsScalar()) hints.push_back("write the file under 'regular:'");
  if (!reader.expect(entry.value, YAML::NodeType::Map, label,
                     "a mapping of faces: 'regular', 'bold', 'italic' and 'bold-italic'", hints)) {
    return family;
  }
  MappingReader faces(reader, entry.value, label, kFaceKeys);
  std::string* targets[] = {&family.regular, &family.bold, &family.italic, &family.bold_italic};
  for (size_t i = 0; i < kFaceKeys.size(); ++i) {
    TextValue written =
        i == 0 ? faces.required_text(kFaceKeys[i]) : faces.optional_text(kFaceKeys[i]);
    if (written.empty()) continue;
    *targets[i] = find_font_file(reader, written, folders, root);
    family.file_named_at.emplace(*targets[i], written.where);
  }
  return family;
}

}  // namespace

FontFamilies read_font_families(YamlReader& reader, const YAML::Node& fonts,
                                const std::string& template_folder,
                                const std::vector<std::string>& font_dirs, const ReadRoot& root) {
  FontFamilies families;
  if (!reader.expect(fonts, YAML::NodeType::Map, "fonts", "a mapping of font families")) {
    return families;
  }
  MappingReader names(reader, fonts, "fonts", {});
  if (names.entries().empty()) reader.error(fonts, "fonts must name at least one font family");
  std::vector<std::string> folders = search_folders(template_folder, font_dirs);
  for (const MappingEntry& entry : names.entries()) {
    if (families.first_declared.empty()) families.first_declared = entry.key;
    families.by_name[entry.key] = read_family(reader, entry, folders, root);
  }
  return families;
}

}  // namespace handout
