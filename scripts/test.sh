#!/usr/bin/env bash
# Builds handout (see setup.sh) and runs every test registered with CTest; exits with its status.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh
exec ctest --test-dir build --output-on-failure -j2
