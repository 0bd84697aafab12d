#include "io/damage.h"

#include <gtest/gtest.h>

namespace tobii::io {
namespace {

TEST(Damage, EachKindHasItsCost) {
  EXPECT_EQ(CostOf(Damage::kBadValue), DamageCost::kSample);
  EXPECT_EQ(CostOf(Damage::kBadTime), DamageCost::kRow);
  EXPECT_EQ(CostOf(Damage::kTruncatedLastRow), DamageCost::kRow);
  EXPECT_EQ(CostOf(Damage::kCutShort), DamageCost::kRest);
}

TEST(Damage, CountsEveryFlawAndKeepsTheFirstMessageOfEachKind) {
  DamageLog log;
  log.Add(Damage::kBadValue, "f:3:5: first");
  log.Add(Damage::kBadValue, "f:9:5: second");
  log.Add(Damage::kShortRow, "f:4:1: short");
  EXPECT_EQ(log.count(Damage::kBadValue), 2);
  EXPECT_EQ(log.total(), 3);
  EXPECT_EQ(log.first_message(Damage::kBadValue), "f:3:5: first");
  const std::vector<std::string> summaries = log.Summaries();
  ASSERT_EQ(summaries.size(), 2u);
  EXPECT_EQ(summaries[0],
            "2 samples kept as lost: a value that is not a number or not a known code (first: f:3:5: first)");
  EXPECT_EQ(summaries[1], "1 row skipped: fewer fields than the header (first: f:4:1: short)");
}

TEST(Damage, ARecordingFailsOnlyPastBothLimits) {
  DamageLog few;
  for (int i = 0; i < kMinDamagedRowsToFail; ++i) few.Add(Damage::kBadTime, "f:1:1: bad");
  EXPECT_TRUE(few.CheckTolerable(kMinDamagedRowsToFail).ok());  // all of a tiny file, but a handful

  DamageLog many;
  for (int i = 0; i < 100; ++i) many.Add(Damage::kBadTime, "f:7:1: bad time");
  EXPECT_TRUE(many.CheckTolerable(1000).ok());  // a tenth
  const Status failed = many.CheckTolerable(400);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.message(), "f:7:1: bad time (100 of 400 rows damaged, more than 20 %: the recording is not used)");
}

TEST(Damage, HopelessOnlyWhenGarbageIsMostOfALotOfRows) {
  DamageLog log;
  for (int i = 0; i < kHopelessDamagedRows; ++i) log.Add(Damage::kShortRow, "f:1:1: short");
  EXPECT_TRUE(log.Hopeless(kHopelessDamagedRows));
  EXPECT_FALSE(log.Hopeless(10 * kHopelessDamagedRows));
}

}  // namespace
}  // namespace tobii::io
