#include <doctest/doctest.h>

#include <string>

#include "core/utf8.h"
#include "write/iso_date.h"
#include "write/libharu_errors.h"
#include "write/pdf_syntax.h"

namespace handout {
namespace {

TEST_CASE("write: numbers are written the way PDF reads them") {
  CHECK(pdf_number(1.0) == "1");
  CHECK(pdf_number(2.5) == "2.5");
  CHECK(pdf_number(123.4567) == "123.457");
  CHECK(pdf_number(-40.0) == "-40");
  CHECK(pdf_number(-0.0001) == "0");
  CHECK(pdf_number(0.12345, 4) == "0.1235");
  CHECK(pdf_number(1e20) == "100000000000000000000");  // PDF has no exponent notation
}

TEST_CASE("write: 2-byte codes are four capital hex digits") {
  CHECK(hex4(0) == "0000");
  CHECK(hex4(0x07B1) == "07B1");
  CHECK(hex4(0xFFFF) == "FFFF");
}

TEST_CASE("write: UTF-8 decoding accepts scalar values and rejects everything else") {
  CHECK(decode_utf8("aé€😀") == std::u32string{U'a', U'é', U'€', U'😀'});
  CHECK(decode_utf8("") == std::u32string{});
  CHECK_FALSE(decode_utf8("\xC3").has_value());              // truncated
  CHECK_FALSE(decode_utf8("\xC0\xAF").has_value());          // overlong '/'
  CHECK_FALSE(decode_utf8("\xE0\x80\xAF").has_value());      // overlong '/'
  CHECK_FALSE(decode_utf8("\xED\xA0\x80").has_value());      // a surrogate
  CHECK_FALSE(decode_utf8("\xF4\x90\x80\x80").has_value());  // above U+10FFFF
  CHECK_FALSE(decode_utf8("a\x80").has_value());             // a lone continuation byte
  CHECK_FALSE(decode_utf8("\xE2\x82x").has_value());         // a broken continuation
}

TEST_CASE("write: every scalar value, noncharacters included, survives UTF-8 both ways") {
  CHECK(decode_utf8("\uFFFE\uFFFF\U0010FFFF") == std::u32string{0xFFFE, 0xFFFF, 0x10FFFF});
  std::string all;
  std::u32string expected;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    all += encode_utf8(c);
    expected += c;
  }
  CHECK(all.size() == 4'382'592);  // 128 + 1,920 x 2 + 61,440 x 3 + 1,048,576 x 4 bytes
  const std::optional<std::u32string> decoded = decode_utf8(all);
  REQUIRE(decoded.has_value());
  CHECK(*decoded == expected);
}

TEST_CASE("write: UTF-8 encoding of one code point") {
  CHECK(encode_utf8(U'a') == "a");
  CHECK(encode_utf8(U'é') == "é");
  CHECK(encode_utf8(U'€') == "€");
  CHECK(encode_utf8(U'😀') == "😀");
}

TEST_CASE("write: only real YYYY-MM-DD dates become a creation date") {
  CHECK(parse_iso_date("2024-05-17") == CalendarDate{2024, 5, 17});
  CHECK(parse_iso_date("2024-02-29") == CalendarDate{2024, 2, 29});
  CHECK(parse_iso_date("2000-02-29") == CalendarDate{2000, 2, 29});
  CHECK_FALSE(parse_iso_date("1900-02-29").has_value());
  CHECK_FALSE(parse_iso_date("2023-02-29").has_value());
  CHECK_FALSE(parse_iso_date("2024-04-31").has_value());
  CHECK_FALSE(parse_iso_date("2024-13-01").has_value());
  CHECK_FALSE(parse_iso_date("2024-00-10").has_value());
  CHECK_FALSE(parse_iso_date("2024-5-17").has_value());
  CHECK_FALSE(parse_iso_date("2024-05-17T10:00").has_value());
  CHECK_FALSE(parse_iso_date("17 May 2024").has_value());
  CHECK_FALSE(parse_iso_date("").has_value());
}

TEST_CASE("write: libharu error codes are named in words") {
  CHECK(describe_libharu_error(0x1054) ==
        "libharu error 0x1054 (the page size is out of range (3 to 14400 points))");
  CHECK(describe_libharu_error(0x1015) == "libharu error 0x1015 (out of memory)");
  CHECK(describe_libharu_error(0x9999) ==
        "libharu error 0x9999 (an error libharu does not document)");
}

}  // namespace
}  // namespace handout
