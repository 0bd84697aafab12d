// report.html of a study whose recordings have conditions, built from small
// hand-written outputs: group_stats.csv with its condition column,
// condition_stats.csv (its header as the writer makes it) and
// observations.csv. The within-participant tables, the methods that name
// the paired tests, and the tables linked.
#include <gtest/gtest.h>

#include <string>

#include "report/column_doc.h"
#include "report/condition_csv.h"
#include "report/html_report.h"
#include "support/temp_dir.h"

namespace tobii::report {
namespace {

using testing::TempDir;
using testing::WriteText;

namespace fs = std::filesystem;

// The groups compared in each condition apart.
constexpr const char* kGroupStats =
    "metric,group,reference,condition,n,mean,sd,median,iqr,ci95_low,ci95_high,reference_n,reference_mean,"
    "reference_sd,reference_median,reference_iqr,reference_ci95_low,reference_ci95_high,mann_whitney_u,"
    "mann_whitney_p,mann_whitney_method,mann_whitney_q,welch_t,welch_df,welch_p,welch_q,hedges_g,"
    "hedges_g_ci95_low,hedges_g_ci95_high\n"
    "pupil_mean_mm,Patient,Control,G,3,4.0,0.2,4,0.2,3.5,4.5,2,3.7,0.12,3.7,0.1,2.6,4.8,1,0.4,exact,0.4,2.4,2.9,"
    "0.1,0.1,1.3,-0.6,3.2\n"
    "pupil_mean_mm,Patient,Control,L,3,4.1,0.2,4.1,0.2,3.6,4.6,2,3.8,0.1,3.8,0.1,2.9,4.7,1,0.4,exact,0.4,2.3,2.8,"
    "0.11,0.11,1.2,-0.7,3.1\n";

// Patient: three pairs, two metrics; Control: two pairs, no g_z (it needs
// three).
constexpr const char* kConditionRows =
    "pupil_mean_mm,Patient,L,G,3,4.1234,0.2156,4.1,0.2,3.59,4.66,3,3.9012,0.1987,3.9,0.2,3.41,4.39,"
    "3,0.2222,0.0456,0.22,0.04,0.1089,0.3357,0,0.25,exact,0.25,8.44,2,0.01375,0.0276,2.71,0.35,5.07\n"
    "fixation_duration_mean_ms,Patient,L,G,3,251.49,12.31,250,10,220.9,282.1,3,240.02,11.87,241,9,210.5,269.5,"
    "3,11.47,3.1,11,3,3.77,19.17,0,0.25,exact,0.25,6.41,2,0.02349,0.0276,2.06,0.12,4.0\n"
    "pupil_mean_mm,Control,L,G,2,3.80,0.10,3.8,0.07,2.9,4.7,2,3.70,0.12,3.7,0.08,2.6,4.8,"
    "2,0.10,0.02,0.1,0.01,-0.08,0.28,0,0.5,exact,0.5,7.07,1,0.0894,0.0894,,,\n";

// Only what the methods paragraph reads.
nlohmann::json RunJson() {
  return nlohmann::json::parse(R"json({
    "version": "0.1.0", "versions": {"tobii-pipeline": "0.1.0"},
    "settings": {"detector": "ivt", "ivt": {"velocity_threshold_deg_per_s": 30.0}}
  })json");
}

void WriteConditionStats(const fs::path& out, const std::string& rows) {
  WriteText(out / "condition_stats.csv", HeaderRow(ConditionColumns().subspan(1)) + rows);  // no behavior column
}

void WriteStudyWithConditions(const fs::path& out) {
  WriteText(out / "group_stats.csv", kGroupStats);
  WriteConditionStats(out, kConditionRows);
  WriteText(out / "observations.csv",
            "participant_id,recording,group,condition,session,behavior,metric,unit,value\n"
            "P001,P001_G,Patient,G,,,pupil_mean_mm,mm,4.01\n");
}

// The text between `start` and the next `end` after it; "" when absent.
std::string Between(const std::string& page, const std::string& start, const std::string& end) {
  const std::size_t from = page.find(start);
  if (from == std::string::npos) return "";
  return page.substr(from, page.find(end, from) - from);
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(ConditionReport, EachGroupsPairsGetATableAfterTheGroupTables) {
  TempDir dir;
  WriteStudyWithConditions(dir.path());
  const std::string page = HtmlReport(dir.path(), RunJson());
  // Tables 1 and 2: the groups in conditions G and L.
  EXPECT_TRUE(Has(Between(page, "id=\"table1\"", "</table>"), "Patient compared with Control, in condition \u201cG\u201d"));
  EXPECT_TRUE(Has(Between(page, "id=\"table2\"", "</table>"), "in condition \u201cL\u201d"));

  const std::string patient = Between(page, "id=\"table3\"", "</table>");
  ASSERT_FALSE(patient.empty());
  for (const char* part : {"data-source=\"condition_stats.csv\"",
                           "Table 3. Within participants of group \u201cPatient\u201d: condition \u201cL\u201d "
                           "compared with \u201cG\u201d (3 pairs)",
                           "<a href=\"condition_stats.csv\">", "Difference L \u2212 G [95 % CI]",
                           "Wilcoxon signed-rank test", "Paired t-test", "<i>W</i>", "<i>t</i> (df)",
                           "Hedges' g_z [95 % CI]"}) {
    EXPECT_TRUE(Has(patient, part)) << part;
  }
  // The condition's column before the reference's, as the difference reads.
  EXPECT_LT(patient.find("<th rowspan=\"2\">L<br>"), patient.find("<th rowspan=\"2\">G<br>"));
  // A row as printed: means (SD) to the SD's two digits, the difference and
  // g_z to their intervals' three, p and q to three decimals, whole df.
  const std::string pupil = Between(patient, "title=\"pupil_mean_mm\"", "</tr>");
  EXPECT_TRUE(Has(pupil, "pupil mean (mm)"));
  EXPECT_TRUE(Has(pupil, "<td>4.12 (0.22)</td><td>3.90 (0.20)</td><td>0.222 [0.109, 0.336]</td>"));
  EXPECT_TRUE(Has(pupil, "<td>0</td><td>0.250</td><td>0.250</td>"));                 // W, p, q
  EXPECT_TRUE(Has(pupil, "<td>8.44 (2)</td><td>0.014</td><td>0.028</td>"));          // t (df), p, q
  EXPECT_TRUE(Has(pupil, "<td>2.71 [0.35, 5.07]</td>"));
  const std::string fixation = Between(patient, "title=\"fixation_duration_mean_ms\"", "</tr>");
  EXPECT_TRUE(Has(fixation, "<td>251 (12)</td><td>240 (12)</td><td>11.5 [3.8, 19.2]</td>"));
  // Full precision stays in the CSV.
  EXPECT_FALSE(Has(patient, "4.1234"));
  EXPECT_FALSE(Has(patient, "0.01375"));

  // Control's two pairs: the tests, but no g_z to show.
  const std::string control = Between(page, "id=\"table4\"", "</table>");
  ASSERT_FALSE(control.empty());
  EXPECT_TRUE(Has(control, "Within participants of group \u201cControl\u201d: condition \u201cL\u201d compared with "
                           "\u201cG\u201d (2 pairs)"));
  EXPECT_TRUE(Has(control, "<td>7.07 (1)</td>"));
  EXPECT_FALSE(Has(control, "g_z"));
  EXPECT_FALSE(Has(page, "id=\"table5\""));
}

TEST(ConditionReport, BehavioursGetWithinParticipantTablesOfTheirOwn) {
  TempDir dir;
  WriteStudyWithConditions(dir.path());
  // behavior_condition_stats.csv: condition_stats.csv's rows, each with a behaviour first.
  WriteText(dir.path() / "behavior_condition_stats.csv",
            HeaderRow(ConditionColumns()) + "talk," + std::string(kConditionRows).substr(0, std::string(kConditionRows).find('\n') + 1));
  const std::string page = HtmlReport(dir.path(), RunJson());
  const std::string table = Between(page, "data-source=\"behavior_condition_stats.csv\"", "</table>");
  ASSERT_FALSE(table.empty());
  EXPECT_TRUE(Has(table, "condition \u201cL\u201d compared with \u201cG\u201d, during \u201ctalk\u201d (3 pairs)"))
      << table;
  EXPECT_TRUE(Has(page, "<a href=\"behavior_condition_stats.csv\"><code>behavior_condition_stats.csv</code></a>"));
}

TEST(ConditionReport, PairsThatDifferByMetricAreCountedAsARange) {
  TempDir dir;
  WriteText(dir.path() / "group_stats.csv", kGroupStats);
  WriteConditionStats(dir.path(),
                      "pupil_mean_mm,,L,G,3,4.1234,0.2156,4.1,0.2,3.59,4.66,3,3.9012,0.1987,3.9,0.2,3.41,4.39,"
                      "3,0.2222,0.0456,0.22,0.04,0.1089,0.3357,0,0.25,exact,0.25,8.44,2,0.01375,0.0276,,,\n"
                      "blink_rate_per_min,,L,G,4,12,2,12,2,9,15,4,10,2,10,2,7,13,"
                      "4,2,1,2,1,0.4,3.6,0,0.125,exact,0.25,4,3,0.028,0.0276,,,\n");
  const std::string table = Between(HtmlReport(dir.path(), RunJson()), "id=\"table3\"", "</table>");
  // A study without groups: the participants, whoever they are.
  EXPECT_TRUE(Has(table, "Within participants: condition \u201cL\u201d compared with \u201cG\u201d (3 to 4 pairs, "
                         "by metric)"));
  EXPECT_TRUE(Has(table, "<span class=\"n\">n = 4</span>"));  // each cell says its n
}

TEST(ConditionReport, MethodsNameThePairedTestsAndTheirPapers) {
  TempDir dir;
  WriteStudyWithConditions(dir.path());
  const std::string page = HtmlReport(dir.path(), RunJson());
  const std::string methods = Between(page, "<p class=\"methods\"", "</ul>");
  ASSERT_FALSE(methods.empty());
  for (const char* part :
       {"averaged per metric and per condition",
        "each pair of groups (Patient vs Control) was compared in each condition apart with the Mann\u2013Whitney U "
        "test",
        "Conditions were compared within participants (L vs G, in each group apart)",
        "Wilcoxon signed-rank test (Wilcoxon, 1945)", "paired t-test (Student, 1908)",
        "Hedges' g_z (Lakens, 2013; Hedges, 1981; Morris &amp; DeShon, 2002) (condition \u2212 reference, in "
        "standard deviations of the differences) with 95 % confidence intervals",
        "Hedges' g (Hedges, 1981) (group \u2212 reference)",
        // Both tables' tests are corrected, each table apart.
        "The p-values of the Mann\u2013Whitney U test, Welch's t-test, Wilcoxon signed-rank test and paired t-test "
        "were adjusted"}) {
    EXPECT_TRUE(Has(methods, part)) << part;
  }
  for (const char* reference : {"Wilcoxon, F. (1945). Individual comparisons by ranking methods",
                                "Student. (1908). The probable error of a mean",
                                "Lakens, D. (2013). Calculating and reporting effect sizes",
                                "Morris, S. B., &amp; DeShon, R. P. (2002)"}) {
    EXPECT_TRUE(Has(methods, reference)) << reference;
  }
}

TEST(ConditionReport, OneGroupWithConditionsStillHasItsMethods) {
  TempDir dir;
  WriteText(dir.path() / "group_stats.csv",
            "metric,group,reference,condition,n,mean,sd,median,iqr,ci95_low,ci95_high\n"
            "pupil_mean_mm,Patient,,G,3,4.0,0.2,4,0.2,3.5,4.5\n"
            "pupil_mean_mm,Patient,,L,3,4.1,0.2,4.1,0.2,3.6,4.6\n");
  WriteConditionStats(dir.path(), Between(kConditionRows, "pupil_mean_mm,Patient", "fixation"));
  const std::string page = HtmlReport(dir.path(), RunJson());
  EXPECT_FALSE(Has(page, "id=\"nothing-compared\""));
  const std::string methods = Between(page, "<p class=\"methods\"", "</p>");
  EXPECT_TRUE(Has(methods, "averaged per metric and per condition."));
  EXPECT_FALSE(Has(methods, "pair of groups"));
  EXPECT_TRUE(Has(methods, "Conditions were compared within participants (L vs G, in each group apart)"));
  EXPECT_TRUE(Has(Between(page, "id=\"table3\"", "</table>"), "Within participants of group \u201cPatient\u201d"));
}

TEST(ConditionReport, LinkedTablesAreThoseWrittenWithWhatObservationsIsFor) {
  TempDir dir;
  WriteStudyWithConditions(dir.path());
  const std::string list = Between(HtmlReport(dir.path(), RunJson()), "<ul class=\"tables\">", "</ul>");
  EXPECT_TRUE(Has(list, "<a href=\"condition_stats.csv\">"));
  EXPECT_TRUE(Has(list, "<a href=\"observations.csv\"><code>observations.csv</code></a>: the study in long format "
                        "for mixed models"));
  EXPECT_TRUE(Has(list, "one row per recording \u00d7 metric"));
  EXPECT_FALSE(Has(list, "summary.csv"));  // not written here

  // Without conditions: nothing said of them.
  fs::remove(dir.path() / "condition_stats.csv");
  std::string without = kGroupStats;  // the condition column left empty, L's row dropped
  without = without.substr(0, without.find("pupil_mean_mm,Patient,Control,L"));
  without.replace(without.find("Control,G,"), 10, "Control,,");
  WriteText(dir.path() / "group_stats.csv", without);
  const std::string page = HtmlReport(dir.path(), RunJson());
  EXPECT_TRUE(Has(page, "Table 1. Patient compared with Control. "));
  EXPECT_FALSE(Has(page, "condition_stats.csv"));
  EXPECT_FALSE(Has(page, "Within participants"));
  EXPECT_FALSE(Has(Between(page, "<p class=\"methods\"", "</p>"), "condition"));
}

}  // namespace
}  // namespace tobii::report
