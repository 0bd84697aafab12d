// Every detector, streamed in chunks of any size, gives each sample the same
// class as a plain whole-array implementation of its algorithm
// (support/reference_detectors.h), and the same number of events.

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "support/detect.h"
#include "support/reference_detectors.h"
#include "support/step_function.h"

namespace tobii::events {
namespace {

using testing::RefClass;

// A noisy scan: fixations at random places, saccades as ramps of 2-12
// samples, short losses and blinks, on a clock of whole microseconds.
std::vector<preprocess::GazeSample> Scan(unsigned seed, double hz, int length) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> place(-12, 12);
  std::uniform_int_distribution<int> fixation_samples(static_cast<int>(0.04 * hz), static_cast<int>(0.6 * hz));
  std::uniform_int_distribution<int> ramp_samples(2, 12);
  std::normal_distribution<double> noise(0, 0.04);
  std::vector<preprocess::GazeSample> samples = testing::StepFunction(length, {}, {}, {0, 0}, hz);
  double x = 0, y = 0;
  int i = 0;
  while (i < length) {
    for (int n = fixation_samples(random); n > 0 && i < length; --n, ++i) {
      testing::SetGazeDegrees(&samples[i], x + noise(random), y + noise(random));
    }
    const double to_x = place(random), to_y = place(random);
    const int ramp = ramp_samples(random);
    for (int k = 1; k <= ramp && i < length; ++k, ++i) {
      testing::SetGazeDegrees(&samples[i], x + (to_x - x) * k / ramp, y + (to_y - y) * k / ramp);
    }
    x = to_x, y = to_y;
  }
  for (int at = static_cast<int>(hz); at + 40 < length; at += static_cast<int>(0.7 * hz) + at % 97) {
    const int lost = at % 3 == 0 ? static_cast<int>(0.12 * hz) : 1 + at % 5;  // a blink or a short loss
    testing::LoseBothEyes(&samples, at, at + lost);
  }
  return samples;
}

struct Count {
  int fixations = 0, saccades = 0;
};

Count CountEvents(const std::vector<Event>& events) {
  Count c;
  for (const Event& e : events) {
    c.fixations += e.type == EventType::kFixation;
    c.saccades += e.type == EventType::kSaccade;
  }
  return c;
}

Count CountRuns(const std::vector<RefClass>& labels, const std::vector<bool>& starts = {}) {
  Count c;
  for (const testing::RefRun& r : testing::Runs(labels, starts)) {
    c.fixations += r.type == RefClass::kFixation;
    c.saccades += r.type == RefClass::kSaccade;
  }
  return c;
}

int Differences(const std::vector<RefClass>& a, const std::vector<RefClass>& b) {
  int n = 0;
  for (std::size_t i = 0; i < a.size(); ++i) n += a[i] != b[i];
  return n;
}

// Settings that make blocks, windows and merges happen often in 20 s.
Settings TestSettings(const char* detector) {
  Settings settings;
  settings.detector = detector;
  settings.engbert_kliegl.noise_window_s = 4;
  return settings;
}

std::vector<RefClass> Reference(const std::vector<preprocess::GazeSample>& s, const Settings& settings,
                                std::vector<bool>* starts) {
  starts->clear();
  const std::string name = settings.detector;
  if (name == "ivt") return testing::RefIvt(s, settings.velocity.window_ms, settings.ivt, settings.blink);
  if (name == "idt") return testing::RefIdt(s, settings.idt, settings.screen, starts);
  return testing::RefEngbertKliegl(s, settings.engbert_kliegl, settings.screen);
}

TEST(StreamingReference, EveryDetectorEqualsItsWholeArrayReferenceForAnyChunkSize) {
  for (const DetectorInfo& detector : RegisteredDetectors()) {
    const Settings settings = TestSettings(std::string(detector.name).c_str());
    for (const unsigned seed : {1u, 2u, 3u}) {
      for (const double hz : {250.0, 300.0}) {
        const auto samples = Scan(seed, hz, static_cast<int>(20 * hz));
        std::vector<bool> starts;
        const std::vector<RefClass> reference = testing::Final(Reference(samples, settings, &starts));
        const Count expected = CountRuns(reference, starts);
        ASSERT_GT(expected.fixations, 20) << detector.name << " seed " << seed;
        ASSERT_GT(expected.saccades, 20) << detector.name << " seed " << seed;
        for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{64}, std::size_t{4096}}) {
          const std::vector<Event> events = testing::DetectEvents(samples, settings, chunk);
          const std::vector<RefClass> streamed = testing::ClassesFromEvents(samples, events);
          const std::string where = std::string(detector.name) + ", seed " + std::to_string(seed) + ", " +
                                    std::to_string(static_cast<int>(hz)) + " Hz, chunk " + std::to_string(chunk);
          EXPECT_EQ(Differences(streamed, reference), 0) << where;
          const Count found = CountEvents(events);
          EXPECT_EQ(found.fixations, expected.fixations) << where;
          EXPECT_EQ(found.saccades, expected.saccades) << where;
        }
      }
    }
  }
}

// Every property of every event, not only the classes, is the same for any
// chunking; also with the options off by default.
TEST(StreamingReference, EventPropertiesAreTheSameForAnyChunkSize) {
  std::vector<Settings> variants;
  for (const DetectorInfo& detector : RegisteredDetectors()) variants.push_back(TestSettings(std::string(detector.name).c_str()));
  Settings coders = TestSettings("ivt");
  coders.ivt = IvtSettings::Coders();
  variants.push_back(coders);
  const auto samples = Scan(5, 300, 6000);
  for (const Settings& settings : variants) {
    const std::vector<Event> whole = testing::DetectEvents(samples, settings, samples.size());
    ASSERT_GT(whole.size(), 50u) << settings.detector;
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{500}}) {
      const std::vector<Event> streamed = testing::DetectEvents(samples, settings, chunk);
      ASSERT_EQ(streamed.size(), whole.size()) << settings.detector << ", chunk " << chunk;
      for (std::size_t i = 0; i < whole.size(); ++i) {
        const Event& a = whole[i];
        const Event& b = streamed[i];
        const std::string where = settings.detector + ", chunk " + std::to_string(chunk) + ", event " + std::to_string(i);
        EXPECT_EQ(a.type, b.type) << where;
        EXPECT_EQ(a.index, b.index) << where;
        EXPECT_EQ(a.onset_us, b.onset_us) << where;
        EXPECT_EQ(a.offset_us, b.offset_us) << where;
        EXPECT_EQ(a.x_px, b.x_px) << where;
        EXPECT_EQ(a.y_px, b.y_px) << where;
        EXPECT_EQ(a.start_x_px, b.start_x_px) << where;
        EXPECT_EQ(a.start_y_px, b.start_y_px) << where;
        EXPECT_EQ(a.amplitude_deg, b.amplitude_deg) << where;
        EXPECT_EQ(a.peak_velocity_deg_per_s, b.peak_velocity_deg_per_s) << where;
        EXPECT_EQ(a.dispersion_deg, b.dispersion_deg) << where;
        EXPECT_EQ(a.rms_s2s_deg, b.rms_s2s_deg) << where;
      }
    }
  }
}

TEST(StreamingReference, EventsAreOrderedAndDoNotOverlap) {
  for (const DetectorInfo& detector : RegisteredDetectors()) {
    const auto samples = Scan(9, 300, 6000);
    const std::vector<Event> events = testing::DetectEvents(samples, TestSettings(std::string(detector.name).c_str()), 13);
    ASSERT_FALSE(events.empty()) << detector.name;
    const std::int64_t end = 2 * samples.back().time_us - samples[samples.size() - 2].time_us;  // + one interval
    for (std::size_t i = 0; i < events.size(); ++i) {
      EXPECT_LT(events[i].onset_us, events[i].offset_us) << detector.name << " event " << i;
      EXPECT_LE(events[i].offset_us, end) << detector.name << " event " << i;
      if (i > 0) {
        EXPECT_LE(events[i - 1].offset_us, events[i].onset_us) << detector.name << " event " << i;
      }
    }
  }
}

}  // namespace
}  // namespace tobii::events
