#include "boris/export_reader.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "support/temp_dir.h"

namespace tobii::boris {
namespace {

using Variables = std::vector<std::pair<std::string, std::string>>;

// Bouts as `subject/behaviour(modifiers)[start,stop]`, a point as `[t]`.
std::string Describe(const std::vector<Bout>& bouts) {
  std::string out;
  for (const Bout& b : bouts) {
    if (!out.empty()) out += " ";
    if (!b.subject.empty()) out += b.subject + "/";
    out += b.behavior;
    if (!b.modifiers.empty()) out += "(" + b.modifiers + ")";
    out += b.kind == BoutKind::kPoint ? fmt::format("[{:.3f}]", b.start_s)
                                      : fmt::format("[{:.3f},{:.3f}]", b.start_s, b.stop_s);
  }
  return out;
}

struct Read {
  Status status;
  Annotations annotations;
};

Read FromText(const std::string& name, const std::string& text) {
  Read r;
  r.status = ReadBorisExport(name, text, &r.annotations);
  return r;
}

std::vector<std::string> Messages(const std::vector<Problem>& problems) {
  std::vector<std::string> messages;
  for (const Problem& p : problems) messages.push_back(p.message);
  return messages;
}

// --- The real files of ../shared/data/real/boris (MANIFEST.md) -------------

class BorisExportRealFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::is_directory(Dir())) {
      GTEST_SKIP() << "no real BORIS files at " << Dir() << " (the shared data folder is absent)";
    }
  }
  static std::filesystem::path Dir() { return testing::SharedDir() / "data" / "real" / "boris"; }
  static std::string Text(const std::string& relative) {
    std::ifstream in(Dir() / relative, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  // Reads a file that must be an events export with one observation.
  static Read File(const std::string& relative) {
    Read r = FromText(relative, Text(relative));
    EXPECT_TRUE(r.status.ok()) << r.status.message();
    return r;
  }
};

// Observation #1 of BORIS's test.boris: subject1 codes `s` three times,
// subject2 once; no modifiers.
constexpr const char* kObservation1Bouts =
    "subject1/s[3.300,7.750] subject1/s[9.900,16.200] subject1/s[18.350,24.475] subject2/s[38.425,46.100]";

// Observation #2: the no-focal subject and two subjects, `s` states and `p`
// points, over two enqueued media files (times run past the first's 180 s).
constexpr const char* kObservation2Bouts =
    "s[1.800,8.125] s[10.250,23.350] s[26.775,31.475] p[32.825] p[34.150] p[34.925] s[227.765,253.490] "
    "s[255.340,261.140] subject1/s[266.165,276.690] subject1/s[280.965,294.215] subject2/s[286.215,292.065] "
    "p[299.715] p[301.340] p[303.240] s[303.790,307.765] subject2/p[314.490] subject2/p[316.065] "
    "subject2/s[317.390,320.365]";

// Observation "modifiers": `Modifier #1` holds m1, m2, m3 and None.
constexpr const char* kModifiersBouts =
    "q(m1)[8.475] q(m2)[12.350] q(m3)[15.650] r(m1)[19.175,27.950] r(None)[30.425,40.825]";

TEST_F(BorisExportRealFiles, TabularLayoutAReadsTheMetadataBlockAndPairsTheTable) {
  const Read r = File("boris-tests/test_export_events_tabular.tsv");
  const Annotations& a = r.annotations;
  EXPECT_EQ(a.format, "BORIS tabular events (<= 8.9)");
  EXPECT_EQ(a.file, "boris-tests/test_export_events_tabular.tsv");
  ASSERT_EQ(a.observations.size(), 1u);
  const Observation& o = a.observations[0];
  EXPECT_EQ(o.id, "observation #1");
  EXPECT_EQ(o.date, "2016-11-27 01:57:26");
  EXPECT_EQ(o.time_offset_s, 0.0);
  EXPECT_EQ(o.media_files, std::vector<std::string>{"video_test_25fps_360s.mp4"});
  EXPECT_EQ(o.independent_variables, (Variables{{"a", "12"}, {"b", "text value for b"}, {"c", "111"}}));
  EXPECT_EQ(Describe(o.bouts), kObservation1Bouts);
  EXPECT_TRUE(a.problems.empty()) << ::testing::PrintToString(Messages(a.problems));
}

TEST_F(BorisExportRealFiles, TabularLayoutACsvReadsLikeItsTsv) {
  const Read tsv = File("boris-tests/test_export_events_tabular.tsv");
  const Read csv = File("boris-tests/test_export_events_tabular.csv");
  ASSERT_EQ(csv.annotations.observations.size(), 1u);
  EXPECT_EQ(Describe(csv.annotations.observations[0].bouts), kObservation1Bouts);
  EXPECT_EQ(csv.annotations.observations[0].independent_variables,
            tsv.annotations.observations[0].independent_variables);
  EXPECT_EQ(csv.annotations.observations[0].media_files, tsv.annotations.observations[0].media_files);
}

TEST_F(BorisExportRealFiles, TabularLayoutBPairsFlatRowsAndKeepsIndependentVariables) {
  for (const char* name :
       {"aniread-boris9/boris9_tabular_observation1.tsv", "aniread-boris9/boris9_tabular_observation1.csv"}) {
    SCOPED_TRACE(name);
    const Read r = File(name);
    const Annotations& a = r.annotations;
    EXPECT_EQ(a.format, "BORIS tabular events (>= 8.9.4)");
    ASSERT_EQ(a.observations.size(), 1u);
    const Observation& o = a.observations[0];
    EXPECT_EQ(o.id, "observation #1");
    EXPECT_EQ(o.date, "2016-11-27 01:57:26");
    EXPECT_EQ(o.time_offset_s, 0.0);
    EXPECT_EQ(o.media_files, std::vector<std::string>{"video_test_25fps_360s.mp4"});
    EXPECT_EQ(o.independent_variables, (Variables{{"a", "12"}, {"b", "text value for b"}, {"c", "111"}}));
    EXPECT_EQ(Describe(o.bouts), kObservation1Bouts);
    EXPECT_TRUE(a.problems.empty());
  }
}

TEST_F(BorisExportRealFiles, BothTabularLayoutsOfOneObservationGiveTheSameAnnotations) {
  const Observation a = File("boris-tests/test_export_events_tabular.tsv").annotations.observations.at(0);
  const Observation b = File("aniread-boris9/boris9_tabular_observation1.tsv").annotations.observations.at(0);
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.date, b.date);
  EXPECT_EQ(a.media_files, b.media_files);
  EXPECT_EQ(a.independent_variables, b.independent_variables);
  EXPECT_EQ(Describe(a.bouts), Describe(b.bouts));
}

TEST_F(BorisExportRealFiles, TabularModifierColumnIsTheModifierStringAndEmptySubjectIsNoFocalSubject) {
  const Read r = File("aniread-boris9/boris9_tabular_modifiers.tsv");
  ASSERT_EQ(r.annotations.observations.size(), 1u);
  const Observation& o = r.annotations.observations[0];
  EXPECT_EQ(o.id, "modifiers");
  EXPECT_EQ(o.date, "2018-02-28 15:25:10");
  EXPECT_EQ(o.media_files, std::vector<std::string>{"video_test_25fps_180s.mp4"});
  EXPECT_EQ(o.independent_variables, (Variables{{"a", ""}, {"b", ""}, {"c", "111"}}));
  EXPECT_EQ(Describe(o.bouts), kModifiersBouts);
  for (const Bout& b : o.bouts) EXPECT_EQ(b.subject, kNoFocalSubject);
  EXPECT_TRUE(r.annotations.problems.empty());
}

TEST_F(BorisExportRealFiles, AggregatedModifiersMatchTheTabularExportOfTheSameObservation) {
  const Read aggregated = File("aniread-boris9/boris9_aggregated_modifiers.tsv");
  const Read tabular = File("aniread-boris9/boris9_tabular_modifiers.tsv");
  EXPECT_EQ(aggregated.annotations.format, "BORIS aggregated events (>= 8.9.4)");
  ASSERT_EQ(aggregated.annotations.observations.size(), 1u);
  const Observation& o = aggregated.annotations.observations[0];
  EXPECT_EQ(Describe(o.bouts), kModifiersBouts);  // "No focal subject" read as kNoFocalSubject
  EXPECT_EQ(Describe(o.bouts), Describe(tabular.annotations.observations[0].bouts));
  EXPECT_EQ(o.independent_variables, tabular.annotations.observations[0].independent_variables);
  EXPECT_EQ(o.media_files, tabular.annotations.observations[0].media_files);
  EXPECT_EQ(o.time_offset_s, 0.0);
}

TEST_F(BorisExportRealFiles, AggregatedCurrentLayoutReadsEnqueuedMediaFromSource) {
  for (const char* name : {"aniread-boris9/boris9_aggregated_observation2.tsv",
                           "aniread-boris9/boris9_aggregated_observation2.csv"}) {
    SCOPED_TRACE(name);
    const Read r = File(name);
    EXPECT_EQ(r.annotations.format, "BORIS aggregated events (>= 8.9.4)");
    ASSERT_EQ(r.annotations.observations.size(), 1u);
    const Observation& o = r.annotations.observations[0];
    EXPECT_EQ(o.id, "observation #2");
    EXPECT_EQ(o.date, "2016-12-01 23:01:31");
    EXPECT_EQ(o.time_offset_s, 0.0);
    EXPECT_EQ(o.media_files,
              (std::vector<std::string>{"video_test_25fps_180s.mp4", "video_test_25fps_360s.mp4"}));
    EXPECT_EQ(o.independent_variables, (Variables{{"a", "123"}, {"b", "some text"}, {"c", "333"}}));
    ASSERT_EQ(o.bouts.size(), 18u);
    EXPECT_EQ(Describe(o.bouts), kObservation2Bouts);
    EXPECT_EQ(std::count_if(o.bouts.begin(), o.bouts.end(),
                            [](const Bout& b) { return b.kind == BoutKind::kPoint; }),
              8);
    EXPECT_TRUE(r.annotations.problems.empty());
  }
}

TEST_F(BorisExportRealFiles, Aggregated7xMatchesAggregated9xAndTakesMediaFromEachRow) {
  const Read old_export = File("boris-tests/test_export_aggregated_events_test_full_1.tsv");
  const Read new_export = File("aniread-boris9/boris9_aggregated_observation2.tsv");
  EXPECT_EQ(old_export.annotations.format, "BORIS aggregated events (<= 8.9)");
  ASSERT_EQ(old_export.annotations.observations.size(), 1u);
  const Observation& o = old_export.annotations.observations[0];
  const Observation& n = new_export.annotations.observations[0];
  EXPECT_EQ(o.id, n.id);
  EXPECT_EQ(Describe(o.bouts), Describe(n.bouts));  // rows grouped by subject in 7.x, sorted by start here
  EXPECT_EQ(o.media_files, n.media_files);          // `Media file` changes mid-observation
  EXPECT_EQ(o.independent_variables, n.independent_variables);
  EXPECT_TRUE(std::isnan(o.time_offset_s));  // 7.x aggregated exports do not say
}

TEST_F(BorisExportRealFiles, QuotedMultipleSelectionModifierIsOneSet) {
  const Read r = File("aniread-boris9/flat_dslr_subject.csv");
  ASSERT_EQ(r.annotations.observations.size(), 1u);
  const Observation& o = r.annotations.observations[0];
  EXPECT_EQ(o.id, "obs_flat_1");
  EXPECT_EQ(o.date, "2026-04-29 15:04:00.465");
  EXPECT_EQ(o.media_files, std::vector<std::string>{"video.mp4"});
  EXPECT_TRUE(o.independent_variables.empty());
  EXPECT_EQ(Describe(o.bouts),
            "DSLR1/Wake Modifiers(Locomotion,Cleaning)[0.000] DSLR1/Awake[0.000,100.000] "
            "DSLR1/REM[200.000,300.000] "
            "DSLR1/Twitch(Leg,Pedipalps)[210.000]");
  EXPECT_TRUE(r.annotations.problems.empty());
}

TEST_F(BorisExportRealFiles, ClippedAggregatedRowsReadWithTheHeaderOfTheirVintage) {
  // test_full_5 is headerless; with the header of test_full_1 (same columns)
  // its rows are the bouts of observation #2 clipped to 5-30 s.
  const std::string header = Text("boris-tests/test_export_aggregated_events_test_full_1.tsv");
  const std::string text = header.substr(0, header.find('\n') + 1) +
                           Text("boris-tests/test_export_aggregated_events_test_full_5.tsv");
  const Read r = FromText("clipped.tsv", text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(Describe(r.annotations.observations.at(0).bouts),
            "s[5.000,8.125] s[10.250,23.350] s[26.775,30.000]");
}

struct NotAnExport {
  const char* file;
  const char* found;  // what the message says the file is
};

const NotAnExport kNotExports[] = {
    {"boris-tests/test_export_events_tabular.xlsx",
     "found an Excel/ODS export; export the events from BORIS as TSV or CSV"},
    {"boris-tests/test.boris", "found a BORIS project file (JSON)"},
    {"boris-tests/test2.boris", "found a BORIS project file (JSON)"},
    {"boris-tests/test_without_media_files_paths.boris", "found a BORIS project file (JSON)"},
    {"boris-tests/test_with_leading_trailing_spaces_in_modifiers.boris", "found a BORIS project file (JSON)"},
    {"boris-tests/otx_import_test.boris", "found a BORIS project file (JSON)"},
    {"boris-app/demo_project.boris", "found a BORIS project file (JSON)"},
    {"boris-app/demo.boris", "found a BORIS project file (JSON)"},
    {"boris-app/simple_project.boris", "found a BORIS project file (JSON)"},
    {"boris-app/test5.boris", "found a BORIS project file (JSON)"},
    {"boris-app/Lemur_catta_ethogram.boris", "found a BORIS project file (JSON)"},
    {"boris-tests/export_observations_list_test1.tsv", "found a BORIS observations list"},
    {"boris-tests/test_check_txt_file_test_tsv.tsv",
     "found a table of numbers with the columns \"Display\", \"X Pos\", \"Y Pos\""},
    {"boris-tests/test_db_functions_test1", "found an SQL dump"},
    {"boris-app/test.boris_observation.tsv", "an old BORIS App observation file"},
    {"boris-tests/test_export_aggregated_events_test_full_3.tsv", "found event rows without a header row"},
    {"boris-tests/test_export_aggregated_events_test_full_5.tsv", "found event rows without a header row"},
    {"boris-tests/test_export_aggregated_events_test_full_with_trailing_spaces_in_modifiers.tsv",
     "found event rows without a header row"},
};

const char* const kExports[] = {
    "aniread-boris9/boris9_aggregated_modifiers.tsv",
    "aniread-boris9/boris9_aggregated_observation2.csv",
    "aniread-boris9/boris9_aggregated_observation2.tsv",
    "aniread-boris9/boris9_tabular_modifiers.tsv",
    "aniread-boris9/boris9_tabular_observation1.csv",
    "aniread-boris9/boris9_tabular_observation1.tsv",
    "aniread-boris9/flat_dslr_subject.csv",
    "boris-tests/test_export_aggregated_events_test_full_1.tsv",
    "boris-tests/test_export_events_tabular.csv",
    "boris-tests/test_export_events_tabular.tsv",
};

TEST_F(BorisExportRealFiles, EveryOtherFileIsAClearErrorSayingWhatItIs) {
  for (const NotAnExport& n : kNotExports) {
    SCOPED_TRACE(n.file);
    const Read r = FromText(n.file, Text(n.file));
    ASSERT_FALSE(r.status.ok());
    EXPECT_TRUE(r.status.message().starts_with(std::string(n.file) + ":1:1: expected a BORIS events export"))
        << r.status.message();
    EXPECT_NE(r.status.message().find(n.found), std::string::npos) << r.status.message();
  }
}

TEST_F(BorisExportRealFiles, EveryFileOfTheFolderIsCoveredAboveAsExportOrNot) {
  std::set<std::string> known(std::begin(kExports), std::end(kExports));
  for (const NotAnExport& n : kNotExports) known.insert(n.file);
  for (const auto& entry : std::filesystem::recursive_directory_iterator(Dir())) {
    if (!entry.is_regular_file() || entry.path().filename() == "MANIFEST.md") continue;
    const std::string relative = std::filesystem::relative(entry.path(), Dir()).generic_string();
    EXPECT_TRUE(known.count(relative)) << relative << " is new: give it expectations here";
  }
  for (const char* name : kExports) {
    SCOPED_TRACE(name);
    const Read r = File(name);
    EXPECT_FALSE(r.annotations.observations.empty());
  }
}

// --- Small inline files for the edge cases -----------------------------------

constexpr const char* kFlatHeader =
    "Observation id\tObservation date\tDescription\tObservation duration\tObservation type\tSource\tTime "
    "offset (s)\t"
    "Media duration (s)\tFPS\tSubject\tBehavior\tBehavioral category\tModifier #1\tModifier #2\tBehavior "
    "type\tTime\t"
    "Media file name\tImage index\tImage file path\tComment\r\n";

// One flat row; `rest` is Subject onwards up to Comment.
std::string FlatRow(const std::string& id, const std::string& rest) {
  return id + "\t2024-01-02 10:00:00\t\t60.000\tMedia file(s)\tplayer #1:a.mp4\t0.0\t60.000\t25.000\t" +
         rest + "\r\n";
}

TEST(BorisExport, UnpairedStopIsReportedWithItsLineAndTheRestIsKept) {
  const Read r = FromText(
      "obs.tsv", std::string(kFlatHeader) + FlatRow("o1", "P1\twalk\t\t\t\tSTOP\t1.000\ta.mp4\tNA\tNA\t") +
                     FlatRow("o1", "P1\twalk\t\t\t\tSTART\t2.000\ta.mp4\tNA\tNA\tfirst step") +
                     FlatRow("o1", "P1\twalk\t\t\t\tSTOP\t4.000\ta.mp4\tNA\tNA\t"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  const Observation& o = r.annotations.observations.at(0);
  EXPECT_EQ(Describe(o.bouts), "P1/walk[2.000,4.000]");
  EXPECT_EQ(o.bouts[0].comment, "first step");
  EXPECT_EQ(
      Messages(r.annotations.problems),
      std::vector<std::string>{"obs.tsv:2: observation \"o1\": STOP of \"walk\" of \"P1\" at 1.000 s without a START: ignored"});
  EXPECT_EQ(r.annotations.problems[0].severity, Severity::kWarning);
  EXPECT_EQ(r.annotations.problems[0].stage, Stage::kBoris);
}

TEST(BorisExport, ZeroLengthTabularStateIsReportedAndDropped) {
  const Read r = FromText("obs.tsv", std::string(kFlatHeader) +
                                         FlatRow("o1", "P1\tsit\t\t\t\tSTART\t7.000\ta.mp4\tNA\tNA\t") +
                                         FlatRow("o1", "P1\tsit\t\t\t\tSTOP\t7.000\ta.mp4\tNA\tNA\t"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_TRUE(r.annotations.observations.at(0).bouts.empty());
  EXPECT_EQ(Messages(r.annotations.problems),
            std::vector<std::string>{
                "obs.tsv:3: observation \"o1\": \"sit\" of \"P1\" starts and stops at 7.000 s: a zero-length state, ignored"});
}

constexpr const char* kAggregatedHeader =
    "Observation id,Observation date,Description,Observation type,Source,Time offset (s),Coding duration,"
    "Media duration (s),FPS (frame/s),group,Subject,Observation duration by subject by observation,Behavior,"
    "Behavioral category,Modifier #1,Behavior type,Start (s),Stop (s),Duration (s),Media file name,"
    "Image index start,Image index stop,Image file path start,Image file path stop,Comment start,Comment "
    "stop\n";

TEST(BorisExport, AggregatedStateThatDoesNotStopAfterItsStartIsReportedAndDropped) {
  const std::string meta = "o1,2024-01-02 10:00:00,,Live observation,NA,0.0,30.000,NA,NA,patient,";
  const Read r = FromText(
      "agg.csv", std::string(kAggregatedHeader) + meta +
                     "No focal subject,3,talk,Not defined,,STATE,5.000,5.000,0.000,NA,NA,NA,,,,\n" + meta +
                     "No focal subject,3,talk,Not defined,,STATE,9.000,8.000,-1.000,NA,NA,NA,,,,\n" + meta +
                     "No focal subject,3,talk,Not defined,,STATE,10.000,13.000,3.000,NA,NA,NA,,,,\n" + meta +
                     "No focal subject,3,nod,Not defined,,POINT,11.000,11.000,NA,NA,NA,NA,,,,\n");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  const Observation& o = r.annotations.observations.at(0);
  EXPECT_TRUE(o.media_files.empty());  // a live observation
  EXPECT_EQ(o.independent_variables, (Variables{{"group", "patient"}}));
  EXPECT_EQ(Describe(o.bouts), "talk[10.000,13.000] nod[11.000]");
  EXPECT_EQ(Messages(r.annotations.problems),
            (std::vector<std::string>{
                "agg.csv:2:119: \"talk\" starts and stops at 5.000 s: a zero-length state, ignored",
                "agg.csv:3:119: \"talk\" stops at 8.000 s before it starts at 9.000 s: ignored"}));
}

TEST(BorisExport, MissingColumnIsAnErrorAtTheHeaderListingWhatWasFound) {
  const Read r = FromText("obs.tsv", "Observation id\tSubject\tBehavior type\tTime\no1\t\tPOINT\t1.0\n");
  ASSERT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.message(),
            "obs.tsv:1:1: expected a column \"Behavior\" in BORIS tabular events, found the columns "
            "\"Observation id\", "
            "\"Subject\", \"Behavior type\", \"Time\"");
  const Read aggregated =
      FromText("agg.tsv", "Observation id\tBehavior\tBehavior type\tStart (s)\tStop (s)\n");
  ASSERT_FALSE(aggregated.status.ok());
  EXPECT_TRUE(aggregated.status.message().starts_with(
      "agg.tsv:1:1: expected a column \"Subject\" in BORIS aggregated events, found the columns"));
}

TEST(BorisExport, TimeThatIsNoTimeIsAnErrorAtItsCell) {
  const Read r =
      FromText("obs.csv", "Observation id,Subject,Behavior,Behavior type,Time\no1,,nod,POINT,1.5s\n");
  ASSERT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.message(),
            "obs.csv:2:15: expected a time in seconds or HH:MM:SS.mmm in \"Time\", found \"1.5s\"");
}

TEST(BorisExport, ClockTimesAreReadAsSeconds) {
  const Read r = FromText("obs.csv",
                          "Observation id,Subject,Behavior,Behavior type,Time\n"
                          "o1,,talk,START,00:01:02.500\no1,,talk,STOP,1:00:00\no1,,nod,POINT,125.25\n");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(Describe(r.annotations.observations.at(0).bouts), "talk[62.500,3600.000] nod[125.250]");
  EXPECT_TRUE(std::isnan(r.annotations.observations[0].time_offset_s));  // no `Time offset (s)` column
}

TEST(BorisExport, CsvWithQuotedCommasBomAndCrlfKeepsEveryField) {
  const Read r = FromText("obs.csv",
                          "\xEF\xBB\xBFObservation id,Observation type,Source,Time offset "
                          "(s),Subject,Behavior,Modifier #1,Modifier #2,"
                          "Behavior type,Time,Comment\r\n"
                          "\"child 7, visit 2\",Media file(s),\"player #1:a, 1.mp4;b.mp4|player "
                          "#2:c.mp4\",-12.5,Mother,\"hold, soothe\","
                          "\"Left,Right\",None,START,1.000,\"said \"\"hush\"\"\"\r\n"
                          "\"child 7, visit 2\",Media file(s),\"player #1:a, 1.mp4;b.mp4|player "
                          "#2:c.mp4\",-12.5,Mother,\"hold, soothe\","
                          "\"Left,Right\",None,STOP,2.000,\r\n");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  const Observation& o = r.annotations.observations.at(0);
  EXPECT_EQ(o.id, "child 7, visit 2");
  EXPECT_EQ(o.media_files, (std::vector<std::string>{"a, 1.mp4", "b.mp4"}));  // player 1's queue only
  EXPECT_EQ(o.time_offset_s, -12.5);
  EXPECT_EQ(Describe(o.bouts), "Mother/hold, soothe(Left,Right|None)[1.000,2.000]");
  EXPECT_EQ(o.bouts[0].comment, "said \"hush\"");
}

TEST(BorisExport, ModifierColumnsJoinInTheirNumberOrderWithoutThePaddingBorisAdds) {
  const Read r = FromText("obs.tsv",
                          "Observation id\tSubject\tBehavior\tModifier #2\tModifier #1\tBehavior type\tTime\n"
                          "o1\t\tq\t\tm1\tPOINT\t1\n"
                          "o1\t\tq\tc \ta   \tPOINT\t2\n"
                          "o1\t\tq\t\t\tPOINT\t3\n"
                          "o1\t\tq\tNA\t\tPOINT\t4\n");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(Describe(r.annotations.observations.at(0).bouts),
            "q(m1)[1.000] q(a   |c )[2.000] q[3.000] q(|NA)[4.000]");
}

TEST(BorisExport, OldModifiersColumnIsKeptWhole) {
  const Read r =
      FromText("agg.tsv",
               "Observation id\tObservation date\tDescription\tMedia file\tTotal length\tFPS\tSubject\t"
               "Behavior\tBehavioral category\tModifiers\tBehavior type\tStart (s)\tStop (s)\tDuration (s)\t"
               "Comment start\tComment stop\n"
               "test1 live\t2019-02-26 10:30:23\t\tLIVE\t26.007\tNA\tNo focal subject\tp\t\ta   |c \tPOINT\t"
               "4.151\t4.151\tNA\t\t\n");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  const Observation& o = r.annotations.observations.at(0);
  EXPECT_TRUE(o.media_files.empty());  // `LIVE`
  EXPECT_EQ(Describe(o.bouts), "p(a   |c )[4.151]");
}

TEST(BorisExport, SeveralObservationsInOneFileStayApartInFileOrder) {
  const Read r = FromText("obs.tsv", std::string(kFlatHeader) +
                                         FlatRow("second", "P1\ttalk\t\t\t\tSTART\t1.000\ta.mp4\tNA\tNA\t") +
                                         FlatRow("first", "P1\ttalk\t\t\t\tSTART\t3.000\ta.mp4\tNA\tNA\t") +
                                         FlatRow("second", "P1\ttalk\t\t\t\tSTOP\t2.000\ta.mp4\tNA\tNA\t") +
                                         FlatRow("first", "P1\ttalk\t\t\t\tSTOP\t5.000\ta.mp4\tNA\tNA\t"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.annotations.observations.size(), 2u);
  EXPECT_EQ(r.annotations.observations[0].id, "second");
  EXPECT_EQ(Describe(r.annotations.observations[0].bouts), "P1/talk[1.000,2.000]");
  EXPECT_EQ(r.annotations.observations[1].id, "first");
  EXPECT_EQ(Describe(r.annotations.observations[1].bouts), "P1/talk[3.000,5.000]");
  EXPECT_TRUE(r.annotations.problems.empty());
}

TEST(BorisExport, IndependentVariableNamedLikeABorisColumnIsStillAVariable) {
  const Read r = FromText("obs.csv",
                          "Observation id,Description,FPS,Description,Subject,Behavior,Behavior type,Time\n"
                          "o1,the real one,25.000,a variable,,nod,POINT,1.0\n");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.annotations.observations.at(0).independent_variables,
            (Variables{{"Description", "a variable"}}));
}

TEST(BorisExport, UnknownBehaviorTypeAndMissingTimeSkipTheRowWithAWarning) {
  const Read r = FromText("obs.csv",
                          "Observation id,Subject,Behavior,Behavior type,Time\n"
                          "o1,,nod,BLINK,1.0\no1,,nod,POINT,NA\no1,,nod,POINT,2.0\n");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(Describe(r.annotations.observations.at(0).bouts), "nod[2.000]");
  EXPECT_EQ(
      Messages(r.annotations.problems),
      (std::vector<std::string>{
          "obs.csv:2:9: expected START or STOP or POINT in \"Behavior type\", found \"BLINK\": row skipped",
          "obs.csv:3:15: expected a time in \"Time\", found \"NA\": row skipped"}));
}

TEST(BorisExport, TsvContentSavedAsCsvIsReadByItsHeader) {
  const Read r = FromText(
      "saved-as.csv",
      "Observation id\tSubject\tBehavior\tBehavior type\tTime\no1\tNo focal subject\tnod\tPOINT\t1.0\n");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(Describe(r.annotations.observations.at(0).bouts), "nod[1.000]");
}

TEST(BorisExport, LayoutAWithLiveObservationAndNumberedModifierColumns) {
  const Read r = FromText("live.tsv",
                          "Observation id\tlive 1\t\t\t\t\t\t\t\t\r\n\t\t\t\t\t\t\t\t\t\r\n"
                          "Live observation\t\t\t\t\t\t\t\t\t\r\n\t\t\t\t\t\t\t\t\t\r\n"
                          "Observation date\t2018-02-27 15:39:40\t\t\t\t\t\t\t\t\r\n\t\t\t\t\t\t\t\t\t\r\n"
                          "Time offset (s)\t45000.5\t\t\t\t\t\t\t\t\r\n\t\t\t\t\t\t\t\t\t\r\n"
                          "Time\tTotal length\tFPS\tSubject\tBehavior\tBehavioral category\tModifier "
                          "1\tModifier 2\tComment\tStatus\r\n"
                          "45001.000\t30.000\tNA\tsubject2\tr\t\tNone\t111\t\tSTART\r\n"
                          "45004.000\t30.000\tNA\tsubject2\tr\t\tNone\t111\t\tSTOP\r\n");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.annotations.format, "BORIS tabular events (<= 8.9)");
  const Observation& o = r.annotations.observations.at(0);
  EXPECT_EQ(o.id, "live 1");
  EXPECT_TRUE(o.media_files.empty());
  EXPECT_TRUE(o.independent_variables.empty());
  EXPECT_EQ(o.time_offset_s, 45000.5);
  EXPECT_EQ(Describe(o.bouts), "subject2/r(None|111)[45001.000,45004.000]");
}

TEST(BorisExport, LayoutAWithoutObservationIdIsAnError) {
  const Read r =
      FromText("a.csv", "Observation date,2018-02-27\n\nTime,Subject,Behavior,Status\n1.0,,nod,POINT\n");
  ASSERT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.message(),
            "a.csv:1:1: expected \"Observation id\" in the metadata block above the \"Time ... Status\" "
            "table, found "
            "\"Observation date\"");
}

TEST(BorisExport, UnrecognisedOrEmptyOrBrokenTextIsAClearError) {
  const Read notes = FromText("notes.txt", "Shopping list\nmilk\n");
  ASSERT_FALSE(notes.status.ok());
  EXPECT_TRUE(
      notes.status.message().starts_with("notes.txt:1:1: expected a BORIS events export (a header with"))
      << notes.status.message();
  EXPECT_NE(notes.status.message().find("found \"Shopping list\""), std::string::npos);

  const Read empty = FromText("empty.tsv", "\r\n\r\n");
  ASSERT_FALSE(empty.status.ok());
  EXPECT_EQ(empty.status.message(),
            "empty.tsv:1:1: expected a BORIS events export (tabular or aggregated events, TSV or CSV), found "
            "an empty file");

  const Read open_quote =
      FromText("open.csv", "Observation id,Subject,Behavior,Behavior type,Time\n\"o1,,nod,POINT,1\n");
  ASSERT_FALSE(open_quote.status.ok());
  EXPECT_EQ(open_quote.status.message(),
            "open.csv:2:1: expected a closing quote for the field opened here, found the end of the text");

  const Read xls =
      FromText("old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'));
  ASSERT_FALSE(xls.status.ok());
  EXPECT_NE(xls.status.message().find("an Excel/ODS export; export the events from BORIS as TSV or CSV"),
            std::string::npos);
}

}  // namespace
}  // namespace tobii::boris
