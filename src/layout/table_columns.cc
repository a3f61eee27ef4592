#include "layout/table_columns.h"

#include <algorithm>
#include <numeric>

namespace handout {

double column_share(const TableColumn& column, double frame_width) {
  if (frame_width <= 0) return 0;
  const double share = column.width.fraction_of(frame_width);
  return share <= kWholeFrameShare ? std::min(share, 1.0) : 0;
}

std::vector<double> normalised_widths(const std::vector<double>& given) {
  const double set = std::accumulate(given.begin(), given.end(), 0.0);
  const auto unset = std::count(given.begin(), given.end(), 0.0);
  std::vector<double> widths = given;
  if (unset > 0) {
    // What is left, or when nothing is, an equal share of the whole, before scaling.
    double share = set < 1.0 - 1e-9 ? (1.0 - set) / unset : 1.0 / given.size();
    for (double& width : widths) {
      if (width == 0) width = share;
    }
  }
  const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
  if (total > 0) {
    for (double& width : widths) width /= total;
  }
  return widths;
}

std::vector<double> column_widths(const std::vector<TableColumn>& columns, double frame_width) {
  std::vector<double> shares;
  for (const TableColumn& column : columns) shares.push_back(column_share(column, frame_width));
  shares = normalised_widths(shares);
  const size_t count = columns.size();
  double total = 0;
  for (double share : shares) total += std::max(0.0, share);
  std::vector<double> widths(count, count > 0 ? frame_width / count : 0);
  if (total <= 0) return widths;
  for (size_t i = 0; i < count; ++i) widths[i] = frame_width * std::max(0.0, shares[i]) / total;
  return widths;
}

}  // namespace handout
