#include <doctest/doctest.h>

#include <string>

#include "load/scalar_kind.h"
#include "load/source_file.h"
#include "load/utf8_check.h"
#include "load/yaml_node_reader.h"
#include "load/yaml_parsing.h"

using namespace handout;

TEST_CASE("load: the YAML 1.2 core schema types plain scalars") {
  for (const char* number : {"0", "42", "-7", "+3", "3.14", "1.", ".5", "-1.5e3", "2E-2", "0x1F",
                             "0o17", ".inf", "-.Inf", ".NaN"}) {
    CHECK_MESSAGE(core_schema_kind(number) == ScalarKind::number, number);
  }
  for (const char* boolean : {"true", "True", "TRUE", "false", "False", "FALSE"}) {
    CHECK_MESSAGE(core_schema_kind(boolean) == ScalarKind::boolean, boolean);
  }
  for (const char* null : {"", "~", "null", "Null", "NULL"}) {
    CHECK_MESSAGE(core_schema_kind(null) == ScalarKind::null, null);
  }
  for (const char* text : {"yes", "no", "on", "off", "tRUE", "2026-11-24", "1.2.3", "0x", "1e",
                           "e5", ".", "+", "12pt", "0o8", "1_000", "nan", "Rust"}) {
    CHECK_MESSAGE(core_schema_kind(text) == ScalarKind::text, text);
  }
  CHECK(tagged_scalar_kind("tag:yaml.org,2002:int") == ScalarKind::number);
  CHECK(tagged_scalar_kind("tag:yaml.org,2002:str") == ScalarKind::text);
  CHECK(tagged_scalar_kind("!custom") == ScalarKind::text);
}

TEST_CASE("load: invalid UTF-8 is found with byte columns") {
  CHECK(find_invalid_utf8("plain ascii\nand \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\n").empty());
  std::vector<InvalidUtf8> found =
      find_invalid_utf8("ok\nab\xFF\xFE\n\xC0\xAF overlong\n\xED\xA0\x80 surrogate\n\xE2\x82");
  REQUIRE(found.size() == 4);
  CHECK(found[0].line == 2);
  CHECK(found[0].column == 3);
  CHECK(found[0].first_byte == 0xFF);
  CHECK(found[1].line == 3);
  CHECK(found[1].column == 1);
  CHECK(found[2].line == 4);
  CHECK(found[3].line == 5);                                 // cut off at the end of the text
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80").size() == 1);  // above U+10FFFF
  std::string many;
  for (int i = 0; i < 50; ++i) many += "\xE9\n";
  CHECK(find_invalid_utf8(many).size() == 10);
}

TEST_CASE("load: yaml-cpp's messages become readable") {
  CHECK(readable_syntax_message("illegal map value") ==
        "YAML syntax error: a ': ' where no key can start; put text that contains ': ' in quotes");
  CHECK(readable_syntax_message("unknown escape character: q") ==
        "YAML syntax error: an unknown '\\' escape in double-quoted text; write '\\\\' for a "
        "backslash, or use single quotes");
  CHECK(readable_syntax_message("something new") == "YAML syntax error: something new");
}

TEST_CASE("load: a tab in the indentation is a syntax error") {
  Diagnostics diagnostics;
  YamlBudget budget{ResourceLimits{}};
  CHECK_FALSE(parse_yaml("a:\n\t- b\n", "t.yaml", budget, diagnostics).has_value());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].where.line == 2);
  CHECK(diagnostics.all()[0].message ==
        "YAML syntax error: a '- ' list entry where no list can start; check the indentation");
  CHECK(
      diagnostics.all()[0].hints ==
      std::vector<std::string>{"this line is indented with a tab; YAML indents with spaces only"});
}

TEST_CASE("load: positions inside a scalar") {
  Diagnostics diagnostics;
  const std::string source =
      "a: plain {{x}}\nb: \"quoted {{x}}\"\nc: \"esc\\t {{x}}\"\nd: |\n  {{x}}\n";
  YamlBudget budget{ResourceLimits{}};
  std::optional<YAML::Node> root = parse_yaml(source, "p.yaml", budget, diagnostics);
  REQUIRE(root.has_value());
  YamlReader reader("p.yaml", source, diagnostics);
  CHECK(reader.where_in_scalar((*root)["a"], 6).column == 10);
  CHECK(reader.where_in_scalar((*root)["b"], 7).column == 12);
  // Escapes and block text are not verbatim: only the start is known.
  CHECK(reader.where_in_scalar((*root)["c"], 6).column == 4);
  CHECK(reader.where_in_scalar((*root)["d"], 0).line == 4);
}

TEST_CASE("load: source files are read whole") {
  Diagnostics diagnostics;
  const std::string path = HANDOUT_SOURCE_DIR "/data/rust-is-used-for.yaml";
  SourceText text = read_source_file(path, kMebibyte, diagnostics);
  REQUIRE(text);
  CHECK(text->find("title:") != std::string::npos);
  CHECK(diagnostics.all().empty());
  // Kept for the messages about the file: their excerpts come from these bytes.
  REQUIRE(diagnostics.kept_sources().size() == 1);
  CHECK(diagnostics.kept_sources()[0].first == path);
  CHECK(diagnostics.kept_sources()[0].second == text);
}
