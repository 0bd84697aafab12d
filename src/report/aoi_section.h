// The report's "Areas of interest" section, from the AOI tables a run wrote
// (report/aoi_tables.h, analysis/aoi_comparisons.h), so that `figures OUT`
// rebuilds it: the intervals and their AOIs counted (interval_metrics.csv,
// aoi_metrics.csv), the groups compared per interval x AOI on the main
// metrics as Table Ns (aoi_summary.csv, report/comparison_tables.h), the
// four tables linked and figure 4 (plot/figure_aois.h). Nothing for a run
// without AOI tables.
//
// Thread-safety: plain functions.
#pragma once

#include <filesystem>
#include <string>

#include "report/readable_names.h"

namespace tobii::report {

// The metrics aoi_summary.csv's Table Ns show (the CSV has every compared
// field): Pro Lab's headline AOI metrics, where the eyes went first and how
// long they stayed, and the interval's transition entropy (Krejtz et al.
// 2015), in that order.
inline constexpr const char* kAoiTableMetrics[] = {
    "dwell_time_pct",          "time_to_first_fixation_ms", "number_of_fixations",
    "number_of_visits",        "total_duration_of_fixations_ms", "transition_entropy_bits"};

struct AoiSectionHtml {
  std::string html;  // empty: the run wrote no AOI table
  int tables = 0;    // Table Ns written
};

// The section's body for the outputs in `out`, its tables numbered from
// `first_number`.
AoiSectionHtml AoiSection(const std::filesystem::path& out, int first_number, const MetricUnits& units);

}  // namespace tobii::report
