// Every figure a study produces, drawn from a generated study's results
// (the generator the demo and the e2e tests use), and from results made
// here for what the demo does not have (groups of 12, ten behaviours with
// long names): no two texts may overlap and none may leave the canvas. The
// canvas records the box of every text it draws (Canvas::text_boxes).
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <memory>
#include <string>
#include <vector>

#include "analysis/group_comparisons.h"
#include "figures/canvas.h"
#include "gen_study/study_generator.h"
#include "plot/figure_behavior.h"
#include "plot/figure_data_quality.h"
#include "plot/figure_group_comparison.h"
#include "plot/figure_sample.h"
#include "results/results_file.h"
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

}  // namespace
}  // namespace tobii::plot
