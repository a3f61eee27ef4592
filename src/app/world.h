#pragma once

#include "bind/resource_caches.h"
#include "core/clock.h"
#include "layout/hyphenation.h"

namespace handout {

// What the documents of one run share and the stages may not reach for themselves (the idea of
// Typst's World): the faces and figures read so far, the hyphenation dictionaries, and the clock.
// The app makes one per run (a render, a watch, a batch) and hands its parts to the stages that
// need them; its caches are thread-safe, so a batch's workers share one. A test makes its own,
// with the clock it wants. Which files a document may read (its ReadRoot) is decided per
// document (document_root.h) and handed down beside it.
class World {
 public:
  explicit World(Clock clock) : clock_(std::move(clock)) {}

  World(const World&) = delete;
  World& operator=(const World&) = delete;

  ResourceCaches& resources() { return resources_; }
  HyphenationDictionaries& hyphenation() { return hyphenation_; }
  const Clock& clock() const { return clock_; }

 private:
  ResourceCaches resources_;
  HyphenationDictionaries hyphenation_;
  Clock clock_;
};

}  // namespace handout
