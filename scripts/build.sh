#!/usr/bin/env bash
# Installs what is missing and builds into build/ (Release).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release ${TOBII_CMAKE_ARGS:-} >/dev/null
cmake --build build -j "$(nproc)"
