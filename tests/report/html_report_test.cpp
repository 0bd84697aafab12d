// report.html built from small hand-written outputs in a temp folder: the
// tables, problems.csv, run.json and columns.csv a run (or the lead's data
// dictionary) leaves, and what the page then says.
#include "report/html_report.h"

#include <gtest/gtest.h>

#include <string>

#include "support/temp_dir.h"

namespace tobii::report {
namespace {

using testing::TempDir;
using testing::WriteText;

namespace fs = std::filesystem;

constexpr const char* kComparisonHeader =
    "metric,group,reference,n,mean,sd,median,iqr,ci95_low,ci95_high,reference_n,reference_mean,reference_sd,"
    "reference_median,reference_iqr,reference_ci95_low,reference_ci95_high,mann_whitney_u,mann_whitney_p,"
    "mann_whitney_method,mann_whitney_q,welch_t,welch_df,welch_p,welch_q,hedges_g,hedges_g_ci95_low,"
    "hedges_g_ci95_high\n";

// Two groups, two metrics: a tiny p and one of the raw dump's numbers.
constexpr const char* kTwoGroups =
    "fixation_duration_mean_ms,Patient,Control,12,283.934,8.08657,282,10,279,289,12,223.1,12.7,220,15,215,231,"
    "3,0.0000955486,exact,0.000191,5.81,17.2,0.0000172,0.0000344,3.28,0.28,6.28\n"
    "pupil_mean_mm,Patient,Control,12,4.0381,0.214409,4,0.2,3.9,4.2,12,3.64629,0.380818,3.6,0.3,3.4,3.9,"
    "40,0.0336,asymptotic,0.0336,1.37,17.5,0.19,0.19,0.78,-0.06,1.61\n";

// One group: descriptive rows, the comparison cells empty.
constexpr const char* kOneGroup =
    "fixation_duration_mean_ms,Patient,,12,283.934,8.08657,282,10,279,289,,,,,,,,,,,,,,,,,,\n";

nlohmann::json RunJson() {
  return nlohmann::json::parse(R"json({
    "version": "0.1.0",
    "versions": {"tobii-pipeline": "0.1.0", "boost": "1.74.0", "fmt": "9.1.0"},
    "recordings": {"found": 3, "analysed": 2, "failed": 1},
    "study": "study", "participants_file": "participants.tsv",
    "boris_files": [],
    "settings": {"detector": "idt", "max_samples": -1,
                 "idt": {"dispersion_threshold_deg": 1.0, "min_fixation_duration_ms": 100.0},
                 "ivt": {"velocity_threshold_deg_per_s": 30.0},
                 "engbert_kliegl": {"lambda": 6.0},
                 "velocity": {"window_ms": 20.0},
                 "preprocess": {"eye": "average", "gap_fill_max_ms": 75.0, "noise": "none", "noise_window_samples": 3},
                 "behavior": {"subject": "", "match": "auto"}},
    "figure_options": {"heatmap_sigma_deg": 1.5},
    "files": [{"file": "notes.pdf", "role": "not read", "detail": "a PDF"}]
  })json");
}

void WriteOutputs(const fs::path& out, const std::string& comparison_rows) {
  WriteText(out / "group_stats.csv", std::string(kComparisonHeader) + comparison_rows);
  WriteText(out / "problems.csv",
            "file,severity,stage,message\n"
            "data/P003.tsv,error,read,\"data/P003.tsv:2:1: expected a number, found \"\"x\"\"\"\n"
            "boris/P001.tsv,warning,boris,\"observation \"\"P001\"\": states of different behaviours overlap\"\n"
            "boris/P002.tsv,warning,boris,\"observation \"\"P002\"\": states of different behaviours overlap\"\n"
            "participants.tsv,warning,participants,P009 is listed without a recording\n");
}

// The text between `start` and the next `end` after it; "" when absent.
std::string Between(const std::string& page, const std::string& start, const std::string& end) {
  const std::size_t from = page.find(start);
  if (from == std::string::npos) return "";
  return page.substr(from, page.find(end, from) - from);
}

TEST(HtmlReport, ComparisonTableRoundsForReadingAndLinksTheCsv) {
  TempDir dir;
  WriteOutputs(dir.path(), kTwoGroups);
  const std::string page = HtmlReport(dir.path(), RunJson());
  const std::string table = Between(page, "<table class=\"results\" id=\"table1\"", "</table>");
  ASSERT_FALSE(table.empty());
  EXPECT_NE(table.find("Table 1. Patient compared with Control"), std::string::npos);
  EXPECT_NE(table.find("<a href=\"group_stats.csv\">"), std::string::npos);
  EXPECT_NE(table.find("fixation duration mean (ms)"), std::string::npos);
  EXPECT_NE(table.find("pupil mean (mm)"), std::string::npos);
  EXPECT_NE(table.find("n = 12"), std::string::npos);
  EXPECT_NE(table.find("283.9 (8.1)"), std::string::npos);
  EXPECT_NE(table.find("223.1 (12.7)"), std::string::npos);  // the row's decimals, both groups
  EXPECT_NE(table.find("4.04 (0.21)"), std::string::npos);
  EXPECT_NE(table.find("&lt; 0.001"), std::string::npos);  // p = 9.55486e-05
  EXPECT_NE(table.find("0.034"), std::string::npos);
  EXPECT_NE(table.find("5.81 (17)"), std::string::npos);  // t (df)
  EXPECT_NE(table.find("3.28 [0.28, 6.28]"), std::string::npos);
  EXPECT_NE(table.find("Mann\u2013Whitney U test"), std::string::npos);
  EXPECT_NE(table.find("Hedges' g [95 % CI]"), std::string::npos);
  // Full precision stays in the CSV.
  EXPECT_EQ(table.find("9.55486e-05"), std::string::npos);
  EXPECT_EQ(table.find("283.934"), std::string::npos);
}

TEST(HtmlReport, MethodsSayWhatRanWithCitations) {
  TempDir dir;
  WriteOutputs(dir.path(), kTwoGroups);
  const std::string methods = Between(HtmlReport(dir.path(), RunJson()), "<p class=\"methods\"", "</ul>");
  ASSERT_FALSE(methods.empty());
  EXPECT_NE(methods.find("tobii-pipeline 0.1.0 (boost 1.74.0, fmt 9.1.0)"), std::string::npos);
  // The detector that ran, its parameters and its paper; no other's.
  EXPECT_NE(methods.find("I-DT (Salvucci &amp; Goldberg, 2000)"), std::string::npos);
  EXPECT_NE(methods.find("dispersion threshold 1 deg"), std::string::npos);
  EXPECT_NE(methods.find("min fixation duration 100 ms"), std::string::npos);
  EXPECT_EQ(methods.find("velocity threshold"), std::string::npos);
  EXPECT_EQ(methods.find("lambda"), std::string::npos);
  EXPECT_NE(methods.find("Olsen, A. (2012)"), std::string::npos);  // the velocity stage's paper
  EXPECT_NE(methods.find("gap fill max 75 ms"), std::string::npos);
  EXPECT_NE(methods.find("Welch's t-test (Welch, 1947)"), std::string::npos);
  EXPECT_NE(methods.find("Benjamini\u2013Hochberg"), std::string::npos);
  EXPECT_NE(methods.find("Hedges' g (Hedges, 1981)"), std::string::npos);
  EXPECT_NE(methods.find("Salvucci, D. D., &amp; Goldberg, J. H. (2000)"), std::string::npos);
  EXPECT_EQ(methods.find("Engbert"), std::string::npos);
  EXPECT_EQ(HtmlReport(dir.path(), RunJson()).find("id=\"nothing-compared\""), std::string::npos);
}

TEST(HtmlReport, OneGroupSaysNothingWasComparedAndHasNoMethods) {
  TempDir dir;
  WriteOutputs(dir.path(), kOneGroup);
  const std::string page = HtmlReport(dir.path(), RunJson());
  EXPECT_EQ(page.find("<p class=\"methods\""), std::string::npos);
  EXPECT_NE(page.find("One group (Patient) was analysed"), std::string::npos);
  EXPECT_NE(page.find("nothing was compared and no test was run"), std::string::npos);
  const std::string table = Between(page, "<table class=\"results\"", "</table>");
  EXPECT_NE(table.find("Patient: one group, described; nothing compared"), std::string::npos);
  EXPECT_NE(table.find("283.9 (8.1)"), std::string::npos);
  EXPECT_EQ(table.find("<i>p</i>"), std::string::npos);
}

TEST(HtmlReport, TwoGroupsWithNoTestComputedSaySo) {
  TempDir dir;
  WriteOutputs(dir.path(),
               "pupil_mean_mm,Patient,Control,1,4.0,,4,0,,,1,3.6,,3.6,0,,,,,,,,,,,,,\n");
  const std::string page = HtmlReport(dir.path(), RunJson());
  EXPECT_EQ(page.find("<p class=\"methods\""), std::string::npos);
  EXPECT_NE(page.find("could not be compared"), std::string::npos);
  EXPECT_NE(page.find("no test could be computed"), std::string::npos);
}

TEST(HtmlReport, EveryProblemIsCountedAndListedByStage) {
  TempDir dir;
  WriteOutputs(dir.path(), kTwoGroups);
  const std::string page = HtmlReport(dir.path(), RunJson());
  const std::string problems = Between(page, "<h2 id=\"problems\">", "<h2 id=\"methods-section\">");
  EXPECT_NE(problems.find("4 problems in"), std::string::npos);
  EXPECT_NE(problems.find("1 error: its file was left out."), std::string::npos);
  EXPECT_EQ(problems.find("No file was left out"), std::string::npos);
  EXPECT_NE(problems.find("Warnings: used, with a doubt: 3 (2 boris, 1 participants)"), std::string::npos);
  for (const char* file : {"data/P003.tsv", "boris/P001.tsv", "boris/P002.tsv", "participants.tsv", "notes.pdf"}) {
    EXPECT_NE(problems.find(file), std::string::npos) << file;
  }
  EXPECT_NE(problems.find("expected a number, found &quot;x&quot;"), std::string::npos);
  // Errors come before warnings.
  EXPECT_LT(problems.find("Errors: left out"), problems.find("Warnings: used"));
}

TEST(HtmlReport, NoFileLeftOutOnlyWithoutErrors) {
  TempDir dir;
  WriteOutputs(dir.path(), kTwoGroups);
  WriteText(dir.path() / "problems.csv",
            "file,severity,stage,message\nboris/P001.tsv,warning,boris,states overlap\n");
  const std::string page = HtmlReport(dir.path(), RunJson());
  EXPECT_NE(page.find("1 problem in"), std::string::npos);
  EXPECT_NE(page.find("No file was left out."), std::string::npos);
  WriteText(dir.path() / "problems.csv", "file,severity,stage,message\n");
  EXPECT_NE(HtmlReport(dir.path(), RunJson()).find("No problem recorded"), std::string::npos);
  fs::remove(dir.path() / "problems.csv");
  EXPECT_NE(HtmlReport(dir.path(), RunJson()).find("problems.csv could not be read"), std::string::npos);
}

TEST(HtmlReport, AMergedRunSaysItsShardsDidTheReading) {
  TempDir dir;
  WriteOutputs(dir.path(), kTwoGroups);
  nlohmann::json run = RunJson();
  EXPECT_EQ(HtmlReport(dir.path(), run).find("merged"), std::string::npos);
  run["merged_from_shards"] = true;
  EXPECT_NE(HtmlReport(dir.path(), run).find("(<code>run --shard K/N</code>) and merged"), std::string::npos);
}

TEST(HtmlReport, SettingsShowTheDetectorThatRanWithUnits) {
  TempDir dir;
  WriteOutputs(dir.path(), kTwoGroups);
  const std::string settings = Between(HtmlReport(dir.path(), RunJson()), "id=\"settings\"", "</table>");
  ASSERT_FALSE(settings.empty());
  EXPECT_NE(settings.find("idt: dispersion threshold</th><td>1 deg</td>"), std::string::npos);
  EXPECT_NE(settings.find("--idt-dispersion-deg"), std::string::npos);
  EXPECT_NE(settings.find("velocity: window</th><td>20 ms</td>"), std::string::npos);
  EXPECT_NE(settings.find("max samples</th><td>no limit</td>"), std::string::npos);
  EXPECT_NE(settings.find("heatmap sigma</th><td>1.5 deg</td>"), std::string::npos);
  // Other detectors' settings, and the annotation settings of a run with no
  // BORIS file, changed nothing.
  EXPECT_EQ(settings.find("ivt:"), std::string::npos);
  EXPECT_EQ(settings.find("engbert"), std::string::npos);
  EXPECT_EQ(settings.find("--boris-match"), std::string::npos);
  EXPECT_EQ(settings.find('{'), std::string::npos);  // no raw JSON
}

TEST(HtmlReport, ColumnsCsvIsListedWhenPresent) {
  TempDir dir;
  WriteOutputs(dir.path(), kTwoGroups);
  EXPECT_EQ(HtmlReport(dir.path(), RunJson()).find("<h2 id=\"columns\">"), std::string::npos);
  WriteText(dir.path() / "columns.csv",
            "table,column,unit,definition,source\n"
            "summary.csv,pupil_mean_mm,mm,\"Mean pupil diameter, both eyes\",Pupil diameter filtered\n"
            "group_stats.csv,welch_p,,Two-sided p of Welch's t-test,scipy.stats.ttest_ind\n"
            "summary.csv,odd_metric,a.u.,Something,us\n");
  const std::string page = HtmlReport(dir.path(), RunJson());
  const std::string columns = Between(page, "<h2 id=\"columns\">", "</body>");
  ASSERT_FALSE(columns.empty());
  EXPECT_NE(columns.find("<caption><code>summary.csv</code></caption>"), std::string::npos);
  EXPECT_NE(columns.find("<caption><code>group_stats.csv</code></caption>"), std::string::npos);
  EXPECT_NE(columns.find("Mean pupil diameter, both eyes"), std::string::npos);
  EXPECT_NE(columns.find("scipy.stats.ttest_ind"), std::string::npos);
  // Its units label the metrics of the comparison tables.
  WriteText(dir.path() / "group_stats.csv",
            std::string(kComparisonHeader) + "odd_metric,Patient,Control,2,1,0.5,1,1,0,2,2,2,0.5,2,1,1,3,0,0.3,"
                                             "exact,0.3,1,2,0.3,0.3,1,0,2\n");
  EXPECT_NE(HtmlReport(dir.path(), RunJson()).find("odd metric (a.u.)"), std::string::npos);
}

TEST(HtmlReport, WithoutRunJsonThePageSaysSo) {
  TempDir dir;
  WriteOutputs(dir.path(), kTwoGroups);
  const std::string page = HtmlReport(dir.path(), nullptr);
  EXPECT_NE(page.find("run.json is missing: no overview."), std::string::npos);
  EXPECT_NE(page.find("run.json is missing: the settings are unknown."), std::string::npos);
  EXPECT_NE(page.find("Table 1."), std::string::npos);
}

}  // namespace
}  // namespace tobii::report
