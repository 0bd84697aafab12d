#!/usr/bin/env bash
# Installs the Debian packages tobii-pipeline builds with, skipping those that
# are already there; with --tests also those only the test suite needs.
# Idempotent; needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libcli11-dev       # command line
  libfmt-dev         # formatting
  libfast-float-dev  # number parsing, decimal comma included
  nlohmann-json3-dev # run.json, truth.json
  libsimdjson-dev    # Pro Glasses gaze data (JSON lines)
  libtbb-dev         # the worker pool
  zlib1g-dev         # .boris.gz projects
  libxxhash-dev      # the result cache: a fast hash of each recording
  libtomlplusplus-dev # the study config (study.toml)
  libboost-math-dev  # group statistics: t and normal distributions (header-only)
  libcairo2-dev      # figures: drawing; SVG and PDF output
  libpng-dev         # figures: PNG output (src/figures/png_encoder.h)
  libpango1.0-dev    # figures: text layout
  fonts-dejavu-core  # figures: the one font (DejaVu Sans)
  libgtest-dev       # tests
)
# Only for the tests: the fuzz targets (scripts/fuzz.sh) are built with
# clang and its libFuzzer runtime.
test_packages=(
  clang              # the fuzz targets' compiler
  libclang-rt-14-dev # libFuzzer and the sanitizers' runtimes
  python3-pandas     # observations.csv read as a researcher would (tests/e2e/observations_test.cpp)
  python3-scipy      # the run's statistics recomputed by SciPy (tests/e2e/scipy_agreement_test.cpp)
  r-base-core        # ... and by R
)
# Only for the tests: renders report.html headless
# (tests/e2e/report_in_browser_test.cpp). Installed apart and best-effort,
# so that a machine that cannot install it still runs the suite; that one
# test then says it was skipped and why.
browser_tests=false
[ "${1:-}" = "--tests" ] && browser_tests=true && packages+=("${test_packages[@]}")

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done
$browser_tests && ! installed chromium && want_browser=true || want_browser=false
[ ${#missing[@]} -eq 0 ] && ! $want_browser && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq || echo "setup: apt-get update failed; installing from the lists there are" >&2
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if $want_browser; then
  echo "setup: installing chromium (for the test that renders report.html)" >&2
  $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null ||
    echo "setup: chromium could not be installed: the browser test will be skipped" >&2
fi
