#pragma once

#include <string>
#include <vector>

#include "model/doc_tree.h"

namespace handout {

// The image files a bound document places, in reading order, each once (groups and callouts
// included). QR codes are made, not read, so they are not among them.
std::vector<std::string> figure_files(const DocTree& document);

// Appends the files not in `files` yet, keeping the order.
void add_input_files(std::vector<std::string>& files, const std::vector<std::string>& more);

}  // namespace handout
