#include "results/results_file.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <utility>

#include "metrics/result_fields.h"
#include "support/temp_dir.h"
#include "tobii/sample.h"

namespace tobii::results {
namespace {

TEST(ResultsFile, EveryFieldComesBackAndNaNStaysMissing) {
  RecordingResult r;
  r.file = "data/a b.tsv";
  r.participant_id = "P1";
  r.recording = "rest";
  r.group = "Patient";
  r.duration_s = 61.25;
  r.samples = 7350;
  r.valid_samples = 7000;
  r.on_screen_samples = 6900;
  r.sampling_rate_hz = 120.00000000000001;  // the last digit survives
  r.fixation_count = 180;
  r.fixation_duration_mean_ms = 251.3;
  r.blink_duration_mean_ms = std::nan("");
  r.precision_rms_s2s_deg = 0.0123;
  r.bytes_read = 123456789012ull;
  BehaviorResult b;
  b.behavior = "talking \"loud\"";
  b.annotated_s = 12.5;
  b.bouts = 3;
  b.pupil_change_pct = -1.5;
  BehaviorResult point;
  point.behavior = "nod";
  point.point = true;
  point.events = 4;
  r.behaviors = {b, point};
  r.figure_data.gaze = {2, 1, 527, 296, 650, {7, 9}};
  r.figure_data.fixation_bin_ms = 20;
  r.figure_data.fixation_duration_counts = {0, 3, 1};
  r.figure_data.saccades = {{2.5f, 150.25f}};
  SampleTrace& trace = r.figure_data.sample.emplace();
  trace.start_s = 5;
  trace.window_s = 10;
  trace.bin_s = 0.005;
  trace.time_s = {0.0025f, 0.0075f};
  trace.x_px = {100.5f, kMissing};
  trace.y_px = {200, kMissing};
  trace.velocity_deg_per_s = {12, kMissing};
  trace.pupil_mm = {3.25f, 3.5f};
  trace.velocity_threshold_deg_per_s = 30;
  trace.screen_width_px = 1920;
  trace.screen_height_px = 1080;
  trace.events = {{EventType::kBlink, 0.5f, 0.75f, kMissing, kMissing}};
  trace.events_truncated = true;

  testing::TempDir dir;
  const auto path = dir.path() / kResultsFileName;
  ASSERT_TRUE(WriteResultsFile(path, {r, RecordingResult{}}).ok());
  std::vector<RecordingResult> back;
  const Status s = ReadResultsFile(path, &back);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(back.size(), 2u);
  const RecordingResult& a = back[0];
  EXPECT_EQ(a.file, r.file);
  EXPECT_EQ(a.group, "Patient");
  EXPECT_EQ(a.samples, 7350);
  EXPECT_EQ(a.sampling_rate_hz, r.sampling_rate_hz);
  EXPECT_EQ(a.fixation_duration_mean_ms, 251.3);
  EXPECT_TRUE(std::isnan(a.blink_duration_mean_ms));
  EXPECT_EQ(a.bytes_read, r.bytes_read);
  ASSERT_EQ(a.behaviors.size(), 2u);
  EXPECT_EQ(a.behaviors[0].behavior, b.behavior);
  EXPECT_EQ(a.behaviors[0].bouts, 3);
  EXPECT_EQ(a.behaviors[0].pupil_change_pct, -1.5);
  EXPECT_TRUE(std::isnan(a.behaviors[0].pupil_response_mm));
  EXPECT_TRUE(a.behaviors[1].point);
  EXPECT_EQ(a.behaviors[1].events, 4);
  EXPECT_EQ(a.figure_data.gaze.counts, (std::vector<std::uint32_t>{7, 9}));
  EXPECT_EQ(a.figure_data.gaze.distance_mm, 650);
  EXPECT_EQ(a.figure_data.fixation_duration_counts, (std::vector<std::uint32_t>{0, 3, 1}));
  ASSERT_EQ(a.figure_data.saccades.size(), 1u);
  EXPECT_EQ(a.figure_data.saccades[0].second, 150.25f);
  ASSERT_TRUE(a.figure_data.sample.has_value());
  const SampleTrace& t = *a.figure_data.sample;
  EXPECT_EQ(t.start_s, 5);
  EXPECT_EQ(t.window_s, 10);
  EXPECT_EQ(t.time_s, trace.time_s);
  EXPECT_EQ(t.x_px[0], 100.5f);
  EXPECT_TRUE(std::isnan(t.x_px[1]));
  EXPECT_TRUE(std::isnan(t.velocity_deg_per_s[1]));
  EXPECT_EQ(t.pupil_mm, trace.pupil_mm);
  EXPECT_EQ(t.velocity_threshold_deg_per_s, 30);
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].type, EventType::kBlink);
  EXPECT_EQ(t.events[0].end_s, 0.75f);
  EXPECT_TRUE(std::isnan(t.events[0].x_px));
  EXPECT_TRUE(t.events_truncated);
  EXPECT_FALSE(back[1].figure_data.sample.has_value());
}

// Every stored interval and AOI field, by the field tables: a value set to
// its index (a count) or its index plus a half (a number) comes back, and
// NaN stays missing.
TEST(ResultsFile, IntervalsWithTheirAoisAndTransitionsComeBack) {
  IntervalResult whole;
  whole.interval = kWholeRecording;
  whole.kind = "recording";
  whole.end_ms = 60000;
  IntervalResult shown;
  shown.interval = "face.png";
  shown.kind = "stimulus";
  shown.occurrence = 2;
  shown.start_ms = 1000.25;
  shown.end_ms = 4000.5;
  shown.fixation_count = 11;
  shown.transition_entropy_bits = 0.75;  // stationary entropy stays NaN
  AoiResult eyes;
  eyes.aoi = "Eyes";
  int index = 0;
  for (const metrics::AoiField& field : metrics::AoiFields()) {
    ++index;
    if (auto* count = std::get_if<std::int64_t AoiResult::*>(&field.value)) eyes.**count = index;
    if (auto* number = std::get_if<double AoiResult::*>(&field.value)) eyes.**number = index + 0.5;
  }
  AoiResult mouth;
  mouth.aoi = "Mouth \"lips\"";  // time to first fixation stays NaN: not fixated
  shown.aois = {eyes, mouth};
  shown.transitions = {{"Eyes", "Eyes", 3}, {"Eyes", "Mouth \"lips\"", 1}};
  RecordingResult r;
  r.intervals = {whole, shown};

  testing::TempDir dir;
  const auto path = dir.path() / kResultsFileName;
  ASSERT_TRUE(WriteResultsFile(path, {r}).ok());
  std::vector<RecordingResult> back;
  const Status s = ReadResultsFile(path, &back);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(back.at(0).intervals.size(), 2u);
  EXPECT_EQ(back[0].intervals[0].interval, "recording");
  EXPECT_TRUE(back[0].intervals[0].aois.empty());
  const IntervalResult& i = back[0].intervals[1];
  EXPECT_EQ(i.interval, "face.png");
  EXPECT_EQ(i.kind, "stimulus");
  EXPECT_EQ(i.occurrence, 2);
  EXPECT_EQ(i.start_ms, 1000.25);
  EXPECT_EQ(i.end_ms, 4000.5);
  EXPECT_EQ(i.fixation_count, 11);
  EXPECT_EQ(i.transition_entropy_bits, 0.75);
  EXPECT_TRUE(std::isnan(i.stationary_entropy_bits));
  ASSERT_EQ(i.aois.size(), 2u);
  for (const metrics::AoiField& field : metrics::AoiFields()) {
    if (!(field.appears & metrics::kStored) || field.name == std::string("aoi")) continue;
    EXPECT_EQ(metrics::NumberOf(field, i.aois[0]), metrics::NumberOf(field, eyes)) << field.name;
  }
  EXPECT_EQ(i.aois[1].aoi, mouth.aoi);
  EXPECT_TRUE(std::isnan(i.aois[1].time_to_first_fixation_ms));
  ASSERT_EQ(i.transitions.size(), 2u);
  EXPECT_EQ(i.transitions[1].from, "Eyes");
  EXPECT_EQ(i.transitions[1].to, mouth.aoi);
  EXPECT_EQ(i.transitions[1].count, 1);
  // The result cache keeps a result as results.json does.
  const RecordingResult cached = RecordingFromJson(RecordingJson(r));
  ASSERT_EQ(cached.intervals.size(), 2u);
  EXPECT_EQ(cached.intervals[1].aois[0].dwell_time_pct, eyes.dwell_time_pct);
  EXPECT_EQ(cached.intervals[1].transitions[0].count, 3);
}

TEST(ResultsFile, OtherFilesAreNamedErrors) {
  testing::TempDir dir;
  std::vector<RecordingResult> results;
  EXPECT_FALSE(ReadResultsFile(dir.path() / "none.json", &results).ok());
  testing::WriteText(dir.path() / "old.json", R"({"results_file_version": 0, "recordings": []})");
  Status s = ReadResultsFile(dir.path() / "old.json", &results);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("another version (0"), std::string::npos) << s.message();
  testing::WriteText(dir.path() / "bad.json", R"({"results_file_version": 5, "recordings": [{"file": 3}]})");
  s = ReadResultsFile(dir.path() / "bad.json", &results);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not a results file of this program"), std::string::npos) << s.message();
}

// Version 5 added the intervals and AOIs (version 4 changed the units of
// the behaviour rates and dispersion): results of an earlier version are
// refused with what to do, and no
// version holds an analysis time, so a result is the same bytes whenever
// it is computed.
TEST(ResultsFile, EarlierVersionsAreRefusedAndNoVersionHoldsATime) {
  testing::TempDir dir;
  RecordingResult r;
  r.file = "a.tsv";
  r.fixation_count = 12;
  ASSERT_TRUE(WriteResultsFile(dir.path() / "results.json", {r}).ok());
  std::ifstream in(dir.path() / "results.json");
  nlohmann::json document = nlohmann::json::parse(in);
  EXPECT_EQ(document.at("results_file_version"), kResultsFileVersion);
  EXPECT_FALSE(document.at("recordings").at(0).contains("seconds"));
  std::vector<RecordingResult> back;
  ASSERT_TRUE(ReadResultsFile(dir.path() / "results.json", &back).ok());
  EXPECT_EQ(back.at(0).fixation_count, 12);
  // Rewritten by a tool that sorts keys: the version after the recordings.
  testing::WriteText(dir.path() / "sorted.json", document.dump());
  back.clear();
  ASSERT_TRUE(ReadResultsFile(dir.path() / "sorted.json", &back).ok());
  EXPECT_EQ(back.at(0).fixation_count, 12);
  document["results_file_version"] = 4;
  testing::WriteText(dir.path() / "v4.json", document.dump());
  const Status s = ReadResultsFile(dir.path() / "v4.json", &back);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("results of another version (4"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("run the study again"), std::string::npos) << s.message();
}

TEST(ResultsFile, ADamagedSampleStretchIsAnError) {
  RecordingResult r;
  SampleTrace& trace = r.figure_data.sample.emplace();
  trace.window_s = 10;
  trace.bin_s = 0.005;
  trace.time_s = trace.x_px = trace.y_px = trace.velocity_deg_per_s = trace.pupil_mm = {1.0f};
  trace.screen_width_px = 1920;
  trace.screen_height_px = 1080;
  trace.events = {{EventType::kFixation, 1.0f, 2.0f, 5, 5}};
  testing::TempDir dir;
  const auto path = dir.path() / kResultsFileName;
  ASSERT_TRUE(WriteResultsFile(path, {r}).ok());
  std::ifstream in(path);
  const std::string good{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::vector<RecordingResult> back;
  ASSERT_TRUE(ReadResultsFile(path, &back).ok());
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"\"end_s\": 2.0", "\"end_s\": 12.0"},
                                 {"\"x_px\": 5.0", "\"x_px\": 1e39"}}) {
    std::string damaged = good;
    const std::size_t at = damaged.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    damaged.replace(at, from.size(), to);
    testing::WriteText(path, damaged);
    const Status s = ReadResultsFile(path, &back);
    ASSERT_FALSE(s.ok()) << to;
    EXPECT_NE(s.message().find("not a results file of this program"), std::string::npos) << s.message();
  }
}

}  // namespace
}  // namespace tobii::results
