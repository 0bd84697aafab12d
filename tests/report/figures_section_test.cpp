#include "report/figures_section.h"

#include <gtest/gtest.h>

namespace tobii::report {
namespace {

TEST(FiguresSection, SvgIdsAndTheirReferencesGetThePrefix) {
  const std::string svg =
      R"svg(<symbol id="glyph0-1"/><use xlink:href="#glyph0-1" x="1"/><g clip-path="url(#clip1)"/><a href="#clip1"/>)svg";
  EXPECT_EQ(PrefixSvgIds(svg, "f1-"),
            R"svg(<symbol id="f1-glyph0-1"/><use xlink:href="#f1-glyph0-1" x="1"/><g clip-path="url(#f1-clip1)"/>)svg"
            R"svg(<a href="#f1-clip1"/>)svg");
  EXPECT_EQ(PrefixSvgIds("<svg/>", "x"), "<svg/>");
  // Marks in any order, one of them absent, and at the very end.
  EXPECT_EQ(PrefixSvgIds(R"svg(<a href="#b"/><c id="d"/><e href="#f"/>id=")svg", "p-"),
            R"svg(<a href="#p-b"/><c id="p-d"/><e href="#p-f"/>id="p-)svg");
}

}  // namespace
}  // namespace tobii::report
