#pragma once

#include <string>

namespace handout {

// What Ctrl-C, SIGTERM and SIGHUP do while handout writes files: the temporary files being
// written are removed, the outputs already renamed into place stay, and the process then ends
// as the signal would have ended it (exit status 128 + the signal: 130, 143, 129), so that a
// build system or CI runner sees the interruption and no partial file is left behind.
//
// The signals are not handled in a signal handler, which could run on any thread while a worker
// is between creating a temporary file and registering it. They are blocked in every thread and
// taken by one thread of their own (sigwait), which removes the registered files under the same
// lock that creating and renaming a temporary file take: a file is either registered when the
// signal is acted on, or it is never created. After that, no lock is released again: the
// process ends, and workers that try to create or rename wait for the end.

// Blocks SIGINT, SIGTERM and SIGHUP (those not ignored, e.g. by nohup) and starts the thread
// that acts on them. Call before any other thread is started (threads inherit the blocked
// signals); calls after the first do nothing. Not for `watch`, which reads the signals itself.
// Also ignores SIGXFSZ (ignore_file_size_signal).
void remove_temporary_files_on_signals();

// A file grown past the size limit (`ulimit -f`) would end the process by SIGXFSZ, leaving a
// temporary file and, in a batch, every other document unbuilt: ignored, the write fails with
// EFBIG instead, which is the "cannot write" error of that one file.
void ignore_file_size_signal();

// Creates a new file for writing from `pattern`, whose last six characters ("XXXXXX") are
// replaced by a unique name (as mkstemp does, but with the permissions umask gives an ordinary
// file, not 0600: a PDF is a document to share), and registers it. Returns the open
// descriptor, or -1 with errno.
int create_temporary_file(std::string& pattern);

// Renames a registered temporary file to `target` and forgets it. Returns 0, or the errno.
int rename_temporary_file(const std::string& temporary, const std::string& target);

// Removes a registered temporary file (after a failed write) and forgets it.
void remove_temporary_file(const std::string& temporary);

// How many temporary files are registered now (for tests).
size_t registered_temporary_files();

// Ends the process by the signal's default action (the signal unblocked on this thread first),
// or with exit status 128 + the signal where the default action does not end it (PID 1).
[[noreturn]] void end_by_default_action(int signal_number);

class TemporaryFileList;

// In a child process that a parent supervises (crash_containment.h): from now on every temporary
// file is also listed in `list` (shared with the parent) from just before it is created until it
// is renamed or removed, so that the parent can remove it after a crash. Call before any thread
// is started.
void list_temporary_files_in(TemporaryFileList* list);

}  // namespace handout
