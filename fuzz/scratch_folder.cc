#include "scratch_folder.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

namespace handout::fuzz {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kPrefix = "handout-fuzz-cli-";
constexpr std::string_view kKeepText = "outside the run's folder: no run may change this\n";
// Input files get this modification time plus the run's number: handout caches fonts and
// figures by path, size and modification time, so each run's files must differ from the last
// run's, which had the same paths and maybe the same size.
constexpr time_t kFirstModified = 1'000'000'000;

std::string parent_folder() {
  if (::access("/dev/shm", W_OK) == 0) return "/dev/shm";  // tmpfs: no disk writes per run
  const char* temporary = std::getenv("TMPDIR");
  return temporary != nullptr && *temporary != '\0' ? temporary : "/tmp";
}

// Removes the folders of fuzz_cli processes that no longer run.
void remove_stale_folders(const std::string& parent) {
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(parent, error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(kPrefix)) continue;
    const long pid = std::strtol(name.c_str() + kPrefix.size(), nullptr, 10);
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
      fs::remove_all(entry.path(), error);
    }
  }
}

[[noreturn]] void give_up(const std::string& what) {
  std::fprintf(stderr, "fuzz_cli: %s\n", what.c_str());
  std::abort();
}

void write_bytes(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) give_up("cannot write " + path);
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void recreate_folder(const std::string& path) {
  std::error_code error;
  fs::remove_all(path, error);
  if (!fs::create_directories(path, error)) give_up("cannot create " + path);
}

// ".NAME.tmp-XXXXXX", the temporary file beside an output (app/output_file.cc).
bool is_temporary_name(const std::string& name) {
  constexpr std::string_view kMark = ".tmp-";
  return name.starts_with('.') && name.size() > kMark.size() + 6 &&
         name.compare(name.size() - 6 - kMark.size(), kMark.size(), kMark) == 0;
}

long long modified_ns(const std::string& path) {
  struct stat status {};
  if (::lstat(path.c_str(), &status) != 0) return -1;
  return static_cast<long long>(status.st_mtim.tv_sec) * 1'000'000'000LL + status.st_mtim.tv_nsec;
}

// A folder's entries and modification time, and the bytes of its file 'keep'.
std::string folder_state(const std::string& folder) {
  std::set<std::string> names;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
    names.insert(entry.path().filename().string());
  }
  std::string state = folder + " modified " + std::to_string(modified_ns(folder)) + ", holds";
  for (const std::string& name : names) state += " '" + name + "'";
  return state + ", keep: '" + read_bytes(folder + "/keep") + "'\n";
}

// Whether reading a file in `folder` moves its access time (not under 'noatime'): else every
// input counts as read.
bool access_times_move(const std::string& folder) {
  const std::string probe = folder + "/atime-probe";
  write_bytes(probe, "probe");
  const struct timespec times[2] = {{0, 0}, {kFirstModified, 0}};
  struct stat status {};
  const bool moved = ::utimensat(AT_FDCWD, probe.c_str(), times, 0) == 0 &&
                     read_bytes(probe) == "probe" && ::stat(probe.c_str(), &status) == 0 &&
                     status.st_atim.tv_sec != 0;
  ::unlink(probe.c_str());
  return moved;
}

}  // namespace

ScratchFolder::ScratchFolder() {
  const std::string parent = parent_folder();
  remove_stale_folders(parent);
  base_ = parent + "/" + std::string(kPrefix) + std::to_string(::getpid());
  run_ = base_ + "/up/run";
  shadow_ = base_ + "/shadow";
  stdout_ = base_ + "/stdout";
  recreate_folder(base_ + "/up");
  write_bytes(base_ + "/keep", kKeepText);
  write_bytes(base_ + "/up/keep", kKeepText);
  access_times_move_ = access_times_move(base_);
}

ScratchFolder::~ScratchFolder() {
  std::error_code error;
  fs::remove_all(base_, error);
}

bool ScratchFolder::prepare(const std::vector<InputFile>& files) {
  ++runs_;
  recreate_folder(run_);
  recreate_folder(shadow_);
  write_bytes(stdout_, "");
  files_ = files;
  inodes_.clear();
  const struct timespec times[2] = {{0, 0}, {kFirstModified + static_cast<time_t>(runs_), 0}};
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string path = run_ + "/" + files[i].path;
    std::error_code error;
    fs::create_directories(fs::path(path).parent_path(), error);
    // A file whose path runs through another file ("a" and "a/b") cannot be made.
    if (error || fs::is_directory(path, error)) return false;
    write_bytes(path, files[i].bytes);
    const std::string shadow = shadow_ + "/" + std::to_string(i);
    struct stat status {};
    if (::link(path.c_str(), shadow.c_str()) != 0 || ::stat(path.c_str(), &status) != 0 ||
        ::utimensat(AT_FDCWD, path.c_str(), times, 0) != 0) {
      give_up("cannot link or stamp " + path);
    }
    inodes_.push_back(status.st_ino);
  }
  outside_before_ = outside_state();
  return true;
}

std::string ScratchFolder::outside_state() const {
  return folder_state(base_) + folder_state(base_ + "/up");
}

RunTrace ScratchFolder::trace() const {
  RunTrace trace;
  std::set<std::string> unchanged_inputs;
  for (size_t i = 0; i < files_.size(); ++i) {
    InputFileFate fate{files_[i].path};
    const std::string shadow = shadow_ + "/" + std::to_string(i);
    struct stat original {
    }, now{};
    if (::stat(shadow.c_str(), &original) != 0) give_up("the link " + shadow + " is gone");
    // Without access times, every input but an earlier PDF (which handout never reads) counts.
    fate.read = access_times_move_ ? original.st_atim.tv_sec != 0 || original.st_atim.tv_nsec != 0
                                   : !files_[i].path.ends_with(".pdf");
    fate.written_in_place = read_bytes(shadow) != files_[i].bytes;
    const std::string path = run_ + "/" + files_[i].path;
    fate.replaced = ::lstat(path.c_str(), &now) != 0 || now.st_ino != inodes_[i];
    if (!fate.replaced && !fate.written_in_place) unchanged_inputs.insert(files_[i].path);
    trace.inputs.push_back(fate);
  }
  std::error_code error;
  for (fs::recursive_directory_iterator it(run_, error), end; !error && it != end;
       it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    const std::string relative = it->path().lexically_relative(run_).string();
    if (is_temporary_name(it->path().filename().string())) trace.temporaries.push_back(relative);
    if (unchanged_inputs.count(relative) == 0) trace.written.push_back(relative);
  }
  std::sort(trace.written.begin(), trace.written.end());
  const std::string outside_after = outside_state();
  if (outside_after != outside_before_) {
    trace.outside_change = "before:\n" + outside_before_ + "after:\n" + outside_after;
  }
  return trace;
}

}  // namespace handout::fuzz
