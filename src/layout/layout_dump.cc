#include "layout/layout_dump.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "core/points_text.h"
#include "text/font_face.h"

namespace handout {
namespace {

// At most two decimals, so that the dump stays the same across compilers and libraries.
std::string number(double value) { return format_two_decimals(value); }

std::string point(double x, double y) { return number(x) + "," + number(y); }

std::string size(double width, double height) { return number(width) + "x" + number(height); }

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string component(double value) {
  char buffer[4];
  std::snprintf(buffer, sizeof buffer, "%02x", static_cast<int>(std::lround(value * 255)));
  return buffer;
}

std::string color(const Color& c) {
  std::string text = "#" + component(c.red) + component(c.green) + component(c.blue);
  if (c.cmyk) {
    text += " cmyk(" + number(c.cmyk->cyan) + "," + number(c.cmyk->magenta) + "," +
            number(c.cmyk->yellow) + "," + number(c.cmyk->black) + ")";
  }
  return c.gray ? text + " gray" : text;
}

std::string file_name(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

std::string item_line(const TextRun& run) {
  double width = 0;
  for (const ShapedGlyph& glyph : run.glyphs) width += glyph.x_advance;
  return "text " + point(run.x, run.baseline) + " width " + number(width) + " " +
         (run.face ? file_name(run.face->path()) : "(no face)") + " " + number(run.size) + " " +
         color(run.color) + " " + quoted(run.text);
}

std::string item_line(const PlacedImage& placed) {
  std::string pixels = placed.image ? size(placed.image->width, placed.image->height) : "none";
  return "image " + point(placed.x, placed.y) + " " + size(placed.width, placed.height) +
         " pixels " + pixels + " " + quoted(placed.figure_path) + " alt " + quoted(placed.alt);
}

std::string item_line(const LinkArea& link) {
  const std::string target = link.url.empty() ? "page " + std::to_string(link.target_page + 1) +
                                                    " at " + number(link.target_y)
                                              : quoted(link.url);
  return "link " + point(link.x, link.y) + " " + size(link.width, link.height) + " -> " + target;
}

std::string item_line(const DrawnLine& line) {
  return "line " + point(line.x1, line.y1) + " -> " + point(line.x2, line.y2) + " width " +
         number(line.width) + " " + color(line.color) + (line.dashed ? " dashed" : "");
}

std::string item_line(const DrawnBox& box) {
  return "box " + point(box.x, box.y) + " " + size(box.width, box.height) + " fill " +
         (box.fill ? color(*box.fill) : "none") + " stroke " +
         (box.stroke ? color(*box.stroke) + " " + number(box.stroke_width) : "none");
}

std::string item_line(const ClipBegin& clip) {
  return "clip " + point(clip.x, clip.y) + " " + size(clip.width, clip.height);
}

std::string item_line(const ClipEnd&) { return "clip end"; }

void dump_page(const LaidOutPage& page, size_t index, std::ostringstream& out) {
  out << "page " << index + 1 << " " << size(page.width, page.height);
  if (page.bleed != 0 || page.slug != 0) {
    out << " bleed " << number(page.bleed) << " slug " << number(page.slug);
  }
  out << "\n";
  for (const PageItem& item : page.items) {
    out << "  " << std::visit([](const auto& typed) { return item_line(typed); }, item) << "\n";
  }
}

}  // namespace

std::string dump_layout(const LaidOutDocument& document) {
  std::ostringstream out;
  for (size_t index = 0; index < document.pages.size(); ++index) {
    dump_page(document.pages[index], index, out);
  }
  for (const OutlineEntry& entry : document.outline) {
    out << "outline " << entry.level << " " << quoted(entry.title) << " page "
        << entry.page_index + 1 << " at " << number(entry.y) << "\n";
  }
  return out.str();
}

}  // namespace handout
