// The study's AOI file (aoi/aoi_file.h) in both forms: what a good file
// gives, and the message of each mistake, naming file, line and column.

#include "aoi/aoi_file.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"

namespace tobii::aoi {
namespace {

using testing::WriteText;

constexpr char kToml[] = R"(# a face and a logo
[[stimulus]]
name = "face_01.png"
x = 320
y = 60
width = 1280
height = 960
media_width = 1024
media_height = 768

[[aoi]]
name = "eyes"
stimulus = "face_01.png"
shape = "rectangle"
space = "media"
x = 200
y = 250
width = 600
height = 120

[[aoi]]
name = "mouth"
stimulus = "face_01.png"
shape = "ellipse"
cx = 960.5
cy = 700
rx = 150
ry = 60

[[aoi]]
name = "logo"
shape = "polygon"
points = [[10, 10], [110, 10], [60, 90]]
)";

Status Toml(const std::string& text, AoiSet* set) { return ParseAoiToml(text, "aois.toml", set); }
Status Table(const std::string& text, AoiSet* set) { return ParseAoiTable(text, "aois.csv", set); }

std::string TomlError(const std::string& text) {
  AoiSet set;
  const Status s = Toml(text, &set);
  return s.ok() ? "(read without error)" : s.message();
}
std::string TableError(const std::string& text) {
  AoiSet set;
  const Status s = Table(text, &set);
  return s.ok() ? "(read without error)" : s.message();
}

void ExpectPoints(const AoiDefinition& aoi, std::vector<Point> expected) {
  ASSERT_EQ(aoi.points.size(), expected.size()) << aoi.name;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(aoi.points[i].x, expected[i].x) << aoi.name << " point " << i;
    EXPECT_EQ(aoi.points[i].y, expected[i].y) << aoi.name << " point " << i;
  }
}

TEST(AoiToml, ReadsShapesSpacesAndPlacements) {
  AoiSet set;
  ASSERT_TRUE(Toml(kToml, &set).ok()) << TomlError(kToml);
  EXPECT_EQ(set.file, "aois.toml");
  ASSERT_EQ(set.aois.size(), 3u);
  const AoiDefinition& eyes = set.aois[0];
  EXPECT_EQ(eyes.name, "eyes");
  EXPECT_EQ(eyes.stimulus, "face_01.png");
  EXPECT_EQ(eyes.shape, Shape::kRectangle);
  EXPECT_EQ(eyes.space, Space::kMedia);
  EXPECT_EQ(eyes.where, "aois.toml:11");
  ExpectPoints(eyes, {{200, 250}, {800, 370}});
  const AoiDefinition& mouth = set.aois[1];
  EXPECT_EQ(mouth.shape, Shape::kEllipse);
  EXPECT_EQ(mouth.space, Space::kScreen);
  ExpectPoints(mouth, {{960.5, 700}, {150, 60}});
  const AoiDefinition& logo = set.aois[2];
  EXPECT_EQ(logo.stimulus, "");
  EXPECT_EQ(logo.shape, Shape::kPolygon);
  ExpectPoints(logo, {{10, 10}, {110, 10}, {60, 90}});
  const MediaPlacement* face = set.PlacementOf("face_01.png");
  ASSERT_NE(face, nullptr);
  EXPECT_EQ(face->x_px, 320);
  EXPECT_EQ(face->y_px, 60);
  EXPECT_EQ(face->scale_x, 1.25);
  EXPECT_EQ(face->scale_y, 1.25);
  // The eyes' top-left corner in media px is (570, 372.5) on the screen.
  EXPECT_TRUE(Contains(eyes, 570, 372.5, face));
  EXPECT_FALSE(Contains(eyes, 569, 372.5, face));
}

TEST(AoiToml, AnImageWithoutItsOwnSizeIsShownAtIt) {
  AoiSet set;
  ASSERT_TRUE(Toml("[[stimulus]]\nname = \"a.png\"\nx = 10\ny = 20\nwidth = 300\nheight = 200\n", &set).ok());
  const MediaPlacement* a = set.PlacementOf("a.png");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->scale_x, 1);
  EXPECT_EQ(a->scale_y, 1);
  EXPECT_TRUE(set.empty());
}

TEST(AoiToml, OneNameOnOneStimulusMayHaveSeveralShapes) {
  AoiSet set;
  ASSERT_TRUE(Toml("[[aoi]]\nname = \"hands\"\nshape = \"rectangle\"\nx = 0\ny = 0\nwidth = 10\nheight = 10\n"
                   "[[aoi]]\nname = \"hands\"\nshape = \"ellipse\"\ncx = 100\ncy = 0\nrx = 5\nry = 5\n",
                   &set)
                  .ok());
  ASSERT_EQ(set.aois.size(), 2u);
  EXPECT_EQ(set.aois[0].name, "hands");
  EXPECT_EQ(set.aois[1].name, "hands");
  EXPECT_EQ(set.aois[1].where, "aois.toml:8");
}

TEST(AoiToml, EachMistakeNamesItsPlace) {
  const std::string rect = "[[aoi]]\nname = \"a\"\nshape = \"rectangle\"\nx = 0\ny = 0\nwidth = 10\n";
  EXPECT_EQ(TomlError(rect + "height = 10\nspace = \"world\"\n"),
            "aois.toml:8:9: expected a space (screen or media), found \"world\"");
  EXPECT_EQ(TomlError("[[aoi]]\nname = \"a\"\nshape = \"circle\"\n"),
            "aois.toml:3:9: expected a shape (rectangle, ellipse or polygon), found \"circle\"");
  EXPECT_EQ(TomlError(rect), "aois.toml:1:1: expected a number for height, found none");
  EXPECT_EQ(TomlError(rect + "height = -5\n"), "aois.toml:7:10: expected height greater than 0, found -5");
  EXPECT_EQ(TomlError(rect + "height = 0\n"), "aois.toml:7:10: expected height greater than 0, found 0");
  EXPECT_EQ(TomlError(rect + "height = nan\n"), "aois.toml:7:10: expected a finite number for \"height\"");
  EXPECT_EQ(TomlError(rect + "height = inf\n"), "aois.toml:7:10: expected a finite number for \"height\"");
  EXPECT_EQ(TomlError(rect + "height = \"10\"\n"), "aois.toml:7:10: expected a finite number for \"height\"");
  EXPECT_EQ(TomlError(rect + "height = 10\nrx = 5\n"),
            "aois.toml:8:6: rx is not a key of a rectangle (x, y, width, height)");
  EXPECT_EQ(TomlError(rect + "height = 10\nwidht = 5\n"),
            "aois.toml:8:1: unknown key \"widht\": the keys are name, stimulus, shape, space, x, y, width, height, "
            "cx, cy, rx, ry, points, media_width, media_height, notes");
  EXPECT_EQ(TomlError("[[aoi]]\nshape = \"rectangle\"\n"), "aois.toml:1:1: expected the AOI's name, found none");
  EXPECT_EQ(TomlError("[[aoi]]\nname = \"a\"\n"),
            "aois.toml:1:1: expected a shape (rectangle, ellipse or polygon), found none");
  EXPECT_EQ(TomlError("[[aoi]]\nname = \"t\"\nshape = \"polygon\"\npoints = [[0, 0], [1, 1]]\n"),
            "aois.toml:4:10: expected a polygon of at least 3 points, found 2");
  EXPECT_EQ(TomlError("[[aoi]]\nname = \"t\"\nshape = \"polygon\"\npoints = [[0, 0], [1, 1], [2]]\n"),
            "aois.toml:4:27: expected a point [x, y] of two finite numbers");
  EXPECT_EQ(TomlError("[[aoi]]\nname = \"t\"\nshape = \"polygon\"\n"),
            "aois.toml:1:1: expected the polygon's points, found none");
  EXPECT_EQ(TomlError("[[aoi]]\nname = \"e\"\nshape = \"ellipse\"\ncx = 0\ncy = 0\nrx = -1\nry = 2\n"),
            "aois.toml:6:6: expected rx greater than 0, found -1");
  EXPECT_EQ(TomlError("[aoi]\nname = \"a\"\n"), "aois.toml:1:1: expected [[aoi]] tables");
  EXPECT_EQ(TomlError("title = \"faces\"\n"),
            "aois.toml:1:1: unknown key \"title\": the file holds [[aoi]] and [[stimulus]] tables");
  EXPECT_EQ(TomlError("[[aoi]\n").substr(0, 13), "aois.toml:1:7");  // TOML's own syntax errors
}

TEST(AoiToml, MediaPixelsNeedAPlacedStimulus) {
  const std::string media =
      "[[aoi]]\nname = \"a\"\nshape = \"rectangle\"\nspace = \"media\"\nx = 0\ny = 0\nwidth = 1\nheight = 1\n";
  EXPECT_EQ(TomlError(media), "aois.toml:4:9: AOI \"a\" is in media px but names no stimulus whose image they are");
  EXPECT_EQ(TomlError(media + "stimulus = \"b.png\"\n"),
            "aois.toml:9:12: AOI \"a\" is in media px, and stimulus \"b.png\" is not placed on the screen: give it "
            "a [[stimulus]] table (x, y, width, height, media_width, media_height)");
  // The placement may come after the AOI that needs it.
  AoiSet set;
  EXPECT_TRUE(Toml(media + "stimulus = \"b.png\"\n[[stimulus]]\nname = \"b.png\"\nx = 0\ny = 0\nwidth = 2\nheight = 2\n",
                   &set)
                  .ok());
}

TEST(AoiToml, PlacementMistakes) {
  const std::string placed = "[[stimulus]]\nname = \"b.png\"\nx = 0\ny = 0\nwidth = 2\nheight = 2\n";
  EXPECT_EQ(TomlError(placed + placed),
            "aois.toml:7:1: stimulus \"b.png\" is placed twice: also at aois.toml:1");
  EXPECT_EQ(TomlError(placed + "media_width = 0\n"), "aois.toml:7:15: expected media_width greater than 0, found 0");
  EXPECT_EQ(TomlError(placed + "shape = \"rectangle\"\n"),
            "aois.toml:7:9: shape is not a key of a stimulus's placement (x, y, width, height, media_width, "
            "media_height)");
  EXPECT_EQ(TomlError("[[stimulus]]\nstimulus = \"b.png\"\n"),
            "aois.toml:2:1: a [[stimulus]] table names its stimulus by \"name\"");
  EXPECT_EQ(TomlError("[[stimulus]]\nx = 0\n"),
            "aois.toml:1:1: expected the name of the stimulus it places, found none");
}

constexpr char kTable[] =
    "aoi,stimulus,shape,space,x,y,width,height,cx,cy,rx,ry,points,media_width,media_height,notes\n"
    ",face_01.png,image,,320,60,1280,960,,,,,,1024,768,the face at 125 %\n"
    "eyes,face_01.png,rectangle,media,200,250,600,120,,,,,,,,\n"
    "mouth,face_01.png,ellipse,,,,,,960.5,700,150,60,,,,\n"
    "logo,,polygon,,,,,,,,,,10 10; 110 10; 60 90,,,\n";

TEST(AoiTable, ReadsWhatTheTomlFormReads) {
  AoiSet from_table, from_toml;
  ASSERT_TRUE(Table(kTable, &from_table).ok()) << TableError(kTable);
  ASSERT_TRUE(Toml(kToml, &from_toml).ok());
  EXPECT_EQ(from_table.file, "aois.csv");
  ASSERT_EQ(from_table.aois.size(), from_toml.aois.size());
  for (std::size_t i = 0; i < from_toml.aois.size(); ++i) {
    const AoiDefinition& a = from_table.aois[i];
    const AoiDefinition& b = from_toml.aois[i];
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.stimulus, b.stimulus);
    EXPECT_EQ(a.shape, b.shape);
    EXPECT_EQ(a.space, b.space);
    ExpectPoints(a, b.points);
  }
  EXPECT_EQ(from_table.aois[0].where, "aois.csv:3");
  const MediaPlacement* face = from_table.PlacementOf("face_01.png");
  ASSERT_NE(face, nullptr);
  EXPECT_EQ(face->x_px, 320);
  EXPECT_EQ(face->scale_x, 1.25);
  EXPECT_EQ(face->scale_y, 1.25);
}

TEST(AoiTable, TakesTabsSemicolonsDecimalCommasAndOnlyTheColumnsItUses) {
  AoiSet set;
  const std::string tsv = "AOI\tShape\tX\tY\tWidth\tHeight\nbutton\tRectangle\t10,5\t20\t30\t40\n";
  ASSERT_TRUE(ParseAoiTable(tsv, "aois.tsv", &set).ok()) << TableError(tsv);
  ASSERT_EQ(set.aois.size(), 1u);
  ExpectPoints(set.aois[0], {{10.5, 20}, {40.5, 60}});
  AoiSet semicolons;
  const std::string csv = "aoi;shape;points\nstar;polygon;\"0 0; 10 0; 5 8,5;\"\n";
  ASSERT_TRUE(Table(csv, &semicolons).ok()) << TableError(csv);
  ExpectPoints(semicolons.aois[0], {{0, 0}, {10, 0}, {5, 8.5}});
}

TEST(AoiTable, EachMistakeNamesItsPlace) {
  EXPECT_EQ(TableError(""), "aois.csv:1:1: expected a header row, found an empty file");
  EXPECT_EQ(TableError("aoi,x,y\n"), "aois.csv:1:1: expected the columns \"aoi\" and \"shape\", found \"aoi,x,y\"");
  EXPECT_EQ(TableError("aoi,shape,colour\n"),
            "aois.csv:1:11: unknown column \"colour\": the columns are aoi, stimulus, shape, space, x, y, width, "
            "height, cx, cy, rx, ry, points, media_width, media_height, notes");
  EXPECT_EQ(TableError("aoi,shape,x,X\n"), "aois.csv:1:13: a second column \"X\"");
  const std::string header = "aoi,shape,space,x,y,width,height,cx,points\n";
  EXPECT_EQ(TableError(header + "a,square,,0,0,1,1,,\n"),
            "aois.csv:2:3: expected a shape (rectangle, ellipse or polygon), found \"square\"");
  EXPECT_EQ(TableError(header + "a,rectangle,pixels,0,0,1,1,,\n"),
            "aois.csv:2:13: expected a space (screen or media), found \"pixels\"");
  EXPECT_EQ(TableError(header + "a,rectangle,,0,0,,1,,\n"), "aois.csv:2:18: expected a number for width, found none");
  EXPECT_EQ(TableError(header + "a,rectangle,,0,0,-3,1,,\n"),
            "aois.csv:2:18: expected width greater than 0, found -3");
  EXPECT_EQ(TableError(header + "a,rectangle,,0,0,wide,1,,\n"),
            "aois.csv:2:18: expected a finite number for width, found \"wide\"");
  EXPECT_EQ(TableError(header + "a,rectangle,,0,0,inf,1,,\n"),
            "aois.csv:2:18: expected a finite number for width, found \"inf\"");
  EXPECT_EQ(TableError(header + "a,rectangle,,0,0,1,1,4,\n"),
            "aois.csv:2:22: cx is not a key of a rectangle (x, y, width, height)");
  EXPECT_EQ(TableError(header + ",rectangle,,0,0,1,1,,\n"), "aois.csv:2:1: expected the AOI's name, found none");
  EXPECT_EQ(TableError(header + "t,polygon,,,,,,,0 0; 1 1\n"),
            "aois.csv:2:17: expected a polygon of at least 3 points, found 2");
  EXPECT_EQ(TableError(header + "t,polygon,,,,,,,0 0; 1; 2 2\n"),
            "aois.csv:2:17: expected points as \"x1 y1; x2 y2; ...\", found \"0 0; 1; 2 2\"");
  EXPECT_EQ(TableError(header + "a,rectangle,,0,0,1,1,,,extra\n"),
            "aois.csv:2:24: expected 9 fields as the header has, found 10 (quote a field that holds the delimiter)");
}

TEST(AoiTable, MediaPixelsNeedAnImageRow) {
  const std::string header = "aoi,stimulus,shape,space,x,y,width,height\n";
  EXPECT_EQ(TableError(header + "a,b.png,rectangle,media,0,0,1,1\n"),
            "aois.csv:2:3: AOI \"a\" is in media px, and stimulus \"b.png\" is not placed on the screen: give it a "
            "row of shape image (x, y, width, height, media_width, media_height)");
  EXPECT_EQ(TableError(header + "a,,rectangle,media,0,0,1,1\n"),
            "aois.csv:2:14: AOI \"a\" is in media px but names no stimulus whose image they are");
  EXPECT_EQ(TableError(header + "a,b.png,image,,0,0,1,1\n"),
            "aois.csv:2:1: aoi is not a key of a stimulus's placement (x, y, width, height, media_width, "
            "media_height)");
  EXPECT_EQ(TableError(header + ",b.png,image,,0,0,1,1\n,b.png,image,,5,5,1,1\n"),
            "aois.csv:3:1: stimulus \"b.png\" is placed twice: also at aois.csv:2");
  AoiSet set;
  EXPECT_TRUE(Table(header + "a,b.png,rectangle,media,0,0,1,1\n,b.png,IMAGE,,0,0,2,2\n", &set).ok());
}

TEST(AoiFile, ReadsByTheFileNameEnding) {
  testing::TempDir dir;
  WriteText(dir.path() / "aois.toml", kToml);
  WriteText(dir.path() / "aois.csv", kTable);
  AoiSet toml, table;
  ASSERT_TRUE(ReadAoiFile((dir.path() / "aois.toml").string(), "aois.toml", &toml).ok());
  ASSERT_TRUE(ReadAoiFile((dir.path() / "aois.csv").string(), "aois.csv", &table).ok());
  EXPECT_EQ(toml.aois.size(), 3u);
  EXPECT_EQ(table.aois.size(), 3u);
  AoiSet missing;
  EXPECT_FALSE(ReadAoiFile((dir.path() / "none.toml").string(), "none.toml", &missing).ok());
}

}  // namespace
}  // namespace tobii::aoi
