// Figure 4 (plot/figure_aois.h) from the hand-made AOI study
// (support/aoi_study.h): the participants' values it draws, the tests it
// shows, what it leaves out, and none for a study without AOIs.
#include "plot/figure_aois.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/aoi_comparisons.h"
#include "metrics/result_fields.h"
#include "report/figure_names.h"
#include "support/aoi_study.h"
#include "support/temp_dir.h"

namespace tobii::plot {
namespace {

namespace fs = std::filesystem;

// Whether the figure's text, in the order drawn, holds `part` (a line
// break read as the space it replaced).
bool AnyTextHas(const figures::Canvas& canvas, const std::string& part) {
  std::string all;
  for (const figures::TextBox& b : canvas.text_boxes()) all.append(b.text).append(" ");
  std::replace(all.begin(), all.end(), '\n', ' ');
  return all.find(part) != std::string::npos;
}

std::vector<double> ValuesOf(const AoiPanel& panel, const std::string& group) {
  for (const analysis::GroupValues& g : panel.groups) {
    if (g.group == group) return g.values;
  }
  return {};
}

TEST(AoiFigure, ItsMetricsAreAoiFields) {
  for (const char* metric : kAoiFigureMetrics) {
    const auto fields = metrics::AoiFields();
    EXPECT_TRUE(std::any_of(fields.begin(), fields.end(), [&](const auto& f) { return f.name == std::string(metric); }))
        << metric;
  }
}

// Per participant: the mean over the recordings of each one's mean over
// the occurrences (aoi_study.h gives them).
TEST(AoiFigure, DrawsEachParticipantsValueAsTheSummaryComparesIt) {
  const std::vector<RecordingResult> results = testing::AoiStudy();
  const std::vector<analysis::ComparisonRow> summary = analysis::AoiSummary(results);
  const AoiFigurePlan plan = PlanAoiFigure(results, summary);
  // face.png's Eyes and Mouth, two panels each; the whole recording's AOIs
  // left out for the stimulus's.
  ASSERT_EQ(plan.panels.size(), 4u);
  EXPECT_TRUE(plan.whole_recording_left_out);
  EXPECT_TRUE(plan.left_out.empty());
  const std::string expected[][2] = {{"Eyes", "dwell_time_pct"},
                                     {"Eyes", "time_to_first_fixation_ms"},
                                     {"Mouth", "dwell_time_pct"},
                                     {"Mouth", "time_to_first_fixation_ms"}};
  for (std::size_t i = 0; i < plan.panels.size(); ++i) {
    EXPECT_EQ(plan.panels[i].interval, "face.png");
    EXPECT_EQ(plan.panels[i].aoi, expected[i][0]);
    EXPECT_EQ(plan.panels[i].metric, expected[i][1]);
  }
  EXPECT_EQ(ValuesOf(plan.panels[1], "Control"), (std::vector<double>{150, 300, 250}));
  EXPECT_EQ(ValuesOf(plan.panels[1], "Patient"), (std::vector<double>{450, 350, 650}));
  EXPECT_EQ(ValuesOf(plan.panels[2], "Control"), (std::vector<double>{25, 15, 25}));
  EXPECT_EQ(ValuesOf(plan.panels[2], "Patient"), (std::vector<double>{45, 40, 50}));
  EXPECT_EQ(ValuesOf(plan.panels[3], "Patient"), (std::vector<double>{50, 50, 50}));

  // Each panel's test is its row of aoi_summary.csv.
  for (const AoiPanel& panel : plan.panels) {
    ASSERT_NE(panel.test, nullptr) << panel.aoi << " " << panel.metric;
    EXPECT_EQ(panel.test->interval, panel.interval);
    EXPECT_EQ(panel.test->aoi, panel.aoi);
    EXPECT_EQ(panel.test->metric, panel.metric);
    EXPECT_EQ(panel.test->group, "Patient");
    EXPECT_EQ(panel.test->reference, "Control");
  }

  const std::unique_ptr<figures::Canvas> canvas = DrawAoiFigure(results, summary);
  ASSERT_NE(canvas, nullptr);
  EXPECT_TRUE(AnyTextHas(*canvas, "face.png: Eyes"));
  EXPECT_TRUE(AnyTextHas(*canvas, "face.png: Mouth"));
  EXPECT_TRUE(AnyTextHas(*canvas, "Dwell time (%)"));
  EXPECT_TRUE(AnyTextHas(*canvas, "Time to first fixation (ms)"));
  EXPECT_TRUE(AnyTextHas(*canvas, "(n = 3)"));
  // Eyes' time to first fixation, Patient against Control: every Patient
  // above every Control, one of the 20 orderings of three against three
  // at each extreme: exact two-sided p = 2/20.
  const stats::GroupComparison& eyes = plan.panels[1].test->stats;
  ASSERT_NEAR(eyes.mann_whitney.p, 0.1, 1e-12);
  EXPECT_TRUE(AnyTextHas(*canvas, fmt::format("p\u00a0=\u00a0{:.3f}, q\u00a0=\u00a0{:.3f}", eyes.mann_whitney.p,
                                              eyes.mann_whitney_q)));
  EXPECT_TRUE(AnyTextHas(*canvas, "The AOIs over the whole recording are not drawn"));
  EXPECT_TRUE(AnyTextHas(*canvas, "aoi_summary.csv"));
}

// Eight AOIs on one stimulus: six rows drawn, the caption names the other two.
TEST(AoiFigure, DrawsAtMostSixAoisAndSaysWhichAreLeftOut) {
  std::vector<RecordingResult> results = testing::AoiStudy();
  for (RecordingResult& r : results) {
    for (IntervalResult& interval : r.intervals) {
      if (interval.interval != "face.png") continue;
      for (const char* name : {"Hair", "Left ear", "Nose", "Right ear", "Chin", "Forehead"}) {
        AoiResult aoi = interval.aois.back();
        aoi.aoi = name;
        interval.aois.push_back(aoi);
      }
      std::sort(interval.aois.begin(), interval.aois.end(),
                [](const AoiResult& a, const AoiResult& b) { return a.aoi < b.aoi; });
    }
  }
  const std::vector<analysis::ComparisonRow> summary = analysis::AoiSummary(results);
  const AoiFigurePlan plan = PlanAoiFigure(results, summary);
  EXPECT_EQ(plan.panels.size(), 2 * kMaxAoiRows);
  // In name order: Chin, Eyes, Forehead, Hair, Left ear, Mouth drawn.
  EXPECT_EQ(plan.left_out, (std::vector<std::string>{"face.png: Nose", "face.png: Right ear"}));
  const std::unique_ptr<figures::Canvas> canvas = DrawAoiFigure(results, summary);
  ASSERT_NE(canvas, nullptr);
  EXPECT_TRUE(AnyTextHas(*canvas, "face.png: Nose; face.png: Right ear"));
}

// Two groups in two conditions: the points pool the conditions, so no
// panel shows one condition's test as theirs.
TEST(AoiFigure, WithConditionsShowsNoTestForThePooledPoints) {
  std::vector<RecordingResult> results = testing::AoiStudy();
  for (std::size_t i = 0; i < results.size(); ++i) results[i].condition = i % 2 == 0 ? "A" : "B";
  const std::vector<analysis::ComparisonRow> summary = analysis::AoiSummary(results);
  const AoiFigurePlan plan = PlanAoiFigure(results, summary);
  ASSERT_FALSE(plan.panels.empty());
  for (const AoiPanel& panel : plan.panels) EXPECT_EQ(panel.test, nullptr);
  const std::unique_ptr<figures::Canvas> canvas = DrawAoiFigure(results, summary);
  ASSERT_NE(canvas, nullptr);
  EXPECT_TRUE(AnyTextHas(*canvas, "the tests, one per condition"));
}

TEST(AoiFigure, NoneWithoutAoisAndAnEarlierOneRemoved) {
  std::vector<RecordingResult> results = testing::AoiStudy();
  for (RecordingResult& r : results) r.intervals.clear();
  EXPECT_EQ(DrawAoiFigure(results, analysis::AoiSummary(results)), nullptr);

  testing::TempDir dir;
  const std::vector<RecordingResult> with = testing::AoiStudy();
  ASSERT_TRUE(WriteAoiFigure(dir.path(), with, analysis::AoiSummary(with)).ok());
  for (const char* ext : {".png", ".svg", ".pdf"}) {
    EXPECT_TRUE(fs::exists(dir.path() / report::kFiguresFolder / (std::string(report::kFigure4Name) + ext))) << ext;
  }
  ASSERT_TRUE(WriteAoiFigure(dir.path(), results, {}).ok());
  for (const char* ext : {".png", ".svg", ".pdf"}) {
    EXPECT_FALSE(fs::exists(dir.path() / report::kFiguresFolder / (std::string(report::kFigure4Name) + ext))) << ext;
  }
}

TEST(AoiFigure, SameBytesEachTime) {
  const std::vector<RecordingResult> results = testing::AoiStudy();
  const std::vector<analysis::ComparisonRow> summary = analysis::AoiSummary(results);
  for (figures::ImageFormat format :
       {figures::ImageFormat::kPng, figures::ImageFormat::kSvg, figures::ImageFormat::kPdf}) {
    std::string first, second;
    ASSERT_TRUE(DrawAoiFigure(results, summary)->Render(format, &first).ok());
    ASSERT_TRUE(DrawAoiFigure(results, summary)->Render(format, &second).ok());
    ASSERT_GT(first.size(), 1000u);
    EXPECT_TRUE(first == second);
  }
}

}  // namespace
}  // namespace tobii::plot
