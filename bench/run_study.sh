#!/usr/bin/env bash
# Throughput and memory of `tobii-pipeline run` on generated studies.
#
# Prints, for a base study and for one with 10x the recordings and one with
# 10x longer recordings: export size, time of `wc -l` over the same files,
# run time, throughput, and peak resident memory from run.json. DESIGN.md's
# targets: >= 2 GB/s on 2 cores, within 2x of `wc -l`, and peak memory
# within 10 % across the three studies. First it times the generator on
# the 10x study (issue 2: a 1 GB study in well under a minute).
#
# Usage: bash bench/run_study.sh [RECORDINGS MINUTES HZ]   (default 4 2 300)
# TOBII_EXE=path/to/tobii-pipeline measures that build instead of building
# into build/ (to compare two builds on one machine).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -n ${TOBII_EXE:-} ]]; then
  exe=$(realpath "$TOBII_EXE")
else
  bash scripts/build.sh >/dev/null
  exe=$PWD/build/tobii-pipeline
fi
recordings=${1:-4}
minutes=${2:-2}
hz=${3:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median_of_3() { sort -n | sed -n 2p; }

measure() {
  local name=$1 n=$2 m=$3
  local study=$work/$name
  "$exe" generate --out "$study" --recordings "$n" --minutes "$m" --hz "$hz" --seed 1 --no-boris >/dev/null
  local bytes
  bytes=$(find "$study" -name '*.tsv' -path '*data_*' -printf '%s\n' | awk '{s+=$1} END {print s}')
  local wc_s run_s
  wc_s=$(for _ in 1 2 3; do
    /usr/bin/time -f %e sh -c "find '$study' -name '*.tsv' -path '*data_*' -print0 | xargs -0 -P 2 -n 1 wc -l >/dev/null" 2>&1 | tail -1
  done | median_of_3)
  run_s=$(for _ in 1 2 3; do
    "$exe" run "$study" --out "$work/out-$name" >/dev/null 2>&1
    python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['timings_s']['total'])" "$work/out-$name/run.json"
  done | median_of_3)
  # The whole run, and its passes over the recordings alone (the streaming
  # part DESIGN.md's numbers are about; tables and figures come after).
  local peak pass_s pass_peak
  read -r peak pass_s pass_peak < <(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); \
print(r['peak_resident_mib']['total'], r['timings_s']['analyse'], r['peak_resident_mib']['after_analyse'])" \
    "$work/out-$name/run.json")
  awk -v name="$name" -v n="$n" -v m="$m" -v b="$bytes" -v w="$wc_s" -v r="$run_s" -v p="$peak" -v a="$pass_s" \
    -v q="$pass_peak" 'BEGIN {
    printf "%-12s %5d rec x %5.1f min  %8.1f MB  wc -l %6.2f s  run %6.2f s  %6.2f GB/s  %5.2fx wc  peak %6.1f MiB", \
      name, n, m, b / 1e6, w, r, b / 1e9 / r, r / w, p
    printf "  | passes %6.2f s  %6.2f GB/s  peak %6.1f MiB\n", a, b / 1e9 / a, q }'
  rm -rf "$study" "$work/out-$name"
}

echo "tobii-pipeline generate: $(nproc) cores"
gen_start=$(date +%s.%N)
"$exe" generate --out "$work/gen" --recordings $((recordings * 10)) --minutes "$minutes" --hz "$hz" --seed 2 --no-boris >/dev/null
gen_s=$(awk -v a="$gen_start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
gen_bytes=$(du -sb "$work/gen" | cut -f1)
awk -v b="$gen_bytes" -v s="$gen_s" 'BEGIN {printf "generated %.1f MB in %.2f s: %.0f MB/s\n", b / 1e6, s, b / 1e6 / s}'
rm -rf "$work/gen"

echo "tobii-pipeline run: $(nproc) cores, ${hz} Hz exports"
measure base "$recordings" "$minutes"
measure 10x-count $((recordings * 10)) "$minutes"
measure 10x-length "$recordings" "$(awk -v m="$minutes" 'BEGIN {print m * 10}')"
