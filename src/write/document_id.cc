#include "write/document_id.h"

#include <hpdf_encrypt.h>

#include <array>
#include <string_view>

namespace handout {
namespace {

constexpr size_t kIdBytes = 16;  // an MD5 digest, the length the PDF reference suggests

// How libharu writes the placeholder: a binary string of zero bytes in upper-case hex.
const std::string kPlaceholderHex = "<" + std::string(2 * kIdBytes, '0') + ">";

std::array<HPDF_BYTE, kIdBytes> md5_of(std::string_view bytes) {
  HPDF_MD5_CTX context;
  HPDF_MD5Init(&context);
  HPDF_MD5Update(&context, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                 static_cast<HPDF_UINT32>(bytes.size()));
  std::array<HPDF_BYTE, kIdBytes> digest{};
  HPDF_MD5Final(digest.data(), &context);
  return digest;
}

std::string upper_hex(const std::array<HPDF_BYTE, kIdBytes>& digest) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string hex;
  for (HPDF_BYTE byte : digest) {
    hex += kDigits[byte >> 4];
    hex += kDigits[byte & 0xF];
  }
  return hex;
}

}  // namespace

bool add_placeholder_id(LibharuSession& session) {
  session.set_activity("adding the document ID");
  HPDF_Doc doc = session.doc();
  const std::array<HPDF_BYTE, kIdBytes> zeros{};
  HPDF_Array id = session.check(HPDF_Array_New(doc->mmgr));
  if (id == nullptr) return false;
  for (int half = 0; half < 2; ++half) {
    HPDF_Binary placeholder =
        session.check(HPDF_Binary_New(doc->mmgr, const_cast<HPDF_BYTE*>(zeros.data()), kIdBytes));
    if (placeholder == nullptr || !session.check(HPDF_Array_Add(id, placeholder))) return false;
  }
  return session.check(HPDF_Dict_Add(doc->trailer, "ID", id));
}

bool stamp_document_id(std::string& pdf_bytes) {
  // Only the last trailer is searched, so a page that happens to hold the same zeros is never hit.
  const size_t trailer = pdf_bytes.rfind("trailer");
  if (trailer == std::string::npos) return false;
  const size_t first = pdf_bytes.find(kPlaceholderHex, trailer);
  if (first == std::string::npos) return false;
  const size_t second = pdf_bytes.find(kPlaceholderHex, first + kPlaceholderHex.size());
  if (second == std::string::npos) return false;
  const std::string hex = upper_hex(md5_of(pdf_bytes));
  pdf_bytes.replace(first + 1, hex.size(), hex);
  pdf_bytes.replace(second + 1, hex.size(), hex);
  return true;
}

}  // namespace handout
