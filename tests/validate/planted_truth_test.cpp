// Event detection against the events the generator planted: event-level F1
// for fixations and saccades, and the recovered mean fixation duration.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "gen_study/study_generator.h"
#include "io/byte_source.h"
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

TEST(PlantedTruth, FixationsAndSaccadesAreRecovered) {
  testing::TempDir dir;
  for (double hz : {60.0, 300.0}) {
    gen::StudyOptions options;
    options.out = dir.path() / ("study" + std::to_string(static_cast<int>(hz)));
    options.recordings = 2;
    options.minutes = 1;
    options.hz = hz;
    options.seed = 31;
    options.boris = false;
    gen::GeneratedStudy study;
    ASSERT_TRUE(gen::GenerateStudy(options, &study).ok());
    for (const gen::GeneratedRecording& r : study.recordings) {
      std::map<std::string, std::vector<Interval>> truth, found;
      for (const std::string& line : gen::testing::ReadLines(options.out / "truth" / (r.recording + "_events.csv"))) {
        const std::vector<std::string> f = gen::testing::Split(line, ',');
        if (f[0] == "fixation" || f[0] == "saccade") truth[f[0]].push_back({std::stod(f[1]), std::stod(f[2])});
      }
      std::unique_ptr<io::ByteSource> source;
      ASSERT_TRUE(io::OpenFileSource((options.out / r.file).string(), &source).ok());
      study::PassCallbacks callbacks;
      callbacks.on_events = [&](std::span<const Event> events) {
        for (const Event& e : events) {
          if (e.type != EventType::kBlink) {
            found[std::string(EventTypeName(e.type))].push_back({e.onset_us / 1000.0, e.offset_us / 1000.0});
          }
        }
      };
      RecordingResult result;
      ASSERT_TRUE(study::AnalyseRecording(std::move(source), Settings{}, callbacks, &result).ok());
      const double fixation_f1 = F1(truth["fixation"], found["fixation"]);
      const double saccade_f1 = F1(truth["saccade"], found["saccade"]);
      const double duration_error = result.fixation_duration_mean_ms / r.fixation_duration_mean_ms - 1;
      std::printf("%s at %.0f Hz: fixation F1 %.3f, saccade F1 %.3f, mean fixation %.1f ms (planted %.1f, %+.1f %%)\n",
                  r.recording.c_str(), hz, fixation_f1, saccade_f1, result.fixation_duration_mean_ms,
                  r.fixation_duration_mean_ms, 100 * duration_error);
      EXPECT_GE(fixation_f1, 0.95) << r.recording << " at " << hz << " Hz";
      EXPECT_GE(saccade_f1, 0.90) << r.recording << " at " << hz << " Hz";
      EXPECT_LE(std::abs(duration_error), 0.05) << r.recording << " at " << hz << " Hz";
    }
  }
}

}  // namespace
}  // namespace tobii
