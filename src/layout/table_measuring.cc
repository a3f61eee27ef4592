#include <algorithm>

#include "layout/block_kinds.h"
#include "layout/page_items.h"
#include "layout/table_columns.h"
#include "layout/text_units.h"

namespace handout {
namespace {

class TableMeasurer {
 public:
  TableMeasurer(const TableBlock& table, const TextArea& area, TypesettingContext& context)
      : table_(table),
        area_(area),
        context_(context),
        widths_(column_widths(table.columns, area.width)),
        padding_(std::clamp(table.cell_padding, 0.0, area.width / 4)) {}

  // A row: its cells side by side, each padded; as tall as its tallest cell.
  FlowUnit row(const std::vector<InlineText>& cells, const TextStyle& style) {
    FlowUnit unit;
    double x = area_.left;
    double text_height = style.leading;  // an empty row still has a line's height
    for (size_t i = 0; i < widths_.size(); ++i) {
      if (i < cells.size())
        text_height = std::max(text_height, add_cell(cells[i], style, i, x, unit));
      x += widths_[i];
    }
    unit.height = text_height + 2 * padding_;
    return unit;
  }

  void add_rule_under(FlowUnit& unit) const {
    unit.items.push_back(DrawnLine{area_.left, unit.height, area_.right(), unit.height,
                                   table_.rule_width, table_.rule_color, false});
  }

 private:
  double add_cell(const InlineText& cell, const TextStyle& style, size_t column, double x,
                  FlowUnit& unit) {
    TextStyle cell_style = style;
    cell_style.align = table_.columns[column].align;
    cell_style.first_line_indent = 0;
    const double width = std::max(0.0, widths_[column] - 2 * padding_);
    FlowUnit lines =
        stack_units(text_units(cell, cell_style, x + padding_, width, context_, table_.where));
    move_items(lines.items, 0, padding_);
    for (PageItem& item : lines.items) unit.items.push_back(std::move(item));
    for (LayoutNote& note : lines.notes) unit.notes.push_back(std::move(note));
    return lines.height;
  }

  const TableBlock& table_;
  const TextArea& area_;
  TypesettingContext& context_;
  std::vector<double> widths_;
  double padding_;
};

bool has_header(const TableBlock& table) {
  return std::any_of(table.header.begin(), table.header.end(),
                     [](const InlineText& cell) { return !cell.spans.empty(); });
}

}  // namespace

FlowBlock measure_block_kind(const TableBlock& table, const TextArea& area,
                             TypesettingContext& context) {
  FlowBlock block = spaced_block(table.cell_style, Splitting::between_units);
  if (table.columns.empty() || table.rows.empty() ||
      !face_is_loaded(table.cell_style, table.where, context.diagnostics)) {
    return block;
  }
  TableMeasurer measure(table, area, context);
  if (has_header(table) && face_is_loaded(table.header_style, table.where, context.diagnostics)) {
    FlowUnit header = measure.row(table.header, table.header_style);
    measure.add_rule_under(header);
    if (table.repeat_header) block.repeated_head = header;
    block.units.push_back(std::move(header));
  }
  for (size_t i = 0; i < table.rows.size(); ++i) {
    if (i > 0) measure.add_rule_under(block.units.back());
    block.units.push_back(measure.row(table.rows[i], table.cell_style));
  }
  return block;
}

}  // namespace handout
