#include "metrics/result_fields.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "analysis/metric_catalog.h"
#include "report/outputs.h"
#include "results/results_file.h"
#include "support/temp_dir.h"

namespace tobii::metrics {
namespace {

std::string Contents(const std::filesystem::path& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

template <typename Result>
void ExpectWellFormed(std::span<const ResultField<Result>> fields) {
  std::set<std::string> names;
  for (const ResultField<Result>& field : fields) {
    EXPECT_TRUE(names.insert(field.name).second) << field.name << " twice";
    EXPECT_NE(std::string(field.definition), "") << field.name;
    EXPECT_NE(field.appears, 0u) << field.name << " appears nowhere";
    const bool member = std::visit(
        [](auto accessor) { return std::is_member_object_pointer_v<decltype(accessor)>; }, field.value);
    if (field.appears & kStored) {
      EXPECT_TRUE(member) << field.name << ": results.json must read it back";
    }
    if (field.appears & kCompared) {
      EXPECT_FALSE(std::holds_alternative<std::string Result::*>(field.value)) << field.name << " is no number";
    }
  }
}

TEST(ResultFields, EachFieldIsNamedOnceDefinedAndReadable) {
  ExpectWellFormed(RecordingFields());
  ExpectWellFormed(BehaviorFields());
  ExpectWellFormed(IntervalFields());
  ExpectWellFormed(AoiFields());
}

TEST(ResultFields, SummaryColumnsFollowTheTableAndGroupStatsItsTopics) {
  RecordingResult r;
  r.participant_id = "P1";
  r.duration_s = 30;
  r.samples = 3600;
  r.valid_samples = 1800;
  r.blink_count = 4;
  r.blink_rate_per_min = 8;
  testing::TempDir dir;
  ASSERT_TRUE(report::WriteSummaryCsv(dir.path() / "summary.csv", {r}).ok());
  const std::string csv = Contents(dir.path() / "summary.csv");
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "participant_id,recording,group,condition,session,file,duration_s,samples,sampling_rate_hz,validity_pct,on_screen_pct,"
            "fixation_count,fixation_rate_per_min,fixation_duration_mean_ms,saccade_count,saccade_rate_per_min,"
            "saccade_amplitude_mean_deg,"
            "saccade_peak_velocity_mean_deg_per_s,blink_count,blink_rate_per_min,blink_duration_mean_ms,"
            "precision_rms_s2s_deg,pupil_mean_mm");
  EXPECT_EQ(csv.substr(csv.find('\n') + 1), "P1,,,,,,30,3600,0,50,0,0,0,0,0,0,0,0,4,8,0,0,0\n");

  std::vector<std::string> compared;
  for (const analysis::RecordingMetricDef& m : analysis::RecordingMetricCatalog()) compared.push_back(m.name);
  EXPECT_EQ(compared, (std::vector<std::string>{"validity_pct", "on_screen_pct", "precision_rms_s2s_deg",
                                                "fixation_rate_per_min", "fixation_duration_mean_ms",
                                                "saccade_rate_per_min", "saccade_amplitude_mean_deg",
                                                "saccade_peak_velocity_mean_deg_per_s", "blink_rate_per_min",
                                                "blink_duration_mean_ms", "pupil_mean_mm"}));
  EXPECT_EQ(analysis::RecordingMetricCatalog()[0].value(r), 50);
  EXPECT_EQ(analysis::RecordingMetricCatalog()[3].value(r), 0);  // fixations per minute
}

TEST(ResultFields, AShareOfNoSamplesIsMissingInTheTableAsInTheComparison) {
  RecordingResult empty;
  empty.participant_id = "P1";
  empty.blink_rate_per_min = std::nan("");  // what a recording without duration gets
  testing::TempDir dir;
  ASSERT_TRUE(report::WriteSummaryCsv(dir.path() / "summary.csv", {empty}).ok());
  const std::string csv = Contents(dir.path() / "summary.csv");
  EXPECT_EQ(csv.substr(csv.find('\n') + 1), "P1,,,,,,0,0,0,,,0,,0,0,,0,0,0,,0,0,0\n");
  for (const analysis::RecordingMetricDef& m : analysis::RecordingMetricCatalog()) {
    if (m.name == "validity_pct" || m.name == "on_screen_pct" || m.name == "blink_rate_per_min") {
      EXPECT_TRUE(std::isnan(m.value(empty))) << m.name;
    }
  }
}

TEST(ResultFields, BehaviourCellsOfTheOtherKindAreEmpty) {
  RecordingResult r;
  r.participant_id = "P1";
  BehaviorResult state;
  state.behavior = "talk";
  state.annotated_s = 2.5;
  state.bouts = 2;
  state.events = 7;                 // not a point's: left out
  state.pupil_response_mm = 0.25;  // likewise
  BehaviorResult point;
  point.behavior = "nod";
  point.point = true;
  point.events = 3;
  point.bouts = 9;  // not a state's
  point.pupil_response_mm = 0.125;
  r.behaviors = {state, point};
  testing::TempDir dir;
  ASSERT_TRUE(report::WriteBehaviorMetricsCsv(dir.path() / "b.csv", {r}).ok());
  const std::string csv = Contents(dir.path() / "b.csv");
  EXPECT_EQ(csv,
            "participant_id,recording,group,condition,session,behavior,kind,annotated_s,clipped_s,bouts,events,validity_pct,"
            "pupil_mean_mm,pupil_sd_mm,pupil_change_pct,pupil_response_mm,pupil_response_pct,fixation_count,"
            "fixation_rate_per_min,fixation_duration_mean_ms,saccade_count,saccade_rate_per_min,"
            "saccade_amplitude_mean_deg,gaze_dispersion_deg\n"
            "P1,,,,,talk,state,2.5,0,2,,,,,,,,0,,,0,,,\n"
            "P1,,,,,nod,point,,,,3,,,,,0.125,,,,,,,,\n");

  std::vector<std::string> for_points;
  for (const analysis::BehaviorMetricDef& m : analysis::BehaviorMetricCatalog()) {
    if (m.for_points) for_points.push_back(m.name);
  }
  EXPECT_EQ(for_points, (std::vector<std::string>{"pupil_response_mm", "pupil_response_pct"}));
}

// Every stored field survives results.json, whatever the field: each gets
// a value of its own, set and compared through the table.
TEST(ResultFields, EveryStoredFieldComesBackFromTheResultsFile) {
  RecordingResult r;
  r.behaviors.emplace_back();
  double next = 1;
  const auto fill = [&next](const auto& field, auto& result) {
    std::visit(
        [&](auto accessor) {
          if constexpr (std::is_member_object_pointer_v<decltype(accessor)>) {
            auto& value = result.*accessor;
            using Value = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<Value, std::string>) {
              value = std::string("text ") + field.name;
            } else if constexpr (std::is_same_v<Value, bool>) {
              value = true;
            } else if constexpr (std::is_same_v<Value, double>) {
              value = next + 0.25;
            } else {
              value = static_cast<Value>(next);
            }
            next += 1;
          }
        },
        field.value);
  };
  for (const RecordingField& field : RecordingFields()) fill(field, r);
  for (const BehaviorField& field : BehaviorFields()) fill(field, r.behaviors[0]);
  testing::TempDir dir;
  ASSERT_TRUE(results::WriteResultsFile(dir.path() / "results.json", {r}).ok());
  std::vector<RecordingResult> back;
  ASSERT_TRUE(results::ReadResultsFile(dir.path() / "results.json", &back).ok());
  ASSERT_EQ(back.size(), 1u);
  ASSERT_EQ(back[0].behaviors.size(), 1u);
  const auto same = [](const auto& field, const auto& a, const auto& b) {
    return std::visit(
        [&](auto accessor) {
          if constexpr (std::is_member_object_pointer_v<decltype(accessor)>) {
            return a.*accessor == b.*accessor;
          } else {
            return true;  // derived, not stored
          }
        },
        field.value);
  };
  int compared = 0;
  for (const RecordingField& field : RecordingFields()) {
    if (!(field.appears & kStored)) continue;
    EXPECT_TRUE(same(field, back[0], r)) << field.name;
    ++compared;
  }
  for (const BehaviorField& field : BehaviorFields()) {
    if (!(field.appears & kStored)) continue;
    EXPECT_TRUE(same(field, back[0].behaviors[0], r.behaviors[0])) << field.name;
    ++compared;
  }
  EXPECT_EQ(compared, static_cast<int>(next) - 1);
  EXPECT_EQ(back[0].participant_id, "text participant_id");
  EXPECT_EQ(back[0].behaviors[0].behavior, "text behavior");
  EXPECT_TRUE(back[0].behaviors[0].point);
}

}  // namespace
}  // namespace tobii::metrics
