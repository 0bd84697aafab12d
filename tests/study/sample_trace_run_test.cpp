// A study run's sample traces hold the same events the run writes with
// --write-events, on one clock: the stretch is cut from the same pass.

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "tobii/run.h"
#include "support/study_files.h"
#include "util/text.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;
using gen::testing::ReadLines;
using gen::testing::Split;

struct CsvEvent {
  std::string type;
  double onset_s = 0, duration_s = 0, x_px = 0, y_px = 0;
};

std::vector<CsvEvent> ReadEvents(const fs::path& path) {
  std::vector<CsvEvent> events;
  const std::vector<std::string> lines = ReadLines(path);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::vector<std::string> f = Split(lines[i], ',');
    // participant_id,recording,type,index,onset_ms,offset_ms,duration_ms,x_px,y_px,...
    const auto number = [](const std::string& text) { return text.empty() ? NAN : std::stod(text); };
    events.push_back({f[2], number(f[4]) / 1e3, number(f[6]) / 1e3, number(f[7]), number(f[8])});
  }
  return events;
}

TEST(SampleTraceRun, TheStretchHoldsTheWrittenEventsInOrder) {
  gen::testing::TempFolder dir;
  gen::StudyOptions generate = gen::testing::SmallOptions(dir.path() / "study");
  generate.recordings = 2;
  gen::GeneratedStudy study;
  ASSERT_TRUE(gen::GenerateStudy(generate, &study).ok());
  RunOptions options;
  options.study = dir.path() / "study";
  options.out = dir.path() / "out";
  options.write_events = true;
  options.settings.figures.sample_start_s = 5;  // a stretch inside the recording, not at its start
  RunSummary summary;
  ASSERT_TRUE(RunStudy(options, nullptr, &summary).ok());
  ASSERT_EQ(summary.results.size(), 2u);

  for (const RecordingResult& r : summary.results) {
    ASSERT_TRUE(r.figure_data.sample.has_value()) << r.recording;  // the first three get one
    const SampleTrace& trace = *r.figure_data.sample;
    EXPECT_EQ(trace.start_s, 5);
    EXPECT_EQ(trace.window_s, 10);
    ASSERT_GT(trace.events.size(), 20u) << r.recording;
    ASSERT_FALSE(trace.time_s.empty());
    EXPECT_LT(trace.time_s.back(), 10.0f);
    const std::vector<CsvEvent> written = ReadEvents(
        options.out / "events" / (util::SafeFileName(r.participant_id + "_" + r.recording) + ".csv"));

    // The trace's second event is whole; find it among the written events
    // by type, duration and position, then walk both lists together.
    const SampleTrace::Interval& anchor = trace.events[1];
    std::size_t k = 0;
    while (k < written.size() &&
           !(written[k].type == EventTypeName(anchor.type) &&
             std::abs(written[k].duration_s - (anchor.end_s - anchor.start_s)) < 1e-5 &&
             (anchor.type == EventType::kBlink || std::abs(written[k].x_px - anchor.x_px) < 0.01))) {
      ++k;
    }
    ASSERT_LT(k, written.size()) << r.recording << ": the trace's event is not among those written";
    const double origin_s = written[k].onset_s - anchor.start_s;  // the stretch's start on the export's clock
    // Generated exports start at 0, so the stretch starts at --sample-start-s.
    EXPECT_NEAR(origin_s, 5.0, 1e-5);
    ASSERT_GT(k, 0u);
    --k;  // the trace's first event
    for (const SampleTrace::Interval& e : trace.events) {
      ASSERT_LT(k, written.size());
      const CsvEvent& w = written[k++];
      EXPECT_EQ(EventTypeName(e.type), w.type);
      EXPECT_NEAR(e.start_s, std::max(0.0, w.onset_s - origin_s), 1e-5);
      EXPECT_NEAR(e.end_s, std::min(10.0, w.onset_s + w.duration_s - origin_s), 1e-5);
    }
    // The events just outside the stretch are not in it.
    if (k < written.size()) {
      EXPECT_GE(written[k].onset_s - origin_s, 10.0 - 1e-6);
    }
  }
}

}  // namespace
}  // namespace tobii::study
