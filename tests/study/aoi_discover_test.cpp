// Discovery finds the study's AOI file by its name or, for a table, by its
// header; two, or one that does not read, stop discovery with a message
// naming them.

#include <gtest/gtest.h>

#include <map>

#include "study/discover.h"
#include "support/temp_dir.h"

namespace tobii::study {
namespace {

using testing::WriteText;

const char kUnnamed[] =
    "Recording timestamp [ms]\tGaze point X\tGaze point Y\tValidity left\tValidity right\n0\t1\t2\tValid\tValid\n";
const char kToml[] = "[[aoi]]\nname = \"logo\"\nshape = \"rectangle\"\nx = 0\ny = 0\nwidth = 100\nheight = 50\n";
const char kTable[] = "aoi,shape,cx,cy,rx,ry\nface,ellipse,960,540,200,300\n";

std::map<std::string, std::string> Roles(const StudyInputs& inputs) {
  std::map<std::string, std::string> roles;
  for (const FileVerdict& f : inputs.files) roles[f.file] = f.role;
  return roles;
}

TEST(AoiDiscover, AoisTomlIsTheStudysAoiFile) {
  testing::TempDir dir;
  WriteText(dir.path() / "data" / "P01.tsv", kUnnamed);
  WriteText(dir.path() / "stimuli" / "aois.toml", kToml);
  StudyInputs inputs;
  const Status s = DiscoverStudy(dir.path(), &inputs);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(Roles(inputs).at("stimuli/aois.toml"), "aoi definitions");
  EXPECT_EQ(inputs.aois.file, "stimuli/aois.toml");
  ASSERT_EQ(inputs.aois.aois.size(), 1u);
  EXPECT_EQ(inputs.aois.aois[0].name, "logo");
  EXPECT_EQ(inputs.aois.aois[0].where, "stimuli/aois.toml:1");
  ASSERT_EQ(inputs.recordings.size(), 1u);
  EXPECT_EQ(inputs.NotRead(), 0u);
  for (const Problem& p : inputs.problems) EXPECT_NE(p.file, "stimuli/aois.toml") << p.message;
}

TEST(AoiDiscover, ATableIsKnownByItsHeaderWhateverItsName) {
  testing::TempDir dir;
  WriteText(dir.path() / "P01.tsv", kUnnamed);
  WriteText(dir.path() / "areas.csv", kTable);
  StudyInputs inputs;
  const Status s = DiscoverStudy(dir.path(), &inputs);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(Roles(inputs).at("areas.csv"), "aoi definitions");
  ASSERT_EQ(inputs.aois.aois.size(), 1u);
  EXPECT_EQ(inputs.aois.aois[0].shape, aoi::Shape::kEllipse);
  EXPECT_EQ(inputs.recordings.size(), 1u);
}

TEST(AoiDiscover, WithoutAnAoiFileTheSetIsEmpty) {
  testing::TempDir dir;
  WriteText(dir.path() / "P01.tsv", kUnnamed);
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  EXPECT_TRUE(inputs.aois.empty());
  EXPECT_EQ(inputs.aois.file, "");
}

TEST(AoiDiscover, ATableNamedAoisIsReadEvenWithAWrongHeader) {
  testing::TempDir dir;
  WriteText(dir.path() / "P01.tsv", kUnnamed);
  WriteText(dir.path() / "AOIs.TSV", "name\tform\nface\tellipse\n");
  StudyInputs inputs;
  const Status s = DiscoverStudy(dir.path(), &inputs);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "AOIs.TSV:1:1: unknown column \"name\": the columns are aoi, stimulus, shape, space, x, y, "
                         "width, height, cx, cy, rx, ry, points, media_width, media_height, notes");
}

TEST(AoiDiscover, ABrokenAoiFileStopsDiscovery) {
  testing::TempDir dir;
  WriteText(dir.path() / "P01.tsv", kUnnamed);
  WriteText(dir.path() / "stimuli" / "aois.toml", "[[aoi]]\nname = \"logo\"\nshape = \"square\"\n");
  StudyInputs inputs;
  const Status s = DiscoverStudy(dir.path(), &inputs);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "stimuli/aois.toml:3:9: expected a shape (rectangle, ellipse or polygon), found \"square\"");
}

TEST(AoiDiscover, TwoAoiFilesAreAnErrorNamingBoth) {
  testing::TempDir dir;
  WriteText(dir.path() / "P01.tsv", kUnnamed);
  WriteText(dir.path() / "aois.toml", kToml);
  WriteText(dir.path() / "old" / "areas.csv", kTable);
  StudyInputs inputs;
  const Status s = DiscoverStudy(dir.path(), &inputs);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "the study holds 2 AOI files (aois.toml, old/areas.csv): keep one");
  EXPECT_EQ(Roles(inputs).at("aois.toml"), "not read");
  EXPECT_EQ(Roles(inputs).at("old/areas.csv"), "not read");
}

}  // namespace
}  // namespace tobii::study
