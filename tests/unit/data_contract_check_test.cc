#include "bind/data_contract_check.h"

#include <doctest/doctest.h>

#include <string>

#include "load/data_loader.h"
#include "load/template_contract_reading.h"
#include "load_test_support.h"

using namespace handout;

using load_test::rendered;

namespace {

// The contract of `template_yaml` (read as t.yaml) checked against `data_yaml` (read as
// d.yaml): every diagnostic as "file:line:col: message" with its hints.
std::string violations(const std::string& template_yaml, const std::string& data_yaml) {
  Diagnostics diagnostics;
  YamlReader reader("t.yaml", template_yaml, diagnostics);
  YAML::Node root = YAML::Load(template_yaml);
  MappingReader top(reader, root, "the template", {});
  DataContract contract = read_data_contract(reader, top.entry("data"));
  REQUIRE_MESSAGE(diagnostics.all().empty(), rendered(diagnostics));
  std::optional<HandoutData> data = load_data_text(data_yaml, "d.yaml", diagnostics);
  REQUIRE_MESSAGE(data.has_value(), rendered(diagnostics));
  check_data_contract(*data, contract, diagnostics);
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    const SourceLocation& at = diagnostic.where;
    text += at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
            diagnostic.message + "\n";
    for (const std::string& hint : diagnostic.hints) text += "  hint: " + hint + "\n";
  }
  return text;
}

const char* const kItemsContract =
    "data:\n"
    "  title: {type: text, required: true}\n"
    "  items:\n"
    "    type: list\n"
    "    required: true\n"
    "    of:\n"
    "      heading: {type: text, required: true}\n"
    "      description: {type: text, required: true}\n"
    "      level: number\n";

}  // namespace

TEST_CASE("contract check: data that keeps the contract passes") {
  CHECK(violations(kItemsContract,
                   "title: T\nlang: en\nitems:\n  - {heading: A, description: B, level: 2}\n"
                   "  - {heading: C, description: '42'}\n") == "");
}

TEST_CASE("contract check: a template without a contract accepts any data") {
  CHECK(violations("name: x\n", "anything: [1, 2]\n") == "");
}

TEST_CASE("contract check: a missing required field is at the record, with the declaration") {
  CHECK(violations(kItemsContract, "items:\n  - {heading: A, description: B}\n") ==
        "d.yaml:1:1: the data file has no 'title'\n"
        "  hint: declared at t.yaml:2:3\n");
  CHECK(violations(kItemsContract,
                   "title: T\nitems:\n  - heading: Audio\n  - heading: Web\n    description: D\n"
                   "  - description: nameless\n") ==
        "d.yaml:3:5: the 1st item ('Audio') has no 'description'\n"
        "  hint: declared at t.yaml:8:7\n"
        "d.yaml:6:5: the 3rd item ('nameless') has no 'heading'\n"
        "  hint: declared at t.yaml:7:7\n");
}

TEST_CASE("contract check: an empty required value is at its key") {
  CHECK(violations("data:\n  title: {required: true}\n  entries: {of: text, required: true}\n",
                   "title:\nentries: []\n") ==
        "d.yaml:1:1: the data file has an empty 'title'\n"
        "  hint: declared at t.yaml:2:3\n"
        "d.yaml:2:10: the data file has an empty 'entries'\n"
        "  hint: declared at t.yaml:3:3\n");
  CHECK(violations(kItemsContract, "title: ''\nitems: [{heading: H, description: D}]\n") ==
        "d.yaml:1:8: the data file has an empty 'title'\n"
        "  hint: declared at t.yaml:2:3\n");
}

TEST_CASE("contract check: an unknown field names the record and suggests the closest field") {
  CHECK(violations(kItemsContract,
                   "title: T\nitems:\n  - heading: Audio\n    descripton: Sound.\n") ==
        "d.yaml:4:5: unknown field 'descripton' in the 1st item ('Audio')\n"
        "  hint: did you mean 'description'?\n"
        "  hint: declared at t.yaml:8:7\n");
  CHECK(violations(kItemsContract,
                   "title: T\ncolour: red\nitems: [{heading: H, description: D}]\n") ==
        "d.yaml:2:1: unknown field 'colour' in the data file\n"
        "  hint: the fields allowed here are 'title', 'items', 'subtitle', 'author', 'date', "
        "'lang', 'subject', 'keywords' and 'template' (declared at t.yaml:2:3)\n");
  // A document key is suggested too, though the contract does not declare it.
  CHECK(violations(kItemsContract,
                   "title: T\nsubtitel: S\nitems: [{heading: H, description: D}]\n") ==
        "d.yaml:2:1: unknown field 'subtitel' in the data file\n"
        "  hint: did you mean 'subtitle'?\n");
}

TEST_CASE("contract check: wrong types name the value's position and the declaration") {
  const char* contract =
      "data:\n"
      "  count: number\n"
      "  draft: boolean\n"
      "  when: date\n"
      "  home: url\n"
      "  tags: {type: list, of: text}\n"
      "  picture: {type: record, fields: {path: text}}\n"
      "  note: text\n";
  CHECK(violations(contract,
                   "count: '3'\ndraft: yes\nwhen: 24/11/2026\nhome: example.com\n"
                   "tags: [a, [b]]\npicture: pic.png\nnote: {a: b}\n") ==
        "d.yaml:1:8: 'count' must be a number, but this is the text '3'\n"
        "  hint: remove the quotes: a number in quotes is text\n"
        "  hint: declared at t.yaml:2:3\n"
        "d.yaml:2:8: 'draft' must be true or false, but this is the text 'yes'\n"
        "  hint: declared at t.yaml:3:3\n"
        "d.yaml:3:7: 'when' must be a date written YYYY-MM-DD, but this is the text "
        "'24/11/2026'\n"
        "  hint: declared at t.yaml:4:3\n"
        "d.yaml:4:7: 'home' must be a URL starting with http://, https:// or mailto:, but this "
        "is the text 'example.com'\n"
        "  hint: declared at t.yaml:5:3\n"
        "d.yaml:5:11: the 2nd element of 'tags' must be text, but this is a list\n"
        "  hint: declared at t.yaml:6:26\n"
        "d.yaml:6:10: 'picture' must be a mapping of fields, but this is the text 'pic.png'\n"
        "  hint: its fields are 'path'\n"
        "  hint: declared at t.yaml:7:3\n"
        "d.yaml:7:7: 'note' must be text, but this is a mapping\n"
        "  hint: declared at t.yaml:8:3\n");
  CHECK(violations(contract,
                   "count: -1.5e3\ndraft: false\nwhen: 2026-11-24\nhome: https://x.org\n"
                   "tags: [a, 2, true]\npicture: {path: p.png}\nnote: 42\n") == "");
}

TEST_CASE("contract check: nested records and lists name the whole path") {
  const char* contract =
      "data:\n"
      "  sections:\n"
      "    type: list\n"
      "    of:\n"
      "      title: {type: text, required: true}\n"
      "      items:\n"
      "        type: list\n"
      "        required: true\n"
      "        of:\n"
      "          heading: {type: text, required: true}\n"
      "          meta: {fields: {level: number}}\n";
  CHECK(violations(contract,
                   "sections:\n"
                   "  - title: Systems\n"
                   "    items:\n"
                   "      - heading: Kernels\n"
                   "        meta: {level: high, levl: 2}\n"
                   "  - title: Web\n") ==
        "d.yaml:5:29: unknown field 'levl' in 'meta' of the 1st item ('Kernels') of the 1st "
        "section ('Systems')\n"
        "  hint: did you mean 'level'?\n"
        "  hint: declared at t.yaml:11:27\n"
        "d.yaml:5:23: 'level' of 'meta' of the 1st item ('Kernels') of the 1st section "
        "('Systems') must be a number, but this is the text 'high'\n"
        "  hint: declared at t.yaml:11:27\n"
        "d.yaml:6:5: the 2nd section ('Web') has no 'items'\n"
        "  hint: declared at t.yaml:6:7\n");
}

TEST_CASE("contract check: a list element of the wrong shape") {
  CHECK(
      violations("data:\n  entries: {of: {word: text}}\n",
                 "entries:\n  - {word: a}\n  - just text\n  -\n") ==
      "d.yaml:3:5: the 2nd element of 'entries' must be a mapping of fields, but this is the text "
      "'just text'\n"
      "  hint: its fields are 'word'\n"
      "  hint: declared at t.yaml:2:17\n"
      "d.yaml:4:3: the 3rd element of 'entries' is empty\n"
      "  hint: declared at t.yaml:2:17\n");
}

TEST_CASE("contract check: records are named by heading, title or name, else a text field") {
  const char* contract = "data:\n  rows:\n    of: {id: number, label: text, name: text}\n";
  CHECK(violations(contract,
                   "rows:\n  - {id: 1, label: first, name: Ann, x: 1}\n"
                   "  - {id: 2, label: second, y: 2}\n  - {id: 3, z: 3}\n") ==
        "d.yaml:2:38: unknown field 'x' in the 1st element ('Ann') of 'rows'\n"
        "  hint: the fields allowed here are 'id', 'label' and 'name' (declared at t.yaml:3:9)\n"
        "d.yaml:3:28: unknown field 'y' in the 2nd element ('second') of 'rows'\n"
        "  hint: the fields allowed here are 'id', 'label' and 'name' (declared at t.yaml:3:9)\n"
        "d.yaml:4:13: unknown field 'z' in the 3rd element of 'rows'\n"
        "  hint: the fields allowed here are 'id', 'label' and 'name' (declared at t.yaml:3:9)\n");
}

TEST_CASE("contract check: ordinals and long names") {
  std::string data = "items:\n";
  for (int i = 1; i <= 23; ++i) {
    data += "  - {heading: H" + std::to_string(i) +
            (i == 11 || i == 22 || i == 23 ? ", x: 1" : "") + "}\n";
  }
  data += "  - {heading: " + std::string(60, 'a') + ", x: 1}\n";
  std::string text = violations("data:\n  items: {of: {heading: text}}\n", data);
  CHECK(text.find("in the 11th item ('H11')") != std::string::npos);
  CHECK(text.find("in the 22nd item ('H22')") != std::string::npos);
  CHECK(text.find("in the 23rd item ('H23')") != std::string::npos);
  CHECK(text.find("in the 24th item ('" + std::string(47, 'a') + "...')") != std::string::npos);
}

TEST_CASE("contract check: a record without declared fields and 'any' accept anything") {
  CHECK(violations("data:\n  meta: record\n  extra: any\n  list: list\n",
                   "meta: {a: 1, b: [2]}\nextra: [{x: 1}]\nlist: [1, {a: b}, [c]]\n") == "");
}
