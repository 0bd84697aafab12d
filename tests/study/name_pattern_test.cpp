#include "study/name_pattern.h"

#include <gtest/gtest.h>

namespace tobii::study {
namespace {

TEST(NamePattern, ReadsTheNamesFromWhereTheFileLies) {
  NamePattern p;
  ASSERT_TRUE(NamePattern::Compile("data_{group}/{participant}_{recording}.*", &p).ok());
  const auto names = p.Match("data_Patient/P001_session_2.csv");
  ASSERT_TRUE(names.has_value());
  EXPECT_EQ(names->group, "Patient");
  EXPECT_EQ(names->participant, "P001");  // split at the first '_'
  EXPECT_EQ(names->recording, "session_2");
  EXPECT_TRUE(p.has_group());
  EXPECT_FALSE(p.Match("other/P001_s.csv").has_value());
  EXPECT_FALSE(p.Match("data_Patient/deeper/P001_s.csv").has_value());  // '*' and names stop at '/'
}

TEST(NamePattern, DoubleStarCrossesFolders) {
  NamePattern p;
  ASSERT_TRUE(NamePattern::Compile("**/{participant}/{recording}/gazedata.gz", &p).ok());
  const auto names = p.Match("site A/wave 1/S07/rec3/gazedata.gz");
  ASSERT_TRUE(names.has_value());
  EXPECT_EQ(names->participant, "S07");
  EXPECT_EQ(names->recording, "rec3");
  EXPECT_FALSE(p.has_group());
}

TEST(NamePattern, RegexCharactersStandForThemselves) {
  NamePattern p;
  ASSERT_TRUE(NamePattern::Compile("({participant}).[v2]+.tsv", &p).ok());
  EXPECT_TRUE(p.Match("(P1).[v2]+.tsv").has_value());
  EXPECT_FALSE(p.Match("(P1)x[v2]+.tsv").has_value());
}

TEST(NamePattern, UnknownOrRepeatedPlaceholdersAreErrors) {
  NamePattern p;
  const Status unknown = NamePattern::Compile("{subject}_{recording}", &p);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.message().find("found {subject}"), std::string::npos) << unknown.message();
  EXPECT_FALSE(NamePattern::Compile("{participant}_{participant}", &p).ok());
  EXPECT_FALSE(NamePattern::Compile("{participant", &p).ok());
}

}  // namespace
}  // namespace tobii::study
