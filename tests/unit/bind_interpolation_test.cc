#include <doctest/doctest.h>

#include "bind/interpolation.h"
#include "bind_data_support.h"
#include "core/template_tags.h"

namespace handout {
namespace {

using test::list;
using test::record;
using test::scalar;

DataNode sample_data() {
  return record({{"title", scalar("Rust", 1, 8)},
                 {"empty", scalar("")},
                 {"figure", record({{"caption", scalar("A map", 3, 12)}})},
                 {"items", list({record({{"heading", scalar("Audio", 5, 14)}}),
                                 record({{"heading", scalar("Blockchain", 6, 14)}})})}});
}

TextValue template_text(std::string text, int line = 10, int column = 12) {
  return {text, {"t.yaml", line, column}, line, column};
}

std::string fill(const std::string& text, const DataScope& scope, bool contract = true) {
  Diagnostics diagnostics;
  ExpansionBudget budget(ResourceLimits{}, diagnostics);
  Interpolator interpolator(contract, diagnostics, budget);
  std::string result = interpolator.interpolate(template_text(text), scope).text;
  CHECK_FALSE(diagnostics.has_errors());
  return result;
}

TEST_CASE("interpolation: paths, defaults and no escaping") {
  const DataNode data = sample_data();
  DataScope scope(data);
  CHECK(fill("By {{title}} & <{{figure.caption}}>", scope) == "By Rust & <A map>");
  CHECK(fill("[{{subtitle | default: \"none\"}}]", scope) == "[none]");
  CHECK(fill("[{{empty | default: 'blank'}}]", scope) == "[blank]");
  CHECK(fill("[{{title | default: \"x\"}}]", scope) == "[Rust]");
  CHECK(fill("[{{missing}}]", scope) == "[]");
  CHECK(fill("{{#figure}}has {{figure.caption}}{{/figure}}", scope) == "has A map");
}

TEST_CASE("interpolation: each scopes see the element, its alias, index, number, first, last") {
  const DataNode data = sample_data();
  DataScope scope(data);
  const DataNode& items = *data.field("items");
  scope.push(items.elements[1], "item", 1, 2);
  CHECK(
      fill("{{number}}. {{heading}} / {{item.heading}} ({{index}}, {{first}}, {{last}}) {{title}}",
           scope) == "2. Blockchain / Blockchain (1, false, true) Rust");
  CHECK(is_truthy(scope.find("last")));
  CHECK_FALSE(is_truthy(scope.find("first")));
  scope.pop();
  DataNode names = list({scalar("one"), scalar("two")});
  scope.push(names.elements[0], "", 0, 2);
  CHECK(fill("<{{.}}>", scope) == "<one>");
}

TEST_CASE("interpolation: first and last are booleans to sections and print as true/false") {
  const DataNode data = sample_data();
  DataScope scope(data);
  const DataNode& items = *data.field("items");
  scope.push(items.elements[0], "", 0, 2);
  CHECK(fill("{{#first}}[first]{{/first}}{{^first}}[later]{{/first}} {{heading}}", scope) ==
        "[first] Audio");
  CHECK(fill("{{heading}}{{^last}}, {{/last}}", scope) == "Audio, ");
  CHECK(fill("{{first}}/{{last}} {{heading}}", scope) == "true/false Audio");
  CHECK(fill("{{first | default: \"x\"}}", scope) == "true");
  scope.pop();
  scope.push(items.elements[1], "", 1, 2);
  CHECK(fill("{{#first}}[first]{{/first}}{{^first}}[later]{{/first}} {{heading}}", scope) ==
        "[later] Blockchain");
  CHECK(fill("{{heading}}{{^last}}, {{/last}}{{#last}}.{{/last}}", scope) == "Blockchain.");
  CHECK(fill("{{first}}/{{last}} {{heading}}", scope) == "false/true Blockchain");
}

TEST_CASE("interpolation: data named first or last wins over the each flags") {
  const DataNode data = record(
      {{"people", list({record({{"first", scalar("Ada")}, {"last", scalar("Lovelace")}})})}});
  DataScope scope(data);
  scope.push(data.field("people")->elements[0], "person", 0, 1);
  CHECK(fill("{{first}} {{last}}", scope) == "Ada Lovelace");
  CHECK(fill("{{#last}}[{{last}}]{{/last}}", scope) == "[Lovelace]");
}

TEST_CASE("interpolation: sections over lists and records, the innermost frame first") {
  const DataNode data =
      record({{"title", scalar("Top")},
              {"tags", list({scalar("a"), scalar("b")})},
              {"items", list({record({{"title", scalar("Inner")}, {"note", scalar("")}})})}});
  DataScope scope(data);
  CHECK(fill("{{#tags}}<{{.}}>{{/tags}} {{title}}", scope) == "<a><b> Top");
  scope.push(data.field("items")->elements[0], "item", 0, 1);
  CHECK(fill("{{title}} {{item.title}} {{#tags}}{{.}}{{/tags}}", scope) == "Inner Inner ab");
  CHECK(fill("[{{note | default: \"none\"}}] {{#item}}{{title}}{{/item}}", scope) ==
        "[none] Inner");
  CHECK(fill("{{index}}{{number}} {{missing.path}}|", scope) == "01 |");
}

TEST_CASE("interpolation: a text that is one tag keeps the data value's position") {
  const DataNode data = sample_data();
  DataScope scope(data);
  Diagnostics diagnostics;
  ExpansionBudget budget(ResourceLimits{}, diagnostics);
  Interpolator interpolator(true, diagnostics, budget);
  TextValue value = interpolator.interpolate(template_text("{{figure.caption}}"), scope);
  CHECK(value.text == "A map");
  CHECK(value.where.file == "data.yaml");
  CHECK(value.text_line == 3);
  CHECK(value.text_column == 12);
  TextValue mixed = interpolator.interpolate(template_text("x {{title}}"), scope);
  CHECK(mixed.where.file == "t.yaml");
  CHECK(mixed.text_line == 0);
}

TEST_CASE("interpolation: a missing path without a contract is an error at the tag, once") {
  const DataNode data = sample_data();
  DataScope scope(data);
  Diagnostics diagnostics;
  ExpansionBudget budget(ResourceLimits{}, diagnostics);
  Interpolator interpolator(false, diagnostics, budget);
  interpolator.interpolate(template_text("By {{titel}}"), scope);
  interpolator.interpolate(template_text("By {{titel}}"), scope);
  interpolator.interpolate(template_text("{{nothing | default: \"\"}}"), scope);
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& error = diagnostics.all()[0];
  CHECK(error.where.line == 10);
  CHECK(error.where.column == 15);
  CHECK(error.message == "the data has nothing at 'titel' for {{titel}}");
  CHECK(error.hints.at(0) == "did you mean 'title'?");
}

TEST_CASE("interpolation: running text keeps page, pages and section for layout") {
  const DataNode data = record({{"title", scalar("Rust")}, {"page", scalar("data page")}});
  DataScope scope(data);
  Diagnostics diagnostics;
  ExpansionBudget budget(ResourceLimits{}, diagnostics);
  Interpolator interpolator(false, diagnostics, budget);
  TextValue text = interpolator.interpolate_running(
      template_text("{{title}}: {{section}} page {{ page }} of {{pages}}"), scope);
  CHECK(text.text == "Rust: {{section}} page {{page}} of {{pages}}");
  CHECK(interpolator.interpolate_running(template_text("{{page}}"), scope).text == "{{page}}");
  CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("template tags: kinds, defaults and problems") {
  std::vector<TemplateTag> tags =
      scan_template_tags("{{a.b}} {{#c}}{{/c}} {{d | default: \"x y\"}} {{e | upper}} {{f");
  REQUIRE(tags.size() == 6);
  CHECK(tags[0].path == "a.b");
  CHECK(tags[1].kind == TemplateTag::Kind::section);
  CHECK(tags[2].kind == TemplateTag::Kind::close);
  CHECK(tags[3].has_default);
  CHECK(tags[3].default_text == "x y");
  CHECK(tags[4].problem == "unknown filter 'upper'; the only filter is default: \"text\"");
  CHECK(tags[5].problem == "'{{' is not closed; end the tag with '}}'");
}

}  // namespace
}  // namespace handout
