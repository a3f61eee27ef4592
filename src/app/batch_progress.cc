#include "app/batch_progress.h"

#include <cmath>
#include <cstdio>

#include "core/terminal_text.h"

namespace handout {
namespace {

constexpr const char* kGreen = "\033[32m";
constexpr const char* kRed = "\033[1;31m";
constexpr const char* kYellow = "\033[33m";
constexpr double kRedrawSeconds = 0.05;  // at most 20 redraws a second

std::string duration_text(double seconds) {
  if (seconds < 60) return std::to_string(static_cast<int>(std::ceil(seconds))) + "s";
  int whole = static_cast<int>(std::ceil(seconds));
  return std::to_string(whole / 60) + "m" + std::to_string(whole % 60) + "s";
}

std::string pages_text(size_t pages) {
  return std::to_string(pages) + (pages == 1 ? " page" : " pages");
}

std::string fixed(double value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

}  // namespace

ProgressStyle choose_progress_style(bool quiet, bool verbose, bool check, bool stdout_is_terminal,
                                    bool stderr_is_terminal, bool no_colour) {
  ProgressStyle style;
  style.quiet = quiet && !verbose;
  style.check = check;
  style.bar = stderr_is_terminal && !verbose && !style.quiet;
  style.per_document = verbose || (!style.bar && !style.quiet);
  style.colour_out = stdout_is_terminal && !no_colour;
  style.colour_error = stderr_is_terminal && !no_colour;
  return style;
}

std::string progress_bar_line(size_t done, size_t total, size_t failed, double seconds,
                              size_t width) {
  size_t filled = total == 0 ? width : done * width / total;
  std::string line = "[" + std::string(filled, '#') + std::string(width - filled, '.') + "] ";
  line += std::to_string(done) + "/" + std::to_string(total);
  if (failed > 0) line += "  " + std::to_string(failed) + " failed";
  if (done > 0 && seconds > 0) {
    double rate = done / seconds;
    line += "  " + fixed(rate, rate < 10 ? 1 : 0) + " docs/s";
    if (done < total) line += "  ETA " + duration_text((total - done) / rate);
  }
  return line;
}

BatchProgressPrinter::BatchProgressPrinter(std::ostream& out, std::ostream& error, size_t total,
                                           ProgressStyle style,
                                           std::chrono::steady_clock::time_point start)
    : out_(out), error_(error), diagnostics_(error), total_(total), style_(style), start_(start) {}

double BatchProgressPrinter::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

std::string BatchProgressPrinter::painted(const std::string& text, const char* colour,
                                          bool on) const {
  return on ? colour + text + "\033[0m" : text;
}

void BatchProgressPrinter::clear_bar() {
  if (!bar_shown_) return;
  error_ << "\r\033[K" << std::flush;
  bar_shown_ = false;
}

void BatchProgressPrinter::draw_bar(bool force) {
  if (!style_.bar) return;
  double now = seconds();
  if (!force && bar_shown_ && now - last_draw_ < kRedrawSeconds) return;
  last_draw_ = now;
  error_ << "\r\033[K" << progress_bar_line(done_, total_, failed_, now, 30) << std::flush;
  bar_shown_ = true;
}

void BatchProgressPrinter::count(const BatchResult& result) {
  ++done_;
  failed_ += result.status == BatchResult::Status::failed;
  skipped_ += result.status == BatchResult::Status::skipped;
}

void BatchProgressPrinter::count_printed_before(const BatchResult& result) {
  count(result);
  draw_bar(done_ == total_);
}

void BatchProgressPrinter::document_done(const BatchDocument& document, const BatchResult& result) {
  count(result);
  bool has_problems = !result.diagnostics.all().empty();
  bool failed = result.status == BatchResult::Status::failed;
  bool skipped = result.status == BatchResult::Status::skipped;
  bool says_line = failed || (style_.per_document && !style_.quiet);
  if (says_line || has_problems) clear_bar();
  if (failed) {
    error_ << painted("FAIL", kRed, style_.colour_error) << " " << terminal_safe(document.name())
           << "\n";
  } else if (skipped && says_line) {
    out_ << painted("skip", kYellow, style_.colour_out) << " " << terminal_safe(document.name())
         << "\n";
  } else if (says_line) {
    const std::string& what = style_.check ? document.name() : result.summary.output_path;
    out_ << painted("ok", kGreen, style_.colour_out) << "  " << terminal_safe(what) << "  "
         << pages_text(result.summary.page_count) << "  "
         << static_cast<long long>(std::llround(result.milliseconds)) << " ms\n";
  }
  out_ << std::flush;
  for (const Diagnostic& diagnostic : result.diagnostics.all()) diagnostics_.print(diagnostic);
  error_ << std::flush;
  draw_bar(done_ == total_);
}

void BatchProgressPrinter::outputs_lost(size_t count) { failed_ += count; }

void BatchProgressPrinter::finish(const std::string& shard_text) {
  clear_bar();
  double elapsed = seconds();
  size_t ok = done_ - failed_ - skipped_;
  std::string line = std::string(style_.check ? "checked " : "built ") + std::to_string(ok) +
                     " of " + std::to_string(total_) + " documents";
  if (failed_ > 0)
    line += ", " + painted(std::to_string(failed_) + " failed", kRed, style_.colour_out);
  if (skipped_ > 0) line += ", " + std::to_string(skipped_) + " not started (--fail-fast)";
  line += ", in " + fixed(elapsed, 2) + " s";
  if (elapsed > 0 && done_ > 0) line += " (" + fixed(done_ / elapsed, 0) + " documents/s)";
  if (!shard_text.empty()) line += "; " + terminal_safe(shard_text);
  out_ << line << "\n" << std::flush;
}

}  // namespace handout
