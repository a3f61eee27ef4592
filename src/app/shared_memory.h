#pragma once

#include <cstddef>
#include <new>
#include <type_traits>

namespace handout {

// Memory that a process and the children it forks afterwards both see and write (an anonymous
// shared mapping): how a child tells its supervising parent what it was doing when it crashed
// (crash_containment.h). Holds `count` value-initialised Ts; T must be trivially destructible and,
// when both sides use it at once, made of lock-free atomics. Mapped, not allocated: it is never
// part of the heap that a crashing child may have damaged.
class SharedBytes {
 public:
  explicit SharedBytes(size_t bytes);
  ~SharedBytes();
  SharedBytes(const SharedBytes&) = delete;
  SharedBytes& operator=(const SharedBytes&) = delete;

  void* data() const { return data_; }

 private:
  void* data_ = nullptr;
  size_t bytes_ = 0;
};

template <typename T>
class SharedArray {
  static_assert(std::is_trivially_destructible_v<T>);

 public:
  explicit SharedArray(size_t count) : bytes_(count * sizeof(T)), count_(count) {
    T* items = static_cast<T*>(bytes_.data());
    for (size_t i = 0; i < count; ++i) new (&items[i]) T();
  }

  T& operator[](size_t index) const { return static_cast<T*>(bytes_.data())[index]; }
  size_t size() const { return count_; }

 private:
  SharedBytes bytes_;
  size_t count_;
};

}  // namespace handout
