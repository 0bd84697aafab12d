// The AOIs the generator plants (issue 15): aois.toml, the Pro Lab exports'
// `AOI hit` columns, truth/<recording>_aois.csv and the group effect on
// the eyes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <toml++/toml.h>

#include "gen_study/session_plan.h"
#include "gen_study/stimulus_aois.h"
#include "gen_study/study_generator.h"
#include "support/study_files.h"

namespace tobii::gen {
namespace {

using testing::Number;
using testing::ReadCsv;
using testing::ReadLines;
using testing::ReadTable;
using testing::Split;
using testing::Table;
using testing::TempFolder;

// --- The shapes ---------------------------------------------------------------

TEST(AoiShapes, RectangleHoldsItsBoundary) {
  PlantedAoi r{"r", AoiShape::kRectangle};
  r.x = 100, r.y = 200, r.width = 50, r.height = 20;
  EXPECT_TRUE(Contains(r, 100, 200));
  EXPECT_TRUE(Contains(r, 150, 220));
  EXPECT_TRUE(Contains(r, 125, 210));
  EXPECT_FALSE(Contains(r, 99, 210));
  EXPECT_FALSE(Contains(r, 151, 210));
  EXPECT_FALSE(Contains(r, 125, 221));
}

TEST(AoiShapes, EllipseHoldsItsBoundary) {
  PlantedAoi e{"e", AoiShape::kEllipse};
  e.cx = 500, e.cy = 400, e.rx = 100, e.ry = 50;
  EXPECT_TRUE(Contains(e, 600, 400));
  EXPECT_TRUE(Contains(e, 500, 350));
  EXPECT_FALSE(Contains(e, 601, 400));
  EXPECT_FALSE(Contains(e, 500, 349));
  // (80/100)^2 + (30/50)^2 = 1: on the outline; one px further is outside.
  EXPECT_TRUE(Contains(e, 580, 430));
  EXPECT_FALSE(Contains(e, 581, 430));
  EXPECT_FALSE(Contains(e, 590, 440));  // inside the bounding box only
}

TEST(AoiShapes, ConcavePolygonHoldsEdgesAndVerticesButNotItsNotch) {
  // A box with a tail at its lower left, as the captions have.
  PlantedAoi p{"p", AoiShape::kPolygon};
  p.points = {{100, 100}, {300, 100}, {300, 200}, {160, 200}, {40, 260}};
  EXPECT_TRUE(Contains(p, 200, 150));
  EXPECT_TRUE(Contains(p, 100, 100));  // a vertex
  EXPECT_TRUE(Contains(p, 40, 260));   // the tail's tip
  EXPECT_TRUE(Contains(p, 300, 150));  // an edge
  EXPECT_TRUE(Contains(p, 230, 200));  // the bottom edge
  EXPECT_TRUE(Contains(p, 100, 230));  // in the tail: the edge (160,200)-(40,260) passes y 230 at x 100
  EXPECT_FALSE(Contains(p, 100, 231));
  EXPECT_FALSE(Contains(p, 200, 230));  // below the box, right of the tail: the notch
  EXPECT_FALSE(Contains(p, 301, 150));
  EXPECT_FALSE(Contains(p, 70, 120));   // left of the box, above the tail
}

TEST(AoiShapes, EveryImageHasAFaceWithItsEyesInsideAndTheCaptionApart) {
  for (int image = 1; image <= kStimulusImageCount; ++image) {
    const std::vector<PlantedAoi>& aois = AoisOfImage(image);
    ASSERT_EQ(aois.size(), 3u);
    const PlantedAoi &face = aois[kFaceAoi], &eyes = aois[kEyesAoi], &text = aois[kTextAoi];
    EXPECT_STREQ(face.name, "face");
    EXPECT_STREQ(eyes.name, "eyes");
    EXPECT_STREQ(text.name, "text");
    for (double x : {eyes.x, eyes.x + eyes.width}) {
      for (double y : {eyes.y, eyes.y + eyes.height}) EXPECT_TRUE(Contains(face, x, y)) << image;
    }
    for (const PixelPoint& v : text.points) {
      EXPECT_FALSE(Contains(face, v.x, v.y)) << image;
      EXPECT_GE(v.x, 0);
      EXPECT_LT(v.x, 1920);
      EXPECT_GE(v.y, 0);
      EXPECT_LT(v.y, 1080);
    }
  }
  // Positions vary from image to image.
  EXPECT_NE(AoisOfImage(1)[kFaceAoi].cx, AoisOfImage(2)[kFaceAoi].cx);
  EXPECT_NE(AoisOfImage(1)[kFaceAoi].cy, AoisOfImage(3)[kFaceAoi].cy);
}

// --- A small study --------------------------------------------------------------

class PlantedAois : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = std::make_unique<TempFolder>("aois");
    study_ = std::make_unique<GeneratedStudy>();
    ASSERT_TRUE(GenerateStudy(testing::SmallOptions(folder_->path()), study_.get()).ok());
  }
  static void TearDownTestSuite() {
    study_.reset();
    folder_.reset();
  }
  static std::filesystem::path Path(const std::string& relative) { return folder_->path() / relative; }

  static std::unique_ptr<TempFolder> folder_;
  static std::unique_ptr<GeneratedStudy> study_;
};
std::unique_ptr<TempFolder> PlantedAois::folder_;
std::unique_ptr<GeneratedStudy> PlantedAois::study_;

TEST_F(PlantedAois, AoisTomlHoldsEveryAoiOfEveryImageShown) {
  toml::table file;
  try {
    file = toml::parse_file(Path("aois.toml").string());
  } catch (const toml::parse_error& e) {
    FAIL() << e.description();
  }
  const toml::array* aois = file["aoi"].as_array();
  ASSERT_NE(aois, nullptr);
  // The images some recording shows.
  int images = 0;
  for (const GeneratedRecording& r : study_->recordings) images = std::max(images, r.images_shown);
  ASSERT_GT(images, 1);
  ASSERT_EQ(aois->size(), static_cast<std::size_t>(images * kAoisPerImage));
  std::set<std::pair<std::string, std::string>> seen;
  for (const toml::node& node : *aois) {
    const toml::table& t = *node.as_table();
    const std::string name = t["name"].value_or(std::string()), stimulus = t["stimulus"].value_or(std::string());
    const std::string shape = t["shape"].value_or(std::string());
    EXPECT_EQ(t["space"].value_or(std::string()), "screen");
    ASSERT_TRUE(seen.insert({stimulus, name}).second) << stimulus << " - " << name << " twice";
    const std::regex scene("scene_(\\d\\d)");
    std::smatch m;
    ASSERT_TRUE(std::regex_match(stimulus, m, scene)) << stimulus;
    const int image = std::stoi(m[1]);
    const auto it = std::find_if(AoisOfImage(image).begin(), AoisOfImage(image).end(),
                                 [&](const PlantedAoi& a) { return name == a.name; });
    ASSERT_NE(it, AoisOfImage(image).end()) << name;
    const PlantedAoi& planted = *it;
    auto number = [&](const char* key) {
      const std::optional<double> v = t[key].value<double>();
      EXPECT_TRUE(v.has_value()) << stimulus << " - " << name << ": no " << key;
      return v.value_or(NAN);
    };
    if (shape == "rectangle") {
      EXPECT_EQ(planted.shape, AoiShape::kRectangle);
      EXPECT_EQ(number("x"), planted.x);
      EXPECT_EQ(number("y"), planted.y);
      EXPECT_EQ(number("width"), planted.width);
      EXPECT_EQ(number("height"), planted.height);
    } else if (shape == "ellipse") {
      EXPECT_EQ(planted.shape, AoiShape::kEllipse);
      EXPECT_EQ(number("cx"), planted.cx);
      EXPECT_EQ(number("cy"), planted.cy);
      EXPECT_EQ(number("rx"), planted.rx);
      EXPECT_EQ(number("ry"), planted.ry);
    } else {
      ASSERT_EQ(shape, "polygon");
      EXPECT_EQ(planted.shape, AoiShape::kPolygon);
      const toml::array* points = t["points"].as_array();
      ASSERT_NE(points, nullptr);
      ASSERT_EQ(points->size(), planted.points.size());
      for (std::size_t i = 0; i < points->size(); ++i) {
        const toml::array& xy = *(*points)[i].as_array();
        ASSERT_EQ(xy.size(), 2u);
        EXPECT_EQ(xy[0].value<double>().value_or(NAN), planted.points[i].x);
        EXPECT_EQ(xy[1].value<double>().value_or(NAN), planted.points[i].y);
      }
    }
  }
}

TEST_F(PlantedAois, HalfTheExportsHaveHitColumns) {
  for (std::size_t i = 0; i < study_->recordings.size(); ++i) {
    const GeneratedRecording& r = study_->recordings[i];
    EXPECT_EQ(r.aoi_hit_columns, i % 2 == 1) << r.recording;
    const std::vector<std::string> header = Split(ReadLines(Path(r.file))[0], '\t');
    const auto hits = std::count_if(header.begin(), header.end(),
                                    [](const std::string& h) { return h.starts_with("AOI hit ["); });
    if (r.aoi_hit_columns) {
      // Three AOIs per image shown (a half-minute recording shows two or
      // three, each once): one per line of the truth.
      EXPECT_EQ(static_cast<std::size_t>(hits), ReadCsv(Path(r.aois_file)).size()) << r.recording;
      EXPECT_EQ(header[101], "AOI hit [scene_01 - face]");
      EXPECT_EQ(header[102], "AOI hit [scene_01 - eyes]");
      EXPECT_EQ(header[103], "AOI hit [scene_01 - text]");
    } else {
      EXPECT_EQ(hits, 0) << r.recording;
      EXPECT_EQ(header.size(), 101u);
    }
  }
}

// Every row of an export with hit columns: on an eye row while the column's
// stimulus is shown, 1 exactly when the written gaze point is on the AOI;
// empty everywhere else. Their sums are the truth's dwell samples.
TEST_F(PlantedAois, HitColumnsAgreeWithTheGeometryOnEveryRow) {
  const GeneratedRecording& r = study_->recordings[1];
  ASSERT_TRUE(r.aoi_hit_columns);
  const Table table = ReadTable(Path(r.file));
  const int sensor = table.Column("Sensor"), stimulus = table.Column("Presented Stimulus name");
  const int gaze_x = table.Column("Gaze point X [DACS px]"), gaze_y = table.Column("Gaze point Y [DACS px]");
  struct Column {
    int index;
    std::string stimulus;
    const PlantedAoi* aoi;
  };
  std::vector<Column> columns;
  const std::regex hit("AOI hit \\[(scene_(\\d\\d)) - (\\w+)\\]");
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    std::smatch m;
    if (!std::regex_match(table.header[c], m, hit)) continue;
    for (const PlantedAoi& aoi : AoisOfImage(std::stoi(m[2]))) {
      if (m[3] == aoi.name) columns.push_back({static_cast<int>(c), m[1], &aoi});
    }
  }
  ASSERT_GE(columns.size(), 6u);
  std::map<std::pair<std::string, std::string>, std::int64_t> ones;
  std::int64_t checked = 0;
  for (const auto& row : table.rows) {
    ASSERT_EQ(row.size(), table.header.size());
    const bool eye = row[sensor] == "Eye Tracker";
    const bool gaze = !row[gaze_x].empty();
    for (const Column& c : columns) {
      const std::string& value = row[c.index];
      if (!eye || row[stimulus] != c.stimulus) {
        EXPECT_EQ(value, "") << "row at " << row[0] << " ms, " << table.header[c.index];
        continue;
      }
      const bool on = gaze && Contains(*c.aoi, Number(row[gaze_x]), Number(row[gaze_y]));
      ASSERT_EQ(value, on ? "1" : "0") << "row at " << row[0] << " ms, " << table.header[c.index];
      ones[{c.stimulus, c.aoi->name}] += on;
      ++checked;
    }
  }
  EXPECT_GT(checked, 3000);
  std::map<std::pair<std::string, std::string>, std::int64_t> dwell;
  for (const auto& line : ReadCsv(Path(r.aois_file))) {
    dwell[{line.at("stimulus"), line.at("aoi")}] += std::stoll(line.at("dwell_samples"));
  }
  for (const auto& [key, count] : ones) EXPECT_EQ(dwell[key], count) << key.first << " - " << key.second;
  for (const char* name : {"face", "eyes", "text"}) {
    std::int64_t total = 0;
    for (const auto& [key, count] : ones) total += key.second == name ? count : 0;
    EXPECT_GT(total, 0) << "no sample on " << name;
  }
}

// truth/<recording>_aois.csv against a plain reference computed here from
// truth/<recording>_events.csv: every fixation against every presentation.
TEST_F(PlantedAois, TruthFollowsFromThePlantedFixations) {
  struct Fixation {
    double onset_ms, offset_ms, x_px, y_px;
  };
  std::int64_t with_fixations = 0;
  for (const GeneratedRecording& r : study_->recordings) {
    std::vector<Fixation> fixations;
    for (const auto& e : ReadCsv(Path("truth/" + r.recording + "_events.csv"))) {
      if (e.at("type") != "fixation") continue;
      fixations.push_back({std::stod(e.at("onset_ms")), std::stod(e.at("offset_ms")), std::stod(e.at("x_px")),
                           std::stod(e.at("y_px"))});
    }
    const auto rows = ReadCsv(Path(r.aois_file));
    ASSERT_EQ(rows.size() % 3, 0u);
    ASSERT_GE(rows.size(), 6u) << r.recording;
    for (const auto& row : rows) {
      const double start = std::stod(row.at("start_ms")), end = std::stod(row.at("end_ms"));
      const int image = std::stoi(row.at("stimulus").substr(6));
      const PlantedAoi& aoi = *std::find_if(AoisOfImage(image).begin(), AoisOfImage(image).end(),
                                            [&](const PlantedAoi& a) { return row.at("aoi") == a.name; });
      double first = NAN, total = 0;
      std::int64_t count = 0, visits = 0;
      bool on_before = false;
      for (const Fixation& f : fixations) {
        if (f.offset_ms <= start || f.onset_ms >= end) continue;
        const bool on = Contains(aoi, f.x_px, f.y_px);
        if (on) {
          const double from = std::max(f.onset_ms, start);
          if (std::isnan(first)) first = from - start;
          ++count;
          total += std::min(f.offset_ms, end) - from;
          visits += !on_before;
        }
        on_before = on;
      }
      const std::string where = r.recording + " " + row.at("stimulus") + " - " + row.at("aoi");
      EXPECT_EQ(std::stoll(row.at("number_of_fixations")), count) << where;
      EXPECT_NEAR(std::stod(row.at("total_duration_of_fixations_ms")), total, 1e-3) << where;
      EXPECT_EQ(std::stoll(row.at("number_of_visits")), visits) << where;
      if (std::isnan(first)) {
        EXPECT_EQ(row.at("time_to_first_fixation_ms"), "") << where;
      } else {
        EXPECT_NEAR(std::stod(row.at("time_to_first_fixation_ms")), first, 1e-3) << where;
      }
      EXPECT_LE(std::stoll(row.at("number_of_visits")), std::stoll(row.at("number_of_fixations")));
      EXPECT_NEAR(std::stod(row.at("dwell_time_ms")), std::stod(row.at("dwell_samples")) * 1000 / 120, 1e-3);
      with_fixations += count > 0;
    }
  }
  EXPECT_GT(with_fixations, 20);
}

// --- The group effect ----------------------------------------------------------

// Over a study of 16 recordings (8 participants a group), the Patient
// group dwells on the eyes less than the Control group (physiology.h:
// kAimEyesPatient is half kAimEyesControl), on the face as a whole alike.
TEST(PlantedAoiEffect, PatientsDwellLessOnTheEyes) {
  TempFolder folder("aoi_effect");
  StudyOptions options = testing::SmallOptions(folder.path(), 5);
  options.recordings = 16;
  options.minutes = 1;
  options.hz = 60;
  options.boris = false;
  GeneratedStudy study;
  ASSERT_TRUE(GenerateStudy(options, &study).ok());

  // Per group: each recording's share of image time on each AOI, averaged.
  std::map<std::string, std::map<std::string, double>> share;
  std::map<std::string, int> recordings;
  std::vector<double> first_on_eyes_ms;
  int presentations = 0, first_fixation_on_eyes_at_onset = 0;
  for (const GeneratedRecording& r : study.recordings) {
    std::map<std::string, double> dwell_ms;
    double shown_ms = 0;
    for (const auto& row : ReadCsv(folder.path() / r.aois_file)) {
      dwell_ms[row.at("aoi")] += std::stod(row.at("dwell_time_ms"));
      if (row.at("aoi") != "eyes") continue;
      shown_ms += std::stod(row.at("end_ms")) - std::stod(row.at("start_ms"));
      ++presentations;
      if (row.at("time_to_first_fixation_ms").empty()) continue;
      const double first = std::stod(row.at("time_to_first_fixation_ms"));
      first_on_eyes_ms.push_back(first);
      first_fixation_on_eyes_at_onset += first == 0;
    }
    ASSERT_GT(shown_ms, 0);
    for (const auto& [aoi, ms] : dwell_ms) share[r.group][aoi] += ms / shown_ms;
    ++recordings[r.group];
  }
  for (auto& [group, shares] : share) {
    for (auto& [aoi, value] : shares) value /= recordings[group];
  }
  std::printf("eyes dwell share: Patient %.3f, Control %.3f; face: Patient %.3f, Control %.3f\n",
              share["Patient"]["eyes"], share["Control"]["eyes"], share["Patient"]["face"], share["Control"]["face"]);
  EXPECT_LT(share["Patient"]["eyes"], 0.75 * share["Control"]["eyes"]);
  EXPECT_GT(share["Patient"]["eyes"], 0.02);
  EXPECT_NEAR(share["Patient"]["face"], share["Control"]["face"], 0.25 * share["Control"]["face"]);

  // The first fixation on the eyes comes after the onset, a saccade or
  // more later, in most presentations.
  ASSERT_GT(first_on_eyes_ms.size(), static_cast<std::size_t>(presentations / 2));
  std::sort(first_on_eyes_ms.begin(), first_on_eyes_ms.end());
  const double median = first_on_eyes_ms[first_on_eyes_ms.size() / 2];
  std::printf("time to first fixation on the eyes: median %.0f ms over %zu presentations\n", median,
              first_on_eyes_ms.size());
  EXPECT_GT(median, 200);
  EXPECT_LT(median, 3000);
  EXPECT_LT(first_fixation_on_eyes_at_onset, static_cast<int>(first_on_eyes_ms.size()) / 5);
}

}  // namespace
}  // namespace tobii::gen
