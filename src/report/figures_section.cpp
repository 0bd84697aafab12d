#include "report/figures_section.h"

#include <algorithm>
#include <iterator>
#include <set>

#include <fmt/format.h>

#include "io/byte_source.h"
#include "report/figure_names.h"
#include "report/html_text.h"

namespace tobii::report {

namespace {

// Our own figures: megabytes at most.
constexpr std::size_t kMaxFigureBytes = std::size_t{256} << 20;

}  // namespace

std::string FigureHtml(const std::filesystem::path& out, const std::string& name, const std::string& caption) {
  std::string svg;
  const std::filesystem::path path = out / kFiguresFolder / (name + ".svg");
  if (!io::ReadWholeFile(path.string(), kMaxFigureBytes, "figure", &svg).ok()) {
    return MissingNote(name + ": not drawn in this run (nothing to show).");
  }
  if (const std::size_t end = svg.find("?>"); svg.starts_with("<?xml") && end != std::string::npos) {
    svg.erase(0, end + 2);
  }
  return fmt::format("<figure id=\"{0}\">\n{1}\n<figcaption>{2} (<code>figures/{0}.png|svg|pdf</code>)</figcaption>\n"
                     "</figure>\n",
                     Escape(name), PrefixSvgIds(svg, name + "-"), Escape(caption));
}

std::string FiguresSection(const std::filesystem::path& out) {
  std::string html;
  html += FigureHtml(out, kFigure1Name, "Figure 1. Group comparison: gaze heat maps and key metrics.");
  html += FigureHtml(out, kFigure2Name, "Figure 2. Data quality and eye-movement structure.");
  html += FigureHtml(out, kFigure3Name, "Figure 3. Gaze and pupil per annotated behaviour (mean \u00b1 95 % CI).");
  const std::set<std::string> samples = SampleFiguresIn(out);
  if (samples.empty()) return html;
  html += "<h3>Sample recordings</h3>\n";
  for (const std::string& name : samples) {
    html += FigureHtml(out, name,
                   "Sample: " + name.substr(std::string_view(kSampleFigurePrefix).size()) +
                       ". Gaze, velocity and pupil over time with fixations, saccades and blinks shaded; the scan "
                       "path on the screen.");
  }
  return html;
}

std::string PrefixSvgIds(std::string_view svg, std::string_view prefix) {
  std::string out;
  out.reserve(svg.size() + svg.size() / 20);
  constexpr std::string_view kMarks[] = {"id=\"", "href=\"#", "url(#"};
  // Where each mark occurs next; each is searched again only once passed,
  // so the scan stays linear in the SVG's size.
  std::size_t next[std::size(kMarks)];
  for (std::size_t m = 0; m < std::size(kMarks); ++m) next[m] = svg.find(kMarks[m]);
  std::size_t at = 0;
  while (true) {
    const std::size_t m = static_cast<std::size_t>(std::min_element(std::begin(next), std::end(next)) - next);
    if (next[m] == std::string_view::npos) break;
    const std::size_t end = next[m] + kMarks[m].size();
    out.append(svg.substr(at, end - at));
    out.append(prefix);
    at = end;
    for (std::size_t k = 0; k < std::size(kMarks); ++k) {
      if (next[k] != std::string_view::npos && next[k] < at) next[k] = svg.find(kMarks[k], at);
    }
  }
  out.append(svg.substr(at));
  return out;
}

}  // namespace tobii::report
