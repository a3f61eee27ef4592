#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app_test_support.h"
#include "core/read_root.h"

using namespace handout;
namespace fs = std::filesystem;

namespace {

// root/inside.png, root/figures/, a folder outside/ beside it with secret.txt, and links.
struct Tree {
  fs::path base = fresh_folder("handout-read-root-test");
  fs::path root = base / "root";
  fs::path outside = base / "outside";

  Tree() {
    fs::create_directories(root / "figures");
    fs::create_directories(outside);
    std::ofstream(root / "inside.png") << "x";
    std::ofstream(outside / "secret.txt") << "x";
  }
  ~Tree() { fs::remove_all(base); }

  std::string at(const fs::path& relative) const { return (root / relative).string(); }
};

}  // namespace

TEST_CASE("read root: files under the root are inside, `..` that leaves it is not") {
  Tree tree;
  ReadRoot root(tree.root.string());
  CHECK(root.contains(tree.at("inside.png")));
  CHECK(root.contains(tree.at("figures/../inside.png")));
  CHECK(root.contains(tree.at("figures/missing.png")));  // missing: reported when read
  CHECK_FALSE(root.contains(tree.at("../outside/secret.txt")));
  CHECK_FALSE(root.contains(tree.at("figures/../../outside/secret.txt")));
  CHECK_FALSE(root.contains(tree.at("../outside/missing.txt")));  // no hint whether it exists
}

TEST_CASE("read root: absolute paths are judged like any other") {
  Tree tree;
  ReadRoot root(tree.root.string());
  CHECK_FALSE(root.contains("/etc/passwd"));
  CHECK(root.contains(fs::absolute(tree.root / "inside.png").string()));
  CHECK(ReadRoot("/").contains("/etc/passwd"));
}

TEST_CASE("read root: components are compared, not text (/a/bc is not under /a/b)") {
  Tree tree;
  fs::create_directories(tree.base / "rootbc");
  ReadRoot root(tree.root.string());
  CHECK_FALSE(root.contains((tree.base / "rootbc").string()));
  CHECK_FALSE(root.contains((tree.base / "root-other" / "x").string()));
  CHECK(is_within("/a/b/c", "/a/b"));
  CHECK(is_within("/a/b", "/a/b"));
  CHECK_FALSE(is_within("/a/bc", "/a/b"));
  CHECK_FALSE(is_within("/a", "/a/b"));
}

TEST_CASE("read root: a link inside that leads outside is refused, one to the inside is not") {
  Tree tree;
  fs::create_symlink(tree.outside / "secret.txt", tree.root / "link.png");
  fs::create_directory_symlink(tree.outside, tree.root / "figures" / "shared");
  fs::create_symlink("../inside.png", tree.root / "figures" / "alias.png");
  ReadRoot root(tree.root.string());
  CHECK_FALSE(root.contains(tree.at("link.png")));
  CHECK_FALSE(root.contains(tree.at("figures/shared/secret.txt")));
  CHECK_FALSE(root.contains(tree.at("figures/shared/missing.txt")));
  CHECK(root.contains(tree.at("figures/alias.png")));
}

TEST_CASE("read root: a link outside that leads inside is inside") {
  Tree tree;
  fs::create_directory_symlink(tree.root, tree.outside / "to-root");
  ReadRoot root(tree.root.string());
  CHECK(root.contains((tree.outside / "to-root" / "inside.png").string()));
  // A root reached through a link is the folder it leads to.
  ReadRoot through_link((tree.outside / "to-root").string());
  CHECK(through_link.folder() == fs::canonical(tree.root).string());
  CHECK(through_link.contains(tree.at("inside.png")));
}

TEST_CASE("read root: further folders are allowed, the root is the one named") {
  Tree tree;
  ReadRoot root(tree.root.string());
  root.also_allow(tree.outside.string());
  CHECK(root.contains((tree.outside / "secret.txt").string()));
  CHECK(root.folder() == fs::canonical(tree.root).string());
  CHECK(root.key() != ReadRoot(tree.root.string()).key());
}

TEST_CASE("read root: the refusal names the subject, the root and where a link leads") {
  Tree tree;
  fs::create_symlink(tree.outside / "secret.txt", tree.root / "link.png");
  ReadRoot root(tree.root.string());
  const std::string canonical_root = fs::canonical(tree.root).string();
  CHECK_FALSE(root.refusal("figure 'inside.png'", tree.at("inside.png")).has_value());
  CHECK(root.refusal("figure '../outside/secret.txt'", tree.at("../outside/secret.txt")) ==
        "figure '../outside/secret.txt' is outside the root folder " + canonical_root);
  CHECK(root.refusal("figure 'link.png'", tree.at("link.png")) ==
        "figure 'link.png' is outside the root folder " + canonical_root +
            ": a symbolic link leads to " + fs::canonical(tree.outside / "secret.txt").string());
}

TEST_CASE("read root: without a folder nothing is confined") {
  ReadRoot anywhere;
  CHECK_FALSE(anywhere.confines());
  CHECK(anywhere.contains("/etc/passwd"));
  CHECK_FALSE(anywhere.refusal("figure", "/etc/passwd").has_value());
}
