#include <doctest/doctest.h>

#include "core/diagnostic.h"
#include "core/edit_distance.h"
#include "core/file_reading.h"

using namespace handout;

TEST_CASE("core: edit distance counts insertions, deletions and substitutions") {
  CHECK(edit_distance("description", "description") == 0);
  CHECK(edit_distance("descripton", "description") == 1);
  CHECK(edit_distance("heading", "header") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("titel", "title") == 1);  // a swap of neighbours is one slip
  CHECK(edit_distance("rigth", "right") == 1);
}

TEST_CASE("core: closest_name suggests only plausible misspellings") {
  std::vector<std::string> keys = {"heading", "description"};
  CHECK(closest_name("descripton", keys) == "description");
  CHECK(closest_name("Heading", keys) == "heading");
  CHECK(closest_name("haeding", keys) == "heading");
  CHECK_FALSE(closest_name("colour", keys).has_value());
}

TEST_CASE("core: did_you_mean is the one wording of the hint") {
  const std::vector<std::string> keys = {"heading", "description"};
  CHECK(did_you_mean("descripton", keys) == "did you mean 'description'?");
  CHECK_FALSE(did_you_mean("colour", keys).has_value());
  CHECK(did_you_mean("en-US") == "did you mean 'en-US'?");
}

TEST_CASE("core: the worst failure decides the exit code") {
  Diagnostics diagnostics;
  diagnostics.warning({"a.yaml", 1, 1}, "only a warning");
  CHECK_FALSE(diagnostics.has_errors());
  diagnostics.error({"a.yaml", 2, 3}, "bad data");
  CHECK(diagnostics.worst_failure() == FailureKind::bad_input);
  diagnostics.error({"out.pdf"}, "cannot write", {}, FailureKind::cannot_write);
  CHECK(diagnostics.worst_failure() == FailureKind::cannot_write);
  CHECK(diagnostics.error_count() == 2);
}

TEST_CASE("core: an empty hint is dropped, so no bare 'hint:' is printed") {
  Diagnostics diagnostics;
  diagnostics.error({}, "bad usage", {"", "a real hint", ""}, FailureKind::bad_usage);
  CHECK(diagnostics.all()[0].hints == std::vector<std::string>{"a real hint"});
}

TEST_CASE("core: --werror turns the warnings given so far into bad-input errors that say so") {
  Diagnostics diagnostics;
  diagnostics.warning({"a.yaml", 4, 2}, "the font has no glyph", {"a hint stays"});
  diagnostics.error({"out.pdf"}, "cannot write", {}, FailureKind::cannot_write);
  CHECK(diagnostics.turn_warnings_into_errors() == 1);
  CHECK(diagnostics.error_count() == 2);
  const Diagnostic& turned = diagnostics.all().front();
  CHECK(turned.severity == Severity::error);
  CHECK(turned.kind == FailureKind::bad_input);
  CHECK(turned.message == "the font has no glyph (a warning, an error under --werror)");
  CHECK(turned.hints == std::vector<std::string>{"a hint stays"});
  CHECK(diagnostics.all().back().message == "cannot write");
  CHECK(diagnostics.turn_warnings_into_errors() == 0);  // nothing is turned twice
  CHECK(diagnostics.worst_failure() == FailureKind::cannot_write);
}

TEST_CASE("core: a whole file is read, a folder or a missing file says why") {
  std::string error;
  auto template_text = read_whole_file(HANDOUT_SOURCE_DIR "/templates/handout.yaml", error);
  REQUIRE(template_text.has_value());
  CHECK(template_text->find("body:") != std::string::npos);
  CHECK_FALSE(read_whole_file(HANDOUT_SOURCE_DIR "/templates", error).has_value());
  CHECK(error == "Is a directory");
  CHECK_FALSE(read_whole_file(HANDOUT_SOURCE_DIR "/no-such-file", error).has_value());
  CHECK(error == "No such file or directory");
}
