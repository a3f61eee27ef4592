#include <doctest/doctest.h>

#include "app/command_line.h"
#include "app/help_text.h"
#include "app/preflight_output.h"

namespace handout {
namespace {

std::optional<Job> parsed(std::vector<std::string> arguments, Diagnostics& diagnostics) {
  return parse_command_line(arguments, diagnostics);
}

RenderSummary checked_summary() {
  RenderSummary summary;
  summary.data_path = "talk.yaml";
  PreflightReport report;
  report.page_count = 2;
  report.budget = {2, {"text size 92%"}, {"template.yaml", 33, 3}};
  report.findings = {
      {0, "font", FindingSeverity::info, "font 'NotoSans-Regular' is embedded", {"fonts/N.ttf"}},
      {1,
       "missing-glyph",
       FindingSeverity::warning,
       "the font 'N' has no glyph for U+4E2D '中'",
       {"talk.yaml", 6, 18}},
      {2, "rgb-color", FindingSeverity::warning, "text in the \"sRGB\" colour #1f4e79", {}}};
  summary.preflight = report;
  return summary;
}

}  // namespace

TEST_CASE("cli: check takes --preflight, and --json with it") {
  Diagnostics diagnostics;
  const std::string example = std::string(HANDOUT_SOURCE_DIR) + "/data/rust-is-used-for.yaml";
  auto job = parsed({"check", example, "--preflight", "--json", "--werror"}, diagnostics);
  REQUIRE(job);
  CHECK(job->document.preflight);
  CHECK(job->json);
  CHECK(job->document.warnings_are_errors);
  CHECK_FALSE(is_batch_job(*job));
  auto batch = parsed({"check", "data/", "--preflight"}, diagnostics);
  REQUIRE(batch);
  CHECK(is_batch_job(*batch));
  CHECK(diagnostics.all().empty());
}

TEST_CASE("cli: --preflight is check's, and --json goes with it") {
  Diagnostics render;
  CHECK_FALSE(parsed({"render", "talk.yaml", "--preflight"}, render));
  REQUIRE(render.all().size() == 1);
  CHECK(render.all()[0].message ==
        "'handout render' takes no --preflight: it is an option of 'handout check'");
  CHECK(render.all()[0].kind == FailureKind::bad_usage);
  Diagnostics build;
  CHECK_FALSE(parsed({"build", "data/", "--preflight"}, build));
  Diagnostics json;
  CHECK_FALSE(parsed({"check", "talk.yaml", "--json"}, json));
  REQUIRE(json.all().size() == 1);
  CHECK(json.all()[0].message == "--json goes with --preflight");
}

TEST_CASE("cli: --help documents --preflight and --json") {
  CHECK(usage_text().find("[--preflight [--json]]") != std::string::npos);
  CHECK(usage_text().find("      --preflight          check: report, page by page") !=
        std::string::npos);
  CHECK(
      usage_text().find("      --json               check: with --preflight, the report as JSON") !=
      std::string::npos);
}

TEST_CASE("preflight output: a block per document, a line per finding, a summary line") {
  const RenderSummary summary = checked_summary();
  const Diagnostics diagnostics;
  const std::string text = preflight_text({{"talk.yaml", true, &summary, &diagnostics}});
  CHECK(text ==
        "talk.yaml: 2 pages\n"
        "  document: fonts/N.ttf: info: font 'NotoSans-Regular' is embedded [font]\n"
        "  page 1: talk.yaml:6:18: warning: the font 'N' has no glyph for U+4E2D '中' "
        "[missing-glyph]\n"
        "  page 2: warning: text in the \"sRGB\" colour #1f4e79 [rgb-color]\n"
        "talk.yaml: preflight: 0 errors, 2 warnings, 1 info\n");
}

TEST_CASE("preflight output: a document that was not laid out, and the total of many") {
  const RenderSummary summary = checked_summary();
  const RenderSummary failed;
  Diagnostics none;
  const std::string text =
      preflight_text({{"talk.yaml", true, &summary, &none}, {"bad.yaml", false, &failed, &none}});
  CHECK(text.find("bad.yaml: not laid out, so there is no preflight report (see the errors)\n") !=
        std::string::npos);
  CHECK(text.find("\npreflight of 2 documents (1 failed): 0 errors, 2 warnings, 1 info\n") !=
        std::string::npos);
}

TEST_CASE("preflight output: JSON with every finding's page, kind, severity and position") {
  const RenderSummary summary = checked_summary();
  Diagnostics diagnostics;
  diagnostics.warning({"talk.yaml", 6, 18}, "the font 'N' has no glyph for U+4E2D '中'");
  const std::string json = preflight_json({{"talk.yaml", true, &summary, &diagnostics}});
  CHECK(json.rfind("{\n  \"documents\": [\n    {\"source\": \"talk.yaml\",\n", 0) == 0);
  CHECK(json.find("\"status\": \"ok\"") != std::string::npos);
  CHECK(json.find("\"pages\": 2") != std::string::npos);
  CHECK(json.find("\"budget\": {\"pages\": 2, \"fit\": [\"text size 92%\"]}") != std::string::npos);
  CHECK(json.find("{\"page\": null, \"kind\": \"font\", \"severity\": \"info\", \"message\": "
                  "\"font 'NotoSans-Regular' is embedded\", \"file\": \"fonts/N.ttf\", \"line\": "
                  "null, \"column\": null}") != std::string::npos);
  CHECK(json.find("{\"page\": 1, \"kind\": \"missing-glyph\", \"severity\": \"warning\", "
                  "\"message\": \"the font 'N' has no glyph for U+4E2D '中'\", \"file\": "
                  "\"talk.yaml\", \"line\": 6, \"column\": 18}") != std::string::npos);
  CHECK(json.find("\"message\": \"text in the \\\"sRGB\\\" colour #1f4e79\", \"file\": null") !=
        std::string::npos);
  CHECK(json.find("\"totals\": {\"errors\": 0, \"warnings\": 2, \"info\": 1}") !=
        std::string::npos);
  CHECK(json.find("\"warnings\": [\n        {\"file\": \"talk.yaml\", \"line\": 6") !=
        std::string::npos);
  CHECK(json.find("\"totals\": {\"documents\": 1, \"failed\": 0, \"errors\": 0, \"warnings\": 2, "
                  "\"info\": 1}\n}\n") != std::string::npos);
}

}  // namespace handout
