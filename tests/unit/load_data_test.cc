#include <doctest/doctest.h>

#include <string>

#include "load/data_loader.h"
#include "load_test_support.h"

using namespace handout;

using load_test::rendered;

namespace {

// Loads `yaml` as data/handout.yaml and returns the diagnostics, expecting failure.
std::string errors_of(const std::string& yaml) {
  Diagnostics diagnostics;
  std::optional<HandoutData> data = load_data_text(yaml, "data/handout.yaml", diagnostics);
  CHECK_FALSE(data.has_value());
  return rendered(diagnostics);
}

const char* const kMinimalItems =
    "items:\n"
    "  - heading: Audio\n"
    "    description: Sound.\n";

// The node at `key` of a map node; fails the test when it is missing.
const DataNode& at(const DataNode& map, const char* key) {
  const DataNode* field = map.field(key);
  REQUIRE_MESSAGE(field != nullptr, key);
  return *field;
}

// The scalar text of the field `key` of a map node ("" when it is not a scalar).
std::string text_at(const DataNode& map, const char* key) {
  const DataNode& field = at(map, key);
  return field.is_scalar() ? field.scalar.text : "";
}

}  // namespace

TEST_CASE("load: a data file with every field") {
  const std::string yaml =
      "title: Rust is used for...\n"
      "subtitle: A field guide\n"
      "author: Jane Doe\n"
      "date: 2026-11-24\n"
      "lang: en-US\n"
      "subject: Where Rust is used\n"
      "keywords: [rust, 'systems programming']\n"
      "template: handout\n"
      "intro: |\n"
      "  First paragraph\n"
      "  goes on.\n"
      "\n"
      "  Second.\n"
      "figures:\n"
      "  - path: map.png\n"
      "    caption: \"Map of the areas\"\n"
      "    alt: A diagram\n"
      "  - {path: /abs/other.png}\n"
      "items:\n"
      "  - heading: Audio programming\n"
      "    description: \"Rust's performance.\"\n"
      "  - heading: Blockchain\n"
      "    description: >\n"
      "      Folded\n"
      "      text.\n";
  Diagnostics diagnostics;
  std::optional<HandoutData> data = load_data_text(yaml, "data/handout.yaml", diagnostics);
  REQUIRE_MESSAGE(data.has_value(), rendered(diagnostics));
  CHECK(diagnostics.all().empty());
  CHECK(data->source_file == "data/handout.yaml");
  CHECK(data->title.text == "Rust is used for...");
  CHECK(data->title.where.file == "data/handout.yaml");
  CHECK(data->title.where.line == 1);
  CHECK(data->title.where.column == 8);
  CHECK(data->subtitle.text == "A field guide");
  CHECK(data->author.text == "Jane Doe");
  CHECK(data->date.text == "2026-11-24");
  CHECK(data->lang.text == "en-US");
  CHECK(data->subject.text == "Where Rust is used");
  REQUIRE(data->keywords.size() == 2);
  CHECK(data->keywords[0].text == "rust");
  CHECK(data->keywords[1].text == "systems programming");
  CHECK(data->keywords[1].where.column == 18);
  CHECK(data->template_name.text == "handout");
  // Everything else is the template's: kept as a tree, in file order, with positions.
  const DataNode& tree = data->tree;
  REQUIRE(tree.is_map());
  REQUIRE(tree.fields.size() == 11);
  CHECK(tree.fields[8].first == "intro");
  CHECK(text_at(tree, "intro") == "First paragraph\ngoes on.\n\nSecond.\n");
  const DataNode& figures = at(tree, "figures");
  REQUIRE(figures.is_list());
  REQUIRE(figures.elements.size() == 2);
  CHECK(text_at(figures.elements[0], "path") == "map.png");  // as written: bind resolves it
  CHECK(text_at(figures.elements[0], "caption") == "Map of the areas");
  CHECK(text_at(figures.elements[0], "alt") == "A diagram");
  CHECK(figures.elements[0].where.line == 15);
  CHECK(figures.elements[0].where.column == 5);
  CHECK(text_at(figures.elements[1], "path") == "/abs/other.png");
  CHECK(figures.elements[1].field("caption") == nullptr);
  const DataNode& items = at(tree, "items");
  REQUIRE(items.is_list());
  REQUIRE(items.elements.size() == 2);
  const DataNode& first = items.elements[0];
  CHECK(text_at(first, "heading") == "Audio programming");
  CHECK(text_at(first, "description") == "Rust's performance.");
  CHECK(first.where.line == 20);
  CHECK(first.where.column == 5);
  CHECK(at(first, "description").where.line == 21);
  CHECK(at(first, "description").where.column == 18);
  CHECK(at(first, "description").key_where.column == 5);
  CHECK(text_at(items.elements[1], "description") == "Folded text.\n");
}

TEST_CASE("load: one figure, keywords as one text, and a year as the date") {
  Diagnostics diagnostics;
  std::optional<HandoutData> data =
      load_data_text(std::string("title: T\n"
                                 "date: 2026\n"
                                 "keywords: rust,  systems , ,embedded\n"
                                 "figure:\n"
                                 "  path: pictures/map.png\n") +
                         kMinimalItems,
                     "handout.yaml", diagnostics);
  REQUIRE_MESSAGE(data.has_value(), rendered(diagnostics));
  CHECK(data->date.text == "2026");
  REQUIRE(data->keywords.size() == 3);
  CHECK(data->keywords[0].text == "rust");
  CHECK(data->keywords[1].text == "systems");
  CHECK(data->keywords[2].text == "embedded");
  CHECK(text_at(at(data->tree, "figure"), "path") == "pictures/map.png");
  CHECK(at(data->tree, "figure").where.line == 5);
  CHECK(data->subtitle.empty());
  CHECK(data->lang.empty());
}

TEST_CASE("load: empty optional values count as absent") {
  Diagnostics diagnostics;
  std::optional<HandoutData> data = load_data_text(
      std::string("title: T\nsubtitle:\nauthor: ~\nfigures: []\nintro: ''\n") + kMinimalItems,
      "handout.yaml", diagnostics);
  REQUIRE_MESSAGE(data.has_value(), rendered(diagnostics));
  CHECK(data->subtitle.empty());
  CHECK(data->author.empty());
  CHECK(at(data->tree, "subtitle").is_null());
  CHECK(at(data->tree, "author").is_null());
  CHECK(at(data->tree, "figures").is_list());
  CHECK(at(data->tree, "figures").elements.empty());
  CHECK(at(data->tree, "intro").is_scalar());
  CHECK(at(data->tree, "intro").scalar.empty());
}

TEST_CASE("load: sections group items under titles") {
  Diagnostics diagnostics;
  std::optional<HandoutData> data = load_data_text(
      "title: T\n"
      "sections:\n"
      "  - title: Systems\n"
      "    items:\n"
      "      - {heading: Embedded, description: Small devices.}\n"
      "      - {heading: Kernels, description: Operating systems.}\n"
      "  - title: Web\n"
      "    items: [{heading: WebAssembly, description: In the browser.}]\n",
      "handout.yaml", diagnostics);
  REQUIRE_MESSAGE(data.has_value(), rendered(diagnostics));
  const DataNode& sections = at(data->tree, "sections");
  REQUIRE(sections.elements.size() == 2);
  const DataNode& systems = sections.elements[0];
  CHECK(text_at(systems, "title") == "Systems");
  CHECK(systems.where.line == 3);
  CHECK(systems.where.column == 5);
  REQUIRE(at(systems, "items").elements.size() == 2);
  const DataNode& kernels = at(systems, "items").elements[1];
  CHECK(text_at(kernels, "heading") == "Kernels");
  CHECK(kernels.where.line == 6);
  CHECK(kernels.where.column == 9);
  CHECK(at(kernels, "heading").where.column == 19);
  const DataNode& web = sections.elements[1];
  CHECK(text_at(web, "title") == "Web");
  CHECK(text_at(at(web, "items").elements.at(0), "description") == "In the browser.");
  CHECK(at(web, "items").elements.at(0).where.line == 8);
}

TEST_CASE("load: a YAML syntax error is one readable error at its position") {
  // The unclosed bracket itself is pointed at, not the place where yaml-cpp gave up.
  CHECK(errors_of("title: T\nitems: [a, b\nlang: en\n") ==
        "2:8: YAML syntax error: a '[' is not closed by a matching ']'\n");
  CHECK(errors_of("title: \"[x\" # [y\nkeywords: HPC [Super]\nitems:\n  - {heading: a\n") ==
        "4:5: YAML syntax error: a '{' is not closed by a matching '}'\n");
  CHECK(errors_of("title: Rust: a field guide\n") ==
        "1:12: YAML syntax error: a ': ' where no key can start; put text that contains ': ' in "
        "quotes\n");
  // yaml-cpp itself accepts this one and swallows the rest of the file into the title.
  CHECK(errors_of(std::string(kMinimalItems) + "title: \"unterminated\nsubtitle: S\n") ==
        "4:8: YAML syntax error: the file ends inside quoted text; a closing quote is missing\n");
  CHECK(errors_of(std::string(kMinimalItems) + "title: 'it''s open\n") ==
        "4:8: YAML syntax error: the file ends inside quoted text; a closing quote is missing\n");
}

TEST_CASE("load: a syntax error keeps the file name") {
  Diagnostics diagnostics;
  CHECK_FALSE(load_data_text("a: [", "some/where.yaml", diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].where.file == "some/where.yaml");
  CHECK(diagnostics.all()[0].kind == FailureKind::bad_input);
}

// Which fields are required, and of which shape, is the template's data contract's question
// (data_contract_check_test.cc); the loader reads what is there.
TEST_CASE("load: title, items and their fields are not required by the loader") {
  for (const char* yaml :
       {"items:\n  - heading: Audio\n", "title:\n", "title: ''\n",
        "title: T\nsections:\n  - title: S\n", "title: T\nfigures:\n  - caption: C\n"}) {
    Diagnostics diagnostics;
    std::optional<HandoutData> data = load_data_text(yaml, "d.yaml", diagnostics);
    REQUIRE_MESSAGE(data.has_value(), yaml, rendered(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(data->title.text == (std::string(yaml).starts_with("title: T") ? "T" : ""));
  }
}

TEST_CASE("load: items, sections and figures of any shape are kept as written") {
  Diagnostics diagnostics;
  std::optional<HandoutData> data = load_data_text(
      "title: T\n"
      "items:\n  heading: Audio\n"
      "sections: []\n"
      "figure: a.png\n"
      "figures:\n  - path: b.png\n",
      "d.yaml", diagnostics);
  REQUIRE_MESSAGE(data.has_value(), rendered(diagnostics));
  CHECK(diagnostics.all().empty());
  CHECK(at(data->tree, "items").is_map());
  CHECK(at(data->tree, "items").where.line == 3);
  CHECK(at(data->tree, "items").where.column == 3);
  CHECK(at(data->tree, "sections").is_list());
  CHECK(at(data->tree, "sections").elements.empty());
  CHECK(text_at(data->tree, "figure") == "a.png");
  CHECK(at(data->tree, "figure").where.column == 9);
  CHECK(at(data->tree, "figures").elements.size() == 1);
}

TEST_CASE("load: a document key that YAML reads as a number or a yes/no value") {
  CHECK(errors_of("title: true\n" + std::string(kMinimalItems)) ==
        "1:8: title must be text, but this is a yes/no value; put it in quotes if you mean the "
        "text\n");
  CHECK(errors_of("title: T\nsubtitle: 3.14\nauthor: [A, B]\n") ==
        "2:11: subtitle must be text, but this is a number; put it in quotes if you mean the "
        "text\n"
        "3:9: author must be text, but this is a list\n");
  CHECK(errors_of("title: T\ntemplate:\n  name: cards\n") ==
        "3:3: template must be text, but this is a mapping\n");
}

TEST_CASE("load: scalars of the template's fields are kept as written") {
  Diagnostics diagnostics;
  std::optional<HandoutData> data = load_data_text(
      "title: '1984'\nitems:\n  - {heading: yes, description: \"3.14\", count: 3.14}\n", "h.yaml",
      diagnostics);
  REQUIRE_MESSAGE(data.has_value(), rendered(diagnostics));
  CHECK(data->title.text == "1984");
  const DataNode& item = at(data->tree, "items").elements.at(0);
  CHECK(text_at(item, "heading") == "yes");
  CHECK(at(item, "heading").plain);
  CHECK(text_at(item, "description") == "3.14");
  CHECK_FALSE(at(item, "description").plain);
  // Whether a number may stand for text is the contract's question, not the loader's.
  CHECK(text_at(item, "count") == "3.14");
  CHECK(at(item, "count").plain);
}

// Unknown keys are the data contract's to report (data_contract_check_test.cc): a template
// decides which fields its data has.
TEST_CASE("load: keys the loader does not read are kept in the tree") {
  Diagnostics diagnostics;
  std::optional<HandoutData> data =
      load_data_text("title: T\ncolour: red\nitems:\n  - heading: Audio\n    descripton: Sound.\n",
                     "d.yaml", diagnostics);
  REQUIRE_MESSAGE(data.has_value(), rendered(diagnostics));
  CHECK(diagnostics.all().empty());
  const DataNode* colour = data->tree.field("colour");
  REQUIRE(colour != nullptr);
  CHECK(colour->scalar.text == "red");
  CHECK(colour->key_where.line == 2);
  CHECK(colour->key_where.column == 1);
  const DataNode& item = data->tree.field("items")->elements.at(0);
  CHECK(item.field("descripton")->key_where.column == 5);
  CHECK(item.field("description") == nullptr);
}

// Reported once although the top mapping gives both the tree and the document keys.
TEST_CASE("load: a key given twice is an error at the second one") {
  CHECK(errors_of(std::string("title: A\nauthor: B\ntitle: C\n") + kMinimalItems) ==
        "3:1: duplicate key 'title' (first given at line 1)\n"
        "  hint: remove one of them; only one value can be used\n");
  CHECK(errors_of("title: T\nitems:\n  - heading: A\n    heading: B\n") ==
        "4:5: duplicate key 'heading' (first given at line 3)\n"
        "  hint: remove one of them; only one value can be used\n");
}

TEST_CASE("load: a key given twice keeps its first value") {
  Diagnostics diagnostics;
  CHECK_FALSE(load_data_text("title: 42\ntitle: B\n", "d.yaml", diagnostics).has_value());
  // The first title is the one read, so its type is what is reported.
  CHECK(rendered(diagnostics) ==
        "2:1: duplicate key 'title' (first given at line 1)\n"
        "  hint: remove one of them; only one value can be used\n"
        "1:8: title must be text, but this is a number; put it in quotes if you mean the text\n");
}

TEST_CASE("load: a key that is not a name is reported once") {
  CHECK(errors_of("title: T\n[a, b]: c\n") == "2:1: a key must be a name, but this is a list\n");
}

TEST_CASE("load: every problem is found in one pass") {
  CHECK(errors_of("title: 42\n"
                  "lang: en_US\n"
                  "items:\n"
                  "  - heading: A\n"
                  "    heading: B\n"
                  "keywords: [rust, 2024]\n") ==
        "5:5: duplicate key 'heading' (first given at line 4)\n"
        "  hint: remove one of them; only one value can be used\n"
        "1:8: title must be text, but this is a number; put it in quotes if you mean the text\n"
        "2:7: lang 'en_US' is not a language tag: write letters and digits in parts of 1 to 8, "
        "joined by hyphens, like 'en' or 'en-US'\n"
        "  hint: did you mean 'en-US'?\n"
        "6:18: keyword 2 must be text, but this is a number; put it in quotes if you mean the "
        "text\n");
}

TEST_CASE("load: keywords are a list of texts or one text") {
  CHECK(errors_of(std::string("title: T\nkeywords: {a: b}\n") + kMinimalItems) ==
        "2:11: keywords must be a list of texts or one text with commas, but this is a "
        "mapping\n");
  CHECK(errors_of(std::string("title: T\nkeywords: [rust, 2024]\n") + kMinimalItems) ==
        "2:18: keyword 2 must be text, but this is a number; put it in quotes if you mean the "
        "text\n");
}

TEST_CASE("load: the top level must be a mapping") {
  CHECK(errors_of("- title: T\n") ==
        "1:1: the data file must be a mapping of keys such as 'title' and 'items', but this "
        "is a list\n");
  CHECK(errors_of("") ==
        "0:0: the data file is empty; write the keys its template reads, such as 'title' and "
        "'items'\n");
  CHECK(errors_of("# nothing but a comment\n") ==
        "0:0: the data file is empty; write the keys its template reads, such as 'title' and "
        "'items'\n");
}

TEST_CASE("load: a second document is reported") {
  CHECK(errors_of(std::string("title: T\n") + kMinimalItems + "---\ntitle: U\n") ==
        "5:1: a second YAML document starts here, but the file must hold only one\n"
        "  hint: check this line's indentation, or remove the '---' line above it\n");
  // yaml-cpp ends a top-level list at a line that is not an entry and starts a new document.
  CHECK(errors_of("- title: T\n- x\ntitle: U\n") ==
        "3:1: a second YAML document starts here, but the file must hold only one\n"
        "  hint: check this line's indentation, or remove the '---' line above it\n");
  // yaml-cpp's LoadAll never returns on these.
  CHECK(errors_of(",") ==
        "1:1: YAML syntax error: a ',' outside of a [ ] list or { } mapping\n"
        "  hint: put text that contains ',' in quotes\n");
  CHECK(errors_of("- a\n, b\n") ==
        "2:1: YAML syntax error: a ',' outside of a [ ] list or { } mapping\n"
        "  hint: put text that contains ',' in quotes\n");
}

TEST_CASE("load: text that is not UTF-8 is an error at its byte") {
  CHECK(errors_of(std::string("title: Caf\xE9\n") + kMinimalItems +
                  "subtitle: ok \xC3\xA9 \xC0\xAF\n") ==
        "1:11: text that is not UTF-8 (byte 0xE9)\n"
        "  hint: save the file in the UTF-8 encoding\n"
        "5:17: text that is not UTF-8 (byte 0xC0)\n"
        "  hint: save the file in the UTF-8 encoding\n");
}

TEST_CASE("load: language tags are checked for their shape") {
  for (std::string good : {"en", "en-US", "zh-Hant-TW", "de-CH-1996", "x-private"}) {
    Diagnostics diagnostics;
    CHECK_MESSAGE(
        load_data_text("title: T\nlang: " + good + "\n" + kMinimalItems, "h.yaml", diagnostics)
            .has_value(),
        good);
  }
  for (std::string bad : {"en--US", "-en", "1en", "englishlanguage", "en US", "fr-", "de_DE"}) {
    Diagnostics diagnostics;
    CHECK_FALSE_MESSAGE(
        load_data_text("title: T\nlang: " + bad + "\n" + kMinimalItems, "h.yaml", diagnostics)
            .has_value(),
        bad);
  }
}

TEST_CASE("load: a data file that cannot be read names the path and the reason") {
  Diagnostics diagnostics;
  CHECK_FALSE(load_data_file("/nonexistent/handout.yaml", diagnostics).has_value());
  CHECK(rendered(diagnostics) ==
        "0:0: cannot read '/nonexistent/handout.yaml': No such file or directory\n");
  CHECK(diagnostics.all()[0].where.file == "/nonexistent/handout.yaml");

  Diagnostics folder_diagnostics;
  CHECK_FALSE(load_data_file(HANDOUT_SOURCE_DIR, folder_diagnostics).has_value());
  CHECK(rendered(folder_diagnostics) ==
        std::string("0:0: cannot read '") + HANDOUT_SOURCE_DIR + "': Is a directory\n");
}

TEST_CASE("load: the bundled data file loads") {
  Diagnostics diagnostics;
  std::string path = HANDOUT_SOURCE_DIR "/data/rust-is-used-for.yaml";
  std::optional<HandoutData> data = load_data_file(path, diagnostics);
  REQUIRE_MESSAGE(data.has_value(), rendered(diagnostics));
  CHECK(data->title.text == "Rust is used for...");
  CHECK(data->template_name.text == "handout");
  CHECK(at(data->tree, "items").elements.size() == 24);
  CHECK(text_at(at(data->tree, "figure"), "path") == "rust-is-used-for.png");
}

TEST_CASE("load: earlier errors of other files do not fail a good data file") {
  Diagnostics diagnostics;
  diagnostics.error({"other.yaml", 1, 1}, "an earlier problem");
  CHECK(
      load_data_text(std::string("title: T\n") + kMinimalItems, "h.yaml", diagnostics).has_value());
  CHECK(diagnostics.error_count() == 1);
}
