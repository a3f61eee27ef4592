#include <doctest/doctest.h>

#include <string>

#include "write/document_id.h"
#include "write/document_info.h"

namespace handout {

TEST_CASE("document date: the data's ISO date, else SOURCE_DATE_EPOCH in UTC, else none") {
  Diagnostics diagnostics;
  CHECK(document_date("2024-05-17", nullptr, diagnostics) == DocumentDate{2024, 5, 17});
  CHECK(document_date("2024-05-17", "1700000000", diagnostics) == DocumentDate{2024, 5, 17});
  CHECK(document_date("May 2024", "1700000000", diagnostics) ==
        DocumentDate{2023, 11, 14, 22, 13, 20, true});
  CHECK(document_date("", "0", diagnostics) == DocumentDate{1970, 1, 1, 0, 0, 0, true});
  CHECK(document_date("", "951782400", diagnostics) == DocumentDate{2000, 2, 29, 0, 0, 0, true});
  CHECK(document_date("", "253402300799", diagnostics) ==
        DocumentDate{9999, 12, 31, 23, 59, 59, true});
  CHECK_FALSE(document_date("May 2024", nullptr, diagnostics).has_value());
  CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("document date: a malformed SOURCE_DATE_EPOCH is a usage error") {
  for (const char* bad :
       {"", "abc", "-1", "+5", "12.5", " 12", "12 ", "253402300800", "99999999999999999999999"}) {
    Diagnostics diagnostics;
    CAPTURE(bad);
    CHECK_FALSE(document_date("2024-05-17", bad, diagnostics).has_value());
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.worst_failure() == FailureKind::bad_usage);
    CHECK(diagnostics.all()[0].message.find("SOURCE_DATE_EPOCH is '" + std::string(bad) + "'") !=
          std::string::npos);
  }
}

TEST_CASE("document ID: the placeholder is replaced by the MD5 of the saved bytes") {
  const std::string zeros(32, '0');
  const std::string head = "%PDF-1.5\n1 0 obj <00000000000000000000000000000000> endobj\n";
  std::string pdf = head + "trailer\n<<\n/ID [ <" + zeros + "> <" + zeros + "> ]\n>>\n%%EOF\n";
  const std::string original = pdf;
  REQUIRE(stamp_document_id(pdf));
  CHECK(pdf.size() == original.size());
  CHECK(pdf.substr(0, head.size()) == head);  // zeros before the trailer are content, kept
  // The MD5 of `original`, from Python's hashlib.
  const std::string id = pdf.substr(pdf.find("/ID [ <") + 7, 32);
  CHECK(id == "8FC404BFCBFE8D1385D6C475F15A2628");
  CHECK(pdf.find("<" + id + "> <" + id + ">") != std::string::npos);

  std::string other = original;
  other[10] = 'X';
  REQUIRE(stamp_document_id(other));
  CHECK(other.substr(other.find("/ID [ <") + 7, 32) != id);
}

TEST_CASE("document ID: bytes without a placeholder in the trailer are left alone") {
  std::string no_trailer = "%PDF-1.5\n<00000000000000000000000000000000>\n";
  std::string no_id = "%PDF-1.5\ntrailer\n<< /Size 1 >>\n%%EOF\n";
  const std::string before = no_trailer + no_id;
  CHECK_FALSE(stamp_document_id(no_trailer));
  CHECK_FALSE(stamp_document_id(no_id));
  CHECK(no_trailer + no_id == before);
}

}  // namespace handout
