#pragma once

#include <hpdf.h>

#include <optional>
#include <string>

namespace handout {

// One libharu document for the length of one write. libharu reports errors through a C
// callback; the session records the first one (never throws or jumps through C frames) together
// with what the writer was doing, so the writer can stop and turn it into a diagnostic.
class LibharuSession {
 public:
  LibharuSession();  // UTF-8 encoder current, compression on, PDF 1.5
  ~LibharuSession();
  LibharuSession(const LibharuSession&) = delete;
  LibharuSession& operator=(const LibharuSession&) = delete;

  HPDF_Doc doc() const { return doc_; }
  HPDF_Encoder utf8() const { return utf8_; }

  // Names the step under way, for the message of any error it causes ("drawing text on page 2").
  void set_activity(std::string activity) { activity_ = std::move(activity); }

  // Internal libharu calls return a status and leave the error handler silent: check them here.
  bool check(HPDF_STATUS status);
  template <typename Handle>
  Handle check(Handle handle) {
    if (handle == nullptr) record_failure(HPDF_GetError(doc_));
    return handle;
  }
  // A failure the writer detects itself (libharu accepted something it should not have).
  void fail(std::string message);

  bool failed() const { return failure_.has_value(); }
  std::string failure() const { return failure_.value_or("no failure was recorded"); }

  // The whole document as bytes, or nothing when saving failed.
  std::optional<std::string> save();

 private:
  static void HPDF_STDCALL on_error(HPDF_STATUS error, HPDF_STATUS detail, void* session);
  void record_failure(HPDF_STATUS error);
  void configure();
  std::optional<std::string> read_saved_stream();

  HPDF_Doc doc_ = nullptr;
  HPDF_Encoder utf8_ = nullptr;
  std::string activity_ = "starting the document";
  std::optional<std::string> failure_;
};

}  // namespace handout
