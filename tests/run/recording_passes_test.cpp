// The order a study run's passes start in.

#include "run/recording_passes.h"

#include <gtest/gtest.h>

#include <vector>

namespace tobii::study {
namespace {

TEST(LargestFirst, LargerFilesStartFirstAndEqualSizesKeepFileOrder) {
  std::vector<RecordingInput> recordings(5);
  const std::uint64_t bytes[] = {10, 300, 10, 7000, 300};
  for (std::size_t i = 0; i < recordings.size(); ++i) recordings[i].bytes = bytes[i];
  EXPECT_EQ(LargestFirst(recordings), (std::vector<std::size_t>{3, 1, 4, 0, 2}));
}

}  // namespace
}  // namespace tobii::study
