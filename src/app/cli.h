#pragma once

#include <string>
#include <vector>

namespace handout {

// The whole command-line tool: parse, run, print diagnostics, return the exit code
// (0 ok, 1 bad input, 2 bad usage, 3 cannot write, 4 internal error).
//
// run_cli runs everything in the calling process: a crash (an abort in a library, SIGSEGV, a
// stack overflow) ends it. This is the entry for a fuzzer or a test that drives the command line
// in its own process, where a crash must reach the caller.
int run_cli(const std::vector<std::string>& arguments);

// The same, with crashes contained (crash_containment.h): what `main` calls. `build` and `check`
// over a batch fail a crashing document and build the rest (contained_build.h); `render` and
// `check` of one document end a crash with one message and exit code 4 ("handout: internal
// error: crashed (SIGSEGV, Segmentation fault) while rendering talk.yaml"), leaving no temporary
// file; `watch` reports a crashing render and goes on watching. Must be called while the process
// has one thread (it forks).
int run_cli_containing_crashes(const std::vector<std::string>& arguments);

}  // namespace handout
