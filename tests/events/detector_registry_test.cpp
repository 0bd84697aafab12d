// The registry of detectors: every name it lists can be made, an unknown
// one is refused with the known ones, and it alone says which velocity
// threshold a detector holds samples to.

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>

#include "events/detector.h"

namespace tobii::events {
namespace {

TEST(DetectorRegistry, EveryListedDetectorCanBeMade) {
  ASSERT_GE(RegisteredDetectors().size(), 3u);
  EXPECT_EQ(RegisteredDetectors().front().name, kDefaultDetector);
  for (const DetectorInfo& info : RegisteredDetectors()) {
    Settings settings;
    settings.detector = std::string(info.name);
    std::unique_ptr<Detector> detector;
    const Status s = MakeDetector(settings, settings.screen, &detector);
    EXPECT_TRUE(s.ok()) << info.name << ": " << s.message();
    EXPECT_NE(detector, nullptr) << info.name;
    EXPECT_FALSE(info.description.empty()) << info.name;
  }
}

TEST(DetectorRegistry, AnUnknownNameIsRefusedListingTheKnownOnes) {
  Settings settings;
  settings.detector = "ivt2";
  std::unique_ptr<Detector> detector;
  const Status s = MakeDetector(settings, settings.screen, &detector);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "unknown detector \"ivt2\"; known: ivt, idt, engbert_kliegl");
}

TEST(DetectorRegistry, OnlyIvtHoldsSamplesToAFixedVelocityThreshold) {
  Settings settings;
  settings.ivt.velocity_threshold_deg_per_s = 45;
  EXPECT_EQ(VelocityThreshold(settings), 45);
  for (const char* other : {"idt", "engbert_kliegl", "no such detector"}) {
    settings.detector = other;
    EXPECT_TRUE(std::isnan(VelocityThreshold(settings))) << other;
  }
}

}  // namespace
}  // namespace tobii::events
