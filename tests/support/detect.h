// Runs a registered detector over gaze samples in chunks of a given size,
// and writes events compactly for comparison in detector tests.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "events/detector.h"

namespace tobii::testing {

inline std::vector<Event> DetectEvents(const std::vector<preprocess::GazeSample>& samples, const Settings& settings,
                                       std::size_t chunk = 4096) {
  std::unique_ptr<events::Detector> detector;
  const Status status = events::MakeDetector(settings, settings.screen, &detector);
  EXPECT_TRUE(status.ok()) << status.message();
  std::vector<Event> found;
  if (!status.ok()) return found;
  for (std::size_t i = 0; i < samples.size(); i += chunk) {
    const std::size_t n = std::min(chunk, samples.size() - i);
    detector->Push(std::span(samples).subspan(i, n), &found);
  }
  detector->Finish(&found);
  return found;
}

// "fixation[0,98) saccade[98,102) ": each event's type and its onset and
// offset in sample intervals.
inline std::string DescribeEvents(const std::vector<Event>& events, std::int64_t interval_us) {
  std::string out;
  for (const Event& e : events) {
    out += std::string(EventTypeName(e.type)) + "[" + std::to_string(e.onset_us / interval_us) + "," +
           std::to_string(e.offset_us / interval_us) + ") ";
  }
  return out;
}

}  // namespace tobii::testing
