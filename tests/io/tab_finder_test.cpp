#include "io/tab_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tobii::io {
namespace {

std::vector<std::size_t> AllTabs(std::string_view line) {
  TabFinder finder(line);
  std::vector<std::size_t> tabs;
  for (std::size_t at = finder.Next(); at != line.size(); at = finder.Next()) tabs.push_back(at);
  return tabs;
}

TEST(TabFinder, FindsEveryTabAcrossBlockBoundaries) {
  for (std::size_t length = 0; length < 70; ++length) {
    std::string line(length, 'x');
    std::vector<std::size_t> expected;
    for (std::size_t i = 0; i < length; ++i) {
      if ((i * 7) % 5 == 0 || i == 15 || i == 16 || i + 1 == length) {
        line[i] = '\t';
        expected.push_back(i);
      }
    }
    EXPECT_EQ(AllTabs(line), expected) << "length " << length;
  }
}

TEST(TabFinder, IgnoresBytesBeyondTheLine) {
  const std::string buffer = "ab\tc\t\t\t\t";
  EXPECT_EQ(AllTabs(std::string_view(buffer).substr(0, 4)), (std::vector<std::size_t>{2}));
}

}  // namespace
}  // namespace tobii::io
