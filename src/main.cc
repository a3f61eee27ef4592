// The handout command: everything but argv lives in the handout_app library. A crash in one
// document is contained to it (app/crash_containment.h).
#include <string>
#include <vector>

#include "app/cli.h"

#ifdef HANDOUT_MIMALLOC
#include <mimalloc.h>
#endif

int main(int argc, char** argv) {
#ifdef HANDOUT_MIMALLOC
  // mimalloc 2.0 hands freed pages back to the system 25 ms after they are freed: a long
  // document's layout frees them while the writer grows, and the peak RSS held both (2,400
  // items: 70 MiB). After 10 ms it is 58 MiB at the same speed (0 ms costs 10 of the run's 135).
  mi_option_set(mi_option_decommit_delay, 10);
#endif
  return handout::run_cli_containing_crashes(std::vector<std::string>(argv + 1, argv + argc));
}
