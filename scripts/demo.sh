#!/usr/bin/env bash
# Installs, builds, generates a small demo study and analyses it.
# Usage: bash scripts/demo.sh [OUT]   (default OUT: ./tobii-demo)
set -euo pipefail
out="${1:-$PWD/tobii-demo}"
cd "$(dirname "$0")/.."
bash scripts/build.sh
./build/tobii-pipeline demo --out "$out"
