#include "app/shared_memory.h"

#include <sys/mman.h>

#include <algorithm>

namespace handout {

SharedBytes::SharedBytes(size_t bytes) : bytes_(std::max<size_t>(bytes, 1)) {
  data_ = ::mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (data_ == MAP_FAILED) throw std::bad_alloc();
}

SharedBytes::~SharedBytes() { ::munmap(data_, bytes_); }

}  // namespace handout
