#include "report/html_report.h"

#include <gtest/gtest.h>

namespace tobii::report {
namespace {

TEST(HtmlReport, SvgIdsAndTheirReferencesGetThePrefix) {
  const std::string svg =
      R"svg(<symbol id="glyph0-1"/><use xlink:href="#glyph0-1" x="1"/><g clip-path="url(#clip1)"/><a href="#clip1"/>)svg";
  EXPECT_EQ(PrefixSvgIds(svg, "f1-"),
            R"svg(<symbol id="f1-glyph0-1"/><use xlink:href="#f1-glyph0-1" x="1"/><g clip-path="url(#f1-clip1)"/>)svg"
            R"svg(<a href="#f1-clip1"/>)svg");
  EXPECT_EQ(PrefixSvgIds("<svg/>", "x"), "<svg/>");
}

}  // namespace
}  // namespace tobii::report
