#include "boris/project_reader.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "support/temp_dir.h"

namespace tobii::boris {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------
// Helpers.

fs::path RealBorisDir() { return testing::SharedDir() / "data" / "real" / "boris"; }

std::string ReadWhole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const Observation* Find(const Annotations& annotations, const std::string& id) {
  for (const Observation& o : annotations.observations) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

// "behavior(modifiers)[start,stop]" per bout, times to the millisecond.
std::string Describe(const std::vector<Bout>& bouts) {
  std::string out;
  for (const Bout& b : bouts) {
    out += fmt::format("{}{}{}[{:.3f},{:.3f}] ", b.subject.empty() ? "" : b.subject + ":", b.behavior,
                       b.modifiers.empty() ? "" : "(" + b.modifiers + ")", b.start_s, b.stop_s);
  }
  return out;
}

std::string Messages(const Annotations& annotations) {
  std::string out;
  for (const Problem& p : annotations.problems) out += p.message + "\n";
  return out;
}

std::size_t BoutCount(const Annotations& annotations) {
  std::size_t n = 0;
  for (const Observation& o : annotations.observations) n += o.bouts.size();
  return n;
}

// A small project: "talk" is a state, "nod" a point; one observation "p01"
// holding `events` (the inside of its list) and `fields` before them.
std::string Project(const std::string& events, const std::string& fields = R"("time offset": -12.5,)") {
  return R"({
  "project_format_version": "7.0",
  "behaviors_conf": {
    "0": {"type": "State event", "key": "t", "code": "talk", "modifiers": {}},
    "1": {"type": "Point event", "key": "n", "code": "nod", "modifiers": ""}
  },
  "observations": {
    "p01": {)" +
         fields + R"( "events": [)" + events + R"(]}
  }
}
)";
}

std::string Gzip(const std::string& text) {
  z_stream stream{};
  EXPECT_EQ(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY),
            Z_OK);
  std::string out(deflateBound(&stream, static_cast<uLong>(text.size())) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

#define SKIP_WITHOUT_REAL_FILES()                                                    \
  if (!fs::is_directory(RealBorisDir())) {                                           \
    GTEST_SKIP() << "the real BORIS files are not here: " << RealBorisDir().string() \
                 << " is absent (the shared folder beside the project holds them)";  \
  }

// Reads a real file below data/real/boris/; fails the test on an error.
Annotations ReadReal(const std::string& relative) {
  Annotations annotations;
  const fs::path path = RealBorisDir() / relative;
  const Status status = ReadBorisProject(relative, ReadWhole(path), &annotations);
  EXPECT_TRUE(status.ok()) << status.message();
  return annotations;
}

// ---------------------------------------------------------------------------
// Every real project file (MANIFEST.md).

struct Expected {
  std::string format;
  std::size_t observations;
  std::size_t events;
  std::size_t bouts;
  std::size_t problems;  // unpaired states: these projects are still being coded
};

const std::map<std::string, Expected>& RealExpectations() {
  static const std::map<std::string, Expected> expected = {
      {"boris-tests/test.boris", {"BORIS project 7.0", 12, 133, 91, 1}},
      {"boris-tests/test2.boris", {"BORIS project 7.0", 9, 73, 50, 1}},
      {"boris-tests/test_without_media_files_paths.boris", {"BORIS project 7.0", 9, 73, 50, 1}},
      {"boris-tests/test_with_leading_trailing_spaces_in_modifiers.boris", {"BORIS project 7.0", 1, 4, 4, 0}},
      {"boris-tests/otx_import_test.boris", {"BORIS project 7.0", 0, 0, 0, 0}},
      {"boris-app/demo_project.boris", {"BORIS project 1.6", 12, 52, 28, 2}},
      {"boris-app/demo.boris", {"BORIS project 7.0", 19, 100, 49, 13}},
      {"boris-app/simple_project.boris", {"BORIS project 1.6", 1, 7, 6, 0}},
      {"boris-app/test5.boris", {"BORIS project 7.0", 3, 16, 11, 0}},
      {"boris-app/Lemur_catta_ethogram.boris", {"BORIS project 1.6", 0, 0, 0, 0}},
  };
  return expected;
}

TEST(BorisProjectReal, EveryProjectFileParsesToTheManifestsCounts) {
  SKIP_WITHOUT_REAL_FILES();
  std::set<std::string> seen;
  for (const char* folder : {"boris-tests", "boris-app"}) {
    for (const auto& entry : fs::directory_iterator(RealBorisDir() / folder)) {
      if (entry.path().extension() != ".boris") continue;
      const std::string relative = std::string(folder) + "/" + entry.path().filename().string();
      SCOPED_TRACE(relative);
      seen.insert(relative);
      const auto expected = RealExpectations().find(relative);
      ASSERT_NE(expected, RealExpectations().end()) << "a new real project: add its expectations";
      const Annotations a = ReadReal(relative);
      EXPECT_EQ(a.file, relative);
      EXPECT_EQ(a.format, expected->second.format);
      EXPECT_EQ(a.observations.size(), expected->second.observations);
      EXPECT_EQ(BoutCount(a), expected->second.bouts);
      // Every event of the file is accounted for: a state bout holds two, a
      // point one, an unpaired START one (its problem).
      std::size_t events = a.problems.size();
      for (const Observation& o : a.observations) {
        for (const Bout& bout : o.bouts) events += bout.kind == BoutKind::kState ? 2 : 1;
      }
      EXPECT_EQ(events, expected->second.events);
      EXPECT_EQ(a.problems.size(), expected->second.problems) << Messages(a);
      for (const Problem& p : a.problems) {
        EXPECT_EQ(p.file, relative);
        EXPECT_EQ(p.severity, Severity::kWarning);
        EXPECT_EQ(p.stage, Stage::kBoris);
        EXPECT_NE(p.message.find("is never stopped"), std::string::npos) << p.message;
      }
    }
  }
  EXPECT_EQ(seen.size(), RealExpectations().size());
}

TEST(BorisProjectReal, TestBorisObservationsEventsAndBouts) {
  SKIP_WITHOUT_REAL_FILES();
  const Annotations a = ReadReal("boris-tests/test.boris");
  // In file order; events in the file → bouts.
  const std::vector<std::tuple<std::string, std::size_t>> bouts = {{"offset positif", 2},
                                                                   {"offset neg", 4},
                                                                   {"observation #1", 4},
                                                                   {"observation #2", 18},
                                                                   {"live not paired", 8},
                                                                   {"live", 9},
                                                                   {"modifiers", 5},
                                                                   {"2 video", 1},
                                                                   {"2 video avi", 0},
                                                                   {"live export behavioral sequences", 22},
                                                                   {"observation #2 (copy)", 18},
                                                                   {"observation without events", 0}};
  ASSERT_EQ(a.observations.size(), bouts.size());
  for (std::size_t i = 0; i < bouts.size(); ++i) {
    EXPECT_EQ(a.observations[i].id, std::get<0>(bouts[i]));
    EXPECT_EQ(a.observations[i].bouts.size(), std::get<1>(bouts[i])) << a.observations[i].id;
    EXPECT_EQ(a.observations[i].time_offset_s, 0.0);
  }
  ASSERT_EQ(a.problems.size(), 1u);
  EXPECT_EQ(a.problems[0].message,
            "boris-tests/test.boris:12: observation \"live not paired\": START of \"s\" at 26.862 s is never "
            "stopped: ignored");
}

TEST(BorisProjectReal, ModifiersPairPerExactString) {
  SKIP_WITHOUT_REAL_FILES();
  const Annotations a = ReadReal("boris-tests/test.boris");
  const Observation* o = Find(a, "modifiers");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(Describe(o->bouts),
            "q(m1)[8.475,8.475] q(m2)[12.350,12.350] q(m3)[15.650,15.650] r(m1)[19.175,27.950] "
            "r(None)[30.425,40.825] ");
  EXPECT_EQ(o->bouts[0].kind, BoutKind::kPoint);
  EXPECT_EQ(o->bouts[3].kind, BoutKind::kState);
  EXPECT_EQ(o->media_files, std::vector<std::string>{"video_test_25fps_180s.mp4"});
}

TEST(BorisProjectReal, EnqueuedMediaAndIndependentVariables) {
  SKIP_WITHOUT_REAL_FILES();
  const Annotations a = ReadReal("boris-tests/test.boris");
  const Observation* o = Find(a, "observation #2");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->media_files,
            (std::vector<std::string>{"video_test_25fps_180s.mp4", "video_test_25fps_360s.mp4"}));
  EXPECT_EQ(o->date, "2016-12-01T23:01:31");
  using Variables = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(o->independent_variables, (Variables{{"a", "123"}, {"b", "some text"}, {"c", "333"}}));
  // Times are on the queue's axis: past the first file's 180 s.
  ASSERT_FALSE(o->bouts.empty());
  EXPECT_DOUBLE_EQ(o->bouts.back().stop_s, 320.365);
  EXPECT_EQ(o->bouts.back().subject, "subject2");

  // Per-player offsets (player 2 at -20 s) change nothing on player 1's axis.
  const Observation* neg = Find(a, "offset neg");
  ASSERT_NE(neg, nullptr);
  EXPECT_EQ(Describe(neg->bouts), "p[0.010,0.010] p[2.200,2.200] p[3.500,3.500] p[8.180,8.180] ");
  EXPECT_EQ(neg->media_files, std::vector<std::string>{"video_test_25fps_360s.mp4"});

  const Observation* empty = Find(a, "observation without events");
  ASSERT_NE(empty, nullptr);
  EXPECT_TRUE(empty->bouts.empty());
  EXPECT_TRUE(empty->media_files.empty());  // "file": {}
  const Observation* live = Find(a, "live");
  ASSERT_NE(live, nullptr);
  EXPECT_TRUE(live->media_files.empty());  // "file": []
}

TEST(BorisProjectReal, MediaPathsWithoutFolders) {
  SKIP_WITHOUT_REAL_FILES();
  const Annotations a = ReadReal("boris-tests/test_without_media_files_paths.boris");
  const Observation* o = Find(a, "2 video");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->media_files, std::vector<std::string>{"video1.mp4"});
}

TEST(BorisProjectReal, TrailingSpacesInModifiersAreKept) {
  SKIP_WITHOUT_REAL_FILES();
  const Annotations a = ReadReal("boris-tests/test_with_leading_trailing_spaces_in_modifiers.boris");
  ASSERT_EQ(a.observations.size(), 1u);
  EXPECT_EQ(Describe(a.observations[0].bouts),
            "p(a   |c )[4.151,4.151] p(a   |None)[12.663,12.663] p(None|111)[20.135,20.135] "
            "p(None|c )[26.007,26.007] ");
}

TEST(BorisProjectReal, CommaJoinedModifierAndTimesSinceMidnight) {
  SKIP_WITHOUT_REAL_FILES();
  const Annotations a = ReadReal("boris-app/test5.boris");
  const Observation* one = Find(a, "1");
  ASSERT_NE(one, nullptr);
  EXPECT_EQ(Describe(one->bouts),
            "many modifiers(3)[1.986,1.986] multiple modif(1,2)[5.894,5.894] numeric(789)[9.673,9.673] "
            "2 sets(2|3)[16.655,16.655] ");
  const Observation* paola = Find(a, "paola");
  ASSERT_NE(paola, nullptr);
  EXPECT_EQ(Describe(paola->bouts),
            "x[45860.434,45866.625] z[45866.625,45869.107] x[45869.107,45870.018] z[45870.018,45870.829] "
            "x[45870.829,45877.602] p[45877.602,45877.602] ");
}

TEST(BorisProjectReal, LegacyFormat16) {
  SKIP_WITHOUT_REAL_FILES();
  const Annotations a = ReadReal("boris-app/demo_project.boris");
  EXPECT_EQ(a.format, "BORIS project 1.6");
  // "" and "No focal subject" are one subject.
  std::set<std::string> subjects;
  for (const Observation& o : a.observations) {
    for (const Bout& b : o.bouts) subjects.insert(b.subject);
  }
  EXPECT_EQ(subjects, (std::set<std::string>{kNoFocalSubject, "bobo", "toto"}));
  // BORIS 1.x kept the modifier's shortcut key: "quadrupedal (Q)" is read
  // as BORIS 7 writes it, "quadrupedal". A START with it and one without
  // modifiers still do not pair.
  const Observation* xxx = Find(a, "xxx");
  ASSERT_NE(xxx, nullptr);
  EXPECT_EQ(Describe(xxx->bouts), "eat[3.686,5.276] ");
  EXPECT_EQ(
      Messages(a),
      "boris-app/demo_project.boris:1: observation \"xxx\": START of \"walk\" with modifiers \"quadrupedal\" "
      "at 1.022 s is never stopped: ignored\n"
      "boris-app/demo_project.boris:2: observation \"xxx\": START of \"walk\" at 3.686 s is never stopped: "
      "ignored\n");
  const Observation* bubu = Find(a, "bubu");
  ASSERT_NE(bubu, nullptr);
  EXPECT_EQ(Describe(bubu->bouts),
            "bobo:walk(quadrupedal)[4.408,8.173] bobo:play[10.538,29.545] toto:drink[22.544,25.001] ");

  const Annotations simple = ReadReal("boris-app/simple_project.boris");  // has project_media_file_info
  ASSERT_EQ(simple.observations.size(), 1u);
  EXPECT_EQ(simple.observations[0].bouts.front().modifiers, "ddd|6666666");
  EXPECT_EQ(simple.observations[0].media_files, std::vector<std::string>{"/home/olivier/Dropbox/crop.avi"});
}

TEST(BorisProjectReal, DemoNoFocalSubjectIsNormalised) {
  SKIP_WITHOUT_REAL_FILES();
  const Annotations a = ReadReal("boris-app/demo.boris");
  for (const Observation& o : a.observations) {
    for (const Bout& b : o.bouts) EXPECT_NE(b.subject, "No focal subject") << o.id;
  }
  const Observation* xxx = Find(a, "xxx");
  ASSERT_NE(xxx, nullptr);
  EXPECT_EQ(xxx->independent_variables.size(), 3u);
  EXPECT_EQ(xxx->independent_variables[0].first, "group");  // file order, not sorted
}

TEST(BorisProjectReal, EthogramOnlyProjects) {
  SKIP_WITHOUT_REAL_FILES();
  // One line, no observations.
  const std::string otx = ReadWhole(RealBorisDir() / "boris-tests" / "otx_import_test.boris");
  EXPECT_EQ(std::count(otx.begin(), otx.end(), '\n'), 0);
  EXPECT_TRUE(ReadReal("boris-tests/otx_import_test.boris").observations.empty());
  // CRLF.
  const std::string lemur = ReadWhole(RealBorisDir() / "boris-app" / "Lemur_catta_ethogram.boris");
  EXPECT_NE(lemur.find("\r\n"), std::string::npos);
  const Annotations a = ReadReal("boris-app/Lemur_catta_ethogram.boris");
  EXPECT_TRUE(a.observations.empty());
  EXPECT_TRUE(a.problems.empty()) << Messages(a);
}

// ---------------------------------------------------------------------------
// Inline projects.

TEST(BorisProject, ReadsTheObservation) {
  Annotations a;
  const std::string events = R"([5.0, "No focal subject", "talk", "", "end"], [1.0, "", "talk", "", "begins"],
      [3.0, "ann", "nod", "", ""])";
  const Status s = ReadBorisProject(
      "p.boris",
      Project(
          events,
          R"("date": "2024-01-02T10:00:00", "time offset": -12.5, "file": {"1": ["p01.mp4"], "2": ["x.mp4"]},
                  "independent_variables": {"zeta": "z", "alpha": 3, "none": null},)"),
      &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(a.file, "p.boris");
  EXPECT_EQ(a.format, "BORIS project 7.0");
  ASSERT_EQ(a.observations.size(), 1u);
  const Observation& o = a.observations[0];
  EXPECT_EQ(o.id, "p01");
  EXPECT_EQ(o.date, "2024-01-02T10:00:00");
  EXPECT_EQ(o.time_offset_s, -12.5);
  EXPECT_EQ(o.media_files, std::vector<std::string>{"p01.mp4"});
  using Variables = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(o.independent_variables, (Variables{{"zeta", "z"}, {"alpha", "3"}, {"none", ""}}));
  EXPECT_EQ(Describe(o.bouts), "talk[1.000,5.000] ann:nod[3.000,3.000] ");
  EXPECT_EQ(o.bouts[0].comment, "begins");
  EXPECT_TRUE(a.problems.empty()) << Messages(a);
}

TEST(BorisProject, Format1KeySuffixesAreDroppedFromModifiers) {
  const std::string events = R"json([1.0, "", "talk", "quadrupedal (Q)|fast (F)", ""],
      [2.0, "", "talk", "quadrupedal|fast", ""], [3.0, "", "nod", "(Q)", ""], [4.0, "", "nod", "x(Q)", ""])json";
  Annotations legacy;
  std::string project = Project(events);
  project.replace(project.find("7.0"), 3, "1.6");
  ASSERT_TRUE(ReadBorisProject("old.boris", project, &legacy).ok());
  // The START with keys and the STOP without pair; other parentheses stay.
  EXPECT_EQ(Describe(legacy.observations[0].bouts), "talk(quadrupedal|fast)[1.000,2.000] nod((Q))[3.000,3.000] "
                                                    "nod(x(Q))[4.000,4.000] ");
  // From format 7 on, a modifier is kept exactly as written.
  Annotations current;
  ASSERT_TRUE(ReadBorisProject("new.boris", Project(events), &current).ok());
  // The two talks are two unpaired STARTs (reported), and no bout.
  EXPECT_EQ(Describe(current.observations[0].bouts), "nod((Q))[3.000,3.000] nod(x(Q))[4.000,4.000] ");
  EXPECT_EQ(current.problems.size(), 2u) << Messages(current);
}

TEST(BorisProject, WithoutATimeOffsetTheOffsetIsZero) {
  Annotations a;
  ASSERT_TRUE(ReadBorisProject("p.boris", Project(R"([1, "", "nod", "", ""])", ""), &a).ok());
  ASSERT_EQ(a.observations.size(), 1u);
  EXPECT_EQ(a.observations[0].time_offset_s, 0.0);
  EXPECT_TRUE(a.observations[0].media_files.empty());
}

TEST(BorisProject, BareNaNTimesAreReportedAndSkippedNaNInStringsStays) {
  Annotations a;
  const std::string events = R"([NaN, "", "nod", "", "img 1"], [1.5, "", "nod", "NaN", "say \"NaN\" \\"],
      [NaN, "", "nod", "", "", 2, "b.png"], [2.0, "", "talk", "", ""], [4.0, "", "talk", "", ""])";
  const Status s = ReadBorisProject(
      "p.boris",
      Project(events, R"("description": "NaN, Infinity", "media_info": {"length": {"a.mp4": NaN}},)"), &a);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(a.observations.size(), 1u);
  const Observation& o = a.observations[0];
  EXPECT_EQ(Describe(o.bouts), "nod(NaN)[1.500,1.500] talk[2.000,4.000] ");
  EXPECT_EQ(o.bouts[0].comment, "say \"NaN\" \\");
  EXPECT_EQ(
      Messages(a),
      "p.boris:1: observation \"p01\": expected an event time, found NaN (2 events without a time, as an "
      "IMAGES observation coded without timestamps has): skipped\n");
}

TEST(BorisProject, GzipCompressedProjectsAreInflated) {
  const std::string text =
      Project(R"([1.0, "", "talk", "", ""], [2.5, "", "talk", "", ""], [NaN, "", "nod", "", ""])");
  Annotations plain;
  Annotations compressed;
  ASSERT_TRUE(ReadBorisProject("p.boris", text, &plain).ok());
  const std::string gz = Gzip(text);
  ASSERT_EQ(static_cast<unsigned char>(gz[0]), 0x1f);
  const Status s = ReadBorisProject("p.boris.gz", gz, &compressed);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(compressed.observations.size(), 1u);
  EXPECT_EQ(Describe(compressed.observations[0].bouts), Describe(plain.observations[0].bouts));
  EXPECT_EQ(Describe(compressed.observations[0].bouts), "talk[1.000,2.500] ");
  EXPECT_EQ(compressed.problems.size(), 1u);  // the NaN time

  // Two members, as `cat a.gz b.gz` makes: one text.
  const std::string half = text.substr(0, text.size() / 2);
  ASSERT_TRUE(ReadBorisProject("p.boris.gz", Gzip(half) + Gzip(text.substr(half.size())), &compressed).ok());
  EXPECT_EQ(Describe(compressed.observations[0].bouts), "talk[1.000,2.500] ");

  const Status truncated = ReadBorisProject("p.boris.gz", gz.substr(0, gz.size() / 2), &compressed);
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.message(),
            "p.boris.gz: expected a whole BORIS project, found that the compressed data ends before its end "
            "(truncated?)");
  EXPECT_TRUE(compressed.observations.empty());
}

// Saved as "Unicode text" by a Windows editor: UTF-16 LE with a BOM.
TEST(BorisProject, Utf16ProjectsAreDecoded) {
  const std::string text = Project(R"([1.0, "", "talk", "", ""], [2.5, "", "talk", "", ""])");
  std::string utf16 = "\xFF\xFE";
  for (char c : text) utf16 += std::string{c, '\0'};
  Annotations decoded;
  const Status s = ReadBorisProject("p.boris", utf16, &decoded);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(decoded.observations.size(), 1u);
  EXPECT_EQ(Describe(decoded.observations[0].bouts), "talk[1.000,2.500] ");
}

TEST(BorisProject, UnpairedStartIsReportedWithItsIndexInTheList) {
  Annotations a;
  // Not sorted: the START at 9 s is the list's first event.
  ASSERT_TRUE(
      ReadBorisProject("p.boris",
                       Project(R"([9, "", "talk", "", ""], [1, "", "talk", "", ""], [3, "", "talk", "", ""],
                                          [7, "", "talk", "", ""], [7, "", "talk", "", ""])"),
                       &a)
          .ok());
  ASSERT_EQ(a.observations.size(), 1u);
  EXPECT_EQ(Describe(a.observations[0].bouts), "talk[1.000,3.000] ");
  EXPECT_EQ(
      Messages(a),
      "p.boris:1: observation \"p01\": START of \"talk\" at 9.000 s is never stopped: ignored\n"
      "p.boris:5: observation \"p01\": \"talk\" starts and stops at 7.000 s: a zero-length state, ignored\n");
  EXPECT_EQ(a.problems[0].file, "p.boris");
}

TEST(BorisProject, UnknownBehaviourIsReportedAndTakenAsAPoint) {
  Annotations a;
  ASSERT_TRUE(ReadBorisProject(
                  "p.boris",
                  Project(R"([1, "", "nod", "", ""], [2, "", "wave", "", ""], [4, "", "wave", "", ""])"), &a)
                  .ok());
  ASSERT_EQ(a.observations.size(), 1u);
  EXPECT_EQ(Describe(a.observations[0].bouts), "nod[1.000,1.000] wave[2.000,2.000] wave[4.000,4.000] ");
  EXPECT_EQ(a.observations[0].bouts[1].kind, BoutKind::kPoint);
  EXPECT_EQ(
      Messages(a),
      "p.boris:2: observation \"p01\": expected a behavior of the ethogram, found \"wave\" (2 events): taken "
      "as points\n");
  EXPECT_EQ(a.problems[0].severity, Severity::kWarning);
  EXPECT_EQ(a.problems[0].stage, Stage::kBoris);
}

TEST(BorisProject, EventsOfTheWrongShapeAreReported) {
  Annotations a;
  const std::string events = R"([1, "", "nod", ""], [2, "", "nod", "", "", 60, "a.png", "more"], "x",
      [3, "", 42, "", ""], ["soon", "", "nod", "", ""], [4, "", "nod", "", "", "NA"])";
  ASSERT_TRUE(ReadBorisProject("p.boris", Project(events), &a).ok());
  ASSERT_EQ(a.observations.size(), 1u);
  EXPECT_EQ(Describe(a.observations[0].bouts), "nod[2.000,2.000] nod[4.000,4.000] ");
  EXPECT_EQ(
      Messages(a),
      "p.boris:1: observation \"p01\": expected an event [time, subject, behavior, modifiers, comment(, "
      "frame "
      "index(, image path))], found [1,\"\",\"nod\",\"\"]: skipped\n"
      "p.boris:2: observation \"p01\": expected an event [time, subject, behavior, modifiers, comment(, "
      "frame "
      "index(, image path))] of 5 to 7 elements, found 8: elements after the 7th ignored\n"
      "p.boris:3: observation \"p01\": expected an event [time, subject, behavior, modifiers, comment(, "
      "frame "
      "index(, image path))], found \"x\": skipped\n"
      "p.boris:4: observation \"p01\": expected the behavior (element 3) to be a string, found 42: skipped\n"
      "p.boris:5: observation \"p01\": expected the time (element 1) in seconds, found \"soon\": skipped\n");
}

TEST(BorisProject, EthogramOnlyProjectHasNoObservations) {
  Annotations a;
  const Status s = ReadBorisProject(
      "e.boris",
      R"({"project_format_version": "7.0", "behaviors_conf": {"0": {"code": "a", "type": "State event"}},
                     "observations": {}})",
      &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(a.observations.empty());
  EXPECT_TRUE(a.problems.empty());
}

TEST(BorisProject, SyntaxErrorsGiveLineAndColumn) {
  Annotations a;
  // A NaN earlier on the line does not shift the column.
  Status s = ReadBorisProject(
      "p.boris",
      "{\n  \"observations\": {\n    \"a\": {\"events\": [[NaN, \"\", \"x\", \"\", \"\"],, ]}\n"
      "  }\n}\n",
      &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "p.boris:3:45: expected a value, found \", ]}\"");
  EXPECT_TRUE(a.observations.empty());

  s = ReadBorisProject("p.boris", "{\"observations\": {\n  \"a\": {\"date\": \"x\"}\n  \"b\": {}}}", &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "p.boris:3:3: expected '}', found \"\"b\": {}}}\"");

  s = ReadBorisProject("p.boris", "{\"observations\": {\"a\": tru}}", &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "p.boris:1:24: expected a value (an object, array, string, number, true, false or null), found "
            "\"tru\"");

  s = ReadBorisProject("p.boris", "{\"observations\": {\"a\": {\"events\": [\r\n", &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "p.boris:2:1: expected a value, found the end of the file");

  s = ReadBorisProject("p.boris",
                       "{\"observations\": {\"a\": {\"events\": [[1.5e, \"\", \"x\", \"\", \"\"]]}}}", &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "p.boris:1:37: expected '+', '-', or digit after exponent, found \"1.5e\"");

  // Columns count characters: "é" is one.
  s = ReadBorisProject("p.boris", "{\"é\": 1 2}", &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "p.boris:1:9: expected '}', found \"2\"");
}

TEST(BorisProject, NonJsonAndNonProjectsAreClearErrors) {
  Annotations a;
  Status s = ReadBorisProject("events.tsv", "Observation id\tobservation #1\r\nTime\tSubject\r\n", &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(
      s.message(),
      "events.tsv:1:1: expected a BORIS project (a JSON object, starting with '{'), found \"Observation "
      "id\\x09observation #1\"");

  s = ReadBorisProject("empty.boris", " \n", &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "empty.boris:1:1: expected a BORIS project (a JSON object), found an empty file");

  s = ReadBorisProject("other.json", "\xEF\xBB\xBF{\"name\": \"not BORIS\"}", &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(
      s.message(),
      "other.json: expected a BORIS project (a JSON object with \"observations\" or \"behaviors_conf\"), "
      "found {\"name\":\"not BORIS\"}");

  s = ReadBorisProject("deep.boris", "{\"a\": " + std::string(600, '[') + std::string(600, ']') + "}", &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "deep.boris:1:518: expected JSON nested at most 512 deep, found deeper nesting");

  s = ReadBorisProject("broken.boris.gz",
                       std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff\xff\xff", 14), &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("broken.boris.gz: expected a whole BORIS project, found that the compressed data is "
                              "damaged",
                              0),
            0u)
      << s.message();
}

// A project of millions of tiny values (a gzip bomb of events) is refused
// before its tree is built, which would take gigabytes.
TEST(BorisProject, MillionsOfValuesAreRefusedBeforeTheTreeIsBuilt) {
  std::string text = "{\"project_format_version\": \"7.0\", \"behaviors_conf\": {}, \"observations\": {\"x\": "
                     "{\"events\": [";
  const std::string event = "[1,\"\",\"a\",\"\",\"\"],";
  for (std::size_t values = 0; values <= kMaxProjectValues; values += 6) text += event;
  text += "[1,\"\",\"a\",\"\",\"\"]]}}}";
  Annotations out;
  const Status s = ReadBorisProject("bomb.boris", text, &out);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("at most 2000000 JSON values"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace tobii::boris
