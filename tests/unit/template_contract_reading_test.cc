#include "load/template_contract_reading.h"

#include <doctest/doctest.h>

#include <string>

#include "load/template_loader.h"
#include "load_test_support.h"

using namespace handout;

using load_test::rendered;

namespace {

// The `data:` section of a template text, read as templates/t.yaml.
struct ReadContract {
  Diagnostics diagnostics;
  DataContract contract;

  explicit ReadContract(const std::string& yaml) {
    YamlReader reader("templates/t.yaml", yaml, diagnostics);
    YAML::Node root = YAML::Load(yaml);
    MappingReader top(reader, root, "the template", {});
    contract = read_data_contract(reader, top.entry("data"));
  }
};

std::string position(const SourceLocation& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

std::string errors_of(const std::string& yaml) { return rendered(ReadContract(yaml).diagnostics); }

}  // namespace

TEST_CASE("contract: a template without 'data' declares none") {
  ReadContract read("name: x\n");
  CHECK_FALSE(read.contract.declared);
  CHECK(read.diagnostics.all().empty());
}

TEST_CASE("contract: full declarations and the shorthand") {
  ReadContract read(
      "data:\n"
      "  title: {type: text, required: true, description: \"The title\"}\n"
      "  subtitle: text\n"
      "  count: number\n"
      "  when: {type: date}\n"
      "  home: url\n"
      "  draft: boolean\n"
      "  extra: any\n");
  REQUIRE_MESSAGE(read.diagnostics.all().empty(), rendered(read.diagnostics));
  const DataContract& contract = read.contract;
  CHECK(contract.declared);
  CHECK(position(contract.where) == "templates/t.yaml:2:3");
  REQUIRE(contract.fields.size() == 7);
  const FieldContract& title = contract.fields[0];
  CHECK(title.name == "title");
  CHECK(title.type == FieldType::text);
  CHECK(title.required);
  CHECK(title.description == "The title");
  CHECK(position(title.where) == "templates/t.yaml:2:3");
  CHECK(contract.fields[1].type == FieldType::text);
  CHECK_FALSE(contract.fields[1].required);
  CHECK(position(contract.fields[1].where) == "templates/t.yaml:3:3");
  CHECK(contract.fields[2].type == FieldType::number);
  CHECK(contract.fields[3].type == FieldType::date);
  CHECK(contract.fields[4].type == FieldType::url);
  CHECK(contract.fields[5].type == FieldType::boolean);
  CHECK(contract.fields[6].type == FieldType::any);
}

TEST_CASE("contract: records, lists of records and lists of scalars") {
  ReadContract read(
      "data:\n"
      "  figure:\n"
      "    type: record\n"
      "    fields:\n"
      "      path: {type: text, required: true}\n"
      "      caption: text\n"
      "  items:\n"
      "    type: list\n"
      "    required: true\n"
      "    of:\n"
      "      heading: {type: text, required: true}\n"
      "      tags: {of: text}\n"
      "  keywords: {type: list, of: text}\n"
      "  anything: list\n");
  REQUIRE_MESSAGE(read.diagnostics.all().empty(), rendered(read.diagnostics));
  const std::vector<FieldContract>& fields = read.contract.fields;
  REQUIRE(fields.size() == 4);
  const FieldContract& figure = fields[0];
  CHECK(figure.type == FieldType::record);
  REQUIRE(figure.fields.size() == 2);
  CHECK(figure.fields[0].name == "path");
  CHECK(figure.fields[0].required);
  CHECK(position(figure.fields[0].where) == "templates/t.yaml:5:7");
  const FieldContract& items = fields[1];
  CHECK(items.type == FieldType::list);
  CHECK(items.required);
  REQUIRE(items.element != nullptr);
  CHECK(items.element->type == FieldType::record);
  CHECK(position(items.element->where) == "templates/t.yaml:11:7");
  REQUIRE(items.element->fields.size() == 2);
  const FieldContract& tags = items.element->fields[1];
  CHECK(tags.type == FieldType::list);  // implied by `of`
  REQUIRE(tags.element != nullptr);
  CHECK(tags.element->type == FieldType::text);
  CHECK(fields[2].element->type == FieldType::text);
  CHECK(fields[3].type == FieldType::list);
  CHECK(fields[3].element == nullptr);  // a list of anything
}

TEST_CASE("contract: a declaration with fields is a record, one with neither a text") {
  ReadContract read("data:\n  figure: {fields: {path: text}}\n  note: {required: true}\n");
  REQUIRE_MESSAGE(read.diagnostics.all().empty(), rendered(read.diagnostics));
  CHECK(read.contract.fields[0].type == FieldType::record);
  CHECK(read.contract.fields[1].type == FieldType::text);
  CHECK(read.contract.fields[1].required);
}

TEST_CASE("contract: an unknown type suggests the closest one") {
  CHECK(errors_of("data:\n  title: txt\n  items: {type: lsit}\n") ==
        "2:10: the type of 'title' must be 'text', 'number', 'boolean', 'date', 'url', "
        "'list', 'record' or 'any', not 'txt'\n"
        "  hint: did you mean 'text'?\n"
        "3:17: the type of 'items' must be 'text', 'number', 'boolean', 'date', 'url', "
        "'list', 'record' or 'any', not 'lsit'\n"
        "  hint: did you mean 'list'?\n");
}

TEST_CASE("contract: an unknown key of a declaration suggests the closest one") {
  CHECK(errors_of("data:\n  title: {type: text, requird: true}\n") ==
        "2:23: unknown key 'requird' in the declaration of 'title'\n"
        "  hint: did you mean 'required'?\n");
  CHECK(errors_of("data:\n  figure: {path: text}\n") ==
        "2:12: unknown key 'path' in the declaration of 'figure'\n"
        "  hint: the keys allowed here are 'type', 'required', 'description', 'fields' and "
        "'of'\n");
}

TEST_CASE("contract: values of the wrong shape") {
  CHECK(errors_of("data:\n  title:\n  items: [a, b]\n  draft: {required: yes}\n") ==
        "2:3: the declaration of 'title' must be a type name or a mapping with 'type', but "
        "this is empty\n"
        "  hint: e.g. 'title: text' or 'title: {type: text, required: true}'; the types are "
        "'text', 'number', 'boolean', 'date', 'url', 'list', 'record' and 'any'\n"
        "3:10: the declaration of 'items' must be a type name or a mapping with 'type', but "
        "this is a list\n"
        "  hint: e.g. 'items: text' or 'items: {type: text, required: true}'; the types are "
        "'text', 'number', 'boolean', 'date', 'url', 'list', 'record' and 'any'\n"
        "4:21: 'required' of 'draft' must be true or false, but this is text\n");
  CHECK(errors_of("data:\n  figure: {type: record, fields: [path]}\n") ==
        "2:34: the fields of 'figure' must be a mapping of field names to types, but this is "
        "a list\n"
        "  hint: write one 'name: type' per line, without '- '\n");
  CHECK(errors_of("data:\n  items: {type: list, of: [a]}\n") ==
        "2:27: 'of' of 'items' must be a type name or a mapping of the elements' fields, but "
        "this is a list\n"
        "  hint: e.g. 'of: text', or 'of: {heading: text, description: text}'\n");
  CHECK(errors_of("data: [title]\n") ==
        "1:7: the 'data' section must be a mapping of field names to types, but this is a "
        "list\n"
        "  hint: write one 'name: type' per line, without '- '\n");
  CHECK(errors_of("data:\n") ==
        "1:1: the 'data' section is empty\n"
        "  hint: declare the fields the template reads, e.g. 'title: {type: text, required: "
        "true}', or remove 'data:' to accept any data\n");
}

TEST_CASE("contract: an unknown element type of a list") {
  CHECK(errors_of("data:\n  tags: {of: txet}\n") ==
        "2:14: the element type of 'tags' must be 'text', 'number', 'boolean', 'date', 'url', "
        "'list', 'record' or 'any', not 'txet'\n"
        "  hint: did you mean 'text'?\n");
}

TEST_CASE("contract: 'fields' and 'of' belong to records and lists") {
  CHECK(errors_of("data:\n  title: {type: text, fields: {a: text}}\n  tags: {type: record, of: "
                  "text}\n") ==
        "2:23: 'fields' is for a record, but 'title' is declared as text\n"
        "  hint: write 'type: record', or remove 'fields'\n"
        "3:24: 'of' is for a list, but 'tags' is declared as record\n"
        "  hint: write 'type: list', or remove 'of'\n");
}

TEST_CASE("contract: a field declared twice is reported, every problem in one pass") {
  CHECK(errors_of("data:\n  title: text\n  title: number\n  items: {of: {heading: txet}}\n") ==
        "3:3: duplicate key 'title' (first given at line 2)\n"
        "  hint: remove one of them; only one value can be used\n"
        "4:25: the type of 'heading' must be 'text', 'number', 'boolean', 'date', "
        "'url', 'list', 'record' or 'any', not 'txet'\n"
        "  hint: did you mean 'text'?\n");
}

TEST_CASE("contract: the bundled handout template declares its data") {
  Diagnostics diagnostics;
  const std::string path = HANDOUT_SOURCE_DIR "/templates/handout.yaml";
  auto layout = load_template_file(path, {HANDOUT_SOURCE_DIR "/fonts"}, diagnostics);
  REQUIRE_MESSAGE(layout.has_value(), rendered(diagnostics));
  const DataContract& contract = layout->contract;
  CHECK(contract.declared);
  std::vector<std::string> names;
  for (const FieldContract& field : contract.fields) names.push_back(field.name);
  CHECK(names == std::vector<std::string>{"title", "subtitle", "author", "date", "intro", "figure",
                                          "figures", "items", "sections"});
  CHECK(contract.fields[0].required);
  CHECK(contract.fields[0].where.file == path);
}
