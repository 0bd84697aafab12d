#include "report/aoi_section.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "report/comparison_tables.h"
#include "report/csv_file.h"
#include "report/figure_names.h"
#include "report/figures_section.h"
#include "report/html_text.h"
#include "report/outputs.h"
#include "tobii/aoi_result.h"
#include "tobii/output_names.h"

namespace tobii::report {

namespace {

struct LinkedTable {
  const char* name;
  const char* what;
};

constexpr LinkedTable kAoiTables[] = {
    {results::kIntervalMetricsTable, "one row per recording and interval occurrence"},
    {results::kAoiMetricsTable, "one row per recording, interval occurrence and AOI (Pro Lab's AOI metrics)"},
    {results::kAoiTransitionsTable, "the transitions between AOIs per recording and interval occurrence"},
    {results::kAoiSummaryTable, "the groups compared per interval, AOI and metric (every compared metric)"},
};

CsvFile ReadIfWritten(const std::filesystem::path& path, bool* read) {
  CsvFile table;
  *read = ReadCsvFile(path, &table).ok();
  return *read ? table : CsvFile();
}

// A recording as the AOI tables name it: its identity's cells.
std::string RecordingKey(const CsvFile& table, std::size_t r) {
  std::string key;
  for (std::string_view column : kBehaviorRowIdentity) key.append(table.Cell(r, column)).push_back('\x1f');
  return key;
}

struct IntervalCounts {
  std::string kind;
  std::set<std::string> recordings;
  std::size_t occurrences = 0;
  std::set<std::string> aois;
};

// The whole recording first, then the others in name order, as
// aoi_summary.csv has them.
std::vector<std::pair<std::string, IntervalCounts>> Intervals(const CsvFile& intervals, const CsvFile& aois) {
  std::map<std::string, IntervalCounts> by_name;
  for (std::size_t r = 0; r < intervals.rows().size(); ++r) {
    IntervalCounts& counts = by_name[intervals.Cell(r, "interval")];
    counts.kind = intervals.Cell(r, "kind");
    counts.recordings.insert(RecordingKey(intervals, r));
    ++counts.occurrences;
  }
  for (std::size_t r = 0; r < aois.rows().size(); ++r) {
    by_name[aois.Cell(r, "interval")].aois.insert(aois.Cell(r, "aoi"));
  }
  std::vector<std::pair<std::string, IntervalCounts>> ordered;
  if (const auto whole = by_name.find(kWholeRecording); whole != by_name.end()) {
    ordered.emplace_back(*whole);
    by_name.erase(whole);
  }
  for (auto& entry : by_name) ordered.emplace_back(entry);
  return ordered;
}

std::string Joined(const std::set<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

std::string IntervalsTable(const std::vector<std::pair<std::string, IntervalCounts>>& intervals) {
  std::string html = fmt::format(
      "<table class=\"aois\" id=\"aoi-intervals\" data-source=\"{0}\">\n<caption>The intervals and their AOIs: "
      "recordings with the interval, its occurrences in them, and the AOIs measured in it "
      "(<a href=\"{0}\"><code>{0}</code></a>, <a href=\"{1}\"><code>{1}</code></a>).</caption>\n"
      "<thead><tr><th>Interval</th><th>Kind</th><th>Recordings</th><th>Occurrences</th><th>AOIs</th></tr></thead>\n"
      "<tbody>\n",
      results::kIntervalMetricsTable, results::kAoiMetricsTable);
  for (const auto& [name, counts] : intervals) {
    html += fmt::format("<tr><th>{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", Escape(name),
                        Escape(counts.kind), counts.recordings.size(), counts.occurrences,
                        counts.aois.empty() ? std::string("none")
                                            : fmt::format("{}: {}", counts.aois.size(), Escape(Joined(counts.aois))));
  }
  return html + "</tbody>\n</table>\n";
}

// The heading of an aoi_summary.csv row's interval and AOI.
std::string RowHeading(const CsvFile& table, std::size_t r) {
  const std::string& interval = table.Cell(r, "interval");
  const std::string& aoi = table.Cell(r, "aoi");
  const std::string name = interval == kWholeRecording ? std::string("Whole recording") : interval;
  if (aoi.empty()) return name + " (the interval)";
  return name + ": " + aoi;
}

bool IsTableMetric(const CsvFile& table, std::size_t r) {
  const std::string& metric = table.Cell(r, "metric");
  return std::find(std::begin(kAoiTableMetrics), std::end(kAoiTableMetrics), metric) != std::end(kAoiTableMetrics);
}

std::string Numbers(int first, int count) {
  if (count == 1) return fmt::format("Table {}", first);
  return fmt::format("Tables {}\u2013{}", first, first + count - 1);
}

}  // namespace

AoiSectionHtml AoiSection(const std::filesystem::path& out, int first_number, const MetricUnits& units) {
  AoiSectionHtml section;
  bool intervals_read = false, aois_read = false, summary_read = false;
  const CsvFile intervals = ReadIfWritten(out / results::kIntervalMetricsTable, &intervals_read);
  const CsvFile aois = ReadIfWritten(out / results::kAoiMetricsTable, &aois_read);
  const CsvFile summary = ReadIfWritten(out / results::kAoiSummaryTable, &summary_read);
  if (!intervals_read && !aois_read && !summary_read) return section;

  const auto counted = Intervals(intervals, aois);
  std::set<std::string> aoi_names;
  for (std::size_t r = 0; r < aois.rows().size(); ++r) aoi_names.insert(aois.Cell(r, "aoi"));
  std::string& html = section.html;
  html += fmt::format("<p>{} interval{} and {} AOI{} (by name).</p>\n", counted.size(),
                      counted.size() == 1 ? "" : "s", aoi_names.size(), aoi_names.size() == 1 ? "" : "s");
  if (!counted.empty()) html += IntervalsTable(counted);

  ComparisonRowsShown shown;
  shown.keep = IsTableMetric;
  shown.heading = RowHeading;
  shown.topic = "Areas of interest";
  const ComparisonTablesHtml tables =
      ComparisonTables(summary, results::kAoiSummaryTable, first_number, units, ComparisonDesign::kBetweenGroups,
                       shown);
  section.tables = tables.tables;
  if (tables.tables > 0) {
    std::vector<std::string> metrics;
    for (const char* metric : kAoiTableMetrics) metrics.push_back(MetricLabel(metric, units.Unit(metric)));
    std::string listed;
    for (std::size_t i = 0; i < metrics.size(); ++i) {
      listed += (i == 0 ? "" : i + 1 == metrics.size() ? " and " : ", ") + metrics[i];
    }
    html += fmt::format(
        "<p>{0} compare the groups per interval and AOI on {1} (the last of the interval as a whole). "
        "Every compared metric is in <a href=\"{2}\"><code>{2}</code></a>, whose q-values correct across all of "
        "its comparisons, the rows shown here among them.</p>\n",
        Numbers(first_number, tables.tables), Escape(listed), results::kAoiSummaryTable);
    html += tables.html;
  } else if (summary_read) {
    html += MissingNote(std::string(results::kAoiSummaryTable) + " holds no comparison of these metrics.");
  }

  html += "<p>The AOI tables in full precision:</p>\n<ul class=\"tables\">\n";
  for (const LinkedTable& table : kAoiTables) {
    std::error_code error;
    if (!std::filesystem::exists(out / table.name, error)) continue;
    html += fmt::format("<li><a href=\"{0}\"><code>{0}</code></a>: {1}</li>\n", table.name, Escape(table.what));
  }
  html += "</ul>\n";
  html += FigureHtml(out, kFigure4Name,
                     "Figure 4. Areas of interest: dwell time and time to first fixation per group, each participant "
                     "a point, with the median and interquartile range.");
  return section;
}

}  // namespace tobii::report
