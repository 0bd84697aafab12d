#include "report/html_report.h"

#include <string>
#include <vector>

#include <fmt/format.h>

#include "report/aoi_section.h"
#include "report/columns_section.h"
#include "report/comparison_tables.h"
#include "report/csv_file.h"
#include "report/figures_section.h"
#include "report/html_text.h"
#include "report/methods_text.h"
#include "report/overview_section.h"
#include "report/problems_section.h"
#include "report/readable_names.h"
#include "report/settings_section.h"
#include "tobii/atomic_file.h"

namespace tobii::report {

namespace {

// Tables fit the page: the results' columns do not wrap, their metric
// names and every free text do; figures take the page's whole width.
constexpr const char* kStyle = R"(body { font-family: "DejaVu Sans", sans-serif; margin: 2em auto; padding: 0 2em;
  max-width: 70em; line-height: 1.4; }
table { border-collapse: collapse; font-size: 0.85em; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.4em; vertical-align: top; }
thead th { background: #eee; } caption { text-align: left; padding: 0.3em 0; }
table.results { width: 100%; } table.results td { text-align: right; white-space: nowrap; }
table.results th.metric { text-align: left; font-weight: normal; }
.n { font-weight: normal; font-size: 0.9em; color: #555; }
table.problems, table.settings, table.columns { width: 100%; }
table.problems td, table.settings td, table.columns td { overflow-wrap: anywhere; }
td.file { width: 30%; } table.settings th { text-align: left; font-weight: normal; }
tr.group th { background: #f4f4f4; font-weight: bold; }
figure { margin: 1.5em 0; } figure svg { display: block; width: 100%; height: auto; }
.missing { color: #a00; } .nothing-compared { font-weight: bold; }
p.methods { background: #f6f6f6; padding: 1em; } ul.references { font-size: 0.85em; })";
// Only a page with the AOI section has its table of intervals (so that a
// study without AOIs gets the page it always had).
constexpr const char* kAoiStyle = R"(
table.aois { width: 100%; } table.aois td { overflow-wrap: anywhere; } table.aois th { text-align: left; })";

// A CSV of the run, read back; empty when the run did not write it.
CsvFile ReadOptional(const std::filesystem::path& path, bool* read = nullptr) {
  CsvFile table;
  const bool ok = ReadCsvFile(path, &table).ok();
  if (read != nullptr) *read = ok;
  return ok ? table : CsvFile();
}

struct ListedTable {
  const char* name;
  const char* what;
};

// The run's tables in the order a reader meets them, each with a line on
// what it is (the columns: columns.csv).
constexpr ListedTable kListedTables[] = {
    {results::kSummaryTable, "one row per recording"},
    {results::kBehaviorMetricsTable, "one row per recording and annotated behaviour"},
    {results::kGroupStatsTable, "the groups compared, one row per metric and pair of groups"},
    {results::kConditionStatsTable,
     "the conditions compared within participants, one row per metric, group and pair of conditions"},
    {results::kBehaviorSummaryTable, "the groups compared per annotated behaviour"},
    {results::kBehaviorConditionStatsTable, "the conditions compared within participants per annotated behaviour"},
    {results::kIntervalMetricsTable, "one row per recording and interval occurrence"},
    {results::kAoiMetricsTable, "one row per recording, interval occurrence and AOI"},
    {results::kAoiTransitionsTable, "one row per recording, interval occurrence and pair of AOIs with a transition"},
    {results::kAoiSummaryTable, "the groups compared per interval, AOI and metric"},
    {results::kObservationsTable,
     "the study in long format for mixed models (R's lme4, statsmodels): one row per recording \u00d7 metric, "
     "and per recording \u00d7 behaviour \u00d7 metric, with participant, group, condition and covariates"},
    {results::kProblemsTable, "every file skipped or doubted, and why"},
};

// The tables the run wrote, linked.
std::string TablesList(const std::filesystem::path& out) {
  std::string html = "<p>Every table in full precision, beside this page:</p>\n<ul class=\"tables\">\n";
  for (const ListedTable& table : kListedTables) {
    std::error_code error;
    if (!std::filesystem::exists(out / table.name, error)) continue;
    html += fmt::format("<li><a href=\"{0}\"><code>{0}</code></a>: {1}</li>\n", table.name, Escape(table.what));
  }
  return html + "</ul>\n";
}

}  // namespace

std::string HtmlReport(const std::filesystem::path& out, const nlohmann::json& run) {
  // Without run.json: no members. (Named, so that the choice below is a
  // reference and not a copy of run.json, which grows with the study.)
  static const nlohmann::json kNoRun = nlohmann::json::object();
  const CsvFile dictionary = ReadOptional(out / kColumnsFileName);
  const MetricUnits units(dictionary);
  bool problems_read = false;
  const CsvFile problems = ReadOptional(out / results::kProblemsTable, &problems_read);
  const CsvFile group_stats = ReadOptional(out / results::kGroupStatsTable);
  const CsvFile behavior_summary = ReadOptional(out / results::kBehaviorSummaryTable);
  const CsvFile condition_stats = ReadOptional(out / results::kConditionStatsTable);
  const CsvFile behavior_condition_stats = ReadOptional(out / results::kBehaviorConditionStatsTable);
  const CsvFile aoi_summary = ReadOptional(out / results::kAoiSummaryTable);

  // Recording metrics between groups, then within participants; then per
  // behaviour; then, in their own section, per interval and AOI.
  const ComparisonTablesHtml groups = ComparisonTables(group_stats, results::kGroupStatsTable, 1, units);
  const ComparisonTablesHtml conditions =
      ComparisonTables(condition_stats, results::kConditionStatsTable, 1 + groups.tables, units,
                       ComparisonDesign::kWithinParticipants);
  const ComparisonTablesHtml behaviors = ComparisonTables(behavior_summary, results::kBehaviorSummaryTable,
                                                          1 + groups.tables + conditions.tables, units);
  const ComparisonTablesHtml behavior_conditions =
      ComparisonTables(behavior_condition_stats, results::kBehaviorConditionStatsTable,
                       1 + groups.tables + conditions.tables + behaviors.tables, units,
                       ComparisonDesign::kWithinParticipants);
  const AoiSectionHtml aois =
      AoiSection(out, 1 + groups.tables + conditions.tables + behaviors.tables + behavior_conditions.tables, units);

  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>tobii-pipeline report</title>\n"
      "<style>\n{}{}\n</style>\n</head>\n<body>\n<h1>Study report</h1>\n",
      kStyle, aois.html.empty() ? "" : kAoiStyle);
  html += "<h2 id=\"overview\">Overview</h2>\n" + OverviewSection(run);
  html += "<h2 id=\"problems\">Problems</h2>\n" + ProblemsSection(problems, problems_read, run);
  html +=
      "<h2 id=\"methods-section\">Methods</h2>\n" +
      MethodsSection(run.is_object() ? run : kNoRun,
                     FindComparisonsRun({&group_stats, &behavior_summary, &aoi_summary}, condition_stats));

  html += "<h2 id=\"results\">Results</h2>\n";
  if (groups.tables + conditions.tables + behaviors.tables + behavior_conditions.tables == 0) {
    html += MissingNote("No group table was written by this run.");
  }
  html += groups.html + conditions.html + behaviors.html + behavior_conditions.html + TablesList(out);

  html += "<h2 id=\"figures\">Figures</h2>\n" + FiguresSection(out);
  if (!aois.html.empty()) html += "<h2 id=\"aois\">Areas of interest</h2>\n" + aois.html;
  html += "<h2 id=\"settings-section\">Settings</h2>\n";
  if (run.is_object() && run.value("figures_redrawn", false)) {
    html += "<p>The figures were redrawn by <code>tobii-pipeline figures</code> with the figure options below; "
            "everything else is as the run left it.</p>\n";
  }
  html += SettingsSection(run);
  if (!dictionary.rows().empty()) html += "<h2 id=\"columns\">Columns</h2>\n" + ColumnsSection(dictionary);
  return html + "</body>\n</html>\n";
}

Status WriteHtmlReport(const std::filesystem::path& out, const nlohmann::json& run) {
  return io::WriteFileAtomically(out / kReportFileName, HtmlReport(out, run));
}

}  // namespace tobii::report
