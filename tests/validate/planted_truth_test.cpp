// Event detection against the events the generator planted: event-level F1
// for fixations and saccades, and the recovered mean fixation duration.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "events/detector.h"
#include "gen_study/study_generator.h"
#include "io/recording_format.h"
#include "study/recording_pass.h"
#include "support/study_files.h"
#include "support/temp_dir.h"

namespace tobii {
namespace {

struct Interval {
  double onset_ms, offset_ms;
};

// Events match when they overlap by at least half of their union.
constexpr double kMinOverlapOfUnion = 0.5;

double F1(const std::vector<Interval>& truth, const std::vector<Interval>& found) {
  std::size_t matched = 0, j = 0;
  for (const Interval& t : truth) {
    while (j < found.size() && found[j].offset_ms <= t.onset_ms) ++j;
    for (std::size_t k = j; k < found.size() && found[k].onset_ms < t.offset_ms; ++k) {
      const double overlap = std::min(t.offset_ms, found[k].offset_ms) - std::max(t.onset_ms, found[k].onset_ms);
      const double joined = std::max(t.offset_ms, found[k].offset_ms) - std::min(t.onset_ms, found[k].onset_ms);
      if (overlap >= kMinOverlapOfUnion * joined) {
        ++matched;
        break;
      }
    }
  }
  return truth.empty() && found.empty() ? 1.0 : 2.0 * matched / static_cast<double>(truth.size() + found.size());
}

struct Score {
  double fixation_f1 = 0, saccade_f1 = 0, duration_error = 0;
};

// Every detector on every recording of a generated study; prints a line per
// detector and recording.
std::map<std::string, std::vector<Score>> ScoreDetectors(const std::filesystem::path& out, double hz,
                                                         double noise_deg) {
  gen::StudyOptions options;
  options.out = out;
  options.recordings = 2;
  options.minutes = 1;
  options.hz = hz;
  options.seed = 31;
  options.boris = false;
  options.gaze_noise_deg = noise_deg;
  gen::GeneratedStudy study;
  EXPECT_TRUE(gen::GenerateStudy(options, &study).ok());
  std::map<std::string, std::vector<Score>> scores;
  for (const gen::GeneratedRecording& r : study.recordings) {
    std::map<std::string, std::vector<Interval>> truth;
    for (const std::string& line : gen::testing::ReadLines(options.out / "truth" / (r.recording + "_events.csv"))) {
      const std::vector<std::string> f = gen::testing::Split(line, ',');
      if (f[0] == "fixation" || f[0] == "saccade") truth[f[0]].push_back({std::stod(f[1]), std::stod(f[2])});
    }
    for (const events::DetectorInfo& detector : events::RegisteredDetectors()) {
      Settings settings;
      settings.detector = std::string(detector.name);
      std::map<std::string, std::vector<Interval>> found;
      std::unique_ptr<io::SampleReader> reader;
      EXPECT_TRUE(io::OpenSampleReader(io::RecordingFormat::kProLab, (options.out / r.file).string(), {}, &reader).ok());
      study::PassCallbacks callbacks;
      callbacks.on_events = [&](std::span<const Event> events) {
        for (const Event& e : events) {
          if (e.type != EventType::kBlink) {
            found[std::string(EventTypeName(e.type))].push_back({e.onset_us / 1000.0, e.offset_us / 1000.0});
          }
        }
      };
      RecordingResult result;
      EXPECT_TRUE(study::AnalyseRecording(reader.get(), settings, callbacks, &result).ok());
      const Score score{F1(truth["fixation"], found["fixation"]), F1(truth["saccade"], found["saccade"]),
                        result.fixation_duration_mean_ms / r.fixation_duration_mean_ms - 1};
      std::printf("%-14s %s at %4.0f Hz, noise %.2f deg: fixation F1 %.3f, saccade F1 %.3f, "
                  "mean fixation %.1f ms (planted %.1f, %+.1f %%)\n",
                  settings.detector.c_str(), r.recording.c_str(), hz, noise_deg, score.fixation_f1, score.saccade_f1,
                  result.fixation_duration_mean_ms, r.fixation_duration_mean_ms, 100 * score.duration_error);
      scores[settings.detector].push_back(score);
    }
  }
  return scores;
}

// The generator's own noise is a good tracker's (0.03 deg RMS); 0.15 deg is
// a noisy one, where a velocity threshold starts to split fixations.
TEST(PlantedTruth, FixationsAndSaccadesAreRecovered) {
  testing::TempDir dir;
  for (const double hz : {60.0, 300.0}) {
    for (const double noise_deg : {0.03, 0.15}) {
      const std::string where = std::to_string(static_cast<int>(hz)) + " Hz, noise " + std::to_string(noise_deg);
      const auto scores = ScoreDetectors(dir.path() / ("study" + where), hz, noise_deg);
      // The default: what the issue asks for.
      for (const Score& s : scores.at("ivt")) {
        EXPECT_GE(s.fixation_f1, 0.95) << "ivt, " << where;
        EXPECT_GE(s.saccade_f1, 0.95) << "ivt, " << where;
        EXPECT_LE(std::abs(s.duration_error), 0.05) << "ivt, " << where;
      }
      // I-DT finds fixations (measured F1 0.93-0.99, durations within 8 %),
      // but its saccades start only once the dispersion is exceeded, so
      // they overlap the planted ones too little to count (F1 0.2-0.45).
      for (const Score& s : scores.at("idt")) {
        EXPECT_GE(s.fixation_f1, 0.90) << "idt, " << where;
        EXPECT_LE(std::abs(s.duration_error), 0.10) << "idt, " << where;
      }
      // Engbert-Kliegl's five-sample velocity spans 67 ms at 60 Hz, longer
      // than a saccade; at 300 Hz it finds both (measured F1 0.99-1.00).
      if (hz >= 300) {
        for (const Score& s : scores.at("engbert_kliegl")) {
          EXPECT_GE(s.fixation_f1, 0.95) << "engbert_kliegl, " << where;
          EXPECT_GE(s.saccade_f1, 0.95) << "engbert_kliegl, " << where;
          EXPECT_LE(std::abs(s.duration_error), 0.05) << "engbert_kliegl, " << where;
        }
      }
    }
  }
}

}  // namespace
}  // namespace tobii
