#pragma once

// A bound document for the resource loading tests: one figure, its caption in Noto Sans.

#include <string>

#include "model/doc_tree.h"

namespace handout::resource_test {

// `path` as resolved, `written` as the data gives it.
inline DocTree one_figure(const std::string& path, const std::string& written) {
  DocTree document;
  FigureBlock figure;
  figure.image_path = path;
  figure.written_path = written;
  figure.where = {"data.yaml", 4, 9};
  figure.caption_style.edit().font_file = HANDOUT_SOURCE_DIR "/fonts/NotoSans-Regular.ttf";
  document.blocks.push_back(figure);
  return document;
}

}  // namespace handout::resource_test
