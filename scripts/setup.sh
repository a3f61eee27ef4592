#!/usr/bin/env bash
# Installs the Debian packages that the build and the tests need (only those missing), then
# configures and builds handout in build/. Safe to run again: it then only rebuilds what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly packages=(
  cmake ninja-build g++ pkg-config
  libhpdf-dev libyaml-cpp-dev libstb-dev doctest-dev libharfbuzz-dev
  # line breaking: ICU's UAX #14 line break iterator (the reference implementation, current
  # Unicode rules, any code point; it replaced libunibreak 1.1, which aborted on flag emoji)
  libicu-dev
  libhyphen-dev hyphen-en-us hyphen-en-gb  # hyphenation
  libdeflate-dev  # the writer deflates page content itself, faster than libharu's zlib
  libmimalloc-dev  # the binary's allocator: faster than glibc's for many small allocations
  libqrencode-dev  # QR codes
  poppler-utils qpdf python3  # the end-to-end tests read the PDFs back with these
  time  # GNU time: the memory tests measure each run's peak RSS with /usr/bin/time
  zbar-tools  # the QR code tests decode the rendered codes
  # clang with its sanitizer and libFuzzer runtimes (Debian 12's clang 14): the sanitized tests
  # and the fuzz targets (scripts/test-sanitized.sh, scripts/fuzz.sh)
  clang libclang-rt-14-dev
)

missing_packages() {
  local package status
  for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
      echo "$package"
    fi
  done
}

as_root() {
  if ((EUID == 0)); then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "setup: not root and no sudo; install these as root: $*" >&2
    exit 1
  fi
}

install_missing_packages() {
  if ! command -v dpkg-query >/dev/null; then
    echo "setup: dpkg-query not found; this script installs packages on Debian or Ubuntu only" >&2
    exit 1
  fi
  local missing
  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} needed packages are installed (${packages[*]})"
    return
  fi
  echo "setup: installing the missing packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "${missing[@]}"
}

install_missing_packages
echo "setup: configuring and building in build/"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build
