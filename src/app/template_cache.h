#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/resource_limits.h"
#include "load/template_loader.h"
#include "model/template_model.h"

namespace handout {

// The templates of a batch, each loaded once (by canonical path and the root that confines what
// it reads) and shared read-only by every document and worker thread that uses it. What loading
// reported (warnings, or the errors that made it fail) is replayed to each document that uses
// the template, so every document's diagnostics read exactly as a single render's would.
class TemplateCache {
 public:
  // A batch has one set of limits: the first document's load of a template holds for all.
  std::shared_ptr<const TemplateDef> load(const std::string& path, const TemplateFileAccess& access,
                                          Diagnostics& diagnostics, const ResourceLimits& limits);

 private:
  struct Slot {
    std::once_flag loaded;
    std::shared_ptr<const TemplateDef> layout;  // null when loading failed
    std::vector<Diagnostic> reported;
    // The template's and its partials' texts, for the excerpts of the messages each document's
    // binding and layout give at the template's positions.
    std::vector<std::pair<std::string, SourceText>> sources;
  };
  std::shared_ptr<Slot> slot_for(const std::string& key);

  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Slot>> slots_;
};

}  // namespace handout
