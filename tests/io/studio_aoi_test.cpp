// The Tobii Studio reader's AOIs (`AoiIds`, `AoiNames`) and stimulus event
// names (doc/formats/tobii-studio.md, "AOIs"), on small texts and on the
// real Rec 04 export in ../shared.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "io/recording_format.h"
#include "io/studio_aoi_cells.h"
#include "io/studio_reader.h"
#include "support/read_all.h"
#include "support/temp_dir.h"

namespace tobii::io {
namespace {

std::vector<std::string> RowAois(std::string_view ids, std::string_view names) {
  std::vector<std::string_view> aois;
  StudioRowAois(ids, names, &aois);
  return {aois.begin(), aois.end()};
}

using Names = std::vector<std::string>;

TEST(StudioRowAois, ContentWithIdZeroIsNoAoi) {
  EXPECT_EQ(RowAois("0", "Content"), Names{});
  EXPECT_EQ(RowAois("", "Content"), Names{});
  EXPECT_EQ(RowAois("", ""), Names{});
  EXPECT_EQ(RowAois("1", "AOI_1"), Names{"AOI_1"});
  EXPECT_EQ(RowAois("", "AOI_1"), Names{"AOI_1"});  // an export without `AoiIds`
}

TEST(StudioRowAois, SeveralIdsCutTheNamesAtTheirSeparator) {
  EXPECT_EQ(RowAois("1;2", "Face;Logo"), (Names{"Face", "Logo"}));
  EXPECT_EQ(RowAois("1, 2", "Face, Logo"), (Names{"Face", "Logo"}));
  EXPECT_EQ(RowAois("0;2", "Content;Logo"), Names{"Logo"});
  // One id: the separator belongs to the name.
  EXPECT_EQ(RowAois("3", "Salt; pepper"), Names{"Salt; pepper"});
  // Names that do not cut as the ids do are one name.
  EXPECT_EQ(RowAois("1;2", "Salt; pepper; oil"), Names{"Salt; pepper; oil"});
}

// A 1.x/2.x All-Data export cut down to the columns that matter here.
const std::string kHeader =
    "Timestamp\tGazePointXLeft\tGazePointYLeft\tValidityLeft\tGazePointXRight\tGazePointYRight\t"
    "ValidityRight\tEvent\tDescriptor\tStimuliName\tAoiIds\tAoiNames\t\n";

std::string SampleRow(int ms, const std::string& stimulus, const std::string& ids, const std::string& names) {
  return std::to_string(ms) + "\t400,5\t300\t0\t410,5\t302\t0\t\t\t" + stimulus + "\t" + ids + "\t" + names +
         "\t\n";
}

std::string EventRow(int ms, const std::string& event, const std::string& descriptor,
                     const std::string& stimulus = "") {
  return std::to_string(ms) + "\t\t\t\t\t\t\t" + event + "\t" + descriptor + "\t" + stimulus + "\t\t\t\n";
}

using testing::ReadAll;

ReadAll ReadText(const std::string& text) {
  StudioReader reader(StringSource("rec.tsv", text));
  return testing::ReadToEnd(&reader);
}

std::string Describe(const std::vector<RecordingEvent>& events) {
  std::string out;
  for (const RecordingEvent& e : events) {
    out += std::to_string(e.time_us / 1000) + " " + e.name + "=" + e.value + "\n";
  }
  return out;
}

TEST(StudioAoiHits, AoisAreNumberedAsFirstSeenOnTheirStimulus) {
  const ReadAll r = ReadText(kHeader + SampleRow(0, "No media", "0", "Content") +
                          SampleRow(20, "a.jpg", "1", "Face") + SampleRow(40, "a.jpg", "0", "Content") +
                          SampleRow(60, "a.jpg", "2", "Logo") + SampleRow(80, "b.jpg", "1", "Face") +
                          SampleRow(100, "a.jpg", "1", "Face"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  // An AOI of the same name on another stimulus is another AOI.
  EXPECT_EQ(testing::DescribeAois(r.info.aoi_columns), "a.jpg | Face\na.jpg | Logo\nb.jpg | Face\n");
  ASSERT_EQ(r.samples.size(), 6u);
  const std::uint64_t expected[] = {0, 0b001, 0, 0b010, 0b100, 0b001};
  for (std::size_t i = 0; i < r.samples.size(); ++i) EXPECT_EQ(r.samples[i].aoi_hits, expected[i]) << i;
  EXPECT_EQ(r.damage.total(), 0);
  for (const char* name : {"StimuliName", "AoiIds", "AoiNames"}) {
    EXPECT_NE(std::find(r.columns.used.begin(), r.columns.used.end(), name), r.columns.used.end()) << name;
  }
}

TEST(StudioAoiHits, AoisPastTheLimitArePassedOverAndNoted) {
  std::string text = kHeader;
  const int kAois = static_cast<int>(kMaxAoiColumns) + 3;
  for (int i = 0; i < kAois; ++i) {
    text += SampleRow(20 * i, "a.jpg", std::to_string(i + 1), "AOI " + std::to_string(i));
  }
  const ReadAll r = ReadText(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.info.aoi_columns.size(), kMaxAoiColumns);
  ASSERT_EQ(r.samples.size(), static_cast<std::size_t>(kAois));
  EXPECT_EQ(r.samples[kMaxAoiColumns - 1].aoi_hits, std::uint64_t{1} << (kMaxAoiColumns - 1));
  EXPECT_EQ(r.samples[kMaxAoiColumns].aoi_hits, 0u);
  EXPECT_EQ(r.damage.total(), 0);
  ASSERT_EQ(r.damage.notes().size(), 1u);
  const std::string& note = r.damage.notes()[0];
  EXPECT_NE(note.find("AOI \"AOI 64\" on \"a.jpg\""), std::string::npos) << note;
}

TEST(StudioStimulusEvents, AnEventWithoutValueIsNamedAfterItsStimulus) {
  const ReadAll r = ReadText(kHeader + SampleRow(0, "No media", "0", "Content") +
                          // A start naming nothing: the next sample row names it;
                          // the key press after it keeps its place.
                          EventRow(10, "ImageStart", "") + EventRow(15, "KeyPress", "Space") +
                          SampleRow(20, "a.jpg", "0", "Content") + SampleRow(40, "a.jpg", "0", "Content") +
                          // An end naming nothing: the sample row before it.
                          EventRow(50, "ImageEnd", "") +
                          // A row naming its own stimulus.
                          EventRow(60, "MovieStart", "", "clip.avi") +
                          SampleRow(70, "clip.avi", "0", "Content") +
                          // A value of its own is kept.
                          EventRow(80, "MovieEnd", "clip.avi") +
                          // A start after the last sample row: no name to be had.
                          EventRow(90, "ImageStart", ""));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(Describe(r.events),
            "10 ImageStart=a.jpg\n"
            "15 KeyPress=Space\n"
            "50 ImageEnd=a.jpg\n"
            "60 MovieStart=clip.avi\n"
            "80 MovieEnd=clip.avi\n"
            "90 ImageStart=\n");
}

// Tobii Studio 1.x/2.x, two stimuli, one AOI (see ../shared/data/real/MANIFEST.md).
TEST(StudioAoiHits, RealRec04HasOneAoiOnItsImage) {
  const std::filesystem::path path =
      testing::SharedDir() / "data/real/fhp-tobii-studio-legacy/Rec 04-All-Data-2stimuli.tsv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "real data not found at " << path << ": skipped";

  // The count the reader must match, read from the file plainly: sample rows
  // (a validity code filled) whose `AoiNames` is AOI_1.
  std::ifstream in(path, std::ios::binary);
  std::string line;
  const auto cells = [](std::string text) {
    if (!text.empty() && text.back() == '\r') text.pop_back();
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t tab; (tab = text.find('\t', start)) != std::string::npos; start = tab + 1)
      out.push_back(text.substr(start, tab - start));
    out.push_back(text.substr(start));
    return out;
  };
  ASSERT_TRUE(std::getline(in, line));
  const std::vector<std::string> header = cells(line);
  const auto column = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const std::size_t left = column("ValidityLeft");
  const std::size_t right = column("ValidityRight");
  const std::size_t names = column("AoiNames");
  ASSERT_LT(names, header.size());
  std::int64_t on_aoi_rows = 0;
  while (std::getline(in, line)) {
    const std::vector<std::string> row = cells(line);
    const bool sample_row = !row[left].empty() || !row[right].empty();
    on_aoi_rows += sample_row && row[names] == "AOI_1";
  }
  ASSERT_GT(on_aoi_rows, 0);

  std::unique_ptr<SampleReader> reader;
  ASSERT_TRUE(OpenSampleReader(RecordingFormat::kTobiiStudio, path.string(), {}, &reader).ok());
  const ReadAll r = testing::ReadToEnd(reader.get());
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(testing::DescribeAois(r.info.aoi_columns), "SMI Label.bmp | AOI_1\n");
  std::int64_t on_aoi_samples = 0;
  for (const Sample& s : r.samples) on_aoi_samples += (s.aoi_hits & 1u) != 0;
  EXPECT_EQ(on_aoi_samples, on_aoi_rows);
  const auto start = std::find_if(r.events.begin(), r.events.end(),
                                  [](const RecordingEvent& e) { return e.name == "ImageStart"; });
  ASSERT_NE(start, r.events.end());
  EXPECT_EQ(start->value, "SMI Label.bmp");
}

}  // namespace
}  // namespace tobii::io
