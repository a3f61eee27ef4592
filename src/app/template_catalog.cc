#include "app/template_catalog.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "app/diagnostic_printer.h"
#include "core/terminal_text.h"
#include "load/template_loader.h"

namespace handout {
namespace {

namespace fs = std::filesystem;

BundledTemplate describe(const std::string& name, const BundledFiles& bundled) {
  BundledTemplate entry{name, bundled.templates_dir() + "/" + name + ".yaml", "", ""};
  Diagnostics diagnostics;
  auto layout = load_template_file(entry.path, bundled.font_dirs(), diagnostics);
  if (layout) {
    entry.description = layout->description;
  } else if (!diagnostics.all().empty()) {
    const Diagnostic& first = diagnostics.all().front();
    entry.problem = location_prefix(first.where) + ": " + first.message;
  }
  return entry;
}

}  // namespace

std::vector<std::string> bundled_template_names(const BundledFiles& bundled) {
  std::vector<std::string> names;
  std::error_code error;
  if (bundled.root.empty()) return names;
  for (const auto& entry : fs::directory_iterator(bundled.templates_dir(), error)) {
    if (entry.is_regular_file(error) && entry.path().extension() == ".yaml") {
      names.push_back(entry.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<BundledTemplate> list_bundled_templates(const BundledFiles& bundled) {
  std::vector<BundledTemplate> templates;
  for (const std::string& name : bundled_template_names(bundled)) {
    templates.push_back(describe(name, bundled));
  }
  return templates;
}

std::string template_list_text(const std::vector<BundledTemplate>& templates) {
  size_t width = 0;
  for (const BundledTemplate& entry : templates) width = std::max(width, entry.name.size());
  std::string text;
  for (const BundledTemplate& entry : templates) {
    std::string about =
        entry.problem.empty() ? entry.description : "(does not load: " + entry.problem + ")";
    text += "  " + terminal_safe(entry.name) + std::string(width + 2 - entry.name.size(), ' ') +
            terminal_safe(about) + "\n";
  }
  return text;
}

}  // namespace handout
