// Figure 4, areas of interest: for each interval x AOI of aoi_summary.csv
// (analysis/aoi_comparisons.h), one row of two panels, the dwell time (% of
// the interval) and the time to first fixation (ms) per group: every
// participant's value as the table compares it, the median and IQR, n per
// group, and the table's test of the pair (p, q, Hedges' g) as figures 1
// and 2 show theirs (plot/metric_by_group.h). Drawn only for a study with
// AOIs.
//
// Which AOIs: those of the stimulus and event intervals (the whole
// recording's only when no other interval has an AOI: an AOI's share of a
// whole recording mixes every stimulus shown), in aoi_summary.csv's order,
// at most kMaxAoiRows of them; the caption names the rest. Intervals are
// kept apart rather than pooled by AOI name, so that every panel's test is
// a row of the table.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "analysis/group_comparisons.h"
#include "figures/canvas.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::plot {

// Rows (interval x AOI) drawn at most: six rows of two panels already make
// a full journal page (12 panels, letters A-L).
inline constexpr std::size_t kMaxAoiRows = 6;

// The two metrics of each row, in panel order.
inline constexpr const char* kAoiFigureMetrics[] = {"dwell_time_pct", "time_to_first_fixation_ms"};

struct AoiPanel {
  std::string interval;
  std::string aoi;
  std::string metric;
  std::vector<analysis::GroupValues> groups;    // each participant's value, as aoi_summary.csv compares them
  const analysis::ComparisonRow* test = nullptr;  // the row shown (in the summary passed); null: none
};

struct AoiFigurePlan {
  std::vector<AoiPanel> panels;        // row by row, kAoiFigureMetrics in each
  std::vector<std::string> left_out;   // "interval: AOI" of the rows not drawn (beyond kMaxAoiRows)
  bool whole_recording_left_out = false;  // the whole recording's AOIs, left out for the intervals'
  bool stimuli_pooled = false;  // only analysis::kAllStimuli's AOIs drawn: each stimulus's own left to the table
};

// What the figure draws; no panels for a study without AOIs. A panel's
// test is the first comparison of its interval, AOI and metric between two
// groups without a condition: in a study with conditions the tests are
// per condition while the points pool every recording, so none is shown.
AoiFigurePlan PlanAoiFigure(const std::vector<RecordingResult>& results,
                            const std::vector<analysis::ComparisonRow>& aoi_summary);

// The figure drawn (what the layout tests look at); none without AOIs.
std::unique_ptr<figures::Canvas> DrawAoiFigure(const std::vector<RecordingResult>& results,
                                               const std::vector<analysis::ComparisonRow>& aoi_summary);

// OUT/figures/figure4_aois.* (report::kFigure4Name). Writes nothing (and
// removes an earlier run's) when the study has no AOIs.
Status WriteAoiFigure(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                      const std::vector<analysis::ComparisonRow>& aoi_summary);

}  // namespace tobii::plot
