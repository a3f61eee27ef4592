#include "write/line_drawing.h"

#include <algorithm>

#include "write/color_operators.h"
#include "write/pdf_syntax.h"

namespace handout {
namespace {

void set_stroke(const Color& color, double width, std::string& content) {
  content += pdf_number(width) + " w\n" + color_operator(color, ColorUse::stroke);
}

// Dashes three line widths long with two-width gaps, so a thin cut line stays fine-grained.
void set_dash(double width, std::string& content) {
  const double dash = std::max(3 * width, 0.5);
  const double gap = std::max(2 * width, 0.5);
  content += "[" + pdf_number(dash) + " " + pdf_number(gap) + "] 0 d\n";
}

}  // namespace

void draw_line(const DrawnLine& line, double page_height, std::string& content) {
  if (line.width <= 0) return;
  content += "q\n";
  set_stroke(line.color, line.width, content);
  if (line.dashed) set_dash(line.width, content);
  content += pdf_number(line.x1) + " " + pdf_number(page_height - line.y1) + " m\n" +
             pdf_number(line.x2) + " " + pdf_number(page_height - line.y2) + " l\nS\nQ\n";
}

void draw_box(const DrawnBox& box, double page_height, std::string& content) {
  const bool stroke = box.stroke && box.stroke_width > 0;
  if (!box.fill && !stroke) return;
  content += "q\n";
  if (box.fill) content += color_operator(*box.fill, ColorUse::fill);
  if (stroke) set_stroke(*box.stroke, box.stroke_width, content);
  content += pdf_number(box.x) + " " + pdf_number(page_height - box.y - box.height) + " " +
             pdf_number(box.width) + " " + pdf_number(box.height) + " re\n";
  content += box.fill && stroke ? "B\nQ\n" : box.fill ? "f\nQ\n" : "S\nQ\n";
}

}  // namespace handout
