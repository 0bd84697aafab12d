#!/usr/bin/env bash
# Installs, builds and runs the whole test suite: the tests (ctest), then
# the readers' fuzz targets for a fixed time each (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
# Every reader under libFuzzer, for a fixed time each (TOBII_FUZZ_SECONDS).
bash scripts/fuzz.sh
