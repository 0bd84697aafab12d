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
  libtbb-dev         # the worker pool
  zlib1g-dev         # .boris.gz projects
  libtomlplusplus-dev # the study config (study.toml)
  libboost-math-dev  # group statistics: t and normal distributions (header-only)
  libcairo2-dev      # figures: drawing; PNG, SVG and PDF output
  libpango1.0-dev    # figures: text layout
  fonts-dejavu-core  # figures: the one font (DejaVu Sans)
  libgtest-dev       # tests
)
if [ "${1:-}" = "--tests" ]; then
  packages+=(chromium)  # renders report.html headless (tests/e2e/report_in_browser_test.cpp)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
