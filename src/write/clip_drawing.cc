#include "write/clip_drawing.h"

#include "write/pdf_syntax.h"

namespace handout {

void begin_clip(const ClipBegin& clip, double page_height, std::string& content) {
  content += "q\n" + pdf_number(clip.x) + " " + pdf_number(page_height - clip.y - clip.height) +
             " " + pdf_number(clip.width) + " " + pdf_number(clip.height) + " re\nW\nn\n";
}

void end_clip(std::string& content) { content += "Q\n"; }

}  // namespace handout
