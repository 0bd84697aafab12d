#include "report/columns_section.h"

#include <map>
#include <vector>

#include <fmt/format.h>

#include "report/html_text.h"

namespace tobii::report {

std::string ColumnsSection(const CsvFile& dictionary) {
  // Tables in the order they first appear; columns in the file's order.
  std::vector<std::string> tables;
  std::map<std::string, std::vector<std::size_t>> rows;
  for (std::size_t r = 0; r < dictionary.rows().size(); ++r) {
    const std::string& table = dictionary.Cell(r, "table");
    if (!rows.contains(table)) tables.push_back(table);
    rows[table].push_back(r);
  }
  std::string html = fmt::format(
      "<p>What each column of the tables holds, from <a href=\"{0}\"><code>{0}</code></a>.</p>\n", kColumnsFileName);
  for (const std::string& table : tables) {
    html += fmt::format("<table class=\"columns\">\n<caption><code>{}</code></caption>\n<thead><tr><th>column</th>"
                        "<th>unit</th><th>definition</th><th>source</th></tr></thead>\n<tbody>\n",
                        Escape(table));
    for (std::size_t r : rows[table]) {
      html += fmt::format("<tr><td><code>{}</code></td><td>{}</td><td class=\"text\">{}</td><td class=\"text\">{}</td></tr>\n",
                          Escape(dictionary.Cell(r, "column")), Escape(dictionary.Cell(r, "unit")),
                          Escape(dictionary.Cell(r, "definition")), Escape(dictionary.Cell(r, "source")));
    }
    html += "</tbody>\n</table>\n";
  }
  return html;
}

}  // namespace tobii::report
