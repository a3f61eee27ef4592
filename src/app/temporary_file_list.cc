#include "app/temporary_file_list.h"

#include <unistd.h>

#include <cstring>

namespace handout {

bool TemporaryFileList::add(const std::string& path) {
  if (path.size() >= kMaxPathBytes) return false;
  for (size_t i = 0; i < slots_.size(); ++i) {
    Slot& slot = slots_[i];
    if (slot.used.load(std::memory_order_relaxed)) continue;
    std::memcpy(slot.path, path.c_str(), path.size() + 1);
    slot.used.store(true, std::memory_order_release);
    return true;
  }
  return false;
}

void TemporaryFileList::remove(const std::string& path) {
  for (size_t i = 0; i < slots_.size(); ++i) {
    Slot& slot = slots_[i];
    if (slot.used.load(std::memory_order_acquire) && path == slot.path) {
      slot.used.store(false, std::memory_order_release);
      return;
    }
  }
}

size_t TemporaryFileList::remove_listed_files() {
  size_t count = 0;
  for (size_t i = 0; i < slots_.size(); ++i) {
    Slot& slot = slots_[i];
    if (!slot.used.load(std::memory_order_acquire)) continue;
    ::unlink(slot.path);
    slot.used.store(false, std::memory_order_release);
    ++count;
  }
  return count;
}

size_t TemporaryFileList::listed() const {
  size_t count = 0;
  for (size_t i = 0; i < slots_.size(); ++i) count += slots_[i].used.load();
  return count;
}

}  // namespace handout
