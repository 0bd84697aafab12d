// AOI metrics on a real Tobii Studio export with AOIs (Rec 04 of
// ../shared/data/real/fhp-tobii-studio-legacy: one AOI, AOI_1, on the image
// "SMI Label.bmp"), against the same metrics computed plainly from Tobii's
// own classification (`FixationIndex`, `FixationDuration`) and hit column
// (`AoiNames`, which Studio fills per fixation).
//
// Boundary conventions: Studio's fixation starts at the timestamp of its
// first row and lasts `FixationDuration`; ours at its first sample's time
// and lasts to the next sample's (doc/algorithms/conventions.md); both cut
// to the interval [ImageStart, ImageEnd). With Tobii's fixations fed to our
// accumulator the metrics are the same; with our I-VT's own fixations they
// differ only by where detection puts a fixation's edges.

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "io/recording_format.h"
#include "metrics/aoi_metrics.h"
#include "study/recording_pass.h"
#include "support/temp_dir.h"

namespace tobii {
namespace {

constexpr const char* kStimulus = "SMI Label.bmp";
constexpr const char* kAoi = "AOI_1";

std::filesystem::path Rec04() {
  return testing::SharedDir() / "data/real/fhp-tobii-studio-legacy/Rec 04-All-Data-2stimuli.tsv";
}

std::vector<std::string> Cells(std::string line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
    out.push_back(line.substr(start, tab - start));
  out.push_back(line.substr(start));
  return out;
}

struct TobiiFixation {
  double onset_ms = 0, duration_ms = 0;
  bool on_aoi = false;
};

// What the file says: Tobii's fixations (each with whether Studio put it on
// the AOI) and the image's interval.
struct Rec04Truth {
  std::vector<TobiiFixation> fixations;
  double image_start_ms = NAN, image_end_ms = NAN;
};

Rec04Truth ReadTobii() {
  Rec04Truth truth;
  std::ifstream in(Rec04(), std::ios::binary);
  std::string line;
  std::getline(in, line);
  const std::vector<std::string> header = Cells(line);
  const auto column = [&](const std::string& name) {
    const auto at = std::find(header.begin(), header.end(), name);
    EXPECT_NE(at, header.end()) << name;
    return static_cast<std::size_t>(at - header.begin());
  };
  const std::size_t time = column("Timestamp"), index = column("FixationIndex"),
                    duration = column("FixationDuration"), names = column("AoiNames"), event = column("Event");
  std::string last_index;
  while (std::getline(in, line)) {
    const std::vector<std::string> row = Cells(line);
    const double t = std::stod(row[time]);
    if (row[event] == "ImageStart") truth.image_start_ms = t;
    if (row[event] == "ImageEnd") truth.image_end_ms = t;
    if (row[index].empty()) continue;
    if (row[index] != last_index) {
      truth.fixations.push_back({t, std::stod(row[duration]), false});
      last_index = row[index];
    }
    truth.fixations.back().on_aoi = truth.fixations.back().on_aoi || row[names] == kAoi;
  }
  return truth;
}

// Pro Lab's definitions over Tobii's fixations, written the plain way.
struct Metrics {
  double ttff_ms = NAN;
  int fixations = 0, visits = 0;
  double fixation_ms = 0;
};

Metrics Plain(const Rec04Truth& t) {
  Metrics m;
  bool in_visit = false;
  for (const TobiiFixation& f : t.fixations) {
    const double on = std::max(f.onset_ms, t.image_start_ms);
    const double off = std::min(f.onset_ms + f.duration_ms, t.image_end_ms);
    if (off <= on) continue;
    if (!f.on_aoi) {
      in_visit = false;
      continue;
    }
    if (m.fixations == 0) m.ttff_ms = on - t.image_start_ms;
    ++m.fixations;
    m.fixation_ms += off - on;
    if (!in_visit) ++m.visits;
    in_visit = true;
  }
  return m;
}

const AoiResult* ImageAoi(const std::vector<IntervalResult>& intervals) {
  for (const IntervalResult& interval : intervals) {
    if (interval.kind != "stimulus" || interval.interval != kStimulus) continue;
    for (const AoiResult& aoi : interval.aois) {
      if (aoi.aoi == kAoi) return &aoi;
    }
  }
  return nullptr;
}

TEST(StudioAoiAgreement, TobiisFixationsGiveTheMetricsOfTobiisColumns) {
  if (!std::filesystem::exists(Rec04())) GTEST_SKIP() << "real data not found at " << Rec04() << ": skipped";
  const Rec04Truth truth = ReadTobii();
  ASSERT_FALSE(std::isnan(truth.image_start_ms));
  ASSERT_FALSE(std::isnan(truth.image_end_ms));
  const Metrics plain = Plain(truth);
  ASSERT_EQ(plain.fixations, 4);  // fixations 57, 58, 60 and 63 of Studio's
  ASSERT_EQ(plain.visits, 3);     // 57-58, 60, 63

  std::unique_ptr<io::SampleReader> reader;
  ASSERT_TRUE(io::OpenSampleReader(io::RecordingFormat::kTobiiStudio, Rec04().string(), {}, &reader).ok());
  ASSERT_TRUE(reader->Open().ok());
  metrics::AoiMetrics metrics(nullptr, {});
  metrics.UseAoiColumns(&reader->info().aoi_columns);
  SampleChunk chunk;
  std::int64_t end_us = 0;
  for (;;) {
    ASSERT_TRUE(reader->Next(&chunk).ok());
    if (chunk.empty()) break;
    metrics.AddRecordingEvents(chunk.events);
    std::vector<preprocess::GazeSample> gaze;
    for (const Sample& s : chunk.samples) {
      preprocess::GazeSample g;
      g.time_us = s.time_us;
      g.aoi_hits = s.aoi_hits;
      gaze.push_back(g);
      end_us = s.time_us;
    }
    metrics.AddSamples(gaze);
  }
  std::vector<Event> fixations;
  for (const TobiiFixation& f : truth.fixations) {
    Event e;
    e.onset_us = std::llround(f.onset_ms * 1000);
    e.offset_us = std::llround((f.onset_ms + f.duration_ms) * 1000);
    fixations.push_back(e);
  }
  metrics.AddEvents(fixations);
  std::vector<IntervalResult> intervals;
  metrics.Finish(end_us, 50, &intervals);
  const AoiResult* ours = ImageAoi(intervals);
  ASSERT_NE(ours, nullptr);
  EXPECT_EQ(ours->number_of_fixations, plain.fixations);
  EXPECT_EQ(ours->number_of_visits, plain.visits);
  EXPECT_NEAR(ours->time_to_first_fixation_ms, plain.ttff_ms, 1e-6);
  EXPECT_NEAR(ours->total_duration_of_fixations_ms, plain.fixation_ms, 1e-6);
}

TEST(StudioAoiAgreement, OurDetectionFindsTheSameFixationsOnTheAoi) {
  if (!std::filesystem::exists(Rec04())) GTEST_SKIP() << "real data not found at " << Rec04() << ": skipped";
  const Metrics plain = Plain(ReadTobii());
  std::unique_ptr<io::SampleReader> reader;
  ASSERT_TRUE(io::OpenSampleReader(io::RecordingFormat::kTobiiStudio, Rec04().string(), {}, &reader).ok());
  RecordingResult result;
  ASSERT_TRUE(study::AnalyseRecording(reader.get(), Settings(), {}, &result).ok());
  const AoiResult* ours = ImageAoi(result.intervals);
  ASSERT_NE(ours, nullptr);
  std::printf("Rec 04, AOI_1 on its image: Tobii Studio %d fixations, %d visits, TTFF %.0f ms, %.0f ms fixated; "
              "ours %lld, %lld, %.0f ms, %.0f ms\n",
              plain.fixations, plain.visits, plain.ttff_ms, plain.fixation_ms,
              static_cast<long long>(ours->number_of_fixations), static_cast<long long>(ours->number_of_visits),
              ours->time_to_first_fixation_ms, ours->total_duration_of_fixations_ms);
  EXPECT_EQ(ours->number_of_fixations, plain.fixations);
  EXPECT_EQ(ours->number_of_visits, plain.visits);
  // Our I-VT puts the first fixation's start two 50 Hz samples after
  // Studio's filter, and ends fixations a little earlier: the time to
  // first fixation within three samples, the time fixated within 15 %.
  constexpr double kThreeSamplesMs = 3 * 20.0;
  EXPECT_NEAR(ours->time_to_first_fixation_ms, plain.ttff_ms, kThreeSamplesMs);
  EXPECT_NEAR(ours->total_duration_of_fixations_ms, plain.fixation_ms, 0.15 * plain.fixation_ms);
}

}  // namespace
}  // namespace tobii
