#pragma once

#include <vector>

#include "model/doc_tree.h"

namespace handout {

// A column's share of a frame `frame_width` points wide: its width resolved against the frame
// (a length becomes a share), at most the whole frame; 0 when it is unset or wider than the
// frame (an error, see frame_measure_check.h), so that it shares what the others leave.
double column_share(const TableColumn& column, double frame_width);

// Shares that add up to 1: unset (0) ones share what the set ones leave, or when they leave
// nothing, an equal share of the whole before scaling.
std::vector<double> normalised_widths(const std::vector<double>& given);

// Each column's width in points in a frame `frame_width` points wide: the columns' shares,
// normalised, scaled so that they fill it; columns without a usable share share equally.
std::vector<double> column_widths(const std::vector<TableColumn>& columns, double frame_width);

}  // namespace handout
