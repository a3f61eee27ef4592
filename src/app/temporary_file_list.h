#pragma once

#include <atomic>
#include <cstddef>
#include <string>

#include "app/shared_memory.h"

namespace handout {

// The temporary files a child process is writing, listed where its supervising parent sees them
// (crash_containment.h): a crash, or the OOM killer's SIGKILL, leaves nothing in the child to
// remove them (interrupt_cleanup.h removes them on SIGINT, SIGTERM and SIGHUP only), so the
// parent removes what the list still holds once the child has ended. The child adds a file
// before creating it and takes it off once it is renamed into place or removed, one call at a
// time (interrupt_cleanup.cc calls these under its lock).
class TemporaryFileList {
 public:
  static constexpr size_t kMaxPathBytes = 4096;  // PATH_MAX: open() refuses longer paths

  explicit TemporaryFileList(size_t slots) : slots_(slots) {}

  // False when every slot is taken or the path is too long: that file is not listed.
  bool add(const std::string& path);
  void remove(const std::string& path);

  // In the parent, after the child ended: removes every file still listed, and empties the list.
  // Returns how many were listed.
  size_t remove_listed_files();

  size_t listed() const;

 private:
  struct Slot {
    std::atomic<bool> used{false};
    char path[kMaxPathBytes];
  };
  SharedArray<Slot> slots_;
};

}  // namespace handout
