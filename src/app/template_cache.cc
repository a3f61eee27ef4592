#include "app/template_cache.h"

#include <filesystem>

#include "load/template_loader.h"

namespace handout {
namespace {

std::string canonical_key(const std::string& path) {
  std::error_code error;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(path, error);
  return error ? path : canonical.string();
}

}  // namespace

std::shared_ptr<TemplateCache::Slot> TemplateCache::slot_for(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::shared_ptr<Slot>& slot = slots_[key];
  if (!slot) slot = std::make_shared<Slot>();
  return slot;
}

std::shared_ptr<const TemplateDef> TemplateCache::load(const std::string& path,
                                                       const TemplateFileAccess& access,
                                                       Diagnostics& diagnostics,
                                                       const ResourceLimits& limits) {
  // What a template may read depends on the root, so each root loads it once.
  std::shared_ptr<Slot> slot = slot_for(canonical_key(path) + '\n' + access.root.key());
  std::call_once(slot->loaded, [&] {
    Diagnostics reported;
    // Loaded by the path as the first document gave it, so messages name it the way a single
    // render of that document would.
    std::optional<TemplateDef> layout = load_template_file(path, access, reported, limits);
    if (layout) slot->layout = std::make_shared<const TemplateDef>(std::move(*layout));
    slot->reported = reported.all();
    slot->sources = reported.kept_sources();
  });
  for (const auto& [file, text] : slot->sources) diagnostics.keep_source(file, text);
  for (const Diagnostic& diagnostic : slot->reported) diagnostics.add(diagnostic);
  return slot->layout;
}

}  // namespace handout
