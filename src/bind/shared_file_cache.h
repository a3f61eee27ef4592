#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace handout {

// What tells one version of a file from the next without reading it.
struct FileStamp {
  long long size = -1;
  long long modified_ns = -1;
  bool operator==(const FileStamp&) const = default;
};

// The size and modification time of the file at `path`; both -1 when it cannot be read.
FileStamp stamp_of(const std::string& path);

// A cache of things loaded from files, shared read-only across threads (one per World). Each path
// (and `variant`, what else the result depends on) has its own slot, so a slow load blocks only
// the threads that want the same file; a file whose stamp changed is loaded again; a failed load
// (null) is not kept. What the documents of a batch no longer use stays only while the most
// recently used of it fits in `retained_bytes` (by `size_of`): a batch of documents with a large
// figure each must not keep every one of them, while a logo that all of them show is read once.
template <typename T>
class SharedFileCache {
 public:
  using Loader = std::function<std::shared_ptr<const T>()>;
  using SizeOf = uint64_t (*)(const T&);

  SharedFileCache(uint64_t retained_bytes, SizeOf size_of)
      : retained_bytes_(retained_bytes), size_of_(size_of) {}

  std::shared_ptr<const T> get(const std::string& path, const Loader& load,
                               const std::string& variant = "") {
    std::shared_ptr<Slot> slot = slot_for(path + '\n' + variant);
    const FileStamp stamp = stamp_of(path);
    std::lock_guard<std::mutex> lock(slot->mutex);
    std::shared_ptr<const T> value = slot->value.lock();
    if (!value || slot->stamp != stamp) {
      value = load();
      slot->value = value;
      slot->stamp = stamp;
    }
    if (value) retain(value);
    return value;
  }

 private:
  struct Slot {
    std::mutex mutex;
    FileStamp stamp;
    std::weak_ptr<const T> value;  // alive while a document or the retained list holds it
  };

  std::shared_ptr<Slot> slot_for(const std::string& path) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::shared_ptr<Slot>& slot = slots_[path];
    if (!slot) slot = std::make_shared<Slot>();
    return slot;
  }

  // Makes `value` the most recently used, and lets go of the least recently used beyond the
  // budget (a value larger than the whole budget is not retained at all).
  void retain(const std::shared_ptr<const T>& value) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto known = std::find_if(retained_.begin(), retained_.end(),
                              [&](const Retained& entry) { return entry.value == value; });
    if (known != retained_.end()) {
      retained_.splice(retained_.end(), retained_, known);
      return;
    }
    retained_.push_back({value, size_of_(*value)});
    retained_size_ += retained_.back().bytes;
    while (retained_size_ > retained_bytes_ || retained_.size() > kMostRetained) {
      retained_size_ -= retained_.front().bytes;
      retained_.pop_front();
    }
  }

  static constexpr size_t kMostRetained = 64;  // the list is searched on every use

  struct Retained {
    std::shared_ptr<const T> value;
    uint64_t bytes = 0;
  };

  const uint64_t retained_bytes_;
  const SizeOf size_of_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Slot>> slots_;
  std::list<Retained> retained_;  // least recently used first
  uint64_t retained_size_ = 0;
};

}  // namespace handout
