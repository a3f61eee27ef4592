#pragma once

#include <string>

namespace handout {

// Points written for a message: at most two decimals, no trailing zeros ("56.69pt", "12pt").
std::string format_points(double points);

}  // namespace handout
