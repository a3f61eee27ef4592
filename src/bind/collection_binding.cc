#include "bind/collection_binding.h"

#include <string>

#include "bind/inline_markup.h"
#include "core/edit_distance.h"

namespace handout {
namespace {

const std::vector<DataNode> kNoElements;

// A table's columns multiply its rows: every cell is a piece of the document.
InlineText table_cell(BindContext& context, const TextValue& text) {
  if (!context.take_piece(ExpansionBudget::Piece::table_cell, text.where)) return {};
  return context.markup(context.fill(text), text.where);
}

}  // namespace

const std::vector<DataNode>& list_at(BindContext& context, const TextValue& path,
                                     const char* block_kind) {
  const DataNode* value = context.scope.find(path.text);
  if (value != nullptr && value->is_list()) return value->elements;
  if (value != nullptr && !value->is_null()) {
    context.diagnostics.error(path.where, std::string(block_kind) + " '" + path.text +
                                              "' needs a list in the data, but " +
                                              value->where.file + ":" +
                                              std::to_string(value->where.line) + " is not one");
  } else if (value == nullptr && !context.layout_template.contract.declared &&
             context.first_time(path.where, "no such list")) {
    std::vector<std::string> hints;
    if (auto suggestion = did_you_mean(path.text, context.scope.visible_names())) {
      hints.push_back(*suggestion);
    }
    context.diagnostics.warning(
        path.where, std::string(block_kind) + " '" + path.text + "': the data has no such list",
        hints);
  }
  return kNoElements;
}

void bind_list(BindContext& context, const ListDef& block, const SourceLocation& where,
               std::vector<Block>& out) {
  ListBlock list;
  list.style = context.styles.chosen(block.style, default_style_names(block));
  list.where = where;
  const auto add = [&](const TextValue& text, const SourceLocation& where) {
    InlineText content = context.markup(context.fill(text), text.where);
    if (content.empty()) return;
    std::string marker = block.numbered ? std::to_string(list.entries.size() + 1) + "." : "\u2022";
    list.entries.push_back({std::move(marker), std::move(content), where});
  };
  if (block.path.empty()) {
    for (const TextValue& entry : block.entries) {
      if (!context.take_piece(ExpansionBudget::Piece::list_entry, entry.where)) return;
      add(entry, entry.where);
    }
  } else {
    const TextValue item = block.item.empty() ? TextValue{"{{.}}", where} : block.item;
    for_each_element(context, list_at(context, block.path, "list"), "", block.path.where,
                     [&](const DataNode& element) { add(item, element.where); });
  }
  if (!list.entries.empty()) out.push_back(std::move(list));
}

// A header row repeated at the top of every page a table continues on: every page holds its own
// copy of its lines, so its text is bounded like a header or footer slot's (5,000 pages under a
// 2 KB header row took 3 GB).
constexpr size_t kLongestRepeatedHeader = 512;

void check_repeated_header(BindContext& context, const TableBlock& table) {
  size_t bytes = 0;
  for (const InlineText& cell : table.header) bytes += cell.plain_text().size();
  if (bytes <= kLongestRepeatedHeader) return;
  context.diagnostics.error(
      table.where,
      "this table's header row is " + std::to_string(bytes) + " bytes once filled, more than the " +
          std::to_string(kLongestRepeatedHeader) +
          " bytes a header row repeated on every page may hold",
      {"shorten the column headers, or set 'repeat-header: false' to show the header once"});
}

void bind_table(BindContext& context, const TableDef& block, const SourceLocation& where,
                std::vector<Block>& out) {
  TableBlock table;
  table.where = where;
  table.cell_style = context.styles.chosen(block.style, default_style_names(block));
  table.header_style = !block.header_style.empty() || context.styles.defines("table-header")
                           ? context.styles.chosen(block.header_style, {"table-header"})
                           : context.styles.bold(table.cell_style);
  table.repeat_header = block.repeat_header;
  table.columns_where = block.columns_where;
  bool any_header = false;
  for (const TableColumnDef& column : block.columns) {
    table.header.push_back(table_cell(context, column.header));
    any_header = any_header || !table.header.back().empty();
  }
  if (!any_header) table.header.clear();
  if (table.repeat_header && !table.header.empty()) check_repeated_header(context, table);
  for (const TableColumnDef& column : block.columns) {
    table.columns.push_back({column.width, column.align});
  }
  for_each_element(context, list_at(context, block.path, "table"), "", block.path.where,
                   [&](const DataNode&) {
                     std::vector<InlineText> row;
                     for (const TableColumnDef& column : block.columns) {
                       row.push_back(table_cell(context, column.cell));
                     }
                     table.rows.push_back(std::move(row));
                   });
  if (!table.rows.empty()) out.push_back(std::move(table));
}

}  // namespace handout
