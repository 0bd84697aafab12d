#include "boris/matching.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tobii::boris {
namespace {

Annotations File(const std::string& name, const std::vector<std::pair<std::string, std::string>>& observations) {
  Annotations a;
  a.file = name;
  for (const auto& [id, media] : observations) {
    Observation o;
    o.id = id;
    if (!media.empty()) o.media_files.push_back(media);
    a.observations.push_back(o);
  }
  return a;
}

// "recording->file:observation" for each recording, "-" when unmatched.
std::string Describe(const MatchResult& m, const std::vector<Annotations>& files) {
  std::string out;
  for (const auto& ref : m.observation_of) {
    out += ref ? files[ref->file].file + ":" + files[ref->file].observations[ref->observation].id : "-";
    out += " ";
  }
  return out;
}

TEST(Matching, WholeWordsOnlyAndWithoutCase) {
  EXPECT_TRUE(ContainsWord("P1_session1", "P1"));
  EXPECT_TRUE(ContainsWord("video p1.mp4", "P1"));
  EXPECT_FALSE(ContainsWord("P10_session1", "P1"));
  EXPECT_FALSE(ContainsWord("AP1", "P1"));
  EXPECT_TRUE(ContainsWord("2024-01 P1", "P1"));
  EXPECT_FALSE(ContainsWord("P1", ""));
}

TEST(Matching, RecordingNameBeatsParticipantId) {
  const std::vector<RecordingName> recordings = {{"P1", "P1_rest", "a.tsv"}, {"P1", "P1_task", "b.tsv"},
                                                  {"P10", "P10_rest", "c.tsv"}};
  const std::vector<Annotations> files = {
      File("boris.tsv", {{"P1_task", ""}, {"session P1_rest", ""}, {"obs", "videos/P10_rest.mp4"}})};
  const MatchResult m = MatchObservations(recordings, files);
  EXPECT_EQ(Describe(m, files), "boris.tsv:session P1_rest boris.tsv:P1_task boris.tsv:obs ");
  EXPECT_TRUE(m.problems.empty());
}

TEST(Matching, RulesKeepTheirLevelsOnly) {
  // Pro Lab's "Recording1" for every participant: only the participant id
  // tells the observations apart.
  const std::vector<RecordingName> recordings = {{"P1", "Recording1", "a.tsv"}, {"P2", "Recording1", "b.tsv"}};
  const std::vector<Annotations> files = {File("f.boris", {{"P1 Recording1", ""}, {"P2 Recording1", ""}})};
  EXPECT_EQ(Describe(MatchObservations(recordings, files, MatchRule::kAuto), files), "- - ");
  EXPECT_EQ(Describe(MatchObservations(recordings, files, MatchRule::kParticipant), files),
            "f.boris:P1 Recording1 f.boris:P2 Recording1 ");

  const std::vector<RecordingName> named = {{"P1", "rest", "a.tsv"}, {"P1", "task", "b.tsv"}};
  const std::vector<Annotations> obs = {File("g.tsv", {{"rest", ""}, {"P1 task", ""}})};
  EXPECT_EQ(Describe(MatchObservations(named, obs, MatchRule::kName), obs), "g.tsv:rest - ");
  EXPECT_EQ(Describe(MatchObservations(named, obs, MatchRule::kRecording), obs), "g.tsv:rest g.tsv:P1 task ");
  // By participant both recordings claim both observations: reported, none used.
  const MatchResult by_participant = MatchObservations(named, obs, MatchRule::kParticipant);
  EXPECT_EQ(Describe(by_participant, obs), "- - ");
  EXPECT_FALSE(by_participant.problems.empty());
}

TEST(Matching, RuleNamesRoundTrip) {
  for (MatchRule rule : {MatchRule::kAuto, MatchRule::kName, MatchRule::kRecording, MatchRule::kParticipant}) {
    MatchRule parsed = MatchRule::kAuto;
    ASSERT_TRUE(ParseMatchRule(MatchRuleName(rule), &parsed));
    EXPECT_EQ(parsed, rule);
  }
  MatchRule rule = MatchRule::kName;
  EXPECT_FALSE(ParseMatchRule("fuzzy", &rule));
  EXPECT_EQ(rule, MatchRule::kName);
}

TEST(Matching, AmbiguityIsReportedNotGuessed) {
  // Two observations name the participant; one observation names two
  // recordings' participant.
  const std::vector<RecordingName> recordings = {{"P1", "rec-a", "a.tsv"}, {"P2", "rec-b", "b.tsv"},
                                                  {"P2", "rec-c", "c.tsv"}};
  const std::vector<Annotations> files = {File("x.boris", {{"P1 morning", ""}, {"P1 evening", ""}, {"P2", ""}})};
  const MatchResult m = MatchObservations(recordings, files);
  EXPECT_EQ(Describe(m, files), "- - - ");
  ASSERT_EQ(m.problems.size(), 2u);  // the observations named here are not reported again
  EXPECT_NE(m.problems[0].message.find("recording \"rec-a\" of participant \"P1\" matches 2 BORIS observations"),
            std::string::npos)
      << m.problems[0].message;
  EXPECT_NE(m.problems[1].message.find("observation \"P2\" of x.boris matches 2 recordings equally (\"rec-b\", \"rec-c\")"),
            std::string::npos)
      << m.problems[1].message;
  EXPECT_EQ(m.problems[0].stage, Stage::kBoris);
}

TEST(Matching, LeftoversOnBothSidesAreReported) {
  const std::vector<RecordingName> recordings = {{"P1", "P1_rest", "a.tsv"}, {"P3", "P3_rest", "c.tsv"}};
  const std::vector<Annotations> files = {File("b.tsv", {{"P1_rest", ""}, {"pilot", ""}})};
  const MatchResult m = MatchObservations(recordings, files);
  EXPECT_EQ(Describe(m, files), "b.tsv:P1_rest - ");
  ASSERT_EQ(m.problems.size(), 2u);
  EXPECT_EQ(m.problems[0].message, "observation \"pilot\" of b.tsv annotates no recording of the study");
  EXPECT_EQ(m.problems[1].message, "recording \"P3_rest\" of participant \"P3\" has no BORIS observation");
  // Without any BORIS file, recordings without annotations are not worth a word.
  EXPECT_TRUE(MatchObservations(recordings, {}).problems.empty());
}

// The messages of a match, one per line.
std::string Messages(const MatchResult& m) {
  std::string out;
  for (const Problem& p : m.problems) out += p.message + "\n";
  return out;
}

// Two recordings per participant (G and L), P003_G's observation missing:
// the participant fallback must not hand it P003_L's.
const std::vector<RecordingName> kTwoPerParticipant = {{"P003", "P003_G", "P003_G.tsv"},
                                                       {"P003", "P003_L", "P003_L.tsv"},
                                                       {"P004", "P004_G", "P004_G.tsv"},
                                                       {"P004", "P004_L", "P004_L.tsv"}};

TEST(Matching, TheParticipantFallbackDoesNotTakeAnotherRecordingsObservation) {
  const std::vector<Annotations> files = {File("study.boris", {{"P003_L", ""}, {"P004_G", ""}, {"P004_L", ""}})};
  const MatchResult m = MatchObservations(kTwoPerParticipant, files);
  EXPECT_EQ(Describe(m, files), "- study.boris:P003_L study.boris:P004_G study.boris:P004_L ");
  EXPECT_EQ(Messages(m),
            "recording \"P003_G\" of participant \"P003\" has no BORIS observation (observation \"P003_L\" of "
            "study.boris contains its participant id but names recording \"P003_L\")\n");
}

TEST(Matching, TheParticipantFallbackDoesNotTakeAnObservationItsRecordingCannotTake) {
  // P003_L's observation is in the project and in an export of it: P003_L
  // cannot choose, and P003_G must not take either copy.
  const std::vector<Annotations> files = {File("study.boris", {{"P003_L", ""}, {"P004_G", ""}, {"P004_L", ""}}),
                                          File("P003_L events.tsv", {{"P003_L", ""}})};
  const MatchResult m = MatchObservations(kTwoPerParticipant, files);
  EXPECT_EQ(Describe(m, files), "- - study.boris:P004_G study.boris:P004_L ");
  EXPECT_EQ(Messages(m),
            "recording \"P003_L\" of participant \"P003\" matches 2 BORIS observations equally (observation "
            "\"P003_L\" of study.boris, observation \"P003_L\" of P003_L events.tsv): none used; rename the "
            "observations or give a matching rule\n"
            "recording \"P003_G\" of participant \"P003\" has no BORIS observation (observation \"P003_L\" of "
            "study.boris contains its participant id but names recording \"P003_L\")\n");
}

TEST(Matching, TheFallbackDoesNotTakeAnObservationOfARecordingThatCannotChoose) {
  // Pro Lab names: P003's Recording2 cannot choose between "P003
  // Recording2" and "P005 Recording2" (both contain its name), so it does
  // not claim "P003 Recording2"; P003's Recording1, which reaches it only
  // by participant, used to take it.
  const std::vector<RecordingName> recordings = {{"P003", "Recording1", "a.tsv"}, {"P003", "Recording2", "b.tsv"},
                                                  {"P005", "Recording2", "c.tsv"}};
  const std::vector<Annotations> files = {File("f.boris", {{"P003 Recording2", ""}, {"P005 Recording2", ""}})};
  const MatchResult m = MatchObservations(recordings, files);
  EXPECT_EQ(Describe(m, files), "- - - ");
  EXPECT_NE(Messages(m).find("recording \"Recording1\" of participant \"P003\" has no BORIS observation "
                             "(observation \"P003 Recording2\" of f.boris contains its participant id but names "
                             "recording \"Recording2\")"),
            std::string::npos)
      << Messages(m);
  // By participant, the rule the user gives for such names, each is matched.
  const std::vector<RecordingName> firsts = {{"P003", "Recording2", "b.tsv"}, {"P005", "Recording2", "c.tsv"}};
  EXPECT_EQ(Describe(MatchObservations(firsts, files, MatchRule::kParticipant), files),
            "f.boris:P003 Recording2 f.boris:P005 Recording2 ");
}

TEST(Matching, AMediaFileThatNamesAnotherRecordingKeepsItsObservationFromTheFallback) {
  const std::vector<Annotations> files = {
      File("study.boris", {{"obs 1", "videos/P003_L.mp4"}, {"obs 2", "videos/P004_G.mp4"}})};
  const MatchResult m = MatchObservations(kTwoPerParticipant, files);
  EXPECT_EQ(Describe(m, files), "- study.boris:obs 1 study.boris:obs 2 - ");
}

TEST(Matching, ObservationsNamedByTheParticipantAloneStillFallBack) {
  // "P003" names no recording: the fallback gives it to P003's recording.
  const std::vector<RecordingName> recordings = {{"P003", "P003_G", "a.tsv"}, {"P004", "P004_G", "b.tsv"}};
  const std::vector<Annotations> files = {File("f.boris", {{"P003", ""}, {"P004", "P004.mp4"}})};
  const MatchResult m = MatchObservations(recordings, files);
  EXPECT_EQ(Describe(m, files), "f.boris:P003 f.boris:P004 ");
  EXPECT_TRUE(m.problems.empty()) << Messages(m);
  // With two recordings of P003 it is ambiguous, as before, not kept away.
  const MatchResult two = MatchObservations(kTwoPerParticipant, {File("f.boris", {{"P003", ""}})});
  EXPECT_EQ(Describe(two, {File("f.boris", {{"P003", ""}})}), "- - - - ");
  EXPECT_NE(Messages(two).find("observation \"P003\" of f.boris matches 2 recordings equally"), std::string::npos)
      << Messages(two);
}

TEST(Matching, ProLabRecordingNamesKeepTheParticipantFallback) {
  // Pro Lab calls every participant's first recording "Recording1".
  // Observations named by participant alone name no recording and fall
  // back; one that names P2's Recording2 is kept from P2's Recording1.
  const std::vector<RecordingName> recordings = {{"P1", "Recording1", "a.tsv"}, {"P2", "Recording1", "b.tsv"},
                                                  {"P2", "Recording2", "c.tsv"}};
  const std::vector<Annotations> files = {File("f.boris", {{"P1", ""}, {"P2 Recording2", ""}})};
  const MatchResult m = MatchObservations(recordings, files);
  EXPECT_EQ(Describe(m, files), "f.boris:P1 - f.boris:P2 Recording2 ");
  EXPECT_EQ(Messages(m),
            "recording \"Recording1\" of participant \"P2\" has no BORIS observation (observation \"P2 "
            "Recording2\" of f.boris contains its participant id but names recording \"Recording2\")\n");
  // One recording each, observations by participant: all matched.
  const std::vector<RecordingName> firsts = {{"P1", "Recording1", "a.tsv"}, {"P2", "Recording1", "b.tsv"}};
  const std::vector<Annotations> by_participant = {File("f.boris", {{"P1", ""}, {"P2", "videos/P2.mp4"}})};
  const MatchResult all = MatchObservations(firsts, by_participant);
  EXPECT_EQ(Describe(all, by_participant), "f.boris:P1 f.boris:P2 ");
  EXPECT_TRUE(all.problems.empty()) << Messages(all);
}

TEST(Matching, ByParticipantOnlyRecordingNamesAreNotRead) {
  // `--boris-match participant`: every participant's recording is called
  // Recording1 and the observations contain it; each goes to its participant.
  const std::vector<RecordingName> recordings = {{"P1", "Recording1", "a.tsv"}, {"P2", "Recording1", "b.tsv"},
                                                  {"P3", "Recording1", "c.tsv"}};
  const std::vector<Annotations> files = {
      File("f.boris", {{"P1 Recording1", ""}, {"P2 Recording1", ""}, {"obs", "videos/P3 Recording1.mp4"}})};
  const MatchResult m = MatchObservations(recordings, files, MatchRule::kParticipant);
  EXPECT_EQ(Describe(m, files), "f.boris:P1 Recording1 f.boris:P2 Recording1 f.boris:obs ");
  EXPECT_TRUE(m.problems.empty()) << Messages(m);
  // By participant, P003_G takes "P003_L" when it is P003's only
  // observation: the user said names do not count.
  const std::vector<RecordingName> one = {{"P003", "P003_G", "a.tsv"}, {"P004", "P004_G", "b.tsv"}};
  const std::vector<Annotations> named = {File("f.boris", {{"P003_L", ""}, {"P004_G", ""}})};
  EXPECT_EQ(Describe(MatchObservations(one, named, MatchRule::kParticipant), named),
            "f.boris:P003_L f.boris:P004_G ");
}

}  // namespace
}  // namespace tobii::boris
