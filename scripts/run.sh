#!/usr/bin/env bash
# Builds handout (see setup.sh) and renders the example handout to output/rust-is-used-for.pdf.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh
mkdir -p output
build/handout render data/rust-is-used-for.yaml -o output/rust-is-used-for.pdf --quiet
echo "$(pwd)/output/rust-is-used-for.pdf"
