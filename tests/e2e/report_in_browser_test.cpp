// report.html as a reader opens it: rendered by headless Chromium (Debian's
// `chromium`, which scripts/test.sh installs) with the network cut off. A
// script added to a copy of the page reports what the browser laid out:
// every figure's size against the page's text width, whether its SVG
// references (glyphs, clips) resolve and its images have a size, every
// table's rows, size and how far it reaches past the text width, and the
// resources loaded. The window is a laptop's (1280 px wide). The study's
// recordings have conditions (its data_G and data_L folders), so that the
// widest tables, the within-participant ones, are laid out too.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/aoi_comparisons.h"
#include "report/aoi_tables.h"
#include "results/results_file.h"
#include "support/aoi_study.h"
#include "support/temp_dir.h"

namespace tobii {
namespace {

using testing::ReadFile;

namespace fs = std::filesystem;

int Shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs in the page once it has loaded and writes one line per figure and
// table into <pre id="render-check">.
constexpr const char* kCheckScript = R"js(
window.addEventListener('load', () => {
  const lines = ['mode ' + document.compatMode];
  const style = getComputedStyle(document.body);
  const text = document.body.getBoundingClientRect();
  const left = text.left + parseFloat(style.paddingLeft), right = text.right - parseFloat(style.paddingRight);
  lines.push('text ' + Math.round(right - left));
  for (const f of document.querySelectorAll('figure')) {
    const svg = f.querySelector('svg');
    if (!svg) { lines.push(['figure', f.id, 0, 0, 0, 0, 0, 0].join(' ')); continue; }
    const r = svg.getBoundingClientRect();
    let uses = 0, broken = 0, images = 0, empty = 0;
    for (const u of svg.querySelectorAll('use')) {
      ++uses;
      const ref = u.href.baseVal;
      if (!ref.startsWith('#') || !document.getElementById(ref.slice(1))) ++broken;
    }
    for (const clipped of svg.querySelectorAll('[clip-path]')) {
      ++uses;
      const ref = /^url\(#(.*)\)$/.exec(clipped.getAttribute('clip-path'));
      if (!ref || !document.getElementById(ref[1])) ++broken;
    }
    for (const image of svg.querySelectorAll('image')) {
      ++images;
      const box = image.getBBox();
      if (!(box.width > 0 && box.height > 0)) ++empty;
    }
    lines.push(['figure', f.id, Math.round(r.width), Math.round(r.height), uses, broken, images, empty].join(' '));
  }
  for (const t of document.querySelectorAll('table')) {
    const r = t.getBoundingClientRect();
    // A table in a closed <details> is not laid out: opened, it is.
    for (let d = t.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
    const box = t.getBoundingClientRect();
    const overflow = Math.max(0, Math.round(box.right - right), Math.round(left - box.left));
    lines.push(['table', t.id || ('t' + lines.length), t.dataset.source || '-', t.rows.length, Math.round(box.width),
                Math.round(box.height), overflow].join(' '));
  }
  lines.push('resources ' + performance.getEntriesByType('resource').length);
  const pre = document.createElement('pre');
  pre.id = 'render-check';
  pre.textContent = lines.join('\n');
  document.body.appendChild(pre);
});
)js";

struct RenderedFigure {
  int width = 0, height = 0, uses = 0, broken = 0, images = 0, empty_images = 0;
};
struct RenderedTable {
  std::string source;  // the CSV a results table comes from
  int rows = 0, width = 0, height = 0;
  int overflow = 0;  // px past the page's text width
};

// What Chromium laid out of OUT/report.html.
struct RenderedPage {
  std::string mode;
  int resources = -1, text_width = 0;
  std::map<std::string, RenderedFigure> figures;
  std::map<std::string, RenderedTable> tables;
};

// Renders OUT/report.html (a copy with the check script, beside it) in
// headless Chromium; `dir` holds its profile and the dumped page.
void Render(const fs::path& out, const fs::path& dir, RenderedPage* rendered_page) {
  std::string page = ReadFile(out / "report.html");
  const std::size_t body_end = page.rfind("</body>");
  ASSERT_NE(body_end, std::string::npos);
  page.insert(body_end, std::string("<script>") + kCheckScript + "</script>\n");
  const fs::path checked = out / "report_check.html";  // beside the original, as a reader opens it
  std::ofstream(checked, std::ios::binary) << page;

  // As root Chromium runs only without its sandbox; its profile and home go
  // in the test's folder; every host name fails to resolve; its shared
  // memory in /tmp, as a container's /dev/shm may be too small for it.
  const fs::path dom = dir / "dom.html";
  const std::string command =
      "HOME=\"" + dir.string() + "\" timeout 120 chromium --headless --no-sandbox " +
      "--disable-gpu --disable-dev-shm-usage --no-first-run --window-size=1280,1000 --user-data-dir=\"" +
      (dir / "profile").string() + "\" --host-resolver-rules=\"MAP * ~NOTFOUND\" --dump-dom \"file://" +
      checked.string() + "\" >\"" + dom.string() + "\" 2>/dev/null";
  // Once more when it fails: a browser started beside other tests on a
  // loaded machine now and then does not come up; the page is not at fault.
  if (Shell(command) != 0) {
    ASSERT_EQ(Shell(command), 0) << command;
  }

  const std::string rendered = ReadFile(dom);
  const std::string open = "<pre id=\"render-check\">";
  const std::size_t start = rendered.find(open);
  ASSERT_NE(start, std::string::npos) << "the page's script did not run";
  std::istringstream lines(
      rendered.substr(start + open.size(), rendered.find("</pre>", start) - start - open.size()));
  RenderedPage& r = *rendered_page;
  for (std::string line; std::getline(lines, line);) {
    std::istringstream in(line);
    std::string kind, name;
    in >> kind;
    if (kind == "mode") {
      in >> r.mode;
    } else if (kind == "text") {
      in >> r.text_width;
    } else if (kind == "resources") {
      in >> r.resources;
    } else if (kind == "figure") {
      RenderedFigure& f = r.figures[(in >> name, name)];
      in >> f.width >> f.height >> f.uses >> f.broken >> f.images >> f.empty_images;
    } else if (kind == "table") {
      RenderedTable& t = r.tables[(in >> name, name)];
      in >> t.source >> t.rows >> t.width >> t.height >> t.overflow;
    }
  }
}

TEST(ReportInBrowser, EveryFigureAndTableIsRenderedWithNoNetwork) {
  if (Shell("command -v chromium >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "chromium is not installed (bash scripts/test.sh installs it): report.html not rendered";
  }
  testing::TempDir dir;
  const fs::path study = dir.path() / "study", out = dir.path() / "out";
  const std::string exe = std::string("\"") + TOBII_PIPELINE_EXE + "\"";
  ASSERT_EQ(Shell(exe + " generate --out \"" + study.string() +
                  "\" --recordings 12 --minutes 0.2 --hz 60 >/dev/null 2>&1"),
            0);
  // Six participants, three a group, each in both conditions: three pairs
  // a group, enough for every paired statistic (g_z needs three).
  ASSERT_EQ(Shell(exe + " run \"" + study.string() + "\" --out \"" + out.string() +
                  "\" --names-from-path \"data_{condition}/*\" >/dev/null 2>&1"),
            0);

  std::string page = ReadFile(out / "report.html");
  // Three pairs a group: the widest within-participant table, with g_z.
  EXPECT_NE(page.find("Hedges' g_z [95 % CI]"), std::string::npos);
  RenderedPage rendered;
  Render(out, dir.path(), &rendered);
  if (::testing::Test::HasFatalFailure()) return;
  const std::string& mode = rendered.mode;
  const int resources = rendered.resources, text_width = rendered.text_width;
  std::map<std::string, RenderedFigure>& figures = rendered.figures;
  std::map<std::string, RenderedTable>& tables = rendered.tables;
  EXPECT_EQ(mode, "CSS1Compat");  // standards mode, not quirks
  EXPECT_EQ(resources, 0);        // self-contained

  // Figures 1-4 (the generator plants AOIs) and the first three
  // recordings' sample figures.
  ASSERT_EQ(figures.size(), 7u);
  for (const char* name : {"figure1_group_comparison", "figure2_data_quality", "figure3_behavior", "figure4_aois"}) {
    EXPECT_TRUE(figures.contains(name)) << name;
  }
  ASSERT_GT(text_width, 600);
  for (const auto& [name, f] : figures) {
    // Full width: the figure's SVG spans the page's text.
    EXPECT_NEAR(f.width, text_width, 2) << name;
    EXPECT_GT(f.height, 150) << name;
    EXPECT_GT(f.uses, 100) << name << ": the text's glyphs and the clips";
    EXPECT_EQ(f.broken, 0) << name << ": references to ids that do not resolve";
    EXPECT_EQ(f.empty_images, 0) << name;
  }
  // The two groups' heat maps and their difference, each with its colour bar.
  EXPECT_EQ(figures["figure1_group_comparison"].images, 6);

  // Every table fits the page: none reaches past the text's width.
  for (const auto& [name, t] : tables) {
    EXPECT_EQ(t.overflow, 0) << name << " (" << t.source << ") is " << t.width << " px wide";
    EXPECT_GT(t.height, 20) << name;
  }
  // Table 1 from group_stats.csv (one pair of groups: a header of two rows
  // and one row per compared metric), then one per behaviour.
  ASSERT_TRUE(tables.contains("table1"));
  EXPECT_EQ(tables["table1"].source, "group_stats.csv");
  EXPECT_GT(tables["table1"].rows, 2 + 5);
  // The groups in each condition, then each group's pairs of conditions.
  int group_tables = 0, condition_tables = 0, behavior_tables = 0;
  for (const auto& [name, t] : tables) {
    group_tables += t.source == "group_stats.csv";
    behavior_tables += t.source == "behavior_summary.csv";
    if (t.source == "condition_stats.csv") {
      ++condition_tables;
      EXPECT_GT(t.rows, 2 + 5) << name;
    }
  }
  EXPECT_EQ(group_tables, 2);
  EXPECT_EQ(condition_tables, 2);
  EXPECT_GE(behavior_tables, 1);
  ASSERT_TRUE(tables.contains("groups"));
  EXPECT_EQ(tables["groups"].rows, 3);  // the header, Control and Patient
  ASSERT_TRUE(tables.contains("settings"));
}

// A study with AOIs, made by hand until the generator plants them: the
// AOI study's results (support/aoi_study.h) and the per-recording AOI
// tables as `run` writes them, then `figures` draws the rest (aoi_summary.csv,
// figure 4, the report) from results.json. AOI names as long as a study's
// may be, so that the section's tables must wrap them.
TEST(ReportInBrowser, TheAoiSectionsTablesAndFigureFitThePage) {
  if (Shell("command -v chromium >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "chromium is not installed (bash scripts/test.sh installs it): report.html not rendered";
  }
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  fs::create_directories(out);
  std::vector<RecordingResult> results = testing::AoiStudy();
  for (RecordingResult& r : results) {
    for (IntervalResult& interval : r.intervals) {
      for (AoiResult& aoi : interval.aois) {
        if (aoi.aoi == "Mouth") aoi.aoi = "Mouth and chin, including the lower lip and the area just below it";
      }
      for (AoiTransition& t : interval.transitions) {
        for (std::string* name : {&t.from, &t.to}) {
          if (*name == "Mouth") *name = "Mouth and chin, including the lower lip and the area just below it";
        }
      }
    }
  }
  ASSERT_TRUE(results::WriteResultsFile(out / "results.json", results).ok());
  ASSERT_TRUE(report::WriteIntervalMetricsCsv(out / "interval_metrics.csv", results).ok());
  ASSERT_TRUE(report::WriteAoiMetricsCsv(out / "aoi_metrics.csv", results).ok());
  ASSERT_TRUE(report::WriteAoiTransitionsCsv(out / "aoi_transitions.csv", results).ok());
  const std::string exe = std::string("\"") + TOBII_PIPELINE_EXE + "\"";
  ASSERT_EQ(Shell(exe + " figures \"" + out.string() + "\" >/dev/null 2>&1"), 0);
  ASSERT_TRUE(fs::exists(out / "aoi_summary.csv"));
  ASSERT_NE(ReadFile(out / "report.html").find("<h2 id=\"aois\">Areas of interest</h2>"), std::string::npos);

  RenderedPage rendered;
  Render(out, dir.path(), &rendered);
  if (::testing::Test::HasFatalFailure()) return;
  EXPECT_EQ(rendered.resources, 0);
  ASSERT_TRUE(rendered.figures.contains("figure4_aois"));
  const RenderedFigure& figure = rendered.figures["figure4_aois"];
  EXPECT_NEAR(figure.width, rendered.text_width, 2);
  EXPECT_GT(figure.height, 300);  // two rows of panels and the caption
  EXPECT_EQ(figure.broken, 0);
  int aoi_tables = 0;
  for (const auto& [name, t] : rendered.tables) {
    EXPECT_EQ(t.overflow, 0) << name << " (" << t.source << ") is " << t.width << " px wide";
    if (t.source == "aoi_summary.csv") {
      ++aoi_tables;
      // Two header rows, six headings (interval, and interval x AOI) and 22 metrics.
      EXPECT_EQ(t.rows, 2 + 6 + 22) << name;
    }
  }
  EXPECT_EQ(aoi_tables, 1);
  ASSERT_TRUE(rendered.tables.contains("aoi-intervals"));
  EXPECT_EQ(rendered.tables["aoi-intervals"].rows, 3);  // the header, recording and face.png
}

}  // namespace
}  // namespace tobii
