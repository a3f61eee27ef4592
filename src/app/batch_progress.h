#pragma once

#include <chrono>
#include <ostream>
#include <string>

#include "app/batch_inputs.h"
#include "app/batch_run.h"
#include "app/diagnostic_printer.h"

namespace handout {

// How the batch talks: decided once from the options and the terminal.
struct ProgressStyle {
  bool bar = false;          // redraw one progress line in place on the error stream
  bool per_document = true;  // "ok  output/a.pdf  2 pages  34 ms" for each document
  bool colour_out = false;   // colour on the standard output / error streams
  bool colour_error = false;
  bool quiet = false;  // only errors and the summary
  bool check = false;  // nothing is written: name the data, not the output
};

// From --quiet/--verbose, whether stdout/stderr are terminals and whether NO_COLOR is set (to
// any value, https://no-color.org): a bar only on a terminal, colour only on a terminal.
ProgressStyle choose_progress_style(bool quiet, bool verbose, bool check, bool stdout_is_terminal,
                                    bool stderr_is_terminal, bool no_colour);

// The progress line: "[#######.......]  412/1000  3 failed  436 docs/s  ETA 1s".
std::string progress_bar_line(size_t done, size_t total, size_t failed, double seconds,
                              size_t width);

// Prints the batch as it goes: each document's outcome, its diagnostics exactly as `handout
// render` prints them (failures' always, warnings always), the bar, and the summary line.
class BatchProgressPrinter {
 public:
  // `start`: when the batch started (the rate and the final time count from it).
  BatchProgressPrinter(
      std::ostream& out, std::ostream& error, size_t total, ProgressStyle style,
      std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now());

  // One document ended (or was skipped). Called one at a time.
  void document_done(const BatchDocument& document, const BatchResult& result);

  // A document an earlier process of the same batch printed, before it crashed
  // (contained_build.h): counted, not printed again.
  void count_printed_before(const BatchResult& result);

  // The process that printed before crashed, maybe with the bar drawn: the next line clears it.
  void continue_after_crash() { bar_shown_ = style_.bar; }

  // `count` documents printed as built were lost when the outputs were flushed at the end: the
  // final line counts them as failed.
  void outputs_lost(size_t count);

  // The final line, e.g. "built 998 of 1000 documents, 2 failed, in 2.31 s (432 documents/s)".
  void finish(const std::string& shard_text);

  size_t failed() const { return failed_; }

 private:
  double seconds() const;
  void clear_bar();
  void count(const BatchResult& result);
  void draw_bar(bool force);
  std::string painted(const std::string& text, const char* colour, bool on) const;

  std::ostream& out_;
  std::ostream& error_;
  DiagnosticPrinter diagnostics_;
  size_t total_;
  ProgressStyle style_;
  size_t done_ = 0;
  size_t failed_ = 0;
  size_t skipped_ = 0;
  std::chrono::steady_clock::time_point start_;
  double last_draw_ = -1;
  bool bar_shown_ = false;
};

}  // namespace handout
