#include "app/batch_depfile.h"

#include <algorithm>

#include "core/terminal_text.h"

namespace handout {
namespace {

void refuse(const std::string& path, const std::string& reason, FailureKind kind,
            Diagnostics& diagnostics) {
  diagnostics.error(
      {}, "cannot write the dependency file (--depfile): the path '" + path + "' " + reason,
      {"rename the file, or leave out --depfile"}, kind);
}

}  // namespace

std::optional<std::string> depfile_refusal(const std::string& path) {
  if (has_control_character(path)) {
    return "has a control character, which would end the rule and start a command";
  }
  if (path.find(';') != std::string::npos) {
    return "has ';', which make reads as the start of a command";
  }
  if (path.find('|') != std::string::npos) {
    return "has '|', which make reads as the start of order-only prerequisites";
  }
  if (path.find('=') != std::string::npos) {
    return "has '=', which make reads as a variable assignment";
  }
  if (path.find('\\') != std::string::npos) {
    return "has '\\', which make and Ninja read as an escape";
  }
  return std::nullopt;
}

std::string depfile_escaped(const std::string& path) {
  std::string escaped;
  for (char c : path) {
    if (c == ' ' || c == '#' || c == ':') escaped += '\\';
    if (c == '$') escaped += '$';
    escaped += c;
  }
  return escaped;
}

std::string depfile_rule(const std::string& output, const std::vector<std::string>& inputs) {
  std::string rule = depfile_escaped(output) + ":";
  std::vector<std::string> seen;
  for (const std::string& input : inputs) {
    if (std::find(seen.begin(), seen.end(), input) != seen.end()) continue;
    seen.push_back(input);
    rule += " " + depfile_escaped(input);
  }
  return rule + "\n";
}

bool check_depfile_paths(const std::string& output, const std::vector<std::string>& inputs,
                         Diagnostics& diagnostics) {
  bool writable = true;
  if (auto reason = depfile_refusal(output)) {
    refuse(output, *reason, FailureKind::bad_usage, diagnostics);
    writable = false;
  }
  for (const std::string& input : inputs) {
    if (auto reason = depfile_refusal(input)) {
      refuse(input, *reason, FailureKind::bad_input, diagnostics);
      writable = false;
    }
  }
  return writable;
}

}  // namespace handout
