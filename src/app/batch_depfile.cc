#include "app/batch_depfile.h"

#include <algorithm>

namespace handout {

std::string depfile_escaped(const std::string& path) {
  std::string escaped;
  for (char c : path) {
    if (c == ' ' || c == '#') escaped += '\\';
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

}  // namespace handout
