#include "boris/pairing.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tobii::boris {
namespace {

CodedEvent At(double t, const char* behavior, EventStatus status, const char* modifiers = "", int line = 0) {
  CodedEvent e;
  e.time_s = t;
  e.behavior = behavior;
  e.modifiers = modifiers;
  e.status = status;
  e.line = line;
  return e;
}

std::string Describe(const std::vector<Bout>& bouts) {
  std::string out;
  for (const Bout& b : bouts) {
    out += b.behavior + (b.modifiers.empty() ? "" : "(" + b.modifiers + ")") + "[" + std::to_string(b.start_s).substr(0, 4) +
           "," + std::to_string(b.stop_s).substr(0, 4) + "] ";
  }
  return out;
}

TEST(Pairing, StatesPairInTimeOrderAndPointsStay) {
  std::vector<Bout> bouts;
  std::vector<Problem> problems;
  PairEvents("f", "o", {At(5, "talk", EventStatus::kStop), At(1, "talk", EventStatus::kStart), At(3, "nod", EventStatus::kPoint)},
             &bouts, &problems);
  EXPECT_EQ(Describe(bouts), "talk[1.00,5.00] nod[3.00,3.00] ");
  EXPECT_TRUE(problems.empty());
}

TEST(Pairing, ModifiersKeepBoutsApartAndSpacesCount) {
  std::vector<Bout> bouts;
  std::vector<Problem> problems;
  PairEvents("f", "o",
             {At(1, "r", EventStatus::kStart, "m1"), At(2, "r", EventStatus::kStart, "None"),
              At(3, "r", EventStatus::kStop, "m1"), At(4, "r", EventStatus::kStop, "None"),
              At(5, "r", EventStatus::kStart, "a   |c "), At(6, "r", EventStatus::kStop, "a|c")},
             &bouts, &problems);
  EXPECT_EQ(Describe(bouts), "r(m1)[1.00,3.00] r(None)[2.00,4.00] ");
  ASSERT_EQ(problems.size(), 2u);  // "a|c" stops nothing; "a   |c " never stops
}

TEST(Pairing, UnpairedAndZeroLengthAreReportedWithTheirLine) {
  std::vector<Bout> bouts;
  std::vector<Problem> problems;
  PairEvents("obs.tsv", "o",
             {At(1, "walk", EventStatus::kStop, "", 2), At(2, "walk", EventStatus::kStart, "", 3),
              At(3, "walk", EventStatus::kStart, "", 4), At(4, "walk", EventStatus::kStop, "", 5),
              At(7, "sit", EventStatus::kStart, "", 6), At(7, "sit", EventStatus::kStop, "", 7),
              At(9, "run", EventStatus::kStart, "", 8)},
             &bouts, &problems);
  EXPECT_EQ(Describe(bouts), "walk[2.00,4.00] ");
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].message, "obs.tsv:2: observation \"o\": STOP of \"walk\" at 1.000 s without a START: ignored");
  EXPECT_EQ(problems[1].message, "obs.tsv:4: observation \"o\": START of \"walk\" at 3.000 s while it runs since 2.000 s: ignored");
  EXPECT_EQ(problems[2].message, "obs.tsv:7: observation \"o\": \"sit\" starts and stops at 7.000 s: a zero-length state, ignored");
  EXPECT_EQ(problems[3].message, "obs.tsv:8: observation \"o\": START of \"run\" at 9.000 s is never stopped: ignored");
  EXPECT_EQ(problems[0].severity, Severity::kWarning);
  EXPECT_EQ(problems[0].stage, Stage::kBoris);
}

TEST(Pairing, ProjectFilesInferTheStatusByParity) {
  // test.boris, observation "modifiers": (r, m1) at 19.175 and 27.95, (r, None) at 30.425 and 40.825.
  std::vector<CodedEvent> events = {At(27.95, "r", EventStatus::kPoint, "m1"), At(8.475, "q", EventStatus::kPoint, "m1"),
                                    At(19.175, "r", EventStatus::kPoint, "m1"), At(30.425, "r", EventStatus::kPoint, "None"),
                                    At(40.825, "r", EventStatus::kPoint, "None")};
  InferStatus({"r", "s"}, &events);
  std::vector<Bout> bouts;
  std::vector<Problem> problems;
  PairEvents("test.boris", "modifiers", events, &bouts, &problems);
  EXPECT_EQ(Describe(bouts), "q(m1)[8.47,8.47] r(m1)[19.1,27.9] r(None)[30.4,40.8] ");
  EXPECT_TRUE(problems.empty());
}

}  // namespace
}  // namespace tobii::boris
