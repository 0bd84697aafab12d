#include "report/html_report.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "tobii/atomic_file.h"
#include "io/byte_source.h"
#include "io/delimited_text.h"
#include "report/figure_names.h"
#include "report/html_text.h"

namespace tobii::report {

namespace {

// Our own tables and figures: megabytes at most.
constexpr std::size_t kMaxEmbeddedBytes = std::size_t{256} << 20;

// A CSV table of the run as an HTML table; a note where it is missing.
std::string CsvTable(const std::filesystem::path& path, const std::string& caption) {
  std::string text;
  std::vector<io::TextRow> rows;
  if (!io::ReadWholeFile(path.string(), kMaxEmbeddedBytes, "table", &text).ok() ||
      !io::SplitDelimitedText(path.filename().string(), text, ',', &rows).ok() || rows.empty()) {
    return fmt::format("<p class=\"missing\">{}: not written by this run.</p>\n", Escape(path.filename().string()));
  }
  std::string html = fmt::format("<table>\n<caption>{} <code>{}</code></caption>\n<thead><tr>", Escape(caption),
                                 Escape(path.filename().string()));
  for (const std::string& field : rows.front().fields) html += "<th>" + Escape(field) + "</th>";
  html += "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].IsBlank()) continue;
    html += "<tr>";
    for (const std::string& field : rows[r].fields) html += "<td>" + Escape(field) + "</td>";
    html += "</tr>\n";
  }
  return html + "</tbody>\n</table>\n";
}

std::string Figure(const std::filesystem::path& out, const char* name, const std::string& caption) {
  std::string svg;
  const std::filesystem::path path = out / kFiguresFolder / (std::string(name) + ".svg");
  if (!io::ReadWholeFile(path.string(), kMaxEmbeddedBytes, "figure", &svg).ok()) {
    return fmt::format("<p class=\"missing\">{}: not drawn in this run (nothing to show).</p>\n", Escape(name));
  }
  if (const std::size_t end = svg.find("?>"); svg.starts_with("<?xml") && end != std::string::npos) {
    svg.erase(0, end + 2);
  }
  return fmt::format("<figure id=\"{0}\">\n{1}\n<figcaption>{2} (<code>figures/{0}.png|svg|pdf</code>)</figcaption>\n"
                     "</figure>\n",
                     name, PrefixSvgIds(svg, std::string(name) + "-"), Escape(caption));
}

// The sample figures the last drawing left, by name.
std::string SampleFigures(const std::filesystem::path& out) {
  const std::set<std::string> names = SampleFiguresIn(out);
  if (names.empty()) return "";
  std::string html = "<h2>Sample recordings</h2>\n";
  for (const std::string& name : names) {
    html += Figure(out, name.c_str(),
                   "Sample: " + name.substr(std::string_view(kSampleFigurePrefix).size()) +
                       ". Gaze, velocity and pupil over time with fixations, saccades and blinks shaded; the scan "
                       "path on the screen.");
  }
  return html;
}

// Participants and recordings analysed per group, from run.json's inputs.
std::string Groups(const nlohmann::json& run) {
  struct Count {
    std::set<std::string> participants;
    int recordings = 0;
  };
  std::map<std::string, Count> groups;
  for (const nlohmann::json& input : run.value("inputs", nlohmann::json::array())) {
    if (input.value("status", "") != "analysed") continue;
    Count& count = groups[input.value("group", "")];
    count.participants.insert(input.value("participant_id", ""));
    ++count.recordings;
  }
  if (groups.empty()) return "";
  std::string html = "<table>\n<caption>Groups (analysed recordings)</caption>\n<thead><tr><th>group</th>"
                     "<th>participants</th><th>recordings</th></tr></thead>\n<tbody>\n";
  for (const auto& [group, count] : groups) {
    html += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        group.empty() ? "(no group: not in the participants table)" : Escape(group),
                        count.participants.size(), count.recordings);
  }
  return html + "</tbody>\n</table>\n";
}

std::string Overview(const nlohmann::json& run) {
  if (run.is_null()) return "<p class=\"missing\">run.json is missing: no overview.</p>\n";
  const nlohmann::json& recordings = run.value("recordings", nlohmann::json::object());
  std::string html = fmt::format(
      "<p>{} recordings found, {} analysed, {} failed. Study <code>{}</code>; participants table <code>{}</code>. "
      "tobii-pipeline {}.</p>\n",
      recordings.value("found", 0), recordings.value("analysed", 0), recordings.value("failed", 0),
      Escape(run.value("study", "")), Escape(run.value("participants_file", "")), Escape(run.value("version", "")));
  html += Groups(run);
  std::string errors, warnings;
  for (const nlohmann::json& p : run.value("problems", nlohmann::json::array())) {
    const std::string item = fmt::format("<li><code>{}</code>: {}</li>\n", Escape(p.value("file", "")),
                                         Escape(p.value("message", "")));
    (p.value("severity", "") == "error" ? errors : warnings) += item;
  }
  std::string not_read;
  int not_read_count = 0;
  for (const nlohmann::json& f : run.value("files", nlohmann::json::array())) {
    if (f.value("role", "") != "not read") continue;
    ++not_read_count;
    not_read += fmt::format("<tr><td><code>{}</code></td><td>{}</td></tr>\n", Escape(f.value("file", "")),
                            Escape(f.value("detail", "")));
  }
  if (!errors.empty()) {
    html += "<p>Left out (errors):</p>\n<ul>\n" + errors + "</ul>\n";
  }
  if (!warnings.empty()) {
    html += "<details><summary>Used with a doubt, or not read though they look like data (warnings, also in "
            "<code>problems.csv</code>)</summary>\n<ul>\n" +
            warnings + "</ul>\n</details>\n";
  }
  if (not_read_count > 0) {
    html += fmt::format("<details><summary>{} files of the study not read, each with the reason</summary>\n"
                        "<table>\n<thead><tr><th>file</th><th>why</th></tr></thead>\n<tbody>\n{}</tbody>\n</table>\n"
                        "</details>\n",
                        not_read_count, not_read);
  }
  if (errors.empty() && warnings.empty() && not_read_count == 0) {
    html += "<p>Every file of the study was read, and none with a doubt.</p>\n";
  }
  return html;
}

constexpr const char* kStyle = R"(body { font-family: "DejaVu Sans", sans-serif; margin: 2em; max-width: 80em; }
table { border-collapse: collapse; font-size: 0.8em; margin: 1em 0; display: block; overflow-x: auto; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.4em; text-align: right; white-space: nowrap; }
th { background: #eee; } caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; } .missing { color: #a00; }
pre { background: #f6f6f6; padding: 1em; overflow-x: auto; font-size: 0.8em; })";

}  // namespace

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

Status WriteHtmlReport(const std::filesystem::path& out, const nlohmann::json& run) {
  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>tobii-pipeline report</title>\n"
      "<style>\n{}\n</style>\n</head>\n<body>\n<h1>Study report</h1>\n<h2>Overview</h2>\n{}",
      kStyle, Overview(run));
  html += "<p>Participants are the unit of every group statistic: a participant's recordings are averaged first. "
          "Mann&ndash;Whitney U as SciPy computes it, Welch's t, Hedges' g (group &minus; reference) with its 95 % "
          "CI, Benjamini&ndash;Hochberg q across each table.</p>\n";
  html += "<h2>Figures</h2>\n";
  html += Figure(out, kFigure1Name, "Figure 1. Group comparison: gaze heat maps and key metrics.");
  html += Figure(out, kFigure2Name, "Figure 2. Data quality and eye-movement structure.");
  html += Figure(out, kFigure3Name, "Figure 3. Gaze and pupil per annotated behaviour (mean ± 95 % CI).");
  html += SampleFigures(out);
  html += "<h2>Tables</h2>\n";
  html += CsvTable(out / "group_stats.csv", "Group comparisons per metric");
  html += CsvTable(out / "behavior_summary.csv", "Group comparisons per behaviour and metric");
  html += CsvTable(out / "summary.csv", "Every recording");
  html += "<h2>Settings</h2>\n";
  if (run.is_object() && run.value("figures_redrawn", false)) {
    html += "<p>The figures were redrawn by <code>tobii-pipeline figures</code> with the figure options below; "
            "everything else is as the run left it.</p>\n";
  }
  html += run.is_null() ? std::string("<p class=\"missing\">run.json is missing.</p>\n")
                        : "<pre>" + Escape(nlohmann::json{{"versions", run.value("versions", nlohmann::json())},
                                                          {"settings", run.value("settings", nlohmann::json())},
                                                          {"figure_options", run.value("figure_options", nlohmann::json())},
                                                          {"command_line", run.value("command_line", nlohmann::json())}}
                                               .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) +
                              "</pre>\n";
  html += "</body>\n</html>\n";
  return io::WriteFileAtomically(out / kReportFileName, html);
}

}  // namespace tobii::report
