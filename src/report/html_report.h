// report.html: one self-contained page a researcher can hand on, built
// from the run's outputs (the CSV tables and SVG figures already written,
// and run.json), so `figures OUT` rebuilds it as well. It loads nothing,
// so it opens offline; it links to the CSV tables beside it, which keep
// the full precision its tables round.
//
//   Overview        report/overview_section.h
//   Problems        report/problems_section.h (problems.csv)
//   Methods         report/methods_text.h
//   Results         report/comparison_tables.h (group_stats.csv, behavior_summary.csv)
//   Figures         report/figures_section.h
//   Areas of interest  report/aoi_section.h (the AOI tables and figure 4, when written)
//   Settings        report/settings_section.h
//   Columns         report/columns_section.h (columns.csv, when written)
#pragma once

#include <filesystem>

#include <nlohmann/json.hpp>

#include "tobii/output_names.h"
#include "tobii/status.h"

namespace tobii::report {

inline constexpr const char* kReportFileName = results::kReportFileName;

// `run`: run.json's content (null when there is none: the page then says
// so). Written whole or not at all.
Status WriteHtmlReport(const std::filesystem::path& out, const nlohmann::json& run);

// The page's text, as WriteHtmlReport writes it.
std::string HtmlReport(const std::filesystem::path& out, const nlohmann::json& run);

}  // namespace tobii::report
