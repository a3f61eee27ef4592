#include "write/libharu_session.h"

#include <hpdf_utils.h>

#include <cstring>

#include "write/libharu_errors.h"

// libharu 2.3 copies every byte it buffers (page content, font files, images: the whole file,
// twice) with HPDF_MemCpy, a byte-at-a-time loop, and calls it through its PLT, so this
// definition in the executable is the one its calls reach (it lives in this file because every
// binary that writes a PDF links it). Same contract: copy n bytes, return the end of the copy.
// It took 4.3 of the 47 million instructions on the example's main thread.
extern "C" HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
  if (n > 0) std::memcpy(out, in, n);
  return out + n;
}

namespace handout {

LibharuSession::LibharuSession() {
  doc_ = HPDF_New(&LibharuSession::on_error, this);
  if (doc_ == nullptr) {
    fail("libharu could not create a document (out of memory) while " + activity_);
    return;
  }
  configure();
}

LibharuSession::~LibharuSession() {
  if (doc_ != nullptr) HPDF_Free(doc_);
}

void LibharuSession::configure() {
  // Compression applies only to pages added after it is switched on.
  check(HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL));
  check(HPDF_UseUTFEncodings(doc_));
  utf8_ = check(HPDF_GetEncoder(doc_, "UTF-8"));
  // Info strings are encoded with the current encoder: UTF-8 makes them UTF-16BE.
  check(HPDF_SetCurrentEncoder(doc_, "UTF-8"));
  // Soft masks need 1.4; libharu would otherwise still write a 1.3 header.
  doc_->pdf_version = HPDF_VER_15;
}

void HPDF_STDCALL LibharuSession::on_error(HPDF_STATUS error, HPDF_STATUS /*detail*/,
                                           void* session) {
  static_cast<LibharuSession*>(session)->record_failure(error);
}

bool LibharuSession::check(HPDF_STATUS status) {
  if (status != HPDF_OK) record_failure(status);
  return status == HPDF_OK;
}

void LibharuSession::record_failure(HPDF_STATUS error) {
  if (failed()) return;  // later errors are mostly echoes of the first one
  if (error == HPDF_OK) {
    failure_ = "libharu failed without giving a reason while " + activity_;
  } else {
    failure_ = describe_libharu_error(error) + " while " + activity_;
  }
}

void LibharuSession::fail(std::string message) {
  if (!failed()) failure_ = std::move(message);
}

std::optional<std::string> LibharuSession::save() {
  set_activity("saving the document");
  if (failed() || !check(HPDF_SaveToStream(doc_))) return std::nullopt;
  // Once saved, the document's objects (pages, fonts, images: as large as the file) are not
  // needed: freed before the saved bytes are copied out, so that the document is held twice at
  // most, not three times. HPDF_Free then finds no objects to free.
  HPDF_Xref_Free(doc_->xref);
  doc_->xref = nullptr;
  return read_saved_stream();
}

std::optional<std::string> LibharuSession::read_saved_stream() {
  std::string bytes(HPDF_GetStreamSize(doc_), '\0');
  HPDF_UINT32 length = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_STATUS status =
      HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &length);
  // Reading the whole stream in one go reports its end as HPDF_STREAM_EOF.
  if (status != HPDF_OK && status != HPDF_STREAM_EOF) {
    record_failure(status);
    return std::nullopt;
  }
  bytes.resize(length);
  return bytes;
}

}  // namespace handout
