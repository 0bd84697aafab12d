#!/usr/bin/env bash
# Builds the readers' libFuzzer targets with clang (into build-fuzz/, under
# AddressSanitizer and UndefinedBehaviorSanitizer) and runs each for a fixed
# time from a seed corpus: the real files in ../shared/data/real where that
# folder is present, a small generated study of every format (with
# build/tobii-pipeline, when built) and the saved crash inputs. Fails when
# any input makes a target crash, hang or allocate past its limit; the input
# is then in build-fuzz/crashes/: save it under tests/fuzz/regressions/TARGET/
# once fixed, and the suite replays it for ever.
# Mutations follow a fixed seed (TOBII_FUZZ_SEED, default 1): the suite
# then tries the same inputs on every machine, a faster one a few more, and
# a crash it meets is met again. TOBII_FUZZ_SEED=0 draws a new seed each
# time, for a longer hunt by hand.
# Usage: bash scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 20, or $TOBII_FUZZ_SECONDS)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-${TOBII_FUZZ_SECONDS:-20}}"
fuzz_seed="${TOBII_FUZZ_SEED:-1}"
# An input may use at most this much memory, in one allocation or in all.
rss_limit_mb=2048
malloc_limit_mb=1024
# Seconds one input may take.
timeout_s=10

cmake -S . -B build-fuzz -DTOBII_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  ${TOBII_CMAKE_ARGS:-} >/dev/null
cmake --build build-fuzz -j "$(nproc)"

real=../shared/data/real
corpus=build-fuzz/corpus
crashes=build-fuzz/crashes
rm -rf "$corpus" "$crashes" build-fuzz/generated
mkdir -p "$crashes"
if [ -x build/tobii-pipeline ]; then
  build/tobii-pipeline generate --out build-fuzz/generated --recordings 5 --minutes 0.02 --formats all >/dev/null
fi

# seed TARGET FILE...: the first 64 KiB of each file that exists.
seed() {
  local target="$1"; shift
  mkdir -p "$corpus/$target"
  local f
  for f in "$@"; do
    [ -f "$f" ] && head -c 65536 "$f" > "$corpus/$target/$(echo "$f" | tr '/ ' '__')"
  done
  if [ -d "tests/fuzz/regressions/$target" ]; then cp tests/fuzz/regressions/"$target"/* "$corpus/$target/" 2>/dev/null || true; fi
}
shopt -s nullglob globstar
gen=build-fuzz/generated
seed pro_lab "$real"/cemGr-ivt-reconstruction/*.tsv "$gen"/data_G/P001_G.tsv
seed studio "$real"/d2lab-tobii-studio/*.tsv "$real"/fhp-tobii-studio-legacy/* "$real"/emdat-tobii-studio2/*.tsv \
  "$gen"/data_G/P002_L.tsv "$gen"/data_L/P001_L.tsv
seed glasses3 "$real"/kallawalla-glasses3/*.tsv "$gen"/**/gazedata.gz
seed glasses2 "$real"/glassesviewer-glasses2/livedata.json.gz "$gen"/**/livedata.json.gz
seed pro_sdk "$real"/emdat-tobii-prosdk/*.csv "$gen"/**/*.csv
seed boris_export "$real"/boris/**/*.tsv "$real"/boris/**/*.csv "$gen"/boris/*.tsv "$gen"/boris/*.csv
seed boris_project "$real"/boris/**/*.boris "$gen"/boris/*.boris
seed delimited_text "$gen"/participants.tsv "$gen"/sync.csv "$real"/boris/**/*.csv
seed number_parser "$real"/cemGr-ivt-reconstruction/*.tsv "$real"/d2lab-tobii-studio/*.tsv
seed aoi_file fuzz/seeds/aoi_file/* "$gen"/aois.toml
seed sniff "$real"/**/* "$gen"/**/*
seed text_source "$real"/glassesviewer-glasses2/livedata.json.gz "$gen"/**/*.gz "$real"/d2lab-tobii-studio/*.tsv

targets=(sniff text_source pro_lab studio glasses3 glasses2 pro_sdk boris_export boris_project delimited_text
         number_parser aoi_file)
echo "fuzz: ${#targets[@]} targets, ${seconds} s each, $(nproc) at a time, seed $fuzz_seed" >&2
run_one() {
  local target="$1"
  if build-fuzz/fuzz/fuzz_"$target" -max_total_time="$seconds" -seed="$fuzz_seed" -rss_limit_mb="$rss_limit_mb" \
      -malloc_limit_mb="$malloc_limit_mb" -timeout="$timeout_s" -max_len=262144 -print_final_stats=1 \
      -artifact_prefix="$crashes/$target-" "$corpus/$target" >"build-fuzz/$target.log" 2>&1; then
    echo "fuzz: $target: $(grep -m1 'stat::number_of_executed_units' "build-fuzz/$target.log" | awk '{print $2}') inputs, no crash" >&2
  else
    echo "fuzz: $target FAILED: see build-fuzz/$target.log; the input is in $crashes/" >&2
    tail -40 "build-fuzz/$target.log" >&2
    return 1
  fi
}
export -f run_one
export seconds fuzz_seed rss_limit_mb malloc_limit_mb timeout_s corpus crashes
printf '%s\n' "${targets[@]}" | xargs -P "$(nproc)" -I{} bash -c 'run_one {}'
