// report.html as a reader opens it: rendered by headless Chromium (Debian's
// `chromium`, which scripts/test.sh installs) with the network cut off. A
// script added to a copy of the page reports what the browser laid out:
// every figure's size, whether its SVG references (glyphs, clips) resolve
// and its images have a size, every table's rows and size, and the resources loaded.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

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
    const code = t.caption && t.caption.querySelector('code');
    const file = code ? code.textContent : (t.caption ? t.caption.textContent : '').replace(/\s+/g, '_');
    lines.push(['table', file, t.rows.length, Math.round(r.width), Math.round(r.height)].join(' '));
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
  int rows = 0, width = 0, height = 0;
};

TEST(ReportInBrowser, EveryFigureAndTableIsRenderedWithNoNetwork) {
  if (Shell("command -v chromium >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "chromium is not installed (bash scripts/test.sh installs it): report.html not rendered";
  }
  testing::TempDir dir;
  const fs::path study = dir.path() / "study", out = dir.path() / "out";
  const std::string exe = std::string("\"") + TOBII_PIPELINE_EXE + "\"";
  ASSERT_EQ(Shell(exe + " generate --out \"" + study.string() +
                  "\" --recordings 4 --minutes 0.2 --hz 60 >/dev/null 2>&1"),
            0);
  ASSERT_EQ(Shell(exe + " run \"" + study.string() + "\" --out \"" + out.string() + "\" >/dev/null 2>&1"), 0);

  std::string page = ReadFile(out / "report.html");
  const std::size_t body_end = page.rfind("</body>");
  ASSERT_NE(body_end, std::string::npos);
  page.insert(body_end, std::string("<script>") + kCheckScript + "</script>\n");
  const fs::path checked = out / "report_check.html";  // beside the original, as a reader opens it
  std::ofstream(checked, std::ios::binary) << page;

  // As root Chromium runs only without its sandbox; its profile and home go
  // in the test's folder; every host name fails to resolve.
  const fs::path dom = dir.path() / "dom.html";
  const std::string command =
      "HOME=\"" + dir.path().string() + "\" timeout 120 chromium --headless --no-sandbox " +
      "--disable-gpu --no-first-run --user-data-dir=\"" + (dir.path() / "profile").string() +
      "\" --host-resolver-rules=\"MAP * ~NOTFOUND\" --dump-dom \"file://" + checked.string() + "\" >\"" +
      dom.string() + "\" 2>/dev/null";
  ASSERT_EQ(Shell(command), 0) << command;

  const std::string rendered = ReadFile(dom);
  const std::string open = "<pre id=\"render-check\">";
  const std::size_t start = rendered.find(open);
  ASSERT_NE(start, std::string::npos) << "the page's script did not run";
  std::istringstream lines(
      rendered.substr(start + open.size(), rendered.find("</pre>", start) - start - open.size()));
  std::string mode;
  int resources = -1;
  std::map<std::string, RenderedFigure> figures;
  std::map<std::string, RenderedTable> tables;
  for (std::string line; std::getline(lines, line);) {
    std::istringstream in(line);
    std::string kind, name;
    in >> kind;
    if (kind == "mode") {
      in >> mode;
    } else if (kind == "resources") {
      in >> resources;
    } else if (kind == "figure") {
      RenderedFigure& f = figures[(in >> name, name)];
      in >> f.width >> f.height >> f.uses >> f.broken >> f.images >> f.empty_images;
    } else if (kind == "table") {
      RenderedTable& t = tables[(in >> name, name)];
      in >> t.rows >> t.width >> t.height;
    }
  }
  EXPECT_EQ(mode, "CSS1Compat");  // standards mode, not quirks
  EXPECT_EQ(resources, 0);        // self-contained

  // Figures 1-3 and the first three recordings' sample figures.
  ASSERT_EQ(figures.size(), 6u);
  for (const char* name : {"figure1_group_comparison", "figure2_data_quality", "figure3_behavior"}) {
    EXPECT_TRUE(figures.contains(name)) << name;
  }
  for (const auto& [name, f] : figures) {
    EXPECT_GT(f.width, 300) << name;
    EXPECT_GT(f.height, 150) << name;
    EXPECT_GT(f.uses, 100) << name << ": the text's glyphs and the clips";
    EXPECT_EQ(f.broken, 0) << name << ": references to ids that do not resolve";
    EXPECT_EQ(f.empty_images, 0) << name;
  }
  // The two groups' heat maps and their difference, each with its colour bar.
  EXPECT_EQ(figures["figure1_group_comparison"].images, 6);

  for (const char* name : {"group_stats.csv", "behavior_summary.csv", "summary.csv"}) {
    ASSERT_TRUE(tables.contains(name)) << name;
    EXPECT_GT(tables[name].rows, 1) << name;
    EXPECT_GT(tables[name].height, 20) << name;
  }
  EXPECT_EQ(tables["summary.csv"].rows, 5);  // the header and four recordings
  ASSERT_TRUE(tables.contains("Groups_(analysed_recordings)"));
  EXPECT_EQ(tables["Groups_(analysed_recordings)"].rows, 3);  // the header, Control and Patient
}

}  // namespace
}  // namespace tobii
