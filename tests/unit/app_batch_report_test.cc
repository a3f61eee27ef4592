#include <doctest/doctest.h>

#include "app/batch_progress.h"
#include "app/batch_report.h"

using namespace handout;

TEST_CASE("batch report: JSON strings escape quotes, backslashes and control characters") {
  CHECK(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(json_string(std::string("x\n\t\x01\x1f\x7f", 6)) == "\"x\\n\\t\\u0001\\u001f\\u007f\"");
  CHECK(json_string("caf\xc3\xa9") == "\"caf\xc3\xa9\"");
  CHECK(json_string("bad\xff") == "\"bad\xef\xbf\xbd\"");
  // C1 controls and bidirectional overrides are escaped too: the same text to a JSON reader, and
  // nothing that acts on a terminal when the file is printed.
  CHECK(json_string("csi\u009b1m \u202eabc\u2069") == "\"csi\\u009b1m \\u202eabc\\u2069\"");
}

TEST_CASE("batch report: documents in input order, diagnostics with positions, totals, shard") {
  std::vector<BatchDocument> documents(2);
  documents[0].data_path = "a.yaml";
  documents[1].data_path = "b.yaml";
  std::vector<BatchResult> results(2);
  results[0].status = BatchResult::Status::ok;
  results[0].summary.output_path = "out/a.pdf";
  results[0].summary.page_count = 2;
  results[0].summary.byte_count = 100;
  results[0].summary.input_files = {"a.yaml", "t.yaml"};
  results[0].diagnostics.warning({"a.yaml", 3, 4}, "careful", {"a hint"});
  results[1].status = BatchResult::Status::failed;
  results[1].diagnostics.error({"b.yaml", 1, 2}, "broken \"quote\"");
  std::string json = batch_report_json(documents, results, Shard{1, 2, "--shard"}, 12.5);
  CHECK(json.find("\"source\": \"a.yaml\"") < json.find("\"source\": \"b.yaml\""));
  CHECK(json.find("\"inputs\": [\"a.yaml\", \"t.yaml\"]") != std::string::npos);
  CHECK(json.find("{\"file\": \"a.yaml\", \"line\": 3, \"column\": 4, \"message\": \"careful\", "
                  "\"hints\": [\"a hint\"]}") != std::string::npos);
  CHECK(json.find("\"message\": \"broken \\\"quote\\\"\"") != std::string::npos);
  CHECK(json.find("\"output\": null") != std::string::npos);
  CHECK(json.find("\"totals\": {\"documents\": 2, \"ok\": 1, \"failed\": 1, \"skipped\": 0, "
                  "\"pages\": 2, \"bytes\": 100, \"milliseconds\": 12.500}") != std::string::npos);
  CHECK(json.find("\"shard\": {\"index\": 1, \"total\": 2, \"from\": \"--shard\"}") !=
        std::string::npos);
}

TEST_CASE("batch progress: a bar only on a terminal, colour only without NO_COLOR") {
  ProgressStyle terminal = choose_progress_style(false, false, false, true, true, false);
  CHECK(terminal.bar);
  CHECK_FALSE(terminal.per_document);
  CHECK(terminal.colour_error);
  ProgressStyle no_colour = choose_progress_style(false, false, false, true, true, true);
  CHECK_FALSE(no_colour.colour_out);
  CHECK_FALSE(no_colour.colour_error);
  ProgressStyle piped = choose_progress_style(false, false, false, false, false, false);
  CHECK_FALSE(piped.bar);
  CHECK(piped.per_document);
  CHECK_FALSE(piped.colour_out);
  ProgressStyle verbose = choose_progress_style(false, true, false, true, true, false);
  CHECK_FALSE(verbose.bar);
  CHECK(verbose.per_document);
  ProgressStyle quiet = choose_progress_style(true, false, false, true, true, false);
  CHECK_FALSE(quiet.bar);
  CHECK_FALSE(quiet.per_document);
}

TEST_CASE("batch progress: the bar line counts, rates and estimates the time left") {
  CHECK(progress_bar_line(250, 1000, 3, 0.5, 20) ==
        "[#####...............] 250/1000  3 failed  500 docs/s  ETA 2s");
  CHECK(progress_bar_line(0, 10, 0, 0, 4) == "[....] 0/10");
  CHECK(progress_bar_line(10, 10, 0, 2, 4) == "[####] 10/10  5.0 docs/s");
}

TEST_CASE("batch progress: non-terminal output is one line per document and a summary") {
  std::ostringstream out, error;
  ProgressStyle style = choose_progress_style(false, false, false, false, false, false);
  BatchProgressPrinter printer(out, error, 2, style);
  BatchDocument a, b;
  a.data_path = "a.yaml";
  b.data_path = "b.yaml";
  BatchResult ok, failed;
  ok.status = BatchResult::Status::ok;
  ok.summary.output_path = "output/a.pdf";
  ok.summary.page_count = 2;
  ok.milliseconds = 34.2;
  failed.status = BatchResult::Status::failed;
  failed.diagnostics.error({"b.yaml"}, "broken");
  printer.document_done(a, ok);
  printer.document_done(b, failed);
  printer.finish("");
  CHECK(out.str().rfind("ok  output/a.pdf  2 pages  34 ms\nbuilt 1 of 2 documents, 1 failed, in ",
                        0) == 0);
  CHECK(error.str() == "FAIL b.yaml\nb.yaml: error: broken\n");
  CHECK(out.str().find('\033') == std::string::npos);
}
