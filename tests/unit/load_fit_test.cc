#include <doctest/doctest.h>

#include "load_test_support.h"

namespace handout {
namespace {

using load_test::load_template_ok;
using load_test::template_errors;

std::string with_fit(const std::string& fit) {
  return "fonts:\n  body: {regular: NotoSans-Regular.ttf}\nstyles:\n  body: {font: body, size: "
         "10pt}\nbody:\n  - paragraph: x\n" +
         fit;
}

}  // namespace

TEST_CASE("load fit: pages and steps in order, with their limits") {
  auto layout = load_template_ok(
      with_fit("fit:\n  pages: 2\n  steps:\n    - text-size: 85%\n    - leading: 92%\n"
               "    - figure-scale: 60%\n    - columns: 4\n"));
  REQUIRE(layout);
  REQUIRE(layout->fit);
  CHECK(layout->fit->pages == 2);
  REQUIRE(layout->fit->steps.size() == 4);
  CHECK(layout->fit->steps[0].kind == FitStepKind::text_size);
  CHECK(layout->fit->steps[0].limit == doctest::Approx(0.85));
  CHECK(layout->fit->steps[1].kind == FitStepKind::leading);
  CHECK(layout->fit->steps[2].kind == FitStepKind::figure_scale);
  CHECK(layout->fit->steps[3].kind == FitStepKind::columns);
  CHECK(layout->fit->steps[3].limit == 4);
  CHECK(layout->fit->steps[0].where.line == 10);
  CHECK_FALSE(load_template_ok(with_fit(""))->fit.has_value());
}

TEST_CASE("load fit: a misspelt step, a growing step and a missing budget are errors") {
  CHECK(template_errors(with_fit("fit:\n  pages: 2\n  steps:\n    - text-sise: 85%\n")) ==
        "10:7: unknown key 'text-sise' in a fit step\n  hint: did you mean 'text-size'?\n");
  CHECK(template_errors(with_fit("fit:\n  pages: 2\n  steps:\n    - leading: 110%\n")) ==
        "10:16: leading must be a percentage below 100% (how far it may shrink)\n"
        "  hint: for example 'leading: 85%'\n");
  CHECK(template_errors(with_fit("fit:\n  steps: []\n")).find("'pages'") != std::string::npos);
  CHECK(template_errors(with_fit("fit:\n  pages: 2\n  steps:\n    - {leading: 90%, columns: 3}\n"))
            .find("a fit step names one step") != std::string::npos);
}

TEST_CASE("load fit: each kind of step once, since each step may cost a layout") {
  CHECK(template_errors(with_fit("fit:\n  pages: 2\n  steps:\n    - text-size: 95%\n"
                                 "    - columns: 3\n    - text-size: 85%\n")) ==
        "12:7: fit has a second 'text-size' step (the first is at line 10)\n"
        "  hint: give each step once, with the furthest it may go\n");
}

}  // namespace handout
