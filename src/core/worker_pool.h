#pragma once

#include <cstddef>
#include <functional>

namespace handout {

// The most threads any stage uses: beyond this, the parts of a document get too small to pay
// for a thread each.
inline constexpr unsigned kMaxWorkerThreads = 8;

// How many threads work split into independent parts may use: `requested` when it is not 0,
// else the hardware's thread count, at most kMaxWorkerThreads.
unsigned worker_count(unsigned requested);

// Runs task(0) ... task(count - 1) on up to `threads` threads, the calling one included, and
// returns once every task has finished. Tasks must not share anything unguarded. With one thread
// (or one task) everything runs on the calling thread, in order. If tasks throw, the exception
// of the lowest-numbered one that threw is rethrown here after all of them have ended.
void run_in_parallel(size_t count, unsigned threads, const std::function<void(size_t)>& task);

}  // namespace handout
