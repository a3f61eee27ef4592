#include "cli_input.h"

#include <algorithm>
#include <set>

#include "core/utf8.h"

namespace handout::fuzz {
namespace {

constexpr std::string_view kFileMarker = "\n#%";
constexpr std::string_view kDefaultFile = "data.yaml";
constexpr size_t kLongestPath = 200;

// The absolute paths an argument may name: the streams, which a user may well give.
const std::set<std::string_view> kStreamPaths = {"/dev/null", "/dev/zero", "/dev/full",
                                                 "/dev/stdin", "/dev/stdout"};

std::vector<std::string> split_arguments(std::string_view line) {
  std::vector<std::string> arguments;
  std::string current;
  bool in_argument = false;
  char quote = 0;
  for (char c : line) {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else {
        current += c;
      }
    } else if (c == ' ' || c == '\t') {
      if (in_argument) arguments.push_back(std::move(current));
      current.clear();
      in_argument = false;
      continue;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else {
      current += c;
    }
    in_argument = true;
  }
  if (in_argument) arguments.push_back(std::move(current));
  return arguments;
}

bool has_parent_part(std::string_view path) {
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = std::min(path.find('/', start), path.size());
    if (path.substr(start, slash - start) == "..") return true;
    start = slash + 1;
  }
  return false;
}

// Whether a path given as an argument stays in the run's folder (or is a stream).
bool stays_inside(std::string_view path) {
  if (kStreamPaths.count(path) != 0) return true;
  return !path.starts_with('/') && !has_parent_part(path);
}

// The path in an argument: the value of "--option=VALUE", else the argument itself.
std::string_view path_in(std::string_view argument) {
  size_t equals = argument.find('=');
  if (argument.starts_with("--") && equals != std::string_view::npos) {
    return argument.substr(equals + 1);
  }
  return argument;
}

// Arguments a user could type in that folder. --name's pattern is exempt: it names files inside
// the output folder, and refusing one that leads out of it is handout's job, checked here.
bool arguments_are_usable(const std::vector<std::string>& arguments) {
  if (arguments.size() > kMostArguments) return false;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument.find('\0') != std::string::npos) return false;
    const bool name_pattern =
        argument.starts_with("--name=") || (i > 0 && arguments[i - 1] == "--name");
    if (!name_pattern && !stays_inside(path_in(argument))) return false;
  }
  return true;
}

// A relative path of plain parts: no empty part, no '.' or '..', no NUL.
bool is_plain_relative_path(std::string_view path) {
  if (path.empty() || path.size() > kLongestPath || path.find('\0') != std::string_view::npos) {
    return false;
  }
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = std::min(path.find('/', start), path.size());
    std::string_view part = path.substr(start, slash - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = slash + 1;
  }
  return true;
}

// The files of "bytes\n#%name\nbytes\n#%name\nbytes..." (the text after the arguments' line).
std::vector<InputFile> split_files(std::string_view text) {
  std::vector<InputFile> files;
  // Read as if a newline came first, so that the text may start with a marker line.
  const std::string marked = "\n" + std::string(text);
  std::string path(kDefaultFile);
  bool named = false;  // the bytes before the first marker are a file only when there are some
  size_t start = 1;
  while (true) {
    // From the newline that ends the marker line: an empty file is a marker right after one.
    const size_t marker = marked.find(kFileMarker, start - 1);
    const size_t end = marker == std::string::npos ? marked.size() : std::max(marker, start);
    std::string bytes = marked.substr(start, end - start);
    if (named || !bytes.empty()) files.push_back({path, std::move(bytes)});
    if (marker == std::string::npos) break;
    const size_t name_start = marker + kFileMarker.size();
    const size_t name_end = std::min(marked.find('\n', name_start), marked.size());
    path = marked.substr(name_start, name_end - name_start);
    named = true;
    if (name_end == marked.size()) {
      files.push_back({path, ""});
      break;
    }
    start = name_end + 1;
  }
  return files;
}

bool files_are_usable(const std::vector<InputFile>& files) {
  if (files.size() > kMostFiles) return false;
  std::set<std::string_view> paths;
  for (const InputFile& file : files) {
    if (!is_plain_relative_path(file.path) || !paths.insert(file.path).second) return false;
  }
  return true;
}

}  // namespace

void make_text(std::string& bytes) {
  for (size_t at = 0; at < bytes.size();) {
    const DecodedCharacter character = decode_first_character(std::string_view(bytes).substr(at));
    const bool malformed = character.code_point == 0xFFFD && character.length == 1;
    if (malformed) bytes[at] = '?';
    if (bytes[at] == '\0') bytes[at] = ' ';
    at += character.length;
  }
}

std::optional<CommandLineInput> read_command_line_input(std::string_view input) {
  size_t line_end = std::min(input.find('\n'), input.size());
  CommandLineInput parsed;
  parsed.arguments = split_arguments(input.substr(0, line_end));
  if (!arguments_are_usable(parsed.arguments)) return std::nullopt;
  parsed.files =
      split_files(line_end < input.size() ? input.substr(line_end + 1) : std::string_view());
  if (!files_are_usable(parsed.files)) return std::nullopt;
  return parsed;
}

}  // namespace handout::fuzz
