// A test-only LD_PRELOAD library that makes handout crash on purpose, so that the end-to-end
// tests can check how a crash in one document is contained without a real crashing input
// (tests/e2e/crash_containment_test.sh). It is never linked into handout.
//
// Every way the binary opens a file (open, open64, openat, openat64, fopen, fopen64: see
// `nm -D build/handout`; the C library stays dynamic even with HANDOUT_LINK_ARCHIVES) is passed
// to the C library's own function first; then, when the path contains the marker, the process
// is ended by a signal as a bug would end it:
//   HANDOUT_TEST_CRASH_MARKER  the text to look for in the path (default "crash-me")
//   HANDOUT_TEST_CRASH_SIGNAL  ABRT (abort(), the default), SEGV (a write through a null
//                              pointer), KILL (as the OOM killer does) or BUS
// Opening first means that a temporary output file whose name holds the marker exists when the
// process dies, as it would if a crash came while it was written.
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace {

const char* marker() {
  const char* text = getenv("HANDOUT_TEST_CRASH_MARKER");
  return text != nullptr && *text != '\0' ? text : "crash-me";
}

void crash() {
  const char* name = getenv("HANDOUT_TEST_CRASH_SIGNAL");
  if (name == nullptr || strcmp(name, "ABRT") == 0) abort();
  if (strcmp(name, "SEGV") == 0) {
    volatile int* nowhere = nullptr;
    *nowhere = 1;
  }
  if (strcmp(name, "KILL") == 0) raise(SIGKILL);
  if (strcmp(name, "BUS") == 0) raise(SIGBUS);
  abort();
}

// Returns what the C library's function returned, unless the path is marked.
template <typename Result>
Result crash_if_marked(const char* path, Result opened) {
  if (path != nullptr && strstr(path, marker()) != nullptr) crash();
  return opened;
}

template <typename Function>
Function next(const char* name) {
  return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

// The mode argument is there only when the flags create a file.
mode_t mode_of(int flags, va_list arguments) {
  return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE ? va_arg(arguments, mode_t) : 0;
}

}  // namespace

// open and open64 differ only in their names, as do openat and openat64, fopen and fopen64.
#define INTERCEPT_OPEN(name)                                        \
  int name(const char* path, int flags, ...) {                      \
    va_list arguments;                                              \
    va_start(arguments, flags);                                     \
    const mode_t mode = mode_of(flags, arguments);                  \
    va_end(arguments);                                              \
    static auto real = next<int (*)(const char*, int, ...)>(#name); \
    return crash_if_marked(path, real(path, flags, mode));          \
  }
#define INTERCEPT_OPENAT(name)                                           \
  int name(int folder, const char* path, int flags, ...) {               \
    va_list arguments;                                                   \
    va_start(arguments, flags);                                          \
    const mode_t mode = mode_of(flags, arguments);                       \
    va_end(arguments);                                                   \
    static auto real = next<int (*)(int, const char*, int, ...)>(#name); \
    return crash_if_marked(path, real(folder, path, flags, mode));       \
  }
#define INTERCEPT_FOPEN(name)                                            \
  FILE* name(const char* path, const char* mode) {                       \
    static auto real = next<FILE* (*)(const char*, const char*)>(#name); \
    return crash_if_marked(path, real(path, mode));                      \
  }

extern "C" {
INTERCEPT_OPEN(open)
INTERCEPT_OPEN(open64)
INTERCEPT_OPENAT(openat)
INTERCEPT_OPENAT(openat64)
INTERCEPT_FOPEN(fopen)
INTERCEPT_FOPEN(fopen64)
}  // extern "C"
