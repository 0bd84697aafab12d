// columns.csv, the data dictionary, against the tables a run actually
// writes: every column of every table is described, in the table's order,
// and every table described is written (the AOI tables only for a study
// with AOIs: held to the dictionary on a hand-made one).

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "analysis/aoi_comparisons.h"
#include "report/aoi_tables.h"
#include "report/column_dictionary.h"
#include "report/comparison_csv.h"
#include "support/aoi_study.h"
#include "support/study_files.h"
#include "tobii/output_names.h"
#include "tobii/run.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;
using gen::testing::ReadCsv;
using gen::testing::ReadLines;
using gen::testing::Split;

const char* const kAoiTables[] = {results::kIntervalMetricsTable, results::kAoiMetricsTable,
                                  results::kAoiTransitionsTable, results::kAoiSummaryTable};

TEST(ColumnDictionary, DescribesEveryColumnOfEveryTableWritten) {
  gen::testing::TempFolder dir;
  gen::StudyOptions generate = gen::testing::SmallOptions(dir.path() / "study");
  generate.recordings = 4;
  gen::GeneratedStudy truth;
  ASSERT_TRUE(gen::GenerateStudy(generate, &truth).ok());
  RunOptions options;
  options.study = dir.path() / "study";
  options.out = dir.path() / "out";
  options.write_events = true;
  options.names_from_path = "data_{condition}/*";  // every table: condition_stats.csv too
  RunSummary summary;
  const Status s = RunStudy(options, nullptr, &summary);
  ASSERT_TRUE(s.ok()) << s.message();

  std::map<std::string, std::vector<std::string>> described;
  for (const auto& row : ReadCsv(options.out / results::kColumnsTable)) {
    EXPECT_FALSE(row.at("definition").empty()) << row.at("table") << " " << row.at("column");
    EXPECT_FALSE(row.at("source").empty()) << row.at("table") << " " << row.at("column");
    described[row.at("table")].push_back(row.at("column"));
  }

  // Each table written, with the name columns.csv lists it under.
  std::map<std::string, std::vector<fs::path>> written;
  for (const fs::directory_entry& e : fs::directory_iterator(options.out)) {
    if (e.path().extension() == ".csv") written[e.path().filename().string()].push_back(e.path());
  }
  for (const fs::directory_entry& e : fs::directory_iterator(options.out / results::kEventsFolder)) {
    written[std::string(results::kEventsFolder) + "/*.csv"].push_back(e.path());
  }
  std::set<std::string> tables_written, tables_described;
  for (const auto& [table, files] : written) {
    tables_written.insert(table);
    for (const fs::path& file : files) {
      const std::vector<std::string> lines = ReadLines(file);
      ASSERT_FALSE(lines.empty()) << file;
      EXPECT_EQ(Split(lines[0], ','), described[table]) << file.filename() << " against columns.csv";
    }
  }
  for (const auto& [table, columns] : described) tables_described.insert(table);
  // The AOI tables only for a study with AOIs or intervals; their columns
  // are held to the dictionary by the next test.
  if (!analysis::HasAoiResults(summary.results)) {
    for (const char* table : kAoiTables) {
      EXPECT_FALSE(tables_written.count(table)) << table;
      tables_described.erase(table);
    }
  }
  EXPECT_EQ(tables_written, tables_described);
  EXPECT_TRUE(written.count(results::kBehaviorMetricsTable)) << "the study has annotations";
  EXPECT_TRUE(written.count(results::kConditionStatsTable)) << "the study has conditions";
  // The participants table's other columns end each per-recording table.
  for (const char* table : {results::kSummaryTable, results::kBehaviorMetricsTable}) {
    const std::vector<std::string>& columns = described[table];
    ASSERT_GE(columns.size(), 3u);
    EXPECT_EQ(std::vector<std::string>(columns.end() - 3, columns.end()),
              (std::vector<std::string>{"age", "sex", "site"}))
        << table;
  }
}

// The AOI tables of a hand-made study with AOIs (support/aoi_study.h),
// written by the run's own writers, against columns.csv's list.
TEST(ColumnDictionary, DescribesEveryColumnOfTheAoiTables) {
  gen::testing::TempFolder dir;
  const std::vector<RecordingResult> results = testing::AoiStudy();
  ASSERT_TRUE(analysis::HasAoiResults(results));
  ASSERT_TRUE(report::WriteIntervalMetricsCsv(dir.path() / results::kIntervalMetricsTable, results).ok());
  ASSERT_TRUE(report::WriteAoiMetricsCsv(dir.path() / results::kAoiMetricsTable, results).ok());
  ASSERT_TRUE(report::WriteAoiTransitionsCsv(dir.path() / results::kAoiTransitionsTable, results).ok());
  ASSERT_TRUE(report::WriteComparisonCsv(dir.path() / results::kAoiSummaryTable, analysis::AoiSummary(results),
                                         report::ComparisonTable::kAoiSummary)
                  .ok());
  std::map<std::string, std::vector<std::string>> described;
  for (const report::DictionaryRow& row : report::ColumnDictionary({})) {
    EXPECT_FALSE(row.definition.empty()) << row.table << " " << row.column;
    EXPECT_FALSE(row.source.empty()) << row.table << " " << row.column;
    described[row.table].push_back(row.column);
  }
  for (const char* table : kAoiTables) {
    const std::vector<std::string> lines = ReadLines(dir.path() / table);
    ASSERT_GE(lines.size(), 2u) << table;
    EXPECT_EQ(Split(lines[0], ','), described[table]) << table << " against columns.csv";
  }
}

}  // namespace
}  // namespace tobii::study
