#include "app/print_options.h"

#include "app/usage_error.h"
#include "core/edit_distance.h"
#include "core/quoted_list.h"
#include "impose/sheet_size.h"
#include "load/length_parser.h"
#include "model/imposition_names.h"

namespace handout {
namespace {

constexpr double kMostBleed = 72;  // as in a template: one inch

bool read_imposition(const std::string& value, PrintOverrides& overrides,
                     Diagnostics& diagnostics) {
  const std::vector<std::string>& names = imposition_names();
  for (size_t i = 0; i < names.size(); ++i) {
    if (value == names[i]) {
      overrides.impose = static_cast<Imposition>(i);
      return true;
    }
  }
  usage_error(diagnostics, "--impose must be " + quoted_list(names, "or") + ", not '" + value + "'",
              did_you_mean(value, names).value_or(""));
  return false;
}

bool read_bleed(const std::string& value, PrintOverrides& overrides, Diagnostics& diagnostics) {
  const ParsedLength length = parse_length(value);
  if (!length.points || *length.points < 0 || *length.points > kMostBleed) {
    usage_error(diagnostics,
                "--bleed must be a length from 0 to 1in, such as 3mm, not '" + value + "'",
                length.problem);
    return false;
  }
  overrides.bleed = *length.points;
  return true;
}

bool read_page_size(const std::string& value, PrintOverrides& overrides, Diagnostics& diagnostics) {
  overrides.page_size = find_page_size(value);
  if (overrides.page_size) return true;
  const std::vector<std::string> names = page_size_names();
  usage_error(diagnostics,
              "--page-size must be " + quoted_list(names, "or") + ", not '" + value + "'",
              did_you_mean(value, names).value_or(""));
  return false;
}

// The named size, portrait or landscape as the template's page is.
void set_page_size(const NamedPageSize& size, PageDef& page) {
  const bool landscape = page.width > page.height;
  page.width = landscape ? size.height : size.width;
  page.height = landscape ? size.width : size.height;
}

}  // namespace

bool read_print_option(const std::string& option, const std::string& value,
                       PrintOverrides& overrides, Diagnostics& diagnostics) {
  if (option == "--page-size") return read_page_size(value, overrides, diagnostics);
  if (option == "--impose") return read_imposition(value, overrides, diagnostics);
  return read_bleed(value, overrides, diagnostics);
}

void apply_print_overrides(const PrintOverrides& overrides, PageDef& page,
                           Diagnostics& diagnostics) {
  if (overrides.page_size) set_page_size(*overrides.page_size, page);
  if (overrides.impose) page.impose = *overrides.impose;
  if (overrides.bleed) page.bleed = *overrides.bleed;
  page.crop_marks = page.crop_marks || overrides.marks;
  page.two_sided = page.two_sided || overrides.duplex || page.impose == Imposition::booklet;
  if (page.impose == Imposition::cards && !page.cards) {
    diagnostics.error(page.where,
                      "--impose cards places the cards of a card grid, but the "
                      "template's page has none",
                      {"use a template with cards, such as -t cards"});
  }
  check_printed_sheet_size(page, diagnostics);
}

}  // namespace handout
