#pragma once

#include <string>

namespace handout {

// A number rounded to at most two decimals, with no trailing zeros and never "-0" ("56.69",
// "12"): what a message or a layout dump writes.
std::string format_two_decimals(double value);

// Points written for a message: at most two decimals, no trailing zeros ("56.69pt", "12pt").
std::string format_points(double points);

}  // namespace handout
