#include "results/figure_data_shelf.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "analysis/gaze_maps.h"
#include "results/results_file.h"
#include "support/temp_dir.h"

namespace tobii::results {
namespace {

// A recording's figure data, different for each `seed`.
FigureData Data(std::uint32_t seed) {
  FigureData f;
  f.gaze.columns = 4;
  f.gaze.rows = 3;
  f.gaze.width_mm = 510;
  f.gaze.height_mm = 290;
  f.gaze.distance_mm = 650;
  for (std::uint32_t i = 0; i < 12; ++i) f.gaze.counts.push_back((seed * 7 + i * 3) % 11);
  f.fixation_bin_ms = 20;
  f.fixation_duration_counts = {seed, 2 * seed + 1, 0, 5};
  f.saccades = {{1.5f + static_cast<float>(seed), 120.0f}, {0.25f, 40.5f}};
  return f;
}

void ExpectSame(const FigureData& a, const FigureData& b) {
  EXPECT_EQ(a.gaze.counts, b.gaze.counts);
  EXPECT_EQ(a.gaze.columns, b.gaze.columns);
  EXPECT_EQ(a.gaze.distance_mm, b.gaze.distance_mm);
  EXPECT_EQ(a.fixation_bin_ms, b.fixation_bin_ms);
  EXPECT_EQ(a.fixation_duration_counts, b.fixation_duration_counts);
  EXPECT_EQ(a.saccades, b.saccades);
}

TEST(FigureDataShelf, PutTakesTheDataOutOfMemoryAndViewGivesItBack) {
  testing::TempDir dir;
  FigureDataShelf shelf;
  ASSERT_TRUE(shelf.Open(dir.path()).ok());
  FigureData a = Data(1), b = Data(2);
  a.sample.emplace().window_s = 10;
  ASSERT_TRUE(shelf.Put(&a).ok());
  ASSERT_TRUE(shelf.Put(&b).ok());
  EXPECT_TRUE(a.gaze.counts.empty());
  EXPECT_TRUE(a.fixation_duration_counts.empty());
  EXPECT_TRUE(a.saccades.empty());
  EXPECT_GT(a.shelved.bytes, 0u);
  EXPECT_NE(a.shelved.offset, b.shelved.offset);
  EXPECT_TRUE(a.sample.has_value());  // the sample trace stays
  FigureData scratch;
  ExpectSame(shelf.View(b, &scratch), Data(2));
  ExpectSame(shelf.View(a, &scratch), Data(1));
  // Data that was never shelved is itself.
  const FigureData here = Data(3);
  EXPECT_EQ(&shelf.View(here, &scratch), &here);
  EXPECT_EQ(&ViewFigureData(nullptr, here, &scratch), &here);
  // Shelved data read without its shelf would be drawn empty: an error.
  EXPECT_THROW(ViewFigureData(nullptr, a, &scratch), std::logic_error);
  // The file has no name: the folder holds nothing.
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(FigureDataShelf, EmptyDataComesBackEmpty) {
  // A recording with no gaze on the screen, no fixations and no saccades.
  testing::TempDir dir;
  FigureDataShelf shelf;
  ASSERT_TRUE(shelf.Open(dir.path()).ok());
  FigureData empty;
  empty.fixation_bin_ms = 20;
  ASSERT_TRUE(shelf.Put(&empty).ok());
  FigureData scratch = Data(7);  // overwritten whole
  const FigureData& back = shelf.View(empty, &scratch);
  EXPECT_TRUE(back.gaze.counts.empty());
  EXPECT_TRUE(back.fixation_duration_counts.empty());
  EXPECT_TRUE(back.saccades.empty());
  EXPECT_EQ(back.fixation_bin_ms, 20);
  // Closed, the shelf cannot be read.
  shelf.Close();
  EXPECT_THROW(shelf.View(empty, &scratch), std::system_error);
}

TEST(FigureDataShelf, ThreadsPutAtOnceWithoutMixingTheirData) {
  testing::TempDir dir;
  FigureDataShelf shelf;
  ASSERT_TRUE(shelf.Open(dir.path()).ok());
  constexpr int kThreads = 4, kEach = 200;
  std::vector<FigureData> data(kThreads * kEach);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = t * kEach; i < (t + 1) * kEach; ++i) {
        data[static_cast<std::size_t>(i)] = Data(static_cast<std::uint32_t>(i));
        ASSERT_TRUE(shelf.Put(&data[static_cast<std::size_t>(i)]).ok());
      }
    });
  }
  for (std::thread& t : threads) t.join();
  FigureData scratch;
  for (std::size_t i = 0; i < data.size(); ++i)
    ExpectSame(shelf.View(data[i], &scratch), Data(static_cast<std::uint32_t>(i)));
}

TEST(FigureDataShelf, ResultsFileAndGazeMapsAreTheSameFromTheShelf) {
  testing::TempDir dir;
  std::vector<RecordingResult> results(5);
  for (std::size_t i = 0; i < results.size(); ++i) {
    results[i].file = "r" + std::to_string(i) + ".tsv";
    results[i].participant_id = "P" + std::to_string(i % 3);  // participants spread over the file order
    results[i].recording = "rest";
    results[i].group = i % 2 == 0 ? "A" : "B";
    results[i].figure_data = Data(static_cast<std::uint32_t>(i));
  }
  SampleTrace& trace = results[0].figure_data.sample.emplace();  // stays in memory
  trace.window_s = 10;
  trace.bin_s = 0.005;
  trace.screen_width_px = 1920;
  trace.screen_height_px = 1080;
  ASSERT_TRUE(WriteResultsFile(dir.path() / "memory.json", results).ok());
  const std::vector<analysis::GazeMap> from_memory = analysis::GroupGazeMaps(results, 1.0);

  FigureDataShelf shelf;
  ASSERT_TRUE(shelf.Open(dir.path()).ok());
  for (RecordingResult& r : results) ASSERT_TRUE(shelf.Put(&r.figure_data).ok());
  ASSERT_TRUE(WriteResultsFile(dir.path() / "shelf.json", results, &shelf).ok());
  const std::vector<analysis::GazeMap> from_shelf = analysis::GroupGazeMaps(results, 1.0, &shelf);

  const auto text = [](const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(text(dir.path() / "shelf.json"), text(dir.path() / "memory.json"));
  ASSERT_EQ(from_shelf.size(), from_memory.size());
  for (std::size_t g = 0; g < from_shelf.size(); ++g) {
    EXPECT_EQ(from_shelf[g].group, from_memory[g].group);
    EXPECT_EQ(from_shelf[g].participants, from_memory[g].participants);
    EXPECT_EQ(from_shelf[g].share, from_memory[g].share);  // bit for bit
  }

  // Read back onto a shelf, the results write the same file again.
  std::vector<RecordingResult> back;
  FigureDataShelf second;
  ASSERT_TRUE(second.Open(dir.path()).ok());
  const Status read = ReadResultsFile(dir.path() / "shelf.json", &back, &second);
  ASSERT_TRUE(read.ok()) << read.message();
  ASSERT_EQ(back.size(), results.size());
  EXPECT_GT(back[1].figure_data.shelved.bytes, 0u);
  ASSERT_TRUE(WriteResultsFile(dir.path() / "again.json", back, &second).ok());
  EXPECT_EQ(text(dir.path() / "again.json"), text(dir.path() / "memory.json"));
}

}  // namespace
}  // namespace tobii::results
