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
  EXPECT_EQ(m.problems[0].stage, "boris");
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

}  // namespace
}  // namespace tobii::boris
