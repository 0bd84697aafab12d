// The installed program as a user runs it: exit statuses and outputs.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <filesystem>
#include <string>
#include <vector>

#include "support/program.h"
#include "support/temp_dir.h"

namespace tobii {
namespace {

using testing::ReadFile;
using testing::RunProgram;

namespace fs = std::filesystem;

TEST(CommandLine, UsageErrorsExitWithTwo) {
  EXPECT_EQ(RunProgram(""), 2);
  EXPECT_EQ(RunProgram("frobnicate"), 2);
  EXPECT_EQ(RunProgram("run"), 2);
  EXPECT_EQ(RunProgram("generate --out x --hz -5"), 2);
  EXPECT_EQ(RunProgram("--help"), 0);
}

TEST(CommandLine, GenerateThenRunWritesTheTables) {
  testing::TempDir dir;
  const std::string study = (dir.path() / "study").string();
  const std::string out = (dir.path() / "out").string();
  ASSERT_EQ(RunProgram("generate --out \"" + study + "\" --recordings 3 --minutes 0.2 --hz 60 --seed 42"), 0);
  std::string printed;
  ASSERT_EQ(RunProgram("run \"" + study + "\" --out \"" + out + "\" --jobs 2", &printed), 0) << printed;
  for (const char* name : {"summary.csv", "group_stats.csv", "behavior_metrics.csv", "behavior_summary.csv",
                           "problems.csv", "run.json", "results.json", "report.html"}) {
    EXPECT_TRUE(fs::exists(fs::path(out) / name)) << name;
    EXPECT_NE(printed.find((fs::path(out) / name).filename().string()), std::string::npos) << name;
  }
  // The AOI tables are listed, or (a study without AOIs, stimuli or
  // intervals) the terminal says why there are none.
  const bool aoi_tables = fs::exists(fs::path(out) / "aoi_metrics.csv");
  EXPECT_EQ(printed.find("no AOI tables: no recording has an AOI, a stimulus or an --interval") == std::string::npos,
            aoi_tables)
      << printed;
  EXPECT_EQ(printed.find("aoi_metrics.csv") != std::string::npos, aoi_tables) << printed;
}

TEST(CommandLine, FiguresRedrawsTablesAndFiguresWithoutTheStudy) {
  testing::TempDir dir;
  const fs::path study = dir.path() / "study", out = dir.path() / "out";
  ASSERT_EQ(RunProgram("generate --out \"" + study.string() + "\" --recordings 4 --minutes 0.2 --hz 60"), 0);
  ASSERT_EQ(RunProgram("run \"" + study.string() + "\" --out \"" + out.string() + "\""), 0);
  const std::string group_stats = ReadFile(out / "group_stats.csv");
  const std::string behavior_summary = ReadFile(out / "behavior_summary.csv");
  ASSERT_FALSE(group_stats.empty());
  fs::remove_all(study);  // nothing left to read
  fs::remove(out / "group_stats.csv");
  fs::remove(out / "behavior_summary.csv");
  // The first three recordings get sample figures by default.
  std::vector<std::string> samples;
  for (const auto& entry : fs::directory_iterator(out / "figures")) {
    const std::string stem = entry.path().stem().string();
    if (entry.path().extension() == ".svg" && stem.starts_with("sample_")) samples.push_back(stem);
  }
  ASSERT_EQ(samples.size(), 3u);
  std::map<std::string, std::string> figures;
  for (const std::string& figure : {std::string("figure1_group_comparison"), std::string("figure3_behavior"),
                                    samples.front()}) {
    for (const char* extension : {".png", ".svg", ".pdf"}) {
      const fs::path file = out / "figures" / (figure + extension);
      ASSERT_TRUE(fs::exists(file)) << file;
      figures[file.string()] = ReadFile(file);
      fs::remove(file);
    }
  }
  ASSERT_EQ(RunProgram("figures \"" + out.string() + "\""), 0);
  EXPECT_EQ(ReadFile(out / "group_stats.csv"), group_stats);
  EXPECT_EQ(ReadFile(out / "behavior_summary.csv"), behavior_summary);
  // The same results draw the same bytes, in every format.
  for (const auto& [file, bytes] : figures) EXPECT_EQ(ReadFile(file), bytes) << file;
  // The report holds every figure inline, the tables, and no id twice.
  const std::string report = ReadFile(out / "report.html");
  std::size_t svgs = 0;
  for (std::size_t at = report.find("<svg"); at != std::string::npos; at = report.find("<svg", at + 1)) ++svgs;
  EXPECT_EQ(svgs, 7u);  // figures 1-4 (the generator plants AOIs) and three sample figures
  for (const std::string& sample : samples) EXPECT_NE(report.find("<figure id=\"" + sample + "\">"), std::string::npos);
  EXPECT_NE(report.find("<caption>Table 1. "), std::string::npos);
  EXPECT_NE(report.find("<th class=\"metric\" title=\"fixation_duration_mean_ms\">"), std::string::npos);
  EXPECT_EQ(report.find("src=\"http"), std::string::npos);  // loads nothing
  std::map<std::string, int> ids;
  for (std::size_t at = report.find(" id=\""); at != std::string::npos; at = report.find(" id=\"", at + 1)) {
    const std::size_t start = at + 5;
    ++ids[report.substr(start, report.find('"', start) - start)];
  }
  EXPECT_GT(ids.size(), 50u);
  for (const auto& [id, count] : ids) EXPECT_EQ(count, 1) << id;
  // A figure option changes the figures it touches and the report's settings.
  ASSERT_EQ(RunProgram("figures \"" + out.string() + "\" --heatmap-sigma-deg 2.5"), 0);
  EXPECT_NE(ReadFile(out / "figures" / "figure1_group_comparison.svg"),
            figures[(out / "figures" / "figure1_group_comparison.svg").string()]);
  const std::string redrawn = ReadFile(out / "report.html");
  EXPECT_NE(redrawn.find("heatmap sigma</th><td>2.5 deg</td>"), std::string::npos);
  EXPECT_NE(redrawn.find("redrawn by <code>tobii-pipeline figures</code>"), std::string::npos);
  // A folder without results is a usage error.
  EXPECT_EQ(RunProgram("figures \"" + study.string() + "\""), 2);
}

TEST(CommandLine, AFigureNotDrawnThisTimeLeavesNoOldOneBehind) {
  testing::TempDir dir;
  const fs::path study = dir.path() / "study", out = dir.path() / "out";
  ASSERT_EQ(RunProgram("generate --out \"" + study.string() + "\" --recordings 2 --minutes 0.2 --hz 60"), 0);
  ASSERT_EQ(RunProgram("run \"" + study.string() + "\" --out \"" + out.string() + "\""), 0);
  ASSERT_TRUE(fs::exists(out / "figures" / "figure3_behavior.svg"));
  // Without annotations there is no behaviour figure, old or new.
  ASSERT_EQ(RunProgram("run \"" + study.string() + "\" --out \"" + out.string() + "\" --no-boris"), 0);
  EXPECT_FALSE(fs::exists(out / "figures" / "figure3_behavior.svg"));
  EXPECT_FALSE(fs::exists(out / "figures" / "figure3_behavior.png"));
  EXPECT_NE(ReadFile(out / "report.html").find("figure3_behavior: not drawn"), std::string::npos);
}

TEST(CommandLine, SampleChoosesTheRecordingsWithASampleFigure) {
  testing::TempDir dir;
  const fs::path study = dir.path() / "study", out = dir.path() / "out";
  ASSERT_EQ(RunProgram("generate --out \"" + study.string() + "\" --recordings 4 --minutes 0.2 --hz 60"), 0);
  const auto sample_figures = [&] {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(out / "figures")) {
      const std::string name = entry.path().filename().string();
      if (name.starts_with("sample_")) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
  };
  // Generated exports (in data_* folders) are named <participant>_<letter>:
  // one is named by its file name without extension, and "nobody" none.
  ASSERT_EQ(RunProgram("run \"" + study.string() + "\" --out \"" + out.string() + "\""), 0);
  ASSERT_EQ(sample_figures().size(), 9u);  // three recordings, three formats
  std::string p002;
  for (const auto& entry : fs::recursive_directory_iterator(study)) {
    const bool data = entry.path().parent_path().filename().string().starts_with("data");
    if (data && entry.path().filename().string().starts_with("P002_")) p002 = entry.path().stem().string();
  }
  ASSERT_FALSE(p002.empty());
  ASSERT_EQ(RunProgram("run \"" + study.string() + "\" --out \"" + out.string() + "\" --sample " + p002 +
                       " --sample nobody"),
            0);
  const std::vector<std::string> names = sample_figures();
  ASSERT_EQ(names.size(), 3u);  // the earlier three are gone
  EXPECT_TRUE(names[0].starts_with("sample_P002_")) << names[0];
  EXPECT_NE(ReadFile(out / "problems.csv").find("--sample \"\"nobody\"\": no recording"), std::string::npos);
  // A stretch after the recording's end is a warning, not a figure.
  ASSERT_EQ(RunProgram("run \"" + study.string() + "\" --out \"" + out.string() + "\" --sample-start-s 600"), 0);
  EXPECT_TRUE(sample_figures().empty());
  EXPECT_NE(ReadFile(out / "problems.csv").find("has no sample in the stretch from --sample-start-s 600 s"), std::string::npos);
  // None at all.
  ASSERT_EQ(RunProgram("run \"" + study.string() + "\" --out \"" + out.string() + "\" --sample-count 0"), 0);
  EXPECT_TRUE(sample_figures().empty());
  EXPECT_EQ(ReadFile(out / "report.html").find("Sample recordings"), std::string::npos);
}

TEST(CommandLine, EventsWritesACsvOfOneExport) {
  testing::TempDir dir;
  const std::string study = (dir.path() / "study").string();
  ASSERT_EQ(RunProgram("generate --out \"" + study + "\" --recordings 1 --minutes 0.2 --hz 120 --no-boris"), 0);
  const std::string csv = (dir.path() / "events.csv").string();
  ASSERT_EQ(RunProgram("events \"" + study + "/data_G/P001_G.tsv\" --out \"" + csv + "\""), 0);
  std::ifstream in(csv);
  std::string header;
  std::getline(in, header);
  EXPECT_EQ(header,
            "participant_id,recording,type,index,onset_ms,offset_ms,duration_ms,x_px,y_px,start_x_px,start_y_px,"
            "amplitude_deg,peak_velocity_deg_per_s,dispersion_deg,rms_s2s_deg");
  int rows = 0;
  for (std::string line; std::getline(in, line);) ++rows;
  EXPECT_GT(rows, 20);  // 12 s of gaze: dozens of fixations and saccades
  EXPECT_EQ(RunProgram("events \"" + study + "/participants.tsv\""), 1);
}

TEST(CommandLine, EveryDetectorIsChosenByName) {
  testing::TempDir dir;
  const std::string study = (dir.path() / "study").string();
  ASSERT_EQ(RunProgram("generate --out \"" + study + "\" --recordings 1 --minutes 0.2 --hz 120 --no-boris"), 0);
  const std::string file = study + "/data_G/P001_G.tsv";
  for (const char* detector : {"ivt", "idt", "engbert_kliegl"}) {
    const std::string csv = (dir.path() / (std::string(detector) + ".csv")).string();
    ASSERT_EQ(RunProgram("events \"" + file + "\" --detector " + detector + " --out \"" + csv + "\""), 0) << detector;
    std::ifstream in(csv);
    int fixations = 0, saccades = 0;
    for (std::string line; std::getline(in, line);) {
      fixations += line.find(",fixation,") != std::string::npos;
      saccades += line.find(",saccade,") != std::string::npos;
    }
    // 12 s of generated gaze hold about 40 fixations and as many saccades.
    EXPECT_GT(fixations, 20) << detector;
    EXPECT_GT(saccades, 20) << detector;
  }
  EXPECT_EQ(RunProgram("events \"" + file + "\" --detector nonsense"), 2);
  EXPECT_EQ(RunProgram("events \"" + file + "\" --blink-min-ms 600"), 2);  // above the 500 ms maximum
  EXPECT_EQ(RunProgram("events \"" + file + "\" --velocity-threshold nan"), 2);
  EXPECT_EQ(RunProgram("events \"" + file + "\" --velocity-threshold 0"), 2);
  EXPECT_EQ(RunProgram("events \"" + file + "\" --screen-distance-mm inf"), 2);
  EXPECT_EQ(RunProgram("run \"" + study + "\" --ivt-preset attention --out \"" + (dir.path() / "out").string() + "\""),
            0);
}

TEST(CommandLine, StudyWithNothingToAnalyseExitsWithOne) {
  testing::TempDir dir;
  fs::create_directories(dir.path() / "empty");
  EXPECT_EQ(RunProgram("run \"" + (dir.path() / "empty").string() + "\" --out \"" + (dir.path() / "out").string() + "\""),
            1);
}

// Nothing analysed: no tables, figures or report that would look like
// results, a message saying so, and exit status 1.
TEST(CommandLine, ARunThatAnalysedNothingWritesNothingAndSaysWhy) {
  testing::TempDir dir;
  const fs::path study = dir.path() / "study", out = dir.path() / "out";
  testing::WriteText(study / "P01.tsv",
                     "Recording timestamp [ms]\tGaze point X\tGaze point Y\tValidity left\tValidity right\n");
  std::string text;
  int status = RunProgram("run \"" + study.string() + "\" --out \"" + out.string() + "\" --no-groups", &text);
  EXPECT_EQ(status, 1) << text;
  EXPECT_NE(text.find("none of the 1 recordings could be analysed"), std::string::npos) << text;
  EXPECT_NE(text.find("expected gaze samples, found none"), std::string::npos) << text;
  EXPECT_EQ(text.find("tables:"), std::string::npos) << text;
  for (const char* name : {"summary.csv", "group_stats.csv", "problems.csv", "run.json", "results.json",
                           "report.html", "figures"}) {
    EXPECT_FALSE(fs::exists(out / name)) << name;
  }

  const fs::path empty = dir.path() / "empty";
  fs::create_directories(empty);
  testing::WriteText(empty / "notes.txt", "nothing here\n");
  text.clear();
  status = RunProgram("run \"" + empty.string() + "\" --out \"" + (dir.path() / "out2").string() + "\"", &text);
  EXPECT_EQ(status, 1) << text;
  EXPECT_NE(text.find("no recording found in"), std::string::npos) << text;
  EXPECT_FALSE(fs::exists(dir.path() / "out2" / "summary.csv"));
}

}  // namespace
}  // namespace tobii
