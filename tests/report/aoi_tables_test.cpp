// The AOI tables of a hand-made study (support/aoi_study.h): their headers
// and rows, aoi_summary.csv's, and the AOI rows of observations.csv.

#include "report/aoi_tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysis/aoi_comparisons.h"
#include "report/comparison_csv.h"
#include "report/observations_csv.h"
#include "support/aoi_study.h"
#include "support/study_files.h"
#include "support/temp_dir.h"

namespace tobii::report {
namespace {

using gen::testing::ReadLines;

const char* const kIdentity =
    "participant_id,recording,group,condition,session,interval,kind,occurrence,start_ms,end_ms,duration_ms";

TEST(AoiTables, IntervalMetricsHaveARowPerRecordingAndIntervalOccurrence) {
  testing::TempDir dir;
  ASSERT_TRUE(WriteIntervalMetricsCsv(dir.path() / "interval_metrics.csv", testing::AoiStudy()).ok());
  const std::vector<std::string> lines = ReadLines(dir.path() / "interval_metrics.csv");
  ASSERT_EQ(lines.size(), 1u + 7 * 3);  // 7 recordings x (the whole recording + face.png twice)
  EXPECT_EQ(lines[0],
            std::string(kIdentity) + ",fixation_count,transition_entropy_bits,stationary_entropy_bits");
  EXPECT_EQ(lines[1], "C1,a,Control,,,recording,recording,1,0,10000,10000,30,0.9,0.95");
  EXPECT_EQ(lines[2], "C1,a,Control,,,face.png,stimulus,1,1000,4000,3000,8,0.5,1");
  EXPECT_EQ(lines[3], "C1,a,Control,,,face.png,stimulus,2,5000,8000,3000,9,0.7,1");
}

TEST(AoiTables, AoiMetricsHaveARowPerIntervalOccurrenceAndAoiInProLabsOrder) {
  testing::TempDir dir;
  ASSERT_TRUE(WriteAoiMetricsCsv(dir.path() / "aoi_metrics.csv", testing::AoiStudy()).ok());
  const std::vector<std::string> lines = ReadLines(dir.path() / "aoi_metrics.csv");
  ASSERT_EQ(lines.size(), 1u + 7 * 3 * 2);
  EXPECT_EQ(lines[0],
            std::string(kIdentity) +
                ",aoi,total_duration_of_fixations_ms,average_duration_of_fixations_ms,number_of_fixations,"
                "time_to_first_fixation_ms,duration_of_first_fixation_ms,number_of_whole_fixations,"
                "total_duration_of_visits_ms,average_duration_of_visits_ms,number_of_visits,"
                "number_of_revisits,dwell_time_ms,dwell_time_pct");
  // C1's recording b, face.png's second showing: the Eyes not fixated
  // (no time to first fixation, no mean: empty cells), then the Mouth.
  EXPECT_EQ(lines[1 + 3 * 2 + 2 * 2],
            "C1,b,Control,,,face.png,stimulus,2,5000,8000,3000,Eyes,0,,0,,,0,0,,0,0,0,");
  EXPECT_EQ(
      lines[1 + 3 * 2 + 2 * 2 + 1],
      "C1,b,Control,,,face.png,stimulus,2,5000,8000,3000,Mouth,150.5,150.5,1,50,150.5,1,150.5,150.5,1,0,1200,"
      "40");
}

TEST(AoiTables, TransitionsCarryTheirRowProbability) {
  testing::TempDir dir;
  ASSERT_TRUE(WriteAoiTransitionsCsv(dir.path() / "aoi_transitions.csv", testing::AoiStudy()).ok());
  const std::vector<std::string> lines = ReadLines(dir.path() / "aoi_transitions.csv");
  EXPECT_EQ(lines[0], std::string(kIdentity) + ",from_aoi,to_aoi,count,probability");
  // The whole recording: 3 of the 4 transitions leaving the Eyes stay on them.
  EXPECT_EQ(lines[1], "C1,a,Control,,,recording,recording,1,0,10000,10000,Eyes,Eyes,3,0.75");
  EXPECT_EQ(lines[2], "C1,a,Control,,,recording,recording,1,0,10000,10000,Eyes,Mouth,1,0.25");
  EXPECT_EQ(lines[3], "C1,a,Control,,,recording,recording,1,0,10000,10000,Mouth,Eyes,2,1");
  EXPECT_EQ(lines[4], "C1,a,Control,,,face.png,stimulus,1,1000,4000,3000,Eyes,Mouth,1,1");
  // 3 whole-recording rows per recording, one per showing where the Eyes
  // were fixated (three showings without).
  EXPECT_EQ(lines.size(), 1u + 7 * 3 + 7 * 2 - 3);
}

TEST(AoiTables, AoiSummaryNamesTheIntervalAndAoiOfEachComparison) {
  testing::TempDir dir;
  const std::vector<analysis::ComparisonRow> rows = analysis::AoiSummary(testing::AoiStudy());
  ASSERT_TRUE(WriteComparisonCsv(dir.path() / "aoi_summary.csv", rows, ComparisonTable::kAoiSummary).ok());
  const std::vector<std::string> lines = ReadLines(dir.path() / "aoi_summary.csv");
  ASSERT_EQ(lines.size(), 1 + rows.size());
  EXPECT_EQ(lines[0].substr(0, lines[0].find(",n,")), "interval,aoi,metric,group,reference,condition");
  EXPECT_EQ(lines[1].substr(0, lines[1].find(",3,")), "recording,,transition_entropy_bits,Patient,Control,");
  EXPECT_EQ(lines[3].substr(0, lines[3].find(",3,")),
            "recording,Eyes,total_duration_of_fixations_ms,Patient,Control,");
  std::vector<std::string> header;
  for (const ColumnDoc& c : ComparisonColumns(ComparisonTable::kAoiSummary)) header.push_back(c.name);
  EXPECT_EQ(lines[0] + "\n", HeaderRow(header));
}

TEST(AoiTables, ObservationsHaveARowPerIntervalOccurrenceAoiAndComparedMetric) {
  testing::TempDir dir;
  std::vector<RecordingResult> results = testing::AoiStudy();
  results.resize(1);  // C1's recording a
  ASSERT_TRUE(WriteObservationsCsv(dir.path() / "observations.csv", results).ok());
  const std::vector<std::string> lines = ReadLines(dir.path() / "observations.csv");
  EXPECT_EQ(lines[0],
            "participant_id,recording,group,condition,session,behavior,interval,occurrence,aoi,metric,unit,"
            "value");
  EXPECT_EQ(lines[1].substr(0, lines[1].find(",validity_pct")), "C1,a,Control,,,,,,");
  std::vector<std::string> aoi_rows;
  for (const std::string& line : lines) {
    if (line.find(",face.png,2,") != std::string::npos) aoi_rows.push_back(line);
  }
  // face.png's second showing: its 2 entropies, then 9 compared metrics per AOI.
  ASSERT_EQ(aoi_rows.size(), 2u + 2 * 9);
  EXPECT_EQ(aoi_rows[0], "C1,a,Control,,,,face.png,2,,transition_entropy_bits,bits,0.7");
  EXPECT_EQ(aoi_rows[2 + 3], "C1,a,Control,,,,face.png,2,Eyes,time_to_first_fixation_ms,ms,80");
  EXPECT_EQ(aoi_rows.back(), "C1,a,Control,,,,face.png,2,Mouth,dwell_time_pct,%,20");

  // Without AOIs or intervals, no AOI rows, the columns all the same.
  results[0].intervals.resize(1);
  results[0].intervals[0].aois.clear();
  ASSERT_TRUE(WriteObservationsCsv(dir.path() / "plain.csv", results).ok());
  const std::vector<std::string> plain = ReadLines(dir.path() / "plain.csv");
  EXPECT_EQ(plain[0], lines[0]);
  for (const std::string& line : plain) EXPECT_EQ(line.find("recording,1"), std::string::npos) << line;
}

}  // namespace
}  // namespace tobii::report
