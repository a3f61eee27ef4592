#include <doctest/doctest.h>

#include <filesystem>

#include "bind/resource_loading.h"
#include "core/read_root.h"
#include "resource_test_support.h"

using namespace handout;

using resource_test::one_figure;

TEST_CASE("resources: a figure outside the root is refused at its position and not loaded") {
  const std::string images = HANDOUT_SOURCE_DIR "/tests/fixtures/images";
  const std::string root_folder = HANDOUT_SOURCE_DIR "/tests/fixtures/partials";
  DocTree document = one_figure(images + "/rgb.png", "../images/rgb.png");
  Diagnostics diagnostics;
  ResourceCaches caches;
  const DocumentImages refused =
      load_resources(document, ReadRoot(root_folder), caches, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& refusal = diagnostics.all()[0];
  CHECK(refusal.where.line == 4);
  CHECK(refusal.message == "figure '../images/rgb.png' is outside the root folder " +
                               std::filesystem::canonical(root_folder).string());
  CHECK_THROWS_AS(refused.figure(images + "/rgb.png"), std::logic_error);

  Diagnostics inside;
  const DocumentImages loaded = load_resources(document, ReadRoot(images), caches, inside);
  CHECK_FALSE(inside.has_errors());
  CHECK(loaded.figure(images + "/rgb.png") != nullptr);
}
