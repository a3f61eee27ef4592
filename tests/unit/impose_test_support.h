#pragma once

// Builders shared by the imposition tests: runs that name themselves, and where they landed.

#include <string>

#include "layout_test_support.h"
#include "model/page_layout.h"

namespace handout::impose_test {

using layout_test::items_on;

// A run whose text names it; only its place matters to imposition.
inline TextRun named_run(const std::string& text, double x, double baseline) {
  TextRun run;
  run.text = text;
  run.x = x;
  run.baseline = baseline;
  return run;
}

// "p1@10,20 p2@430,20": the runs on a sheet and where they start, in drawing order.
inline std::string runs_text(const LaidOutPage& page) {
  std::string text;
  for (const TextRun* run : items_on<TextRun>(page)) {
    if (!text.empty()) text += " ";
    text += run->text + "@" + std::to_string(static_cast<int>(run->x)) + "," +
            std::to_string(static_cast<int>(run->baseline));
  }
  return text;
}

}  // namespace handout::impose_test
