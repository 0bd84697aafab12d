#include "metrics/aoi_metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace tobii::metrics {
namespace {

// 100 Hz: 10 ms a sample, 10 s.
constexpr std::int64_t kSampleUs = 10'000;
constexpr int kSamples = 1000;
constexpr std::int64_t kEndUs = kSamples * kSampleUs;
constexpr double kRateHz = 100;

struct Fixation {
  std::int64_t onset_ms, offset_ms;
  float x, y;
};

aoi::AoiDefinition Rectangle(const std::string& name, const std::string& stimulus, aoi::Point low, aoi::Point high) {
  aoi::AoiDefinition a;
  a.name = name;
  a.stimulus = stimulus;
  a.points = {low, high};
  return a;
}

// Left and right squares on the image "img", shown from 2 s to 6 s.
aoi::AoiSet TwoSquares() {
  aoi::AoiSet set;
  set.aois.push_back(Rectangle("left", "img", {0, 0}, {100, 100}));
  set.aois.push_back(Rectangle("right", "img", {200, 0}, {300, 100}));
  return set;
}

const std::vector<RecordingEvent> kImageShown = {{2'000'000, "ImageStimulusStart", "img"},
                                                 {6'000'000, "ImageStimulusEnd", "img"}};

// Fixations on left, left, neither, right, left, right; the first begins
// before the image and the last ends after it.
const std::vector<Fixation> kFixations = {{1500, 2300, 50, 50},  {2400, 2700, 50, 50}, {2800, 3000, 150, 50},
                                          {3100, 3500, 250, 50}, {3600, 4000, 50, 50}, {5800, 6300, 250, 50}};

std::vector<Event> Events(const std::vector<Fixation>& fixations) {
  std::vector<Event> events;
  int index = 0;
  for (const Fixation& f : fixations) {
    Event e;
    e.type = EventType::kFixation;
    e.index = ++index;
    e.onset_us = f.onset_ms * 1000;
    e.offset_us = f.offset_ms * 1000;
    e.x_px = f.x;
    e.y_px = f.y;
    events.push_back(e);
  }
  return events;
}

// Gaze on each fixation's point during it, elsewhere (500, 500) between them.
std::vector<preprocess::GazeSample> Samples(const std::vector<Fixation>& fixations) {
  std::vector<preprocess::GazeSample> samples(kSamples);
  for (int i = 0; i < kSamples; ++i) {
    preprocess::GazeSample& s = samples[static_cast<std::size_t>(i)];
    s.time_us = i * kSampleUs;
    s.valid = true;
    s.x_px = 500;
    s.y_px = 500;
    for (const Fixation& f : fixations) {
      if (s.time_us >= f.onset_ms * 1000 && s.time_us < f.offset_ms * 1000) {
        s.x_px = f.x;
        s.y_px = f.y;
      }
    }
  }
  return samples;
}

const IntervalResult& Find(const std::vector<IntervalResult>& intervals, const std::string& name) {
  for (const IntervalResult& r : intervals) {
    if (r.interval == name) return r;
  }
  ADD_FAILURE() << "no interval " << name;
  return intervals.front();
}

const AoiResult& Aoi(const IntervalResult& interval, const std::string& name) {
  for (const AoiResult& r : interval.aois) {
    if (r.aoi == name) return r;
  }
  ADD_FAILURE() << "no AOI " << name << " in " << interval.interval;
  return interval.aois.front();
}

std::vector<IntervalResult> Analyse(const aoi::AoiSet* defined,
                                    const std::vector<aoi::EventPairSpec>& between,
                                    const std::vector<RecordingEvent>& recording_events,
                                    const std::vector<preprocess::GazeSample>& samples,
                                    const std::vector<Event>& events,
                                    const std::vector<io::AoiColumn>* columns = nullptr,
                                    std::span<const aoi::TableInterval> table = {}) {
  AoiMetrics metrics(defined, between, table);
  if (columns != nullptr) metrics.UseAoiColumns(columns);
  metrics.AddRecordingEvents(recording_events);
  // In two chunks, the events after the samples they cover, as the pass
  // gives them.
  constexpr std::size_t kFirstChunk = 450;
  const std::int64_t chunk_end_us = static_cast<std::int64_t>(kFirstChunk) * kSampleUs;
  std::size_t first_events = 0;
  while (first_events < events.size() && events[first_events].offset_us <= chunk_end_us) ++first_events;
  metrics.AddSamples(std::span(samples).subspan(0, kFirstChunk));
  metrics.AddEvents(std::span(events).subspan(0, first_events));
  metrics.AddSamples(std::span(samples).subspan(kFirstChunk));
  metrics.AddEvents(std::span(events).subspan(first_events));
  std::vector<IntervalResult> results;
  metrics.Finish(kEndUs, kRateHz, &results);
  return results;
}

TEST(AoiMetrics, StimulusIntervalFollowsProLabsDefinitions) {
  const aoi::AoiSet set = TwoSquares();
  const std::vector<IntervalResult> results = Analyse(&set, {}, kImageShown, Samples(kFixations), Events(kFixations));
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].interval, kWholeRecording);
  const IntervalResult& image = Find(results, "img");
  EXPECT_EQ(image.kind, "stimulus");
  EXPECT_EQ(image.occurrence, 1);
  EXPECT_DOUBLE_EQ(image.start_ms, 2000);
  EXPECT_DOUBLE_EQ(image.end_ms, 6000);
  EXPECT_EQ(image.fixation_count, 6);  // the first and last cut to the image

  const AoiResult& left = Aoi(image, "left");
  EXPECT_DOUBLE_EQ(left.time_to_first_fixation_ms, 0);      // begun before the image: cut at its start
  EXPECT_DOUBLE_EQ(left.duration_of_first_fixation_ms, 300);  // 2000-2300
  EXPECT_EQ(left.number_of_fixations, 3);
  EXPECT_DOUBLE_EQ(left.total_duration_of_fixations_ms, 300 + 300 + 400);
  EXPECT_NEAR(left.average_duration_of_fixations_ms, 1000.0 / 3, 1e-9);
  EXPECT_EQ(left.number_of_whole_fixations, 2);
  EXPECT_EQ(left.number_of_visits, 2);  // 2000-2700 (two fixations), 3600-4000
  EXPECT_DOUBLE_EQ(left.total_duration_of_visits_ms, 700 + 400);
  EXPECT_DOUBLE_EQ(left.average_duration_of_visits_ms, 550);
  EXPECT_EQ(left.number_of_revisits, 1);
  EXPECT_DOUBLE_EQ(left.dwell_time_ms, 1000);  // 30 + 30 + 40 samples of 10 ms
  EXPECT_DOUBLE_EQ(left.dwell_time_pct, 25);

  const AoiResult& right = Aoi(image, "right");
  EXPECT_DOUBLE_EQ(right.time_to_first_fixation_ms, 1100);
  EXPECT_DOUBLE_EQ(right.duration_of_first_fixation_ms, 400);
  EXPECT_EQ(right.number_of_fixations, 2);
  EXPECT_DOUBLE_EQ(right.total_duration_of_fixations_ms, 400 + 200);  // the last cut at 6000
  EXPECT_EQ(right.number_of_whole_fixations, 1);
  EXPECT_EQ(right.number_of_visits, 2);
  EXPECT_DOUBLE_EQ(right.total_duration_of_visits_ms, 600);
  EXPECT_DOUBLE_EQ(right.dwell_time_ms, 600);
  EXPECT_DOUBLE_EQ(right.dwell_time_pct, 15);
}

TEST(AoiMetrics, TransitionMatrixAndEntropiesAreKrejtzs) {
  const aoi::AoiSet set = TwoSquares();
  const IntervalResult image =
      Find(Analyse(&set, {}, kImageShown, Samples(kFixations), Events(kFixations)), "img");
  // Fixation AOIs: left left (none) right left right.
  ASSERT_EQ(image.transitions.size(), 3u);
  EXPECT_EQ(image.transitions[0].from, "left");
  EXPECT_EQ(image.transitions[0].to, "left");
  EXPECT_EQ(image.transitions[0].count, 1);
  EXPECT_EQ(image.transitions[1].to, "right");
  EXPECT_EQ(image.transitions[1].count, 2);
  EXPECT_EQ(image.transitions[2].from, "right");
  EXPECT_EQ(image.transitions[2].count, 1);
  // pi = (3/4, 1/4); rows (1/3, 2/3) and (0, 1):
  // H_t = 3/4 * H(1/3, 2/3), H_s = H(3/4, 1/4).
  const auto h = [](double p) { return -p * std::log2(p) - (1 - p) * std::log2(1 - p); };
  EXPECT_NEAR(image.transition_entropy_bits, 0.75 * h(1.0 / 3), 1e-12);
  EXPECT_NEAR(image.stationary_entropy_bits, h(0.75), 1e-12);
}

TEST(AoiMetrics, WholeRecordingCountsAStimulusAoiOnlyWhileItsStimulusIsShown) {
  const aoi::AoiSet set = TwoSquares();
  const IntervalResult whole = Analyse(&set, {}, kImageShown, Samples(kFixations), Events(kFixations))[0];
  EXPECT_DOUBLE_EQ(whole.start_ms, 0);
  EXPECT_DOUBLE_EQ(whole.end_ms, 10'000);
  EXPECT_EQ(whole.fixation_count, 6);
  const AoiResult& left = Aoi(whole, "left");
  // The first fixation began before the image: on no AOI here.
  EXPECT_EQ(left.number_of_fixations, 2);
  EXPECT_DOUBLE_EQ(left.time_to_first_fixation_ms, 2400);
  EXPECT_DOUBLE_EQ(left.dwell_time_ms, 1000);  // its samples before 2 s are on no image
  EXPECT_DOUBLE_EQ(left.dwell_time_pct, 10);
  // The last fixation is not cut in the whole recording.
  EXPECT_DOUBLE_EQ(Aoi(whole, "right").total_duration_of_fixations_ms, 400 + 500);
}

TEST(AoiMetrics, NoAoiAndNoStimulusGivesTheWholeRecordingAlone) {
  const std::vector<IntervalResult> results = Analyse(nullptr, {}, {}, Samples(kFixations), Events(kFixations));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].fixation_count, 6);
  EXPECT_TRUE(results[0].aois.empty());
  EXPECT_TRUE(std::isnan(results[0].transition_entropy_bits));
}

TEST(AoiMetrics, NeverFixatedAoiHasNoTimeToFirstFixationAndZeroDwell) {
  aoi::AoiSet set = TwoSquares();
  set.aois.push_back(Rectangle("corner", "img", {900, 900}, {950, 950}));
  const std::vector<IntervalResult> results = Analyse(&set, {}, kImageShown, Samples(kFixations), Events(kFixations));
  const AoiResult& corner = Aoi(Find(results, "img"), "corner");
  EXPECT_TRUE(std::isnan(corner.time_to_first_fixation_ms));
  EXPECT_TRUE(std::isnan(corner.average_duration_of_visits_ms));
  EXPECT_EQ(corner.number_of_fixations, 0);
  EXPECT_EQ(corner.number_of_revisits, 0);
  EXPECT_DOUBLE_EQ(corner.dwell_time_ms, 0);
  EXPECT_DOUBLE_EQ(corner.dwell_time_pct, 0);
}

TEST(AoiMetrics, EventPairIntervalsRecurAndCountTheirOccurrences) {
  const aoi::AoiSet set = TwoSquares();
  std::vector<RecordingEvent> events = {{1'000'000, "KeyPress", "TaskStart"}, {2'000'000, "ImageStimulusStart", "img"},
                                        {3'050'000, "KeyPress", "TaskEnd"},   {3'550'000, "KeyPress", "TaskStart"},
                                        {4'500'000, "KeyPress", "TaskEnd"},   {6'000'000, "ImageStimulusEnd", "img"}};
  const std::vector<IntervalResult> results =
      Analyse(&set, {{.name = "task", .start = "taskstart", .end = "TASKEND"}}, events, Samples(kFixations),
          Events(kFixations));
  ASSERT_EQ(results.size(), 4u);  // recording, task, img, task
  EXPECT_EQ(results[1].interval, "task");
  EXPECT_EQ(results[1].kind, "events");
  EXPECT_EQ(results[1].occurrence, 1);
  EXPECT_EQ(results[3].occurrence, 2);
  EXPECT_DOUBLE_EQ(results[1].start_ms, 1000);
  EXPECT_DOUBLE_EQ(results[1].end_ms, 3050);
  // First task: fixations 1-3 (the first on no image at its onset), the
  // fourth's onset after its end.
  EXPECT_EQ(results[1].fixation_count, 3);
  EXPECT_EQ(Aoi(results[1], "left").number_of_fixations, 1);
  EXPECT_DOUBLE_EQ(Aoi(results[1], "left").time_to_first_fixation_ms, 1400);
  EXPECT_EQ(Aoi(results[1], "right").number_of_fixations, 0);
  // Second task 3550-4500: the left fixation 3600-4000, and none on right.
  EXPECT_EQ(results[3].fixation_count, 1);
  EXPECT_DOUBLE_EQ(Aoi(results[3], "left").time_to_first_fixation_ms, 50);
}

TEST(AoiMetrics, TableIntervalsGiveWhatTheSameEventPairsGive) {
  const aoi::AoiSet set = TwoSquares();
  const std::vector<RecordingEvent> image = {{2'000'000, "ImageStimulusStart", "img"},
                                             {6'000'000, "ImageStimulusEnd", "img"}};
  std::vector<RecordingEvent> marked = {
      {1'000'000, "KeyPress", "TaskStart"}, {2'000'000, "ImageStimulusStart", "img"},
      {3'050'000, "KeyPress", "TaskEnd"},   {3'550'000, "KeyPress", "TaskStart"},
      {4'500'000, "KeyPress", "TaskEnd"},   {6'000'000, "ImageStimulusEnd", "img"}};
  const std::vector<IntervalResult> by_events =
      Analyse(&set, {{.name = "task", .start = "TaskStart", .end = "TaskEnd"}}, marked, Samples(kFixations),
              Events(kFixations));
  // The same two occurrences from a table, given out of order, and a
  // second name overlapping both that runs past the recording's end.
  const std::vector<aoi::TableInterval> table = {{"task", 3'550'000, 4'500'000, "t.csv:3"},
                                                 {"task", 1'000'000, 3'050'000, "t.csv:2"},
                                                 {"late", 3'000'000, 12'000'000, "t.csv:4"},
                                                 {"after", 10'000'000, 11'000'000, "t.csv:5"}};
  const std::vector<IntervalResult> by_table =
      Analyse(&set, {}, image, Samples(kFixations), Events(kFixations), nullptr, table);
  ASSERT_EQ(by_table.size(), 5u);  // recording, late, task, task, img: "after" lies outside the recording
  EXPECT_EQ(by_table[1].interval, "late");
  EXPECT_EQ(by_table[1].kind, "table");
  EXPECT_DOUBLE_EQ(by_table[1].end_ms, 10'000);  // cut at the recording's end
  EXPECT_EQ(by_table[1].fixation_count, 3);  // 3100-3500, 3600-4000, 5800-6300 (2800-3000 ends at its start)
  EXPECT_EQ(by_table[4].interval, "img");
  for (int occurrence : {1, 2}) {
    const IntervalResult& events = by_events[occurrence == 1 ? 1 : 3];
    const IntervalResult& rows = by_table[occurrence == 1 ? 2 : 3];
    EXPECT_EQ(rows.interval, "task");
    EXPECT_EQ(rows.occurrence, occurrence);
    EXPECT_DOUBLE_EQ(rows.start_ms, events.start_ms);
    EXPECT_DOUBLE_EQ(rows.end_ms, events.end_ms);
    EXPECT_EQ(rows.fixation_count, events.fixation_count);
    ASSERT_EQ(rows.aois.size(), events.aois.size());
    for (std::size_t a = 0; a < rows.aois.size(); ++a) {
      EXPECT_EQ(rows.aois[a].aoi, events.aois[a].aoi);
      EXPECT_EQ(rows.aois[a].number_of_fixations, events.aois[a].number_of_fixations);
      EXPECT_EQ(rows.aois[a].number_of_visits, events.aois[a].number_of_visits);
      const auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
      EXPECT_TRUE(same(rows.aois[a].time_to_first_fixation_ms, events.aois[a].time_to_first_fixation_ms))
          << rows.aois[a].aoi;
      EXPECT_TRUE(same(rows.aois[a].dwell_time_pct, events.aois[a].dwell_time_pct)) << rows.aois[a].aoi;
    }
  }
}

TEST(AoiMetrics, HitColumnsPutAFixationOnAnAoiItsSamplesHoldForHalfItsDuration) {
  const std::vector<io::AoiColumn> columns = {{"img", "left"}, {"img", "right"}};
  // One fixation 2000-3000 with its samples on left for 60 % of it, then on
  // right for 40 %; another 4000-5000 on right for 40 % only.
  const std::vector<Fixation> fixations = {{2000, 3000, 0, 0}, {4000, 5000, 0, 0}};
  std::vector<preprocess::GazeSample> samples = Samples(fixations);
  for (preprocess::GazeSample& s : samples) {
    const std::int64_t ms = s.time_us / 1000;
    if (ms >= 2000 && ms < 2600) s.aoi_hits = 1;   // left
    if (ms >= 2600 && ms < 3000) s.aoi_hits = 2;   // right
    if (ms >= 4000 && ms < 4400) s.aoi_hits = 2;   // right
  }
  const std::vector<IntervalResult> results =
      Analyse(nullptr, {}, kImageShown, samples, Events(fixations), &columns);
  const IntervalResult& image = Find(results, "img");
  EXPECT_EQ(Aoi(image, "left").number_of_fixations, 1);
  EXPECT_EQ(Aoi(image, "right").number_of_fixations, 0);
  // Dwell follows every sample on the AOI.
  EXPECT_DOUBLE_EQ(Aoi(image, "left").dwell_time_ms, 600);
  EXPECT_DOUBLE_EQ(Aoi(image, "right").dwell_time_ms, 800);
}

TEST(AoiMetrics, TheStudysDefinitionOfAnAoiWinsOverTheExportsColumn) {
  const aoi::AoiSet set = TwoSquares();
  // The export's column says every sample is on "left"; the definition
  // holds only the fixations' samples there.
  const std::vector<io::AoiColumn> columns = {{"img", "left"}};
  std::vector<preprocess::GazeSample> samples = Samples(kFixations);
  for (preprocess::GazeSample& s : samples) s.aoi_hits = 1;
  const IntervalResult image =
      Find(Analyse(&set, {}, kImageShown, samples, Events(kFixations), &columns), "img");
  EXPECT_DOUBLE_EQ(Aoi(image, "left").dwell_time_ms, 1000);
  EXPECT_EQ(Aoi(image, "left").number_of_fixations, 3);
}

TEST(AoiMetrics, AStimulusGetsOnlyItsOwnAoisAndThoseOnNoStimulus) {
  aoi::AoiSet set = TwoSquares();
  set.aois.push_back(Rectangle("other", "img2", {0, 0}, {100, 100}));
  set.aois.push_back(Rectangle("screen", "", {0, 0}, {1000, 1000}));
  const IntervalResult image = Find(Analyse(&set, {}, kImageShown, Samples(kFixations), Events(kFixations)), "img");
  std::vector<std::string> names;
  for (const AoiResult& r : image.aois) names.push_back(r.aoi);
  EXPECT_EQ(names, (std::vector<std::string>{"left", "right", "screen"}));
}

}  // namespace
}  // namespace tobii::metrics
