#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace handout {

// Waits until one of a set of files changes (Linux inotify), or until Ctrl-C. It watches the
// files' folders rather than the files, so that an editor that saves by writing a new file and
// renaming it over the old one is seen too, as is a file that is deleted and created again.
// SIGINT, SIGTERM and SIGHUP are blocked while a watcher lives and read from a signalfd instead,
// so that Ctrl-C during a render lets it finish and then ends the wait.
class FileWatcher {
 public:
  enum class Wake { changed, interrupted, failed };

  FileWatcher();
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  // Empty when the watcher works; otherwise why not (the system's reason).
  const std::string& problem() const { return problem_; }

  // Adds files to the watched set (files already watched are kept). A file whose folder does
  // not exist cannot be watched: it is returned.
  std::vector<std::string> watch(const std::vector<std::string>& files);

  // Blocks until a watched file changes; changes that follow within `settle_ms` are taken as
  // the same one (an editor's save is often several events). `changed` names the first file.
  Wake wait_for_change(std::string& changed, int settle_ms = 150);

 private:
  bool read_events(std::string& changed);

  int inotify_fd_ = -1;
  int signal_fd_ = -1;
  std::string problem_;
  std::map<int, std::string> folder_of_watch_;
  std::set<std::string> files_;  // absolute, normalised
  bool signals_blocked_ = false;
};

}  // namespace handout
