// The names a problem's severity and stage are written with: problems.csv,
// run.json and the terminal show them, and report.html and readers of those
// files go by them.

#include "tobii/problem.h"

#include <gtest/gtest.h>

namespace tobii {
namespace {

TEST(Problem, SeveritiesAreWrittenByTheirNames) {
  EXPECT_EQ(SeverityName(Severity::kError), "error");
  EXPECT_EQ(SeverityName(Severity::kWarning), "warning");
}

TEST(Problem, StagesAreWrittenByTheirNames) {
  EXPECT_EQ(StageName(Stage::kDiscover), "discover");
  EXPECT_EQ(StageName(Stage::kParticipants), "participants");
  EXPECT_EQ(StageName(Stage::kBoris), "boris");
  EXPECT_EQ(StageName(Stage::kSync), "sync");
  EXPECT_EQ(StageName(Stage::kRead), "read");
  EXPECT_EQ(StageName(Stage::kFigures), "figures");
}

}  // namespace
}  // namespace tobii
