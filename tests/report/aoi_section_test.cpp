// report.html's "Areas of interest" section (report/aoi_section.h), from
// the AOI tables written for the hand-made AOI study (support/aoi_study.h),
// and its absence without them.
#include "report/aoi_section.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysis/aoi_comparisons.h"
#include "report/aoi_tables.h"
#include "report/comparison_csv.h"
#include "report/html_report.h"
#include "support/aoi_study.h"
#include "support/temp_dir.h"
#include "tobii/output_names.h"

namespace tobii::report {
namespace {

namespace fs = std::filesystem;

// The AOI tables a run writes for the study (figure 4 aside: the plotting
// library draws it).
void WriteAoiTables(const fs::path& out, const std::vector<RecordingResult>& results) {
  ASSERT_TRUE(WriteIntervalMetricsCsv(out / results::kIntervalMetricsTable, results).ok());
  ASSERT_TRUE(WriteAoiMetricsCsv(out / results::kAoiMetricsTable, results).ok());
  ASSERT_TRUE(WriteAoiTransitionsCsv(out / results::kAoiTransitionsTable, results).ok());
  ASSERT_TRUE(WriteComparisonCsv(out / results::kAoiSummaryTable, analysis::AoiSummary(results),
                                 ComparisonTable::kAoiSummary)
                  .ok());
}

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

std::string Between(const std::string& page, const std::string& start, const std::string& end) {
  const std::size_t from = page.find(start);
  if (from == std::string::npos) return "";
  return page.substr(from, page.find(end, from) - from);
}

TEST(AoiSection, CountsTheIntervalsAndAoisAndComparesTheGroupsOnTheMainMetrics) {
  testing::TempDir dir;
  WriteAoiTables(dir.path(), testing::AoiStudy());
  const AoiSectionHtml section = AoiSection(dir.path(), 3, MetricUnits(CsvFile()));
  const std::string& html = section.html;
  EXPECT_NE(html.find("2 intervals and 2 AOIs"), std::string::npos) << html;

  // Seven recordings; face.png shown twice in each.
  const std::string intervals = Between(html, "<table class=\"aois\" id=\"aoi-intervals\"", "</table>");
  ASSERT_FALSE(intervals.empty()) << html;
  EXPECT_NE(intervals.find("<tr><th>recording</th><td>recording</td><td>7</td><td>7</td><td>2: Eyes, Mouth</td>"),
            std::string::npos)
      << intervals;
  EXPECT_NE(intervals.find("<tr><th>face.png</th><td>stimulus</td><td>7</td><td>14</td><td>2: Eyes, Mouth</td>"),
            std::string::npos)
      << intervals;

  // One pair of groups: one table, numbered from 3.
  EXPECT_EQ(section.tables, 1);
  const std::string table = Between(html, "<table class=\"results\" id=\"table3\"", "</table>");
  ASSERT_FALSE(table.empty()) << html;
  EXPECT_NE(table.find("Table 3. Areas of interest: Patient compared with Control."), std::string::npos);
  EXPECT_NE(table.find("data-source=\"aoi_summary.csv\""), std::string::npos);
  // A heading per interval (its entropy) and per interval x AOI, in aoi_summary.csv's order.
  const std::vector<std::string> headings = {"Whole recording (the interval)", "Whole recording: Eyes",
                                             "Whole recording: Mouth", "face.png (the interval)", "face.png: Eyes",
                                             "face.png: Mouth"};
  std::size_t at = 0;
  for (const std::string& heading : headings) {
    const std::size_t found = table.find("\">" + heading + "</th></tr>", at);
    ASSERT_NE(found, std::string::npos) << heading;
    at = found;
  }
  // The interval's transition entropy, five metrics an AOI; not the other compared ones.
  EXPECT_EQ(Count(table, "title=\"transition_entropy_bits\""), 2u);
  EXPECT_EQ(Count(table, "title=\"dwell_time_pct\""), 4u);
  EXPECT_EQ(Count(table, "title=\"time_to_first_fixation_ms\""), 4u);
  EXPECT_EQ(Count(table, "<th class=\"metric\""), 2u + 4u * 5u);
  EXPECT_EQ(table.find("stationary_entropy_bits"), std::string::npos);
  EXPECT_EQ(table.find("duration_of_first_fixation_ms"), std::string::npos);
  // A heading spans the whole row: metric, two groups, U, p, q, t (df), p, q, g.
  EXPECT_NE(table.find("<tr class=\"group\"><th colspan=\"10\">face.png: Eyes</th></tr>"), std::string::npos)
      << table;

  for (const char* csv : {"interval_metrics.csv", "aoi_metrics.csv", "aoi_transitions.csv", "aoi_summary.csv"}) {
    EXPECT_NE(html.find(std::string("<a href=\"") + csv + "\"><code>" + csv + "</code></a>:"), std::string::npos)
        << csv;
  }
  // Figure 4 is the plotting library's; not drawn here.
  EXPECT_NE(html.find("figure4_aois: not drawn"), std::string::npos);
}

TEST(AoiSection, IsInTheReportWithItsMethodsSentenceAndCitation) {
  testing::TempDir dir;
  WriteAoiTables(dir.path(), testing::AoiStudy());
  const std::string page = HtmlReport(dir.path(), nullptr);
  EXPECT_NE(page.find("<h2 id=\"aois\">Areas of interest</h2>"), std::string::npos);
  EXPECT_NE(page.find("table.aois {"), std::string::npos);
  // No group_stats.csv here: the AOI table is Table 1.
  EXPECT_NE(page.find("Table 1. Areas of interest"), std::string::npos);
  const std::string methods = Between(page, "<p class=\"methods\"", "</ul>");
  EXPECT_NE(methods.find("Tobii Pro Lab's definitions"), std::string::npos) << methods;
  EXPECT_NE(methods.find("fixation point"), std::string::npos);
  EXPECT_NE(methods.find("cut to the interval"), std::string::npos);
  EXPECT_NE(methods.find("gaze transition and stationary entropy (Krejtz et al., 2015)"), std::string::npos);
  EXPECT_NE(methods.find("per interval and AOI"), std::string::npos);
  EXPECT_NE(methods.find("Krejtz, K., Duchowski, A."), std::string::npos);
  // The AOI tables in the list of every table.
  const std::string tables = Between(page, "<ul class=\"tables\">", "</ul>");
  EXPECT_NE(tables.find("aoi_metrics.csv"), std::string::npos);
}

TEST(AoiSection, AbsentWithoutAoiTables) {
  testing::TempDir dir;
  EXPECT_TRUE(AoiSection(dir.path(), 1, MetricUnits(CsvFile())).html.empty());
  const std::string page = HtmlReport(dir.path(), nullptr);
  EXPECT_EQ(page.find("Areas of interest"), std::string::npos);
  EXPECT_EQ(page.find("table.aois"), std::string::npos);
  EXPECT_EQ(page.find("Krejtz"), std::string::npos);
  EXPECT_EQ(page.find("aoi_metrics.csv"), std::string::npos);
}

}  // namespace
}  // namespace tobii::report
