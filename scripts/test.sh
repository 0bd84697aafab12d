#!/usr/bin/env bash
# Installs, builds and runs the whole test suite: the tests (ctest), the
# readers' fuzz targets for a fixed time each (scripts/fuzz.sh), then the
# tests of the readers, the recording pass and the run again, built under
# AddressSanitizer and UndefinedBehaviorSanitizer (scripts/sanitize.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
# Every reader under libFuzzer, for a fixed time each (TOBII_FUZZ_SECONDS).
bash scripts/fuzz.sh
# Memory errors, undefined behaviour and leaks (a build of its own).
bash scripts/sanitize.sh address
