// Every kind of damaged or foreign file put into an otherwise good study:
// each has its row in problems.csv and its line on the terminal, each
// recording that can be read is analysed (what its damage cost is said),
// and every good recording is analysed as if the damaged files were not
// there.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "gen_study/study_generator.h"
#include "support/program.h"
#include "support/study_files.h"

namespace tobii {
namespace {

using tobii::testing::RunProgram;

namespace fs = std::filesystem;
using gen::testing::ReadFile;
using gen::testing::ReadCsv;

// The export's text with its recording renamed, so that a copy is no
// duplicate of the original.
std::string Renamed(const std::string& text, const std::string& from, const std::string& to) {
  std::string out = text;
  const std::string a = "\t" + from + "\t", b = "\t" + to + "\t";
  for (std::size_t at = out.find(a); at != std::string::npos; at = out.find(a, at + b.size())) out.replace(at, a.size(), b);
  return out;
}

std::string Utf16Le(const std::string& text) {
  std::string out = "\xFF\xFE";
  for (char c : text) {
    out.push_back(c);
    out.push_back('\0');  // the export's text is ASCII but for μ and °, cut below
  }
  return out;
}

// The n-th line's start in `text` (0-based).
std::size_t LineStart(const std::string& text, int n) {
  std::size_t at = 0;
  for (int i = 0; i < n; ++i) at = text.find('\n', at) + 1;
  return at;
}

TEST(DamagedFiles, EachIsNamedOnceAndEveryOtherRecordingIsAnalysed) {
  gen::testing::TempFolder dir;
  const fs::path study = dir.path() / "study";
  gen::StudyOptions options = gen::testing::SmallOptions(study, 11);
  options.recordings = 4;
  options.minutes = 0.2;
  gen::GeneratedStudy truth;
  ASSERT_TRUE(gen::GenerateStudy(options, &truth).ok());
  const gen::GeneratedRecording& source = truth.recordings[0];
  const std::string text = ReadFile(study / source.file);
  const std::string header = text.substr(0, text.find('\n') + 1);
  const fs::path data = study / "data_G";
  const auto write = [&](const std::string& name, const std::string& content) {
    std::ofstream(data / name, std::ios::binary) << content;
  };
  const auto copy = [&](const std::string& name) { return Renamed(text, source.recording, name); };

  write("empty.tsv", "");
  write("header_only.tsv", header);
  write("binary.tsv", std::string("\x8b\x13\x00\xfe\x00\x01random bytes\x00\x7f", 21));
  {
    const std::string cut = copy("truncated");
    write("truncated.tsv", cut.substr(0, cut.size() * 2 / 3));
  }
  write("events.tsv", "Timestamp\tEvent\tEventKey\tData1\tData2\tDescriptor\t\n0\tScreenRecStarted\t8192\t0\t0\t\t\n");
  {
    // Excel's "Unicode text": UTF-16 with a byte order mark. The units'
    // μ and ° are not ASCII: this header names them in plain letters.
    std::string plain = copy("unicode");
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{{"[\xCE\xBCs]", "[us]"},
                                                                                  {"[\xC2\xB0]", "[deg]"}}) {
      for (std::size_t at = plain.find(from); at != std::string::npos; at = plain.find(from, at)) plain.replace(at, from.size(), to);
    }
    write("unicode.tsv", Utf16Le(plain));
  }
  {
    std::string no_validity = copy("novalidity");
    const std::size_t at = no_validity.find("Validity left");
    no_validity.replace(at, 13, "Validity_gone");
    write("missing_column.tsv", no_validity);
  }
  {
    std::string bad = copy("nan");
    const std::size_t row = LineStart(bad, 40);
    const std::size_t gaze = bad.find("Eye Tracker", row);
    ASSERT_NE(gaze, std::string::npos);
    // The 40th-line sample's combined gaze X: after Event and Event value.
    std::size_t field = gaze;
    for (int tab = 0; tab < 37; ++tab) field = bad.find('\t', field) + 1;
    bad.replace(field, bad.find('\t', field) - field, "NaN");
    write("nan.tsv", bad);
  }
  {
    // One sample row moved 20 rows later: its time runs backwards there.
    std::string moved = copy("backwards");
    const std::size_t from = LineStart(moved, 100), to = LineStart(moved, 101);
    const std::string row = moved.substr(from, to - from);
    moved.erase(from, to - from);
    moved.insert(LineStart(moved, 120), row);
    write("backwards.tsv", moved);
  }
  {
    // The clock starts again half-way: the second half cannot be placed.
    std::string restarted = copy("restarted");
    const std::string body = restarted.substr(header.size());
    restarted += body.substr(0, body.size() / 2);
    write("restarted.tsv", restarted);
  }
  {
    std::string long_line = copy("longline");
    long_line.insert(LineStart(long_line, 50), std::string(5 << 20, 'x') + "\n");
    write("longline.tsv", long_line);
  }

  std::string terminal;
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(RunProgram("run \"" + study.string() + "\" --out \"" + out.string() + "\" --jobs 2", &terminal), 0) << terminal;

  // What each file is expected to be, and a word its problem must say.
  struct Expected {
    const char* severity;
    const char* says;
    bool analysed;
  };
  const std::map<std::string, Expected> expected = {
      {"data_G/empty.tsv", {"warning", "an empty file", false}},
      {"data_G/header_only.tsv", {"error", "expected gaze samples, found none", false}},
      {"data_G/binary.tsv", {"warning", "binary content", false}},
      {"data_G/truncated.tsv", {"warning", "truncated?", true}},
      {"data_G/events.tsv", {"warning", "Event-Data", false}},
      {"data_G/missing_column.tsv", {"error", "expected a column \"Validity left\"", false}},
      {"data_G/nan.tsv", {"warning", "1 sample kept as lost", true}},
      {"data_G/backwards.tsv", {"warning", "a time before an earlier sample's", true}},
      {"data_G/restarted.tsv", {"error", "the recording is not used", false}},
      {"data_G/longline.tsv", {"warning", "1 row skipped", true}},
  };
  const auto problems = ReadCsv(out / "problems.csv");
  std::map<std::string, std::vector<std::map<std::string, std::string>>> by_file;
  for (const auto& p : problems) by_file[p.at("file")].push_back(p);
  for (const auto& [file, e] : expected) {
    ASSERT_TRUE(by_file.contains(file)) << file << "\n" << ReadFile(out / "problems.csv");
    const auto& rows = by_file[file];
    bool found = false;
    for (const auto& row : rows) {
      if (row.at("severity") == e.severity && row.at("message").find(e.says) != std::string::npos) found = true;
    }
    EXPECT_TRUE(found) << file << ": expected a " << e.severity << " saying \"" << e.says << "\"\n"
                       << ReadFile(out / "problems.csv");
    EXPECT_NE(terminal.find(std::string(e.severity) + ": " + file), std::string::npos) << file << "\n" << terminal;
  }
  // The UTF-16 copy is read as any export, without a doubt about its data
  // (a copy has no BORIS observation of its own: that is said, rightly).
  for (const auto& row : by_file["data_G/unicode.tsv"]) {
    EXPECT_EQ(row.at("stage"), "boris") << row.at("message");
  }

  std::set<std::string> analysed;
  for (const auto& row : ReadCsv(out / "summary.csv")) analysed.insert(row.at("file"));
  for (const gen::GeneratedRecording& r : truth.recordings) EXPECT_TRUE(analysed.contains(r.file)) << r.file;
  EXPECT_TRUE(analysed.contains("data_G/unicode.tsv"));
  for (const auto& [file, e] : expected) EXPECT_EQ(analysed.contains(file), e.analysed) << file;
}

}  // namespace
}  // namespace tobii
