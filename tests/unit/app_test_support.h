#pragma once

#include <filesystem>

// A folder under the system's temporary folder with nothing in it yet (removed if it exists).
inline std::filesystem::path fresh_folder(const char* name) {
  std::filesystem::path folder = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(folder);
  return folder;
}
