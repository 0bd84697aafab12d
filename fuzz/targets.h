// The fuzz targets: every reader of input a study may hold, fed arbitrary
// bytes. Each target reads its input to the end and checks what a reader
// promises (samples in time order, chunks within their size, damage
// counted rather than thrown), aborting where a promise is broken, so that
// libFuzzer reports it as a crash. The same functions replay the saved
// crash inputs in the test suite (tests/fuzz/replay_test.cpp).
//
// The fuzzers (fuzz/CMakeLists.txt, one executable per target) run under
// AddressSanitizer and UndefinedBehaviorSanitizer; scripts/fuzz.sh builds
// them with clang and runs each for a fixed time, with a memory limit, so
// no input may abort, hang or allocate without bound.
#pragma once

#include <span>
#include <string_view>

namespace tobii::fuzz {

using Target = void (*)(std::string_view data);

struct NamedTarget {
  const char* name;  // fuzz_<name> is its fuzzer; tests/fuzz/regressions/<name>/ its saved inputs
  Target target;
};

void FuzzSniff(std::string_view data);
void FuzzTextSource(std::string_view data);
void FuzzProLab(std::string_view data);
void FuzzStudio(std::string_view data);
void FuzzGlasses3(std::string_view data);
void FuzzGlasses2(std::string_view data);
void FuzzProSdk(std::string_view data);
void FuzzBorisExport(std::string_view data);
void FuzzBorisProject(std::string_view data);
void FuzzDelimitedText(std::string_view data);
void FuzzNumberParser(std::string_view data);
void FuzzAoiFile(std::string_view data);  // the study's AOI definitions, as TOML and as a table

// Every target, for the replay test.
std::span<const NamedTarget> AllTargets();

}  // namespace tobii::fuzz
