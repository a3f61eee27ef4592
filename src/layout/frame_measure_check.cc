#include "layout/frame_measure_check.h"

#include <set>
#include <string>
#include <tuple>
#include <variant>

#include "core/points_text.h"
#include "layout/frames.h"
#include "layout/table_columns.h"

namespace handout {
namespace {

class FrameMeasureCheck {
 public:
  FrameMeasureCheck(const TextArea& frame, Diagnostics& diagnostics)
      : frame_(frame), diagnostics_(diagnostics) {}

  void check(const std::vector<Block>& blocks) {
    for (const Block& block : blocks) std::visit(*this, block);
  }

  void operator()(const FigureBlock& figure) {
    check_measure(figure.width, "width", frame_.width);
    check_measure(figure.max_height, "max-height", frame_.height);
  }
  void operator()(const TableBlock& table) {
    for (const TableColumn& column : table.columns)
      check_measure(column.width, "width", frame_.width);
    check_columns_sum(table);
  }
  void operator()(const GroupBlock& group) { check(group.blocks); }
  void operator()(const CalloutBlock& callout) { check(callout.blocks); }
  template <typename Other>
  void operator()(const Other&) {}

 private:
  void check_measure(const Measure& measure, const std::string& key, double extent) {
    if (!measure.is_set() || extent <= 0) return;
    if (measure.fraction_of(extent) <= kWholeFrameShare || !first_time(measure.where)) return;
    diagnostics_.error(measure.where, key + " must be at most 100% of the frame (" +
                                          format_points(extent) + "), but this is " +
                                          measure.written);
  }

  void check_columns_sum(const TableBlock& table) {
    double given = 0;
    for (const TableColumn& column : table.columns) given += column_share(column, frame_.width);
    if (given <= kWholeFrameShare || !first_time(table.columns_where)) return;
    diagnostics_.error(table.columns_where,
                       "the columns' widths add up to more than 100% (" +
                           std::to_string(static_cast<int>(given * 100 + 0.5)) + "%)");
  }

  // A template block inside `each` is bound once per element: its values are reported once.
  bool first_time(const SourceLocation& where) {
    return reported_.insert({where.file, where.line, where.column}).second;
  }

  TextArea frame_;
  Diagnostics& diagnostics_;
  std::set<std::tuple<std::string, int, int>> reported_;
};

}  // namespace

bool check_frame_measures(const DocTree& document, Diagnostics& diagnostics) {
  const size_t errors = diagnostics.error_count();
  FrameMeasureCheck check(first_frame_of(document.page), diagnostics);
  check.check(document.blocks);
  check.check(document.back_blocks);
  return diagnostics.error_count() == errors;
}

}  // namespace handout
