#include "plot/figure_aois.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <utility>

#include "analysis/aoi_comparisons.h"
#include "analysis/group_values.h"
#include "figures/layout.h"
#include "metrics/result_fields.h"
#include "plot/figure_files.h"
#include "plot/metric_by_group.h"
#include "plot/metric_label.h"
#include "report/figure_names.h"
#include "tobii/output_names.h"

namespace tobii::plot {

namespace {

using namespace figures;

constexpr double kWidthPt = 520;  // a two-column journal figure, as figures 1-3
constexpr double kPlotHeightPt = 90;  // each panel's plot; its title and labels add to it
constexpr double kGapPt = 10;
constexpr double kOuterPt = 4;
constexpr double kCaptionInsetPt = 6;  // around the caption below the panels
// Rows left out that the caption names one by one; beyond, it counts them.
constexpr std::size_t kMaxNamedLeftOut = 8;

const metrics::AoiField* AoiFieldNamed(std::string_view name) {
  for (const metrics::AoiField& field : metrics::AoiFields()) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

// The first comparison of a pair of groups without a condition.
const analysis::ComparisonRow* TestOf(const std::vector<analysis::ComparisonRow>& rows, const std::string& interval,
                                      const std::string& aoi, const std::string& metric) {
  for (const analysis::ComparisonRow& row : rows) {
    if (row.interval == interval && row.aoi == aoi && row.metric == metric && !row.reference.empty() &&
        row.condition.empty())
      return &row;
  }
  return nullptr;
}

std::string RowName(const std::string& interval, const std::string& aoi) { return interval + ": " + aoi; }

// The caption: what a row is, what the marks and the numbers are, and what
// was left out.
std::string AoiCaption(const AoiFigurePlan& plan, const std::vector<analysis::ComparisonRow>& aoi_summary) {
  std::string text =
      "Each row: an AOI in an interval (a stimulus presentation, an event pair or the whole recording); left, "
      "dwell time as a share of the interval; right, time to first fixation from the interval's start. A "
      "recording's value is the mean over the interval's occurrences (time to first fixation: those in which "
      "the AOI was fixated, so n counts the participants who fixated it). ";
  text += MetricByGroupCaption(aoi_summary, results::kAoiSummaryTable);
  const bool conditions = std::any_of(aoi_summary.begin(), aoi_summary.end(),
                                      [](const analysis::ComparisonRow& row) { return !row.condition.empty(); });
  if (conditions) {
    text += fmt::format(" The points pool every condition; the tests, one per condition, are in {}.",
                        results::kAoiSummaryTable);
  }
  if (plan.stimuli_pooled) {
    text += fmt::format(" Every stimulus presentation pooled, {}; each stimulus's own AOIs are in {}.",
                        analysis::kAllStimuli, results::kAoiSummaryTable);
  }
  if (plan.whole_recording_left_out) {
    text += fmt::format(" The AOIs over the whole recording are not drawn ({} has them).", results::kAoiSummaryTable);
  }
  if (!plan.left_out.empty()) {
    std::string names;
    for (std::size_t i = 0; i < plan.left_out.size() && i < kMaxNamedLeftOut; ++i) {
      names += (i > 0 ? "; " : "") + plan.left_out[i];
    }
    if (plan.left_out.size() > kMaxNamedLeftOut) {
      names += fmt::format("; and {} more", plan.left_out.size() - kMaxNamedLeftOut);
    }
    text += fmt::format(" Not drawn (only the first {} AOIs of {} are): {}.", kMaxAoiRows,
                        results::kAoiSummaryTable, names);
  }
  return text;
}

}  // namespace

AoiFigurePlan PlanAoiFigure(const std::vector<RecordingResult>& results,
                            const std::vector<analysis::ComparisonRow>& aoi_summary) {
  AoiFigurePlan plan;
  // The intervals' AOIs in the table's order; the whole recording's apart.
  std::vector<std::pair<std::string, std::string>> rows, whole;
  std::set<std::pair<std::string, std::string>> seen;
  for (const analysis::ComparisonRow& row : aoi_summary) {
    if (row.aoi.empty() || !seen.emplace(row.interval, row.aoi).second) continue;
    (row.interval == kWholeRecording ? whole : rows).emplace_back(row.interval, row.aoi);
  }
  if (rows.empty()) {
    rows = std::move(whole);
  } else {
    plan.whole_recording_left_out = !whole.empty();
  }
  // With every stimulus pooled, its AOIs are the figure; each stimulus's
  // own are in the table.
  const auto pooled = [](const std::pair<std::string, std::string>& row) { return row.first == analysis::kAllStimuli; };
  if (std::any_of(rows.begin(), rows.end(), pooled)) {
    std::erase_if(rows, [&](const std::pair<std::string, std::string>& row) { return !pooled(row); });
    plan.stimuli_pooled = true;
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& [interval, aoi] = rows[i];
    if (i >= kMaxAoiRows) {
      plan.left_out.push_back(RowName(interval, aoi));
      continue;
    }
    for (const char* metric : kAoiFigureMetrics) {
      const metrics::AoiField* field = AoiFieldNamed(metric);
      if (field == nullptr) continue;  // kAoiFigureMetrics names AOI fields (a test holds it)
      plan.panels.push_back({interval, aoi, metric,
                             analysis::ValuesByGroup(results, analysis::AoiMetricOf(interval, aoi, *field)),
                             TestOf(aoi_summary, interval, aoi, metric)});
    }
  }
  return plan;
}

std::unique_ptr<Canvas> DrawAoiFigure(const std::vector<RecordingResult>& results,
                                      const std::vector<analysis::ComparisonRow>& aoi_summary) {
  const AoiFigurePlan plan = PlanAoiFigure(results, aoi_summary);
  if (plan.panels.empty()) return nullptr;
  constexpr int kColumns = static_cast<int>(std::size(kAoiFigureMetrics));
  const int rows = (static_cast<int>(plan.panels.size()) + kColumns - 1) / kColumns;

  // Every row as tall as its tallest panel needs (a long AOI name wraps);
  // the grid's rows are equal, so the tallest sets them all.
  const Canvas scratch(1, 1);
  const double letter_strip = PanelLetterStripWidth(scratch.cr());
  const double cell_width = (kWidthPt - 2 * kOuterPt - (kColumns - 1) * kGapPt) / kColumns - letter_strip;
  double row_height = 0;
  for (const AoiPanel& p : plan.panels) {
    row_height = std::max(row_height, GroupValuesPanelHeight(scratch.cr(), cell_width, kPlotHeightPt,
                                                             RowName(p.interval, p.aoi), MetricLabel(p.metric),
                                                             p.groups, p.test));
  }
  const double panels_height = rows * row_height + (rows - 1) * kGapPt + 2 * kOuterPt;
  const std::string caption = AoiCaption(plan, aoi_summary);
  const double caption_height = CaptionHeight(scratch.cr(), kWidthPt - 2 * kCaptionInsetPt, caption);

  auto canvas = std::make_unique<Canvas>(kWidthPt, panels_height + caption_height + 2 * kCaptionInsetPt);
  const Grid grid(kWidthPt, panels_height, rows, kColumns, kGapPt, kOuterPt);
  cairo_t* cr = canvas->cr();
  for (std::size_t i = 0; i < plan.panels.size(); ++i) {
    const AoiPanel& p = plan.panels[i];
    const auto index = static_cast<int>(i);
    GroupValuesPanel(cr, PanelLetter(cr, grid.Cell(index / kColumns, index % kColumns), index),
                     RowName(p.interval, p.aoi), MetricLabel(p.metric), p.groups, p.test);
  }
  Caption(cr, {kCaptionInsetPt, panels_height + kCaptionInsetPt, kWidthPt - 2 * kCaptionInsetPt, caption_height},
          caption);
  return canvas;
}

Status WriteAoiFigure(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                      const std::vector<analysis::ComparisonRow>& aoi_summary) {
  const std::unique_ptr<Canvas> canvas = DrawAoiFigure(results, aoi_summary);
  if (canvas == nullptr) {
    RemoveFigure(out, report::kFigure4Name);
    return Status::Ok();
  }
  return WriteFigure(*canvas, out, report::kFigure4Name);
}

}  // namespace tobii::plot
