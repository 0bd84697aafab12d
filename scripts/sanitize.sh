#!/usr/bin/env bash
# Builds under sanitizers (the TOBII_SANITIZE option) and runs what finds bugs
# there. Each step builds from scratch into its own folder:
#   address  AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer
#            (build-asan/): the program and the tests of the readers (io,
#            boris, the fuzz replay, results.json and study.toml: results,
#            app), the recording pass (study, events, metrics, preprocess)
#            and the run with its cache and output set (run, e2e; these run
#            the sanitized program itself). Not the tests of the figures,
#            statistics, generator and validation. Run by scripts/test.sh.
#   thread   ThreadSanitizer (build-tsan/): the program alone, one parallel
#            study run with events written, then the same run again so that
#            the result cache is read in parallel too. Not run by
#            scripts/test.sh: Debian's libtbb is not instrumented, so
#            ThreadSanitizer cannot see how oneTBB hands a task from one
#            thread to another and reports every hand-off as a race.
# Every report fails the step. The reports of programs that the tests run
# (whose output a test may throw away) are kept in BUILD/sanitizer-logs/ and
# printed. Leak suppressions, each one explained: tests/sanitizers/.
# Usage: bash scripts/sanitize.sh [address|thread]...   (default: address)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
jobs="$(nproc)"
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(address)

# configure BUILD SANITIZERS: g++ (clang 14 lacks C++20 features the code
# uses), -O1 with line tables (stacks with file:line), the standard library's
# assertions on, no benchmarks. Warnings are the normal build's job: g++
# warns falsely under sanitizers (-Wmaybe-uninitialized).
configure() {
  cmake -S . -B "$1" -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -D_GLIBCXX_ASSERTIONS" \
    -DTOBII_SANITIZE="$2" -DTOBII_BUILD_BENCHMARKS=OFF ${TOBII_CMAKE_ARGS:-} >/dev/null
}

# check_logs BUILD: fails, printing them, when a sanitizer wrote a report.
check_logs() {
  local logs=("$1"/sanitizer-logs/*)
  [ -e "${logs[0]}" ] || return 0
  echo "sanitize: ${#logs[@]} report file(s) in $1/sanitizer-logs/:" >&2
  grep -h "^SUMMARY:" "${logs[@]}" | sort | uniq -c | sort -rn | head -40 >&2
  local f
  for f in "${logs[@]:0:5}"; do echo "==> $f" >&2; head -60 "$f" >&2; done
  return 1
}

address() {
  local b=build-asan start=$SECONDS
  local labels=(io boris fuzz results app study events metrics preprocess run e2e)
  configure "$b" address,undefined
  # The program and the test executables of those labels (one per file).
  local targets=(tobii-pipeline) label f
  for label in "${labels[@]}"; do
    for f in tests/"$label"/*_test.cpp; do targets+=("$(basename "$f" .cpp)"); done
  done
  cmake --build "$b" -j "$jobs" --target "${targets[@]}"
  local built=$SECONDS status=0
  rm -rf "$b/sanitizer-logs" && mkdir -p "$b/sanitizer-logs"
  local log="$root/$b/sanitizer-logs/report"
  ASAN_OPTIONS="log_path=$log:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1" \
  LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="log_path=$log:print_stacktrace=1:halt_on_error=1" \
    ctest --test-dir "$b" -L "^($(IFS='|'; echo "${labels[*]}"))\$" --output-on-failure -j "$jobs" || status=1
  check_logs "$b" || status=1
  echo "sanitize: address,undefined: built in $((built - start)) s, tests ran in $((SECONDS - built)) s" >&2
  return $status
}

thread() {
  local b=build-tsan start=$SECONDS
  configure "$b" thread
  cmake --build "$b" -j "$jobs" --target tobii-pipeline
  local built=$SECONDS
  rm -rf "$b/sanitizer-logs" "$b/study" "$b/out" && mkdir -p "$b/sanitizer-logs"
  # Races inside the system's uninstrumented libraries (Cairo, Pango,
  # fontconfig) are theirs to find; exitcode=0 keeps each command's own
  # status, and the logs say whether anything was found.
  export TSAN_OPTIONS="log_path=$root/$b/sanitizer-logs/report:ignore_noninstrumented_modules=1:exitcode=0"
  "$b/tobii-pipeline" generate --out "$b/study" --recordings 8 --minutes 0.5 --formats all >/dev/null 2>&1
  # Twice: the first run analyses the recordings in parallel and fills the
  # cache; the second reads the cache in parallel.
  "$b/tobii-pipeline" run "$b/study" --out "$b/out" --jobs 4 --write-events >/dev/null 2>&1
  "$b/tobii-pipeline" run "$b/study" --out "$b/out" --jobs 4 --write-events >/dev/null 2>&1
  unset TSAN_OPTIONS
  local status=0
  check_logs "$b" || status=1
  echo "sanitize: thread: built in $((built - start)) s, ran in $((SECONDS - built)) s" >&2
  return $status
}

for step in "${steps[@]}"; do
  case "$step" in
    address | thread) "$step" ;;
    *) echo "usage: bash scripts/sanitize.sh [address|thread]..." >&2; exit 2 ;;
  esac
done
