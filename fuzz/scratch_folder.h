#pragma once

// The folder each fuzz_cli run works in, and what the run did to the files around it.
//
// BASE (/dev/shm/handout-fuzz-cli-PID, else under $TMPDIR or /tmp) holds:
//   run/      the run's working folder, emptied and refilled with the input's files each run
//   up/keep   and keep: files outside run/, which no run may touch ('../x' and '../../x'
//             from run/ would land beside them)
//   shadow/   a second link to each input file, which still reaches the file's first bytes
//             after a run replaced it: whether the run read it (its access time moved), and
//             whether it was written in place
//   stdout    the run's standard output
// The same folder serves every run of the process; it is removed at exit, and a later process
// removes those of processes that died (a crash leaves its folder behind).

#include <string>
#include <vector>

#include "cli_input.h"

namespace handout::fuzz {

// What became of one input file.
struct InputFileFate {
  std::string path;
  bool read = false;      // the run read or mapped it (its access time moved; without access
                          // times, as under 'noatime', every input but an earlier PDF counts)
  bool replaced = false;  // its path now holds another file, or nothing
  bool written_in_place = false;  // its own bytes changed
};

// What a run left behind.
struct RunTrace {
  std::vector<InputFileFate> inputs;
  std::vector<std::string> written;      // files that are new or replace an input, from run/
  std::vector<std::string> temporaries;  // ".NAME.tmp-XXXXXX" files left in run/
  std::string outside_change;            // what changed outside run/, empty when nothing
};

class ScratchFolder {
 public:
  ScratchFolder();
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  // Empties run/ and writes the files into it; notes the state of everything around it. False
  // when the files cannot all be made (a path that runs through another file: "a" and "a/b").
  bool prepare(const std::vector<InputFile>& files);
  // After the run: what it did (prepare's files compared with what is there now).
  RunTrace trace() const;

  const std::string& run_folder() const { return run_; }
  const std::string& stdout_path() const { return stdout_; }

 private:
  std::string outside_state() const;

  std::string base_, run_, shadow_, stdout_;
  std::vector<InputFile> files_;
  std::vector<unsigned long> inodes_;
  std::string outside_before_;
  unsigned long runs_ = 0;
  bool access_times_move_ = true;  // false (noatime): every input counts as read
};

}  // namespace handout::fuzz
