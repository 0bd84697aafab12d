#!/usr/bin/env bash
# Installs what is missing and builds into build/ (Release). Warnings are
# errors, as in CI, so that demo.sh and test.sh share one build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DTOBII_WERROR=ON ${TOBII_CMAKE_ARGS:-} >/dev/null
cmake --build build -j "$(nproc)"
