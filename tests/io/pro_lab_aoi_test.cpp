// The Pro Lab reader's AOI hit columns (doc/formats/tobii-pro-lab.md, "AOI
// hit columns"): which AOIs they name, the bits they set on each sample,
// and what is said of columns past kMaxAoiColumns.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "io/pro_lab_reader.h"
#include "support/read_all.h"

namespace tobii::io {
namespace {

const std::string kColumns =
    "Recording timestamp [ms]\tSensor\tEyetracker timestamp [\xCE\xBCs]\tEvent\tEvent value\t"
    "Gaze point X [DACS px]\tGaze point Y [DACS px]\tValidity left\tValidity right";

// A gaze row, with the AOI hit cells after it.
std::string Row(int ms, const std::string& x, const std::vector<std::string>& hits) {
  std::string row = std::to_string(ms) + "\tEye Tracker\t" + std::to_string(ms * 1000) + "\t\t\t" + x +
                    "\t300\tValid\tValid";
  for (const std::string& hit : hits) row.append("\t").append(hit);
  return row + "\n";
}

std::string EventRow(int ms, const std::string& event, const std::string& value, std::size_t aoi_columns) {
  std::string row = std::to_string(ms) + "\t\t\t" + event + "\t" + value + "\t\t\t\t";
  row.append(aoi_columns, '\t');
  return row + "\n";
}

using testing::ReadAll;

ReadAll ReadText(const std::string& text) {
  ProLabReader reader(StringSource("rec.tsv", text));
  return testing::ReadToEnd(&reader);
}

bool Contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

TEST(ProLabAoiHits, EachHitColumnIsAnAoiAndAOneSetsItsBit) {
  for (const std::string mark : {",", "."}) {
    SCOPED_TRACE("decimal mark " + mark);
    const std::string x = "512" + mark + "5";
    const std::string text = kColumns + "\tAOI hit [Kitchen.jpg - Door]\tAOI hit [Kitchen.jpg - Window]\n" +
                             EventRow(0, "ImageStimulusStart", "Kitchen.jpg", 2) + Row(10, x, {"1", "0"}) +
                             Row(20, x, {"0", "1"}) + Row(30, x, {"1", "1"}) + Row(40, x, {"", ""}) +
                             Row(50, x, {"0", "0"}) + EventRow(55, "ImageStimulusEnd", "Kitchen.jpg", 2);
    const ReadAll r = ReadText(text);
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    EXPECT_EQ(testing::DescribeAois(r.info.aoi_columns), "Kitchen.jpg | Door\nKitchen.jpg | Window\n");
    ASSERT_EQ(r.samples.size(), 5u);
    const std::uint64_t expected[] = {0b01, 0b10, 0b11, 0, 0};
    for (std::size_t i = 0; i < r.samples.size(); ++i) {
      EXPECT_EQ(r.samples[i].aoi_hits, expected[i]) << "sample " << i;
      EXPECT_FLOAT_EQ(r.samples[i].gaze_x_px, 512.5f);
    }
    EXPECT_EQ(r.damage.total(), 0);
    EXPECT_TRUE(Contains(r.columns.used, "AOI hit [Kitchen.jpg - Door]"));
    EXPECT_TRUE(Contains(r.columns.used, "AOI hit [Kitchen.jpg - Window]"));
    EXPECT_TRUE(r.columns.ignored.empty());
    // Pro Lab names the stimulus in both events' values; they pass as they are.
    ASSERT_EQ(r.events.size(), 2u);
    EXPECT_EQ(r.events[0].value, "Kitchen.jpg");
    EXPECT_EQ(r.events[1].name, "ImageStimulusEnd");
    EXPECT_EQ(r.events[1].value, "Kitchen.jpg");
  }
}

TEST(ProLabAoiHits, AnExportWithoutHitColumnsHasNoAois) {
  const ReadAll r = ReadText(kColumns + "\n" + Row(10, "1", {}) + Row(20, "2", {}));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_TRUE(r.info.aoi_columns.empty());
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.samples[0].aoi_hits, 0u);
}

TEST(ProLabAoiHits, AHitCellThatIsNeitherZeroNorOneCostsTheSample) {
  const ReadAll r = ReadText(kColumns + "\tAOI hit [Door]\n" + Row(10, "1", {"1"}) + Row(20, "2", {"yes"}) +
                          Row(30, "3", {"1"}));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(testing::DescribeAois(r.info.aoi_columns), " | Door\n");
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[0].aoi_hits, 1u);
  EXPECT_EQ(r.samples[1].aoi_hits, 0u);
  EXPECT_FALSE(r.samples[1].left.valid);  // kept as lost
  EXPECT_EQ(r.samples[2].aoi_hits, 1u);
  EXPECT_EQ(r.damage.count(Damage::kBadValue), 1);
  EXPECT_NE(r.damage.first_message(Damage::kBadValue).find("0 or 1 in \"AOI hit [Door]\""), std::string::npos)
      << r.damage.first_message(Damage::kBadValue);
}

TEST(ProLabAoiHits, HitColumnsPastTheLimitAreIgnoredAndNoted) {
  constexpr std::size_t kHitColumns = kMaxAoiColumns + 6;
  std::string header = kColumns;
  for (std::size_t i = 0; i < kHitColumns; ++i) header += "\tAOI hit [Shelf - AOI " + std::to_string(i) + "]";
  // Hits on the first and the last column read, and on two passed over.
  std::vector<std::string> hits(kHitColumns, "0");
  hits[0] = hits[kMaxAoiColumns - 1] = hits[kMaxAoiColumns] = hits[kHitColumns - 1] = "1";
  const ReadAll r = ReadText(header + "\n" + Row(10, "1", hits));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.info.aoi_columns.size(), kMaxAoiColumns);
  EXPECT_EQ(r.info.aoi_columns.back().aoi, "AOI " + std::to_string(kMaxAoiColumns - 1));
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_EQ(r.samples[0].aoi_hits, (std::uint64_t{1} << (kMaxAoiColumns - 1)) | 1u);
  // `inspect` lists the columns passed over as ignored...
  EXPECT_EQ(r.columns.ignored.size(), kHitColumns - kMaxAoiColumns);
  EXPECT_TRUE(Contains(r.columns.ignored, "AOI hit [Shelf - AOI " + std::to_string(kMaxAoiColumns) + "]"));
  EXPECT_TRUE(Contains(r.columns.used, "AOI hit [Shelf - AOI 0]"));
  // ...and the recording's problems say how many, from which on; no damage.
  EXPECT_EQ(r.damage.total(), 0);
  ASSERT_EQ(r.damage.notes().size(), 1u);
  const std::string& note = r.damage.notes()[0];
  EXPECT_NE(note.find("6 AOI hit columns passed over"), std::string::npos) << note;
  EXPECT_NE(note.find("AOI hit [Shelf - AOI 64]"), std::string::npos) << note;
  const std::vector<std::string> summaries = r.damage.Summaries();
  EXPECT_TRUE(Contains(summaries, note));
}

}  // namespace
}  // namespace tobii::io
