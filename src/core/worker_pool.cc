#include "core/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
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
  // Only the failure of the first task that failed is rethrown, so only it is kept: a batch runs
  // thousands of tasks here, and a slot for each would grow with the batch.
  std::mutex failure_mutex;
  size_t failed_index = count;
  std::exception_ptr failure;
  std::atomic<size_t> next{0};
  // Every thread takes the next task not yet taken, so a slow task does not hold up the others.
  auto work = [&] {
    for (size_t index = next++; index < count; index = next++) {
      try {
        task(index);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (index < failed_index) {
          failed_index = index;
          failure = std::current_exception();
        }
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
  if (failure) std::rethrow_exception(failure);
}

}  // namespace handout
