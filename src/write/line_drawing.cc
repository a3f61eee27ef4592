#include "write/line_drawing.h"

#include <algorithm>
#include <cmath>

namespace handout {
namespace {

HPDF_REAL real(double value) { return static_cast<HPDF_REAL>(value); }

// Dashes three line widths long with two-width gaps; libharu takes whole points only.
bool set_dash(LibharuSession& session, HPDF_Page page, double width) {
  const auto scaled = [&](double widths) {
    return static_cast<HPDF_UINT16>(std::clamp(std::lround(widths * width), 1L, 1000L));
  };
  const HPDF_UINT16 pattern[] = {scaled(3), scaled(2)};
  return session.check(HPDF_Page_SetDash(page, pattern, 2, 0));
}

bool set_stroke(LibharuSession& session, HPDF_Page page, const RgbColor& color, double width) {
  return session.check(HPDF_Page_SetLineWidth(page, real(width))) &&
         session.check(HPDF_Page_SetRGBStroke(page, real(color.red), real(color.green),
                                               real(color.blue)));
}

}  // namespace

bool draw_line(LibharuSession& session, HPDF_Page page, double page_height, const DrawnLine& line) {
  if (line.width <= 0) return true;
  session.set_activity("drawing a line");
  return session.check(HPDF_Page_GSave(page)) && set_stroke(session, page, line.color, line.width) &&
         (!line.dashed || set_dash(session, page, line.width)) &&
         session.check(HPDF_Page_MoveTo(page, real(line.x1), real(page_height - line.y1))) &&
         session.check(HPDF_Page_LineTo(page, real(line.x2), real(page_height - line.y2))) &&
         session.check(HPDF_Page_Stroke(page)) && session.check(HPDF_Page_GRestore(page));
}

bool draw_box(LibharuSession& session, HPDF_Page page, double page_height, const DrawnBox& box) {
  const bool stroke = box.stroke && box.stroke_width > 0;
  if (!box.fill && !stroke) return true;
  session.set_activity("drawing a box");
  if (!session.check(HPDF_Page_GSave(page))) return false;
  if (box.fill && !session.check(HPDF_Page_SetRGBFill(page, real(box.fill->red),
                                                       real(box.fill->green),
                                                       real(box.fill->blue)))) {
    return false;
  }
  if (stroke && !set_stroke(session, page, *box.stroke, box.stroke_width)) return false;
  const bool drawn =
      session.check(HPDF_Page_Rectangle(page, real(box.x), real(page_height - box.y - box.height),
                                        real(box.width), real(box.height))) &&
      session.check(box.fill && stroke ? HPDF_Page_FillStroke(page)
                    : box.fill         ? HPDF_Page_Fill(page)
                                       : HPDF_Page_Stroke(page));
  return drawn && session.check(HPDF_Page_GRestore(page));
}

}  // namespace handout
