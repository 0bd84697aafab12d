#!/usr/bin/env bash
# The study benchmark (issue 16): time, CPU and peak memory of
# `tobii-pipeline run` against `wc -l`, a plain pandas script and DuckDB on
# the same exports, then the peak memory of `run` and `figures` as a study
# grows in recordings and in length. Prints two Markdown tables and the
# machine; it reports, it does not fail on time.
#
# Usage: bash bench/study_bench.sh [--quick] [--reps N] [--study DIR] [-- RUN OPTIONS]
#   --study DIR  measure this study instead of generating the seed-scale one
#                (78 recordings x 8 min at 120 Hz, BORIS files for all)
#   --reps N     runs of each measured command; the table shows medians (default 5)
#   --quick      8 recordings x 1 min, 3 reps, memory studies of 100 and
#                1,000 recordings: for trying the bench out
#   -- ...       options handed to every `tobii-pipeline run` (e.g. --no-groups)
# TOBII_EXE=path/to/tobii-pipeline measures that build instead of building
# into build/. TMPDIR chooses where the studies are written (the seed-scale
# one takes 2.4 GB, the 10,000-recording one 0.7 GB; each is removed after).
#
# On a fresh Debian 12 (as root, or with sudo) it installs what is missing:
# the program's build dependencies (scripts/build.sh), Debian's pandas, SciPy,
# Matplotlib and GNU time, Node.js, and npm's @duckdb/node-api into
# bench/.duckdb (gitignored). Without DuckDB its row says why and the rest runs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# The seed-scale study of issue 16, and the memory studies: short recordings
# so that 10,000 of them stay small on disk.
seed_recordings=78 seed_minutes=8 seed_hz=120
memory_minutes=0.05 memory_hz=30 memory_many=10000
reps=5 study=""
run_options=()
while [ $# -gt 0 ]; do
  case $1 in
    --quick) reps=3; seed_recordings=8; seed_minutes=1; memory_many=1000 ;;
    --reps) reps=$2; shift ;;
    --study) study=$(realpath "$2"); shift ;;
    --) shift; run_options=("$@"); break ;;
    -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "study_bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ $reps =~ ^[1-9][0-9]*$ ]] || { echo "study_bench: --reps wants a positive number" >&2; exit 2; }

# --- 1. What is missing -------------------------------------------------------
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
apt_updated=false
apt_install() {
  if ! $apt_updated; then
    $sudo apt-get update -qq || echo "study_bench: apt-get update failed" >&2
    apt_updated=true
  fi
  echo "study_bench: installing $*" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ -n "${TOBII_EXE:-}" ]; then
  exe=$(realpath "$TOBII_EXE")
else
  echo "study_bench: building (scripts/build.sh)" >&2
  bash scripts/build.sh >/dev/null
  exe=$root/build/tobii-pipeline
fi

missing=()
for p in python3-pandas python3-scipy python3-matplotlib time; do
  installed "$p" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
# Debian's pandas is Debian's python3's, whatever python3 comes first on PATH.
python=/usr/bin/python3
gnu_time=/usr/bin/time

duckdb_dir=$root/bench/.duckdb
duckdb_missing=""
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm || duckdb_missing="Node.js and npm could not be installed"
fi
if [ -z "$duckdb_missing" ] && [ ! -d "$duckdb_dir/node_modules/@duckdb/node-api" ]; then
  echo "study_bench: installing @duckdb/node-api into bench/.duckdb" >&2
  mkdir -p "$duckdb_dir"
  npm install --prefix "$duckdb_dir" --no-audit --no-fund --loglevel=error @duckdb/node-api >&2 ||
    duckdb_missing="npm install @duckdb/node-api failed"
fi

# --- Measuring ----------------------------------------------------------------
# Each measured command's lines of "wall cpu peak_kib" go to $work/m/NAME;
# the tables gather in $work/table.md and $work/memory.md.
work=$(mktemp -d "${TMPDIR:-/tmp}/study-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/m"
table=$work/table.md
printf '| what | wall s | CPU s | peak MiB |\n|---|---:|---:|---:|\n' >"$table"

# median [FORMAT]: the median of the numbers on stdin (printf FORMAT, default %.2f).
median() { sort -g | awk -v f="${1:-%.2f}" '{v[NR] = $1} END {if (NR == 0) exit; m = int((NR + 1) / 2);
  printf f "\n", NR % 2 ? v[m] : (v[m] + v[m + 1]) / 2}'; }
column_median() { awk -v c="$2" '{print $c}' "$1" | median; }

# timed NAME COMMAND...: one run under GNU time, its figures appended to m/NAME.
timed() {
  local name=$1
  shift
  if ! "$gnu_time" -f '%e %U %S %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt"; then
    echo "study_bench: $name failed:" >&2
    tail -5 "$work/stderr.txt" >&2
    return 1
  fi
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time.txt" >>"$work/m/$name"
}

# row NAME LABEL: the medians of m/NAME as a table row.
row() {
  local f=$work/m/$1
  printf '| %s | %s | %s | %s |\n' "$2" "$(column_median "$f" 1)" "$(column_median "$f" 2)" \
    "$(awk '{print $3 / 1024}' "$f" | median %.1f)" >>"$table"
}

json_field() { "$python" -c 'import json, sys; r = json.load(open(sys.argv[1]))
for key in sys.argv[2:]: r = r[key]
print(r)' "$@"; }

# --- 2. The study -----------------------------------------------------------

if [ -z "$study" ]; then
  study=$work/study
  echo "study_bench: generating $seed_recordings recordings x $seed_minutes min at $seed_hz Hz" >&2
  timed generate "$exe" generate --out "$study" --recordings "$seed_recordings" \
    --minutes "$seed_minutes" --hz "$seed_hz" --seed 1
fi

# One run first, not timed: it warms the page cache and names the exports
# (file, recording, group) that wc, pandas and DuckDB read.
echo "study_bench: a first run, not timed" >&2
"$exe" run "$study" --out "$work/first" --jobs 2 "${run_options[@]}" >/dev/null 2>"$work/first.log" ||
  { cat "$work/first.log" >&2; echo "study_bench: the first run failed" >&2; exit 1; }
manifest=$work/manifest.tsv
"$python" - "$study" "$work/first/summary.csv" >"$manifest" <<'EOF'
import csv, os, sys
study, summary = sys.argv[1], sys.argv[2]
print("file\trecording\tgroup")
for row in csv.DictReader(open(summary, newline="")):
    path = row["file"] if os.path.isabs(row["file"]) else os.path.join(study, row["file"])
    print(f"{path}\t{row['recording']}\t{row['group']}")
EOF
mapfile -t exports < <(tail -n +2 "$manifest" | cut -f1)
bytes=$(du -cb "${exports[@]}" | tail -1 | cut -f1)

# --- 3. Time, CPU and memory --------------------------------------------------
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
gb=$(awk -v b="$bytes" 'BEGIN {printf "%.2f", b / 1e9}')
echo "study_bench: ${#exports[@]} exports, $gb GB, $reps runs of each" >&2

echo "study_bench: wc -l" >&2
for ((i = 0; i < reps; i++)); do timed wc wc -l "${exports[@]}"; done
row wc "\`wc -l\` over the ${#exports[@]} exports ($gb GB)"

# A fresh OUT each time, so that the result cache does not make repeats free.
for jobs in 1 2; do
  echo "study_bench: run --jobs $jobs" >&2
  for ((i = 0; i < reps; i++)); do
    rm -rf "$work/out"
    timed "run$jobs" "$exe" run "$study" --out "$work/out" --jobs "$jobs" "${run_options[@]}"
    for share in discover analyse write; do
      json_field "$work/out/run.json" timings_s "$share" >>"$work/m/run$jobs-$share"
    done
    json_field "$work/out/run.json" peak_resident_mib after_analyse >>"$work/m/run$jobs-passes-peak"
  done
  row "run$jobs" "\`tobii-pipeline run --jobs $jobs\`, everything"
  passes_s=$(median <"$work/m/run$jobs-analyse")
  {
    printf '| ... of which discovery (run.json) | %s | | |\n' "$(median <"$work/m/run$jobs-discover")"
    printf '| ... of which the passes over the recordings (run.json; %s GB/s) | %s | | %s |\n' \
      "$(awk -v b="$bytes" -v s="$passes_s" 'BEGIN {printf "%.2f", b / 1e9 / s}')" "$passes_s" \
      "$(median %.1f <"$work/m/run$jobs-passes-peak")"
    printf '| ... of which tables, figures and report (run.json) | %s | | |\n' \
      "$(median <"$work/m/run$jobs-write")"
  } >>"$table"
done

echo "study_bench: figures OUT" >&2
for ((i = 0; i < reps; i++)); do timed figures "$exe" figures "$work/out"; done
row figures "\`tobii-pipeline figures OUT\` (tables, figures, report from results.json)"

echo "study_bench: pandas" >&2
for ((i = 0; i < reps; i++)); do
  rm -rf "$work/pandas"
  timed pandas "$python" bench/pandas_plain.py "$manifest" "$work/pandas"
done
row pandas "pandas, plain (\`bench/pandas_plain.py\`: validity, pupil, I-VT fixations, Mann-Whitney, 2 figures)"

echo "study_bench: DuckDB" >&2
duckdb_label="DuckDB \`read_csv\`, per-recording counts and means (\`bench/duckdb_aggregates.mjs\`)"
if [ -n "$duckdb_missing" ]; then
  printf '| %s | not available: %s | | |\n' "$duckdb_label" "$duckdb_missing" >>"$table"
else
  for ((i = 0; i < reps; i++)); do
    timed duckdb node bench/duckdb_aggregates.mjs "$manifest" "$work/duckdb.csv" ||
      { duckdb_missing="it failed (see above)"; break; }
  done
  if [ -z "$duckdb_missing" ]; then
    row duckdb "$duckdb_label"
  else
    printf '| %s | not available: %s | | |\n' "$duckdb_label" "$duckdb_missing" >>"$table"
  fi
fi
[ -f "$work/m/generate" ] && row generate "\`tobii-pipeline generate\` of this study (once)"
rm -rf "$work/out" "$work/first" "$work/pandas"
[ "$study" = "$work/study" ] && rm -rf "$study"

# --- 4. Memory as the study grows ---------------------------------------------
# Peak resident memory of `run` (2 jobs) and of `figures OUT`, one run each
# (peak memory barely moves between runs), as ratios to the 100-recording
# study's. Issue 16's target: within 10 %.
memory=$work/memory.md
printf '| study | export MB | run wall s | run peak MiB | run ratio | figures wall s | figures peak MiB | figures ratio |\n' >"$memory"
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n' >>"$memory"
memory_study() {
  local name=$1 recordings=$2 minutes=$3 label=$4
  local s=$work/mem-$name o=$work/mem-$name-out
  echo "study_bench: memory, $label" >&2
  "$exe" generate --out "$s" --recordings "$recordings" --minutes "$minutes" --hz "$memory_hz" \
    --seed 1 >/dev/null
  timed "mem-$name-run" "$exe" run "$s" --out "$o" --jobs 2 "${run_options[@]}"
  timed "mem-$name-figures" "$exe" figures "$o"
  local mb run_mib figures_mib
  mb=$(find "$s" -path '*data_*' -name '*.tsv' -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s / 1e6}')
  run_mib=$(awk '{printf "%.1f", $3 / 1024}' "$work/m/mem-$name-run")
  figures_mib=$(awk '{printf "%.1f", $3 / 1024}' "$work/m/mem-$name-figures")
  [ "$name" = base ] && base_run=$run_mib && base_figures=$figures_mib
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$mb" \
    "$(cut -d' ' -f1 "$work/m/mem-$name-run")" "$run_mib" \
    "$(awk -v a="$run_mib" -v b="$base_run" 'BEGIN {printf "%.2f", a / b}')" \
    "$(cut -d' ' -f1 "$work/m/mem-$name-figures")" "$figures_mib" \
    "$(awk -v a="$figures_mib" -v b="$base_figures" 'BEGIN {printf "%.2f", a / b}')" >>"$memory"
  rm -rf "$s" "$o"
}
seconds=$(awk -v m="$memory_minutes" 'BEGIN {print m * 60}')
memory_study base 100 "$memory_minutes" "100 recordings x $seconds s at $memory_hz Hz"
memory_study many "$memory_many" "$memory_minutes" \
  "$memory_many recordings x $seconds s"
memory_study long 100 "$(awk -v m="$memory_minutes" 'BEGIN {print m * 10}')" \
  "100 recordings x $(awk -v s="$seconds" 'BEGIN {print s * 10}') s"

# --- 5. The tables --------------------------------------------------------------
# The load average tells whether other work shared the cores.
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
ram=$(free -g | awk '/^Mem:/ {print $2}')
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), $ram GiB RAM, $(sed -n 's/^PRETTY_NAME="\(.*\)"/\1/p' /etc/os-release);"
echo "tobii-pipeline $("$exe" --version) ($(git rev-parse --short HEAD 2>/dev/null || echo "no git")); medians of $reps runs, one after another, warm page cache;"
echo "load average (1, 5, 15 min) $load_before at the start, $load_after at the end."
echo
cat "$table"
echo
echo "Peak memory as the study grows (one run each; ratio to the 100-recording study, target within 1.10):"
echo
cat "$memory"
