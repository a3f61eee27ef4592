#include <doctest/doctest.h>

#include "core/terminal_text.h"
#include "core/utf8.h"

using namespace handout;

TEST_CASE("terminal text: controls, DEL, C1 controls and bidi overrides become U+FFFD") {
  CHECK(terminal_safe("key\x1b[31mred") == "key\uFFFD[31mred");
  CHECK(terminal_safe("a\nb\rc\bd\a") == "a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
  CHECK(terminal_safe(std::string("nul\0x", 5)) == "nul\uFFFDx");
  CHECK(terminal_safe("del\x7f") == "del\uFFFD");
  CHECK(terminal_safe("csi\u009b1m and \u0085") == "csi\uFFFD1m and \uFFFD");
  CHECK(terminal_safe("abc\u202Efed\u2066x\u2069") == "abc\uFFFDfed\uFFFDx\uFFFD");
  CHECK(terminal_safe("bad \xff byte") == "bad \uFFFD byte");
}

TEST_CASE("terminal text: tabs, letters of any script and right-to-left text stay") {
  CHECK(terminal_safe("a\tb") == "a\tb");
  const std::string text = "Crème brûlée, 日本語, שלום, مرحبا, 🇺🇸, U+2028\u2028";
  CHECK(terminal_safe(text) == text);
}

TEST_CASE("terminal text: every code point is either kept as it is or replaced") {
  for (char32_t code_point = 0; code_point <= 0x10FFFF; ++code_point) {
    if (code_point >= 0xD800 && code_point <= 0xDFFF) continue;
    const std::string character = encode_utf8(code_point);
    const std::string safe = terminal_safe(character);
    if (acts_on_terminal(code_point)) {
      REQUIRE(safe == "\uFFFD");
    } else {
      REQUIRE(safe == character);
    }
  }
}

TEST_CASE("terminal text: control characters of file names are the C0 and C1 controls and DEL") {
  CHECK(has_control_character("a\tb"));
  CHECK(has_control_character("a\nb"));
  CHECK(has_control_character("a\u0085b"));
  CHECK(has_control_character("a\x7f"));
  CHECK_FALSE(has_control_character("a b#c$d:e.png"));
  CHECK_FALSE(has_control_character("caf\u00e9\u202e.png"));  // a format character, no control
}
