#include "report/problems_section.h"

#include <fmt/format.h>

#include <map>
#include <vector>

#include "report/html_text.h"
#include "report/run_record.h"
#include "tobii/output_names.h"
#include "tobii/problem.h"

namespace tobii::report {

namespace {

// A group of this many problems or fewer is shown open; longer ones are
// folded behind their count.
constexpr std::size_t kOpenGroupRows = 10;

constexpr std::string_view kErrorName = SeverityName(Severity::kError);

// Errors first, then warnings; any other severity after them.
int SeverityOrder(const std::string& severity) {
  if (severity == SeverityName(Severity::kError)) return 0;
  if (severity == SeverityName(Severity::kWarning)) return 1;
  return 2;
}

std::string SeverityHeading(const std::string& severity) {
  if (severity == kErrorName) return "Errors: left out";
  if (severity == SeverityName(Severity::kWarning)) return "Warnings: used, with a doubt";
  return Escape(severity);
}

std::string Plural(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::string ProblemsSection(const CsvFile& problems, bool problems_read, const nlohmann::json& run) {
  std::string html;
  // severity order, severity, stage -> rows
  std::map<std::pair<int, std::string>, std::map<std::string, std::vector<std::size_t>>> groups;
  std::size_t errors = 0;
  for (std::size_t r = 0; r < problems.rows().size(); ++r) {
    const std::string& severity = problems.Cell(r, "severity");
    groups[{SeverityOrder(severity), severity}][problems.Cell(r, "stage")].push_back(r);
    if (severity == kErrorName) ++errors;
  }
  if (!problems_read) {
    html += MissingNote(std::string(results::kProblemsTable) + " could not be read: the problems are unknown.");
  } else if (problems.rows().empty()) {
    html += "<p>No problem recorded: no file was left out, none was used with a doubt.</p>\n";
  } else {
    std::string counts;
    for (const auto& [severity, stages] : groups) {
      std::size_t n = 0;
      std::string by_stage;
      for (const auto& [stage, rows] : stages) {
        n += rows.size();
        by_stage += fmt::format("{}{} {}", by_stage.empty() ? "" : ", ", rows.size(), Escape(stage));
      }
      counts += fmt::format("<li>{}: {} ({})</li>\n", SeverityHeading(severity.second), n, by_stage);
    }
    html += fmt::format("<p>{} in <a href=\"{}\"><code>{}</code></a>. {}</p>\n<ul class=\"counts\">\n{}</ul>\n",
                        Plural(problems.rows().size(), "problem", "problems"), results::kProblemsTable,
                        results::kProblemsTable,
                        errors == 0 ? "No file was left out."
                                    : Plural(errors, "error: its file was left out.", "errors: their files were left out.")
                                          .c_str(),
                        counts);
    for (const auto& [severity, stages] : groups) {
      for (const auto& [stage, rows] : stages) {
        html += fmt::format("<details class=\"problems\"{}><summary>{}, stage {}: {}</summary>\n",
                            rows.size() <= kOpenGroupRows || severity.second == kErrorName ? " open" : "",
                            SeverityHeading(severity.second), Escape(stage), rows.size());
        html += "<table class=\"problems\">\n<thead><tr><th class=\"file\">file</th><th>message</th></tr></thead>\n<tbody>\n";
        for (std::size_t r : rows) {
          html += fmt::format("<tr><td class=\"file\"><code>{}</code></td><td>{}</td></tr>\n",
                              Escape(problems.Cell(r, "file")), Escape(problems.Cell(r, "message")));
        }
        html += "</tbody>\n</table>\n</details>\n";
      }
    }
  }
  std::string not_read;
  std::size_t not_read_count = 0;
  const nlohmann::json& files = Member(run, "files");
  for (const nlohmann::json& f : files) {
    if (f.value("role", "") != "not read") continue;
    ++not_read_count;
    not_read += fmt::format("<tr><td class=\"file\"><code>{}</code></td><td>{}</td></tr>\n",
                            Escape(f.value("file", "")), Escape(f.value("detail", "")));
  }
  if (not_read_count > 0) {
    html += fmt::format("<details class=\"problems\"><summary>{} of the study not read, each with the reason (those "
                        "that look like data are warnings above)</summary>\n<table class=\"problems\">\n<thead><tr>"
                        "<th class=\"file\">file</th><th>why</th></tr></thead>\n<tbody>\n{}</tbody>\n</table>\n"
                        "</details>\n",
                        Plural(not_read_count, "file", "files"), not_read);
  }
  return html;
}

}  // namespace tobii::report
