// The recording pass: one recording through preprocessing, detection and
// every accumulator. Its results must not depend on how the reader cuts the
// samples into chunks, and AnalyseRecording must fill what it promises.

#include "study/recording_pass.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "gen_study/study_generator.h"
#include "io/recording_format.h"
#include "support/temp_dir.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;

// One generated Pro Lab recording of 20 s at 120 Hz, with blinks, saccades
// and a sample stretch, read once into memory.
class RecordingPassTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir("recording_pass");
    gen::StudyOptions options;
    options.out = dir_->path() / "study";
    options.recordings = 2;
    options.minutes = 20.0 / 60.0;
    options.hz = 120;
    options.seed = 11;
    options.boris = false;
    gen::GeneratedStudy study;
    ASSERT_TRUE(gen::GenerateStudy(options, &study).ok());
    path_ = new std::string((options.out / study.recordings.at(0).file).string());
    std::unique_ptr<io::SampleReader> reader;
    ASSERT_TRUE(io::OpenSampleReader(io::RecordingFormat::kProLab, *path_, {}, &reader).ok());
    ASSERT_TRUE(reader->Open().ok());
    samples_ = new std::vector<Sample>();
    SampleChunk chunk;
    do {
      ASSERT_TRUE(reader->Next(&chunk).ok());
      samples_->insert(samples_->end(), chunk.samples.begin(), chunk.samples.end());
    } while (!chunk.empty());
  }
  static void TearDownTestSuite() {
    delete samples_;
    delete path_;
    delete dir_;
  }

  static inline testing::TempDir* dir_ = nullptr;
  static inline std::string* path_ = nullptr;
  static inline std::vector<Sample>* samples_ = nullptr;
};

// Annotations by hand: a state over two stretches and two point events.
boris::BehaviorTimeline Behaviors() {
  boris::BehaviorTimeline timeline;
  timeline.states.push_back({"talking", 2, {{1'000'000, 4'000'000}, {9'000'000, 12'500'000}}});
  timeline.points.push_back({"nod", {5'000'000, 15'000'000}});
  return timeline;
}

struct PassOutput {
  RecordingResult result;
  std::vector<Event> events;
};

PassOutput RunPass(const std::vector<Sample>& samples, std::size_t chunk, const Settings& settings,
                   bool annotated = true) {
  std::unique_ptr<events::Detector> detector;
  EXPECT_TRUE(events::MakeDetector(settings, settings.screen, &detector).ok());
  PassOutput out;
  PassCallbacks callbacks;
  callbacks.on_events = [&](std::span<const Event> batch) { out.events.insert(out.events.end(), batch.begin(), batch.end()); };
  const boris::BehaviorTimeline behaviors = Behaviors();
  PassExtras extras;
  extras.behaviors = annotated ? &behaviors : nullptr;
  extras.sample_trace = annotated;
  SamplePass pass(settings, settings.screen, std::move(detector), callbacks, extras);
  for (std::size_t i = 0; i < samples.size(); i += chunk) {
    pass.Push(std::span(samples).subspan(i, std::min(chunk, samples.size() - i)));
  }
  pass.Finish(&out.result);
  return out;
}

// Equal, NaN equal to NaN: the same computation gives the same bits.
bool Same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }
bool Same(const std::vector<float>& a, const std::vector<float>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!Same(a[i], b[i])) return false;
  }
  return true;
}

void ExpectSameResult(const PassOutput& a, const PassOutput& b, const std::string& label) {
  SCOPED_TRACE(label);
  const RecordingResult& x = a.result;
  const RecordingResult& y = b.result;
  EXPECT_EQ(x.samples, y.samples);
  EXPECT_EQ(x.valid_samples, y.valid_samples);
  EXPECT_EQ(x.on_screen_samples, y.on_screen_samples);
  for (auto field : {&RecordingResult::duration_s, &RecordingResult::sampling_rate_hz,
                     &RecordingResult::fixation_duration_mean_ms, &RecordingResult::saccade_amplitude_mean_deg,
                     &RecordingResult::saccade_peak_velocity_mean_deg_per_s, &RecordingResult::blink_rate_per_min,
                     &RecordingResult::blink_duration_mean_ms, &RecordingResult::precision_rms_s2s_deg,
                     &RecordingResult::pupil_mean_mm}) {
    EXPECT_TRUE(Same(x.*field, y.*field)) << x.*field << " vs " << y.*field;
  }
  EXPECT_EQ(x.fixation_count, y.fixation_count);
  EXPECT_EQ(x.saccade_count, y.saccade_count);
  EXPECT_EQ(x.blink_count, y.blink_count);
  ASSERT_EQ(a.events.size(), b.events.size());
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    const Event& e = a.events[i];
    const Event& f = b.events[i];
    EXPECT_TRUE(e.type == f.type && e.index == f.index && e.onset_us == f.onset_us && e.offset_us == f.offset_us &&
                Same(e.x_px, f.x_px) && Same(e.y_px, f.y_px) && Same(e.amplitude_deg, f.amplitude_deg) &&
                Same(e.peak_velocity_deg_per_s, f.peak_velocity_deg_per_s) &&
                Same(e.dispersion_deg, f.dispersion_deg) && Same(e.rms_s2s_deg, f.rms_s2s_deg) &&
                e.s2s_pairs == f.s2s_pairs)
        << "event " << i;
  }
  ASSERT_EQ(x.behaviors.size(), y.behaviors.size());
  for (std::size_t i = 0; i < x.behaviors.size(); ++i) {
    const BehaviorResult& p = x.behaviors[i];
    const BehaviorResult& q = y.behaviors[i];
    EXPECT_EQ(p.behavior, q.behavior);
    EXPECT_EQ(p.samples, q.samples);
    EXPECT_EQ(p.fixation_count, q.fixation_count);
    EXPECT_EQ(p.events, q.events);
    EXPECT_TRUE(Same(p.pupil_mean_mm, q.pupil_mean_mm));
    EXPECT_TRUE(Same(p.gaze_dispersion_deg, q.gaze_dispersion_deg));
    EXPECT_TRUE(Same(p.pupil_response_mm, q.pupil_response_mm));
  }
  EXPECT_EQ(x.figure_data.gaze.counts, y.figure_data.gaze.counts);
  EXPECT_EQ(x.figure_data.fixation_duration_counts, y.figure_data.fixation_duration_counts);
  EXPECT_EQ(x.figure_data.saccades, y.figure_data.saccades);
  ASSERT_EQ(x.figure_data.sample.has_value(), y.figure_data.sample.has_value());
  if (!x.figure_data.sample) return;
  EXPECT_TRUE(Same(x.figure_data.sample->velocity_deg_per_s, y.figure_data.sample->velocity_deg_per_s));
  EXPECT_TRUE(Same(x.figure_data.sample->x_px, y.figure_data.sample->x_px));
  EXPECT_EQ(x.figure_data.sample->events.size(), y.figure_data.sample->events.size());
}

TEST_F(RecordingPassTest, TheSameResultsForAnyChunkSizeWithEveryDetector) {
  ASSERT_GT(samples_->size(), 2000u);
  for (const char* detector : {"ivt", "idt", "engbert_kliegl"}) {
    Settings settings;
    settings.detector = detector;
    const PassOutput whole = RunPass(*samples_, samples_->size(), settings);
    ASSERT_GT(whole.result.fixation_count, 20) << detector;
    ASSERT_GT(whole.result.blink_count, 0) << detector;
    ASSERT_EQ(whole.result.behaviors.size(), 2u);
    for (std::size_t chunk : {1u, 7u, 4096u}) {
      ExpectSameResult(RunPass(*samples_, chunk, settings), whole,
                       std::string(detector) + " in chunks of " + std::to_string(chunk));
    }
  }
}

TEST_F(RecordingPassTest, AnalyseRecordingReadsTheWholeFileAndCountsItsBytes) {
  std::unique_ptr<io::SampleReader> reader;
  ASSERT_TRUE(io::OpenSampleReader(io::RecordingFormat::kProLab, *path_, {}, &reader).ok());
  std::uint64_t reported = 0;
  PassCallbacks callbacks;
  callbacks.on_bytes = [&](std::uint64_t bytes) { reported += bytes; };
  RecordingResult result;
  const Status s = AnalyseRecording(reader.get(), Settings{}, callbacks, &result);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(result.samples, static_cast<std::int64_t>(samples_->size()));
  EXPECT_EQ(result.bytes_read, fs::file_size(*path_));
  EXPECT_EQ(reported, result.bytes_read);
  EXPECT_FALSE(result.figure_data.sample.has_value());  // none asked for
  ExpectSameResult({result, {}}, {RunPass(*samples_, 4096, Settings{}, false).result, {}},
                   "AnalyseRecording vs SamplePass");
}

TEST_F(RecordingPassTest, ARecordingWithoutGazeSamplesIsNotUsed) {
  const fs::path empty = dir_->path() / "header_only.tsv";
  std::string header;
  {
    std::ifstream in(*path_);
    std::getline(in, header);
  }
  testing::WriteText(empty, header + "\n");
  std::unique_ptr<io::SampleReader> reader;
  ASSERT_TRUE(io::OpenSampleReader(io::RecordingFormat::kProLab, empty.string(), {}, &reader).ok());
  RecordingResult result;
  const Status s = AnalyseRecording(reader.get(), Settings{}, {}, &result);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("expected gaze samples, found none"), std::string::npos) << s.message();
}

TEST_F(RecordingPassTest, AFileCutInsideItsFirstRowSaysWhere) {
  const fs::path cut = dir_->path() / "cut_in_first_row.tsv";
  std::string header, row;
  {
    std::ifstream in(*path_);
    std::getline(in, header);
    std::getline(in, row);
  }
  testing::WriteText(cut, header + "\n" + row.substr(0, row.size() / 3));  // no newline: cut off there
  std::unique_ptr<io::SampleReader> reader;
  ASSERT_TRUE(io::OpenSampleReader(io::RecordingFormat::kProLab, cut.string(), {}, &reader).ok());
  RecordingResult result;
  const Status s = AnalyseRecording(reader.get(), Settings{}, {}, &result);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(
      s.message().find("expected gaze samples, found none among its 1 rows (1 row skipped: the file ends "
                       "inside its last row"),
      std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find(cut.string() + ":2:"), std::string::npos) << "its line: " << s.message();
}

}  // namespace
}  // namespace tobii::study
