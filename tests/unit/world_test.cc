#include "app/world.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "bind/resource_loading.h"
#include "core/read_root.h"
#include "resource_test_support.h"
#include "write_test_support.h"

using namespace handout;

namespace {

const std::string kImages = HANDOUT_SOURCE_DIR "/tests/fixtures/images";

// The figure's image and the caption style's face once `world` has loaded them.
struct Loaded {
  std::shared_ptr<const RasterImage> image;
  std::shared_ptr<const FontFace> face;
};

Loaded load_in(World& world, const std::string& image_path) {
  DocTree document = resource_test::one_figure(image_path, image_path);
  Diagnostics diagnostics;
  const DocumentImages images =
      load_resources(document, ReadRoot(), world.resources(), diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  const FigureBlock& figure = std::get<FigureBlock>(document.blocks[0]);
  return {images.figure(image_path), figure.caption_style->face};
}

std::string one_page_pdf(const Clock& clock) {
  LaidOutDocument document;
  document.pages.push_back(write_test::a4_page());
  Diagnostics diagnostics;
  std::optional<std::string> bytes = write_pdf(document, diagnostics, {1, nullptr, clock});
  REQUIRE(bytes);
  return *bytes;
}

}  // namespace

TEST_CASE("world: one world reads a face or figure once; another world reads its own") {
  World first{Clock{}};
  World second{Clock{}};
  const Loaded once = load_in(first, kImages + "/rgb.png");
  const Loaded again = load_in(first, kImages + "/rgb.png");
  const Loaded elsewhere = load_in(second, kImages + "/rgb.png");
  REQUIRE(once.image);
  REQUIRE(once.face);
  CHECK(again.image == once.image);
  CHECK(again.face == once.face);
  CHECK(elsewhere.image != once.image);
  CHECK(elsewhere.face != once.face);
}

TEST_CASE("world: a figure edited since it was read is read again; a failure is not kept") {
  const std::string folder =
      std::filesystem::temp_directory_path() / ("handout-world-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const std::string path = folder + "/figure.png";
  World world{Clock{}};
  std::filesystem::copy_file(kImages + "/rgb.png", path,
                             std::filesystem::copy_options::overwrite_existing);
  const Loaded before = load_in(world, path);
  std::filesystem::copy_file(kImages + "/grey.png", path,
                             std::filesystem::copy_options::overwrite_existing);
  const Loaded after = load_in(world, path);
  CHECK(after.image != before.image);

  std::ofstream(path, std::ios::trunc) << "not an image";
  DocTree broken = resource_test::one_figure(path, path);
  Diagnostics diagnostics;
  const DocumentImages none = load_resources(broken, ReadRoot(), world.resources(), diagnostics);
  CHECK(diagnostics.has_errors());
  CHECK_THROWS_AS(none.figure(path), std::logic_error);
  std::filesystem::copy_file(kImages + "/rgb.png", path,
                             std::filesystem::copy_options::overwrite_existing);
  CHECK(load_in(world, path).image != nullptr);
  std::filesystem::remove_all(folder);
}

TEST_CASE("world: each world has its own hyphenation dictionaries, each loaded once") {
  World first{Clock{}};
  World second{Clock{}};
  CHECK_FALSE(first.hyphenation().looked_up("en-US"));
  const HyphenationDictionary* dictionary = first.hyphenation().for_language("en-US");
  REQUIRE(dictionary != nullptr);
  CHECK(first.hyphenation().looked_up("en-US"));
  CHECK(first.hyphenation().for_language("en-US") == dictionary);
  CHECK_FALSE(second.hyphenation().looked_up("en-US"));
  CHECK(second.hyphenation().for_language("en-US") != dictionary);
}

TEST_CASE("world: the document date comes from the clock handed in, not the environment") {
  const char* before = std::getenv("SOURCE_DATE_EPOCH");
  const std::string saved = before ? before : "";
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  const std::string fixed = one_page_pdf(Clock{"951782400"});
  const std::string unset = one_page_pdf(Clock{});
  CHECK(Clock::from_environment().source_date_epoch == "1700000000");
  if (before) {
    ::setenv("SOURCE_DATE_EPOCH", saved.c_str(), 1);
  } else {
    ::unsetenv("SOURCE_DATE_EPOCH");
  }
  CHECK(fixed.find("D:20000229000000") != std::string::npos);
  CHECK(fixed.find("D:2023") == std::string::npos);
  CHECK(unset.find("/CreationDate") == std::string::npos);
}

TEST_CASE("world: a document's images are found by the keys of its tree, and only those") {
  DocumentImages images;
  auto figure = std::make_shared<RasterImage>();
  auto code = std::make_shared<RasterImage>();
  images.add_figure("/data/chart.png", figure);
  images.add_qr_code("https://example.org", code);
  CHECK(images.figure("/data/chart.png") == figure);
  CHECK(images.qr_code("https://example.org") == code);
  CHECK_THROWS_WITH_AS(images.figure("https://example.org"),
                       "layout got the figure 'https://example.org' without its image loaded",
                       std::logic_error);
  CHECK_THROWS_AS(images.qr_code("/data/chart.png"), std::logic_error);
}
