// The handout command: everything but argv lives in the handout_app library.
#include <string>
#include <vector>

#include "app/cli.h"

int main(int argc, char** argv) {
  return handout::run_cli(std::vector<std::string>(argv + 1, argv + argc));
}
