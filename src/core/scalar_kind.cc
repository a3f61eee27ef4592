#include "core/scalar_kind.h"

#include <cctype>
#include <initializer_list>

namespace handout {
namespace {

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (text == word) return true;
  }
  return false;
}

bool all_digits(std::string_view text, int (*is_digit)(int)) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!is_digit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int is_octal_digit(int c) { return c >= '0' && c <= '7'; }

std::string_view without_sign(std::string_view text) {
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  return text;
}

// [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_core_float(std::string_view text) {
  text = without_sign(text);
  size_t exponent = text.find_first_of("eE");
  std::string_view mantissa = text.substr(0, exponent);
  if (exponent != std::string_view::npos &&
      !all_digits(without_sign(text.substr(exponent + 1)), isdigit)) {
    return false;
  }
  size_t point = mantissa.find('.');
  if (point == std::string_view::npos) return all_digits(mantissa, isdigit);
  std::string_view whole = mantissa.substr(0, point);
  std::string_view fraction = mantissa.substr(point + 1);
  if (whole.empty()) return all_digits(fraction, isdigit);
  return all_digits(whole, isdigit) && (fraction.empty() || all_digits(fraction, isdigit));
}

bool is_core_number(std::string_view text) {
  if (text.starts_with("0o")) return all_digits(text.substr(2), is_octal_digit);
  if (text.starts_with("0x")) return all_digits(text.substr(2), isxdigit);
  if (is_one_of(without_sign(text), {".inf", ".Inf", ".INF"})) return true;
  if (is_one_of(text, {".nan", ".NaN", ".NAN"})) return true;
  return is_core_float(text);  // integers are floats without a point or exponent
}

}  // namespace

ScalarKind core_schema_kind(std::string_view plain_scalar) {
  if (is_one_of(plain_scalar, {"", "~", "null", "Null", "NULL"})) return ScalarKind::null;
  if (is_one_of(plain_scalar, {"true", "True", "TRUE", "false", "False", "FALSE"})) {
    return ScalarKind::boolean;
  }
  if (is_core_number(plain_scalar)) return ScalarKind::number;
  return ScalarKind::text;
}

ScalarKind tagged_scalar_kind(std::string_view tag) {
  if (is_one_of(tag, {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})) {
    return ScalarKind::number;
  }
  if (tag == "tag:yaml.org,2002:bool") return ScalarKind::boolean;
  if (tag == "tag:yaml.org,2002:null") return ScalarKind::null;
  return ScalarKind::text;
}

}  // namespace handout
