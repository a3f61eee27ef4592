#include "core/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace handout {

unsigned worker_count(unsigned requested) {
  if (requested != 0) return requested;
  return std::clamp(std::thread::hardware_concurrency(), 1u, kMaxWorkerThreads);
}

void run_in_parallel(size_t count, unsigned threads, const std::function<void(size_t)>& task) {
  const size_t helpers = std::min<size_t>(std::max(threads, 1u), count) - (count > 0 ? 1 : 0);
  std::vector<std::exception_ptr> failures(count);
  std::atomic<size_t> next{0};
  // Every thread takes the next task not yet taken, so a slow task does not hold up the others.
  auto work = [&] {
    for (size_t index = next++; index < count; index = next++) {
      try {
        task(index);
      } catch (...) {
        failures[index] = std::current_exception();
      }
    }
  };
  std::vector<std::thread> workers;
  workers.reserve(helpers);
  for (size_t i = 0; i < helpers; ++i) {
    try {
      workers.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // no more threads to be had: the ones running (and this one) do all the tasks
    }
  }
  work();
  for (std::thread& worker : workers) worker.join();
  for (const std::exception_ptr& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
}

}  // namespace handout
