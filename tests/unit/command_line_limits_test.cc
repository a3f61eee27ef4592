#include <doctest/doctest.h>

#include "app/command_line.h"
#include "app/limit_options.h"

using namespace handout;

namespace {

// The first message of a command line that must fail, which must be bad usage.
std::string usage_message(std::vector<std::string> arguments) {
  Diagnostics diagnostics;
  CHECK_FALSE(parse_command_line(arguments, diagnostics).has_value());
  REQUIRE(diagnostics.has_errors());
  CHECK(diagnostics.worst_failure() == FailureKind::bad_usage);
  return diagnostics.all()[0].message;
}

}  // namespace

TEST_CASE("cli limits: every limit has its default without options") {
  Diagnostics diagnostics;
  auto job = parse_command_line({"render", "x.yaml"}, diagnostics);
  REQUIRE(job);
  CHECK(job->document.limits == ResourceLimits{});
  CHECK(job->document.limits.max_pages == 1'000);
  CHECK(job->document.limits.max_image_pixels == 50'000'000);
  CHECK(job->document.limits.max_image_bytes == 100 * kMebibyte);
  CHECK(job->document.limits.max_input_bytes == 4 * kMebibyte);
  CHECK(job->document.limits.max_yaml_depth == 64);
  CHECK(job->document.limits.max_yaml_values == 250'000);
  CHECK(job->document.limits.max_blocks == 50'000);
  CHECK(job->document.limits.max_text_bytes == 4 * kMebibyte);
  CHECK(job->document.limits.max_paragraph_bytes == 64 * kKibibyte);
  CHECK(job->document.limits.max_image_memory == 256 * kMebibyte);
}

TEST_CASE("cli limits: render, check, build and watch take every limit, in either form") {
  for (const char* command : {"render", "check", "build", "watch"}) {
    CAPTURE(command);
    Diagnostics diagnostics;
    auto job = parse_command_line(
        {command, "x.yaml", "--max-pages", "20", "--max-megapixels=2.5", "--max-image-size", "1M",
         "--max-input-size=512k", "--max-yaml-depth", "10", "--max-yaml-values=5000",
         "--max-blocks", "300", "--max-text-size", "2M", "--max-paragraph-size", "16K",
         "--max-image-memory=1G"},
        diagnostics);
    REQUIRE(job);
    CHECK(job->document.limits.max_pages == 20);
    CHECK(job->document.limits.max_image_pixels == 2'500'000);
    CHECK(job->document.limits.max_image_bytes == kMebibyte);
    CHECK(job->document.limits.max_input_bytes == 512 * kKibibyte);
    CHECK(job->document.limits.max_yaml_depth == 10);
    CHECK(job->document.limits.max_yaml_values == 5000);
    CHECK(job->document.limits.max_blocks == 300);
    CHECK(job->document.limits.max_text_bytes == 2 * kMebibyte);
    CHECK(job->document.limits.max_paragraph_bytes == 16 * kKibibyte);
    CHECK(job->document.limits.max_image_memory == 1024 * kMebibyte);
  }
}

TEST_CASE("cli limits: a value out of range is bad usage that says what the option takes") {
  CHECK(usage_message({"render", "x.yaml", "--max-pages", "0"}) ==
        "--max-pages takes a number of pages, not '0'");
  CHECK(usage_message({"render", "x.yaml", "--max-yaml-depth=401"}) ==
        "--max-yaml-depth takes a nesting depth, not '401'");
  CHECK(usage_message({"render", "x.yaml", "--max-megapixels", "nan"}) ==
        "--max-megapixels takes a number of megapixels, not 'nan'");
  CHECK(usage_message({"render", "x.yaml", "--max-input-size", "16 MB"}) ==
        "--max-input-size takes a file size, not '16 MB'");
  CHECK(usage_message({"render", "x.yaml", "--max-pages"}) == "option '--max-pages' needs a value");
  CHECK(usage_message({"render", "x.yaml", "--max-page", "3"}) == "unknown option '--max-page'");
  CHECK(usage_message({"templates", "--max-pages", "3"}) ==
        "'handout templates' takes no --max-... options: they limit what render, check, build "
        "and watch read and make");
}

TEST_CASE("cli limits: sizes are bytes or a number with K, M or G") {
  CHECK(parse_byte_size("1000") == 1000);
  CHECK(parse_byte_size("16M") == 16 * kMebibyte);
  CHECK(parse_byte_size("16MiB") == 16 * kMebibyte);
  CHECK(parse_byte_size("2g") == 2048 * kMebibyte);
  CHECK(parse_byte_size("512KiB") == 512 * kKibibyte);
  CHECK(parse_byte_size("1024G") == 1024 * 1024 * kMebibyte);
  CHECK_FALSE(parse_byte_size("1025G"));  // more than a tebibyte
  CHECK_FALSE(parse_byte_size("0"));
  CHECK_FALSE(parse_byte_size("M"));
  CHECK_FALSE(parse_byte_size("1.5M"));
  CHECK_FALSE(parse_byte_size("10MB"));
  CHECK_FALSE(parse_byte_size("99999999999999999999999"));
}

TEST_CASE("cli limits: sizes in messages use the units the options take") {
  CHECK(size_in_words(300) == "300 bytes");
  CHECK(size_in_words(1) == "1 byte");
  CHECK(size_in_words(16 * kMebibyte) == "16 MiB");
  CHECK(size_in_words(1536) == "1.5 KiB");
  CHECK(size_in_words(200 * 1024 * kMebibyte) == "200 GiB");
}

TEST_CASE("cli limits: --max-font-size takes a size up to what HarfBuzz reads") {
  Diagnostics diagnostics;
  auto job = parse_command_line({"render", "x.yaml", "--max-font-size", "2047M"}, diagnostics);
  REQUIRE(job);
  CHECK(job->document.limits.max_font_bytes == 2047 * kMebibyte);
  CHECK(ResourceLimits{}.max_font_bytes == 64 * kMebibyte);
  CHECK(usage_message({"render", "x.yaml", "--max-font-size=2G"}) ==
        "--max-font-size takes a file size, not '2G'");
}
