// The behaviour the generator plants: event statistics, group effects, the
// pupil effect of talking and the BORIS files that annotate it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

#include "boris/boris_reader.h"
#include "gen_study/study_generator.h"
#include "support/study_files.h"

namespace tobii::gen {
namespace {

using testing::Number;
using testing::ReadFile;
using testing::ReadLines;
using testing::ReadTable;
using testing::Split;
using testing::Table;
using testing::TempFolder;

constexpr double kHz = 60;

struct Event {
  std::string type;
  double onset_ms, duration_ms, x_px, y_px, amplitude_deg, peak_velocity;
};

class PlantedEffects : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = std::make_unique<TempFolder>("planted");
    study_ = std::make_unique<GeneratedStudy>();
    StudyOptions options = testing::SmallOptions(folder_->path(), 11);
    options.minutes = 2;
    options.hz = kHz;
    ASSERT_TRUE(GenerateStudy(options, study_.get()).ok());
  }
  static void TearDownTestSuite() {
    study_.reset();
    folder_.reset();
  }
  // The planted events of one recording, without the last (cut by the end).
  static std::vector<Event> Events(const GeneratedRecording& r) {
    std::vector<Event> events;
    auto number = [](const std::string& s) { return s.empty() ? NAN : std::stod(s); };
    for (const std::string& line : ReadLines(folder_->path() / "truth" / (r.recording + "_events.csv"))) {
      if (line.starts_with("type")) continue;
      const auto f = Split(line, ',');
      events.push_back(
          {f[0], number(f[1]), number(f[3]), number(f[4]), number(f[5]), number(f[6]), number(f[7])});
    }
    if (!events.empty()) events.pop_back();
    return events;
  }
  static std::map<std::string, double> GroupMean(double GeneratedRecording::*field) {
    std::map<std::string, double> sum, count;
    for (const GeneratedRecording& r : study_->recordings) {
      sum[r.group] += r.*field;
      count[r.group] += 1;
    }
    for (auto& [group, total] : sum) total /= count[group];
    return sum;
  }

  static std::unique_ptr<TempFolder> folder_;
  static std::unique_ptr<GeneratedStudy> study_;
};
std::unique_ptr<TempFolder> PlantedEffects::folder_;
std::unique_ptr<GeneratedStudy> PlantedEffects::study_;

TEST_F(PlantedEffects, PatientFixationsAreLongerThanControlFixations) {
  auto mean = GroupMean(&GeneratedRecording::fixation_duration_mean_ms);
  // Planted: 50 ms between the groups' means, each participant's drawn
  // with an SD of 12 ms; with two participants a group (here 289 and 265
  // against 244 and 243 ms) and the window's truncation, the recordings
  // show 25-35 ms.
  EXPECT_GT(mean["Patient"], mean["Control"] + 20);
  EXPECT_NEAR(mean["Control"], 240, 25);
  EXPECT_NEAR(mean["Patient"], 290, 25);
}

TEST_F(PlantedEffects, PatientsHaveLargerPupilsAndBlinkMore) {
  auto pupil = GroupMean(&GeneratedRecording::pupil_mean_mm);
  EXPECT_GT(pupil["Patient"], pupil["Control"]);
  std::map<std::string, double> blinks;
  for (const GeneratedRecording& r : study_->recordings)
    blinks[r.group] += r.blink_count / (r.duration_s / 60);
  EXPECT_GT(blinks["Patient"], blinks["Control"]);
  EXPECT_NEAR(blinks["Control"] / 4, 17, 5);  // blinks per minute and recording
}

TEST_F(PlantedEffects, PatientFixationsLieLowerThanControlFixations) {
  // The planted centres (physiology.h: kFixationCentreShiftFraction) are
  // 8 % of the screen's height below and above its middle, 540 px.
  std::map<std::string, double> sum, count;
  for (const GeneratedRecording& r : study_->recordings) {
    double recording_sum = 0;
    int fixations = 0;
    for (const Event& e : Events(r)) {
      if (e.type != "fixation") continue;
      recording_sum += e.y_px;
      ++fixations;
    }
    ASSERT_GT(fixations, 0) << r.recording;
    // The recorded mean agrees with the events file (which lacks the last event).
    EXPECT_NEAR(r.fixation_y_mean_px, recording_sum / fixations, 10) << r.recording;
    sum[r.group] += recording_sum;
    count[r.group] += fixations;
  }
  const double patient = sum["Patient"] / count["Patient"], control = sum["Control"] / count["Control"];
  std::printf("mean fixation y: Patient %.1f px, Control %.1f px\n", patient, control);
  EXPECT_GT(patient, 540);
  EXPECT_LT(control, 540);
  EXPECT_GT(patient - control, 100);
}

TEST_F(PlantedEffects, SaccadeAmplitudesDoNotDifferBetweenGroups) {
  // Only where fixations land differs: the steps between them are drawn alike.
  std::map<std::string, double> sum, count;
  for (const GeneratedRecording& r : study_->recordings) {
    for (const Event& e : Events(r)) {
      if (e.type != "saccade") continue;
      sum[r.group] += e.amplitude_deg;
      count[r.group] += 1;
    }
  }
  const double patient = sum["Patient"] / count["Patient"], control = sum["Control"] / count["Control"];
  std::printf("mean saccade amplitude: Patient %.2f deg, Control %.2f deg\n", patient, control);
  EXPECT_NEAR(patient, control, 0.05 * control);
}

TEST_F(PlantedEffects, FixationsLast100To600Ms) {
  int fixations = 0;
  for (const GeneratedRecording& r : study_->recordings) {
    for (const Event& e : Events(r)) {
      if (e.type != "fixation") continue;
      ++fixations;
      EXPECT_GE(e.duration_ms, 100 - 1e-6);
      EXPECT_LE(e.duration_ms, 600 + 1e-6);
      EXPECT_GE(e.x_px, 0);
      EXPECT_LT(e.x_px, 1920);
      EXPECT_GE(e.y_px, 0);
      EXPECT_LT(e.y_px, 1080);
    }
  }
  EXPECT_GT(fixations, 1000);
}

TEST_F(PlantedEffects, BlinksLast100To300Ms) {
  int blinks = 0;
  for (const GeneratedRecording& r : study_->recordings) {
    for (const Event& e : Events(r)) {
      if (e.type != "blink") continue;
      ++blinks;
      EXPECT_GE(e.duration_ms, 100 - 500 / kHz);
      EXPECT_LE(e.duration_ms, 300 + 500 / kHz);
    }
  }
  EXPECT_GT(blinks, 100);
}

TEST_F(PlantedEffects, SaccadesFollowTheMainSequence) {
  for (const Event& e : Events(study_->recordings[0])) {
    if (e.type != "saccade") continue;
    EXPECT_GE(e.amplitude_deg, 0.8);
    EXPECT_LE(e.amplitude_deg, 16);
    // Carpenter's duration, to the nearest sample.
    EXPECT_NEAR(e.duration_ms, 2.2 * e.amplitude_deg + 21, 500 / kHz + 1e-3);
    // Minimum-jerk profile: the peak is 15/8 of the mean velocity, to the
    // precision written: 0.05 deg/s for the peak, 0.0005 deg for the
    // amplitude and 0.0005 ms for the duration.
    const double mean_velocity = e.amplitude_deg / (e.duration_ms / 1000);
    const double written = 0.05 + 1.875 * (0.0005 / (e.duration_ms / 1000) + mean_velocity * 0.0005 / e.duration_ms);
    EXPECT_NEAR(e.peak_velocity, 1.875 * mean_velocity, written + 1e-9);
  }
}

TEST_F(PlantedEffects, PupilDilatesWhileTalking) {
  double inside = 0, outside = 0;
  int n_inside = 0, n_outside = 0;
  for (const GeneratedRecording& r : study_->recordings) {
    // Read with the pipeline's own BORIS reader, whichever format the
    // generator wrote this recording's annotations in.
    std::vector<std::pair<double, double>> talking;  // seconds, on the recording's clock
    boris::Annotations annotations;
    const Status read = boris::ReadBorisFile((folder_->path() / r.boris_file).string(), &annotations);
    ASSERT_TRUE(read.ok()) << read.message();
    ASSERT_EQ(annotations.observations.size(), 1u) << r.boris_file;
    for (const boris::Bout& b : annotations.observations[0].bouts) {
      // BORIS times are on the video's clock, which runs the lead ahead of
      // the export's.
      if (b.behavior == "talking") talking.push_back({b.start_s - r.video_lead_s, b.stop_s - r.video_lead_s});
    }
    const Table table = ReadTable(folder_->path() / r.file);
    const int time = table.Column("Recording timestamp [ms]"),
              pupil = table.Column("Pupil diameter filtered [mm]");
    for (const auto& row : table.rows) {
      if (row[pupil].empty()) continue;
      const double t = std::stod(row[time]) / 1000;
      // Skip the pupil's lag after each change.
      bool in = false, settling = false;
      for (const auto& [start, stop] : talking) {
        in |= t >= start + 1.5 && t < stop;
        settling |= t >= start && t < stop + 2.5;
      }
      if (in) {
        inside += Number(row[pupil]);
        ++n_inside;
      } else if (!settling) {
        outside += Number(row[pupil]);
        ++n_outside;
      }
    }
  }
  ASSERT_GT(n_inside, 1000);
  EXPECT_NEAR(inside / n_inside - outside / n_outside, 0.25, 0.1);
}

TEST_F(PlantedEffects, BorisFilesUseLayoutB) {
  const GeneratedRecording& r = study_->recordings[0];
  ASSERT_EQ(r.boris_format, "tabular events >= 8.9.4, TSV");
  const std::string bytes = ReadFile(folder_->path() / r.boris_file);
  EXPECT_EQ(std::count(bytes.begin(), bytes.end(), '\n'), std::count(bytes.begin(), bytes.end(), '\r'));
  const auto lines = ReadLines(folder_->path() / r.boris_file);
  ASSERT_GT(lines.size(), 5u);
  EXPECT_EQ(lines[0],
            "Observation id\tObservation date\tDescription\tObservation duration\tObservation type\tSource\t"
            "Time offset (s)\tMedia duration (s)\tFPS\tSubject\tBehavior\tBehavioral category\tModifier #1\t"
            "Behavior type\tTime\tMedia file name\tImage index\tImage file path\tComment");
  double previous = 0;
  std::map<std::string, int> open;
  double speech_open = 0;
  int syncs = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto f = Split(lines[i], '\t');
    ASSERT_EQ(f.size(), 19u);
    EXPECT_EQ(f[0], r.recording);
    EXPECT_EQ(f[5], "player #1:" + r.recording + ".mp4");
    EXPECT_EQ(f[9], "participant");
    const double t = std::stod(f[14]);
    EXPECT_GE(t, previous);
    previous = t;
    if (f[13] == "START") {
      EXPECT_EQ(open[f[10]]++, 0) << f[10] << " opened twice";
      if (f[10] == "talking" || f[10] == "listening") speech_open += 1;
      EXPECT_LE(speech_open, 1) << "talking and listening overlap";
    } else if (f[13] == "STOP") {
      EXPECT_EQ(--open[f[10]], 0) << f[10] << " closed while not open";
      if (f[10] == "talking" || f[10] == "listening") speech_open -= 1;
    } else if (f[10] == "sync") {
      // The clap, on the video's clock: recording time + the video's lead.
      EXPECT_EQ(f[13], "POINT");
      EXPECT_NEAR(t, r.sync_s + r.video_lead_s, 1e-9);
      ++syncs;
    } else {
      EXPECT_EQ(f[13], "POINT");
      EXPECT_EQ(f[10], "looks at experimenter");
    }
  }
  for (const auto& [behavior, count] : open) EXPECT_EQ(count, 0) << behavior;
  EXPECT_EQ(syncs, 1);
  EXPECT_LE(previous, r.duration_s + r.video_lead_s);
}

}  // namespace
}  // namespace tobii::gen
