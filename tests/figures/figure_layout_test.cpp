// Every figure a study produces, drawn from a generated study's results
// (the generator the demo and the e2e tests use), and from results made
// here for what the demo does not have (groups of 12, ten behaviours with
// long names, AOIs with long names): no two texts may overlap and none may leave the canvas. The
// canvas records the box of every text it draws (Canvas::text_boxes).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "analysis/aoi_comparisons.h"
#include "analysis/group_comparisons.h"
#include "figures/canvas.h"
#include "gen_study/study_generator.h"
#include "plot/figure_aois.h"
#include "plot/figure_behavior.h"
#include "plot/figure_data_quality.h"
#include "plot/figure_group_comparison.h"
#include "plot/figure_sample.h"
#include "results/results_file.h"
#include "support/aoi_study.h"
#include "support/temp_dir.h"
#include "tobii/figure_options.h"
#include "tobii/run.h"

namespace tobii::plot {
namespace {

namespace fs = std::filesystem;

// Pango's extents of stacked lines touch exactly; only a real overlap fails.
constexpr double kTolerancePt = 0.01;

void ExpectTextApart(const figures::Canvas* canvas, const std::string& figure) {
  ASSERT_NE(canvas, nullptr) << figure;
  const std::vector<figures::TextBox>& boxes = canvas->text_boxes();
  ASSERT_FALSE(boxes.empty()) << figure << ": no text recorded";
  for (const figures::TextBox& b : boxes) {
    EXPECT_TRUE(b.left >= -kTolerancePt && b.top >= -kTolerancePt &&
                b.right <= canvas->width_pt() + kTolerancePt && b.bottom <= canvas->height_pt() + kTolerancePt)
        << figure << ": \"" << b.text << "\" leaves the canvas: [" << b.left << ", " << b.right << "] x ["
        << b.top << ", " << b.bottom << "]";
  }
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const figures::TextBox &a = boxes[i], &b = boxes[j];
      const bool apart = std::min(a.right, b.right) - std::max(a.left, b.left) <= kTolerancePt ||
                         std::min(a.bottom, b.bottom) - std::max(a.top, b.top) <= kTolerancePt;
      EXPECT_TRUE(apart) << figure << ": \"" << a.text << "\" overlaps \"" << b.text << "\"";
    }
  }
}

// The demo's study (8 recordings, BORIS annotations; one minute each here), run
// once for all tests here.
class FigureLayout : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    gen::StudyOptions generate;
    generate.out = dir_->path() / "study";
    generate.recordings = 8;
    generate.minutes = 1.0;
    generate.hz = 120;
    generate.seed = 2024;
    gen::GeneratedStudy generated;
    ASSERT_TRUE(gen::GenerateStudy(generate, &generated).ok());
    study::RunOptions run;
    run.study = generate.out;
    run.out = dir_->path() / "out";
    study::RunSummary summary;
    const Status ran = study::RunStudy(run, nullptr, &summary);
    ASSERT_TRUE(ran.ok()) << ran.message();
    results_ = new std::vector<RecordingResult>();
    const Status read = results::ReadResultsFile(run.out / "results.json", results_);
    ASSERT_TRUE(read.ok()) << read.message();
  }
  static void TearDownTestSuite() {
    delete results_;
    delete dir_;
  }

  static testing::TempDir* dir_;
  static std::vector<RecordingResult>* results_;
};

testing::TempDir* FigureLayout::dir_ = nullptr;
std::vector<RecordingResult>* FigureLayout::results_ = nullptr;

TEST_F(FigureLayout, StudyFiguresKeepTheirTextApartAndOnTheCanvas) {
  const std::vector<RecordingResult>& results = *results_;
  ASSERT_FALSE(results.empty());
  const auto group_stats = analysis::GroupStats(results);
  ExpectTextApart(DrawGroupComparisonFigure(results, group_stats, FigureOptions{}).get(), "figure 1");
  ExpectTextApart(DrawDataQualityFigure(results, group_stats).get(), "figure 2");
  ExpectTextApart(DrawBehaviorFigure(analysis::BehaviorSummary(results)).get(), "figure 3");
  int samples = 0;
  for (const RecordingResult& r : results) {
    if (!r.figure_data.sample) continue;
    ExpectTextApart(DrawSampleFigure(r).get(), "sample " + r.recording);
    ++samples;
  }
  EXPECT_GT(samples, 0);
}

// Twelve participants a group: the metric panels draw violins.
TEST_F(FigureLayout, FiguresOfLargerGroupsKeepTheirTextApart) {
  std::vector<RecordingResult> results;
  for (int copy = 0; copy < 6; ++copy) {
    for (RecordingResult r : *results_) {
      r.participant_id += fmt::format("_{}", copy);
      r.fixation_duration_mean_ms += 7.0 * copy;  // spread, so that each group has a density
      r.figure_data.sample.reset();
      results.push_back(std::move(r));
    }
  }
  const auto group_stats = analysis::GroupStats(results);
  ExpectTextApart(DrawGroupComparisonFigure(results, group_stats, FigureOptions{}).get(), "figure 1, n = 12");
  ExpectTextApart(DrawDataQualityFigure(results, group_stats).get(), "figure 2, n = 12");
}

// A recording whose screen gives its gaze another grid is left out of the
// heat maps, and figure 1's caption counts it, its text still apart.
TEST_F(FigureLayout, TheCaptionCountsRecordingsLeftOutOfTheHeatMaps) {
  std::vector<RecordingResult> results = *results_;
  ASSERT_GE(results.size(), 2u);
  // The caption is wrapped into lines.
  const auto captions_saying = [](const figures::Canvas& canvas, const std::string& words) {
    return std::count_if(canvas.text_boxes().begin(), canvas.text_boxes().end(),
                         [&](const figures::TextBox& b) {
                           std::string text = b.text;
                           std::replace(text.begin(), text.end(), '\n', ' ');
                           return text.find(words) != std::string::npos;
                         });
  };
  const auto group_stats = analysis::GroupStats(results);
  const auto all_in = DrawGroupComparisonFigure(results, group_stats, FigureOptions{});
  EXPECT_EQ(captions_saying(*all_in, "left out"), 0);

  RecordingResult& squarer = results.front();
  ASSERT_GT(squarer.on_screen_samples, 0u);
  squarer.figure_data.gaze.rows += 3;  // a taller screen, the same cell size
  squarer.figure_data.gaze.counts.resize(static_cast<std::size_t>(squarer.figure_data.gaze.columns) *
                                         squarer.figure_data.gaze.rows);
  const auto one_out = DrawGroupComparisonFigure(results, group_stats, FigureOptions{});
  EXPECT_EQ(captions_saying(*one_out, "Heat maps: 1 recording on a screen of another shape left out"), 1);
  ExpectTextApart(one_out.get(), "figure 1, one recording left out");
}

// Ten behaviours with long names: the category labels wrap or turn, and
// never run into each other.
TEST(FigureLayoutBehavior, TenLongBehaviourNamesKeepTheirTextApart) {
  const std::vector<std::string> behaviours = {
      "Object manipulation", "Listening", "Talking to the experimenter", "Looking at the screen",
      "Pointing", "Reading instructions aloud", "Self-touching", "Waiting", "Writing on the tablet",
      "Turning away from the table"};
  std::vector<analysis::ComparisonRow> summary;
  for (const char* metric : {"pupil_change_pct", "fixation_rate_per_s", "saccade_rate_per_s",
                             "fixation_duration_mean_ms"}) {
    for (std::size_t b = 0; b < behaviours.size(); ++b) {
      analysis::ComparisonRow row;
      row.behavior = behaviours[b];
      row.metric = metric;
      row.group = "Patient";
      row.reference = "Control";
      for (stats::Descriptive* d : {&row.stats.x, &row.stats.y}) {
        d->n = 8;
        d->mean = 2.0 + static_cast<double>(b);
        d->ci_low = d->mean - 1;
        d->ci_high = d->mean + 1;
      }
      summary.push_back(row);
    }
  }
  const std::unique_ptr<figures::Canvas> canvas = DrawBehaviorFigure(summary);
  ExpectTextApart(canvas.get(), "figure 3, ten behaviours");
  // TOBII_FIGURES_OUT=/some/folder keeps it for a look.
  if (const char* out = std::getenv("TOBII_FIGURES_OUT"); out != nullptr) {
    EXPECT_TRUE(canvas->Write(fs::path(out) / "figure3_ten_behaviours.png").ok());
  }
}

// Figure 4 with more AOIs than it draws, on stimuli with long names: the
// AOIs' names (one a single word wider than a panel) wrap or are cut, and
// the caption lists those left out.
TEST(FigureLayoutAois, LongAoiNamesKeepTheirTextApart) {
  const std::vector<std::string> names = {
      "Instructions panel at the top of the screen", "Left product image with its label", "Price",
      "AdvertisementBannerOnTheRightHandSideWithoutAnySpacesInItsName", "Logo", "Call to action button",
      "Small print below the offer", "Rating stars"};
  std::vector<RecordingResult> results = testing::AoiStudy();
  for (RecordingResult& r : results) {
    for (IntervalResult& interval : r.intervals) {
      if (interval.interval != "face.png") continue;
      interval.interval = "product_page_with_a_rather_long_stimulus_file_name_v2.png";
      const AoiResult eyes = interval.aois.front();
      interval.aois.clear();
      for (std::size_t i = 0; i < names.size(); ++i) {
        AoiResult aoi = eyes;
        aoi.aoi = names[i];
        if (aoi.dwell_time_pct == aoi.dwell_time_pct) aoi.dwell_time_pct += 3.0 * static_cast<double>(i);
        interval.aois.push_back(aoi);
      }
      std::sort(interval.aois.begin(), interval.aois.end(),
                [](const AoiResult& a, const AoiResult& b) { return a.aoi < b.aoi; });
    }
  }
  const std::unique_ptr<figures::Canvas> canvas = DrawAoiFigure(results, analysis::AoiSummary(results));
  ExpectTextApart(canvas.get(), "figure 4, long AOI names");
  if (const char* out = std::getenv("TOBII_FIGURES_OUT"); out != nullptr) {
    EXPECT_TRUE(canvas->Write(fs::path(out) / "figure4_long_aoi_names.png").ok());
  }
}

}  // namespace
}  // namespace tobii::plot
