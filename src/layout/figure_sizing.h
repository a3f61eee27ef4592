#pragma once

#include <string>

#include "layout/text_area.h"
#include "model/template_model.h"

namespace handout {

struct FigureSize {
  double width = 0;
  double height = 0;
};

// What a figure block asks of its size (see FigureBlock and docs/templates.md, "figure").
struct FigureBox {
  Measure width = Measure::share(1.0);       // of the frame's width, or a length
  Measure max_height = Measure::share(0.5);  // the box's height without fixed_height
  double fixed_height = 0;                   // points; 0: none
  FigureFit fit = FigureFit::contain;
};

// The size of a figure's image on the page, keeping the image's proportions. The box is `width`
// by `fixed_height` (or else `max_height`), resolved against the frame `area`: a share of it, or a
// length, which stays the same in any frame; shares outside (0, 1] read as 1 (the whole frame).
// - contain: as large as fits inside the box.
// - width: the box's width; the height follows.
// - height: the box's height; the width follows, at most the box's width.
// In every mode the image is no taller than what the caption leaves of the text height (unless
// the caption leaves nothing: then page flow sets the caption on the next page).
FigureSize fit_figure(int pixel_width, int pixel_height, const FigureBox& box, const TextArea& area,
                      double caption_height);

// Below this many pixels per inch of its printed size, a photo or a screenshot looks blurred or
// jagged on paper (300 is what print shops ask for; 150 is where the eye starts to notice).
inline constexpr double kLowestPrintDpi = 150;

// The pixels per inch of an image `pixel_width` pixels wide printed `printed_width` points wide.
double printed_dpi(int pixel_width, double printed_width);

// How an image prints, in words: "figure 'P' is printed at N dpi: its W pixels are stretched over
// Mmm, so it looks blurred on paper" below kLowestPrintDpi, else "figure 'P' is printed at N dpi
// (W pixels over Mmm)".
std::string print_resolution_text(const std::string& figure, int pixel_width, double printed_width);

// `fit: contain` in a box of `width_fraction` by `max_height_fraction`.
FigureSize fit_figure(int pixel_width, int pixel_height, double width_fraction,
                      double max_height_fraction, const TextArea& area, double caption_height);

}  // namespace handout
