#include "report/comparison_tables.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "report/comparison_layout.h"
#include "report/html_text.h"
#include "report/reading_numbers.h"

namespace tobii::report {

namespace {

// Identity columns of the comparison tables (analysis/group_comparisons.h).
constexpr const char* kBehavior = "behavior";
constexpr const char* kMetric = "metric";
constexpr const char* kGroup = "group";
constexpr const char* kReference = "reference";
constexpr const char* kCondition = "condition";  // empty, or absent, in a study without conditions
// Each group's columns; the reference's carry this prefix.
constexpr const char* kReferencePrefix = "reference_";

struct Block {
  std::string behavior, condition, group, reference;
  std::vector<std::size_t> rows;
};

std::vector<Block> Blocks(const CsvFile& table) {
  std::vector<Block> blocks;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> index;
  for (std::size_t r = 0; r < table.rows().size(); ++r) {
    auto key = std::make_tuple(table.Cell(r, kBehavior), table.Cell(r, kCondition), table.Cell(r, kGroup),
                               table.Cell(r, kReference));
    auto [it, added] = index.emplace(key, blocks.size());
    if (added) blocks.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), {}});
    blocks[it->second].rows.push_back(r);
  }
  return blocks;
}

// "Patient (n = 2)" when every row has the same n; the name alone
// otherwise (each cell then says its n).
std::string GroupHeading(const CsvFile& table, const Block& block, const std::string& name,
                         const std::string& n_column, bool* same_n) {
  std::string first;
  *same_n = true;
  for (std::size_t r : block.rows) {
    const std::string& n = table.Cell(r, n_column);
    if (first.empty()) first = n;
    if (n != first) *same_n = false;
  }
  if (!*same_n || first.empty()) return Escape(name);
  return fmt::format("{}<br><span class=\"n\">n = {}</span>", Escape(name), Escape(first));
}

// The decimals of a row's means: the most any of its groups needs.
int RowDecimals(const CsvFile& table, std::size_t r, bool pair) {
  int decimals = MeanSdDecimals(table.Number(r, "mean"), table.Number(r, "sd"));
  if (pair) {
    const std::string prefix = kReferencePrefix;
    decimals = std::max(decimals, MeanSdDecimals(table.Number(r, prefix + "mean"), table.Number(r, prefix + "sd")));
  }
  return decimals;
}

std::string GroupCell(const CsvFile& table, std::size_t r, const std::string& prefix, bool same_n, int decimals) {
  std::string cell = Escape(MeanSd(table.Number(r, prefix + "mean"), table.Number(r, prefix + "sd"), decimals));
  if (!same_n && !table.Cell(r, prefix + "n").empty()) {
    cell += fmt::format(" <span class=\"n\">n = {}</span>", Escape(table.Cell(r, prefix + "n")));
  }
  return cell;
}

bool AnyFinite(const CsvFile& table, const Block& block, const std::string& column) {
  for (std::size_t r : block.rows) {
    if (std::isfinite(table.Number(r, column))) return true;
  }
  return false;
}

std::string Caption(const Block& block, int number, const std::string& file_name, bool compared) {
  std::string what = block.reference.empty()
                         ? fmt::format("{}: one group, described; nothing compared", Escape(block.group))
                         : fmt::format("{} compared with {}", Escape(block.group), Escape(block.reference));
  if (!block.behavior.empty()) what += fmt::format(", during \u201c{}\u201d", Escape(block.behavior));
  if (!block.condition.empty()) what += fmt::format(", in condition \u201c{}\u201d", Escape(block.condition));
  if (!block.reference.empty() && !compared) what += " (no test could be computed: too few participants)";
  return fmt::format(
      "<caption>Table {}. {}. Participants' means: mean (SD). Full precision: <a href=\"{}\"><code>{}</code></a>"
      "</caption>\n",
      number, what, Escape(file_name), Escape(file_name));
}

std::string OneTable(const CsvFile& table, const ComparisonLayout& layout, const Block& block, int number,
                     const std::string& file_name, const MetricUnits& units, bool* compared) {
  const bool pair = !block.reference.empty();
  std::vector<const TestColumns*> tests;
  std::vector<const EffectColumns*> effects;
  if (pair) {
    for (const TestColumns& t : layout.tests) {
      if (AnyFinite(table, block, t.p)) tests.push_back(&t);
    }
    for (const EffectColumns& e : layout.effects) {
      if (AnyFinite(table, block, e.estimate)) effects.push_back(&e);
    }
  }
  *compared = !tests.empty();
  bool same_n = true, same_reference_n = true;
  std::string top = "<tr><th rowspan=\"2\" class=\"metric\">Metric</th>";
  std::string sub = "<tr>";
  top += fmt::format("<th rowspan=\"2\">{}</th>", GroupHeading(table, block, block.group, "n", &same_n));
  if (pair) {
    top += fmt::format("<th rowspan=\"2\">{}</th>",
                       GroupHeading(table, block, block.reference, std::string(kReferencePrefix) + "n",
                                    &same_reference_n));
  }
  for (const TestColumns* t : tests) {
    const bool q = !t->q.empty();
    top += fmt::format("<th colspan=\"{}\">{}</th>", t->statistics.size() + 1 + (q ? 1 : 0), Escape(TestTitle(t->prefix)));
    for (const std::string& s : t->statistics) {
      sub += fmt::format("<th><i>{}</i>{}</th>", Escape(StatisticSymbol(t->prefix, s)), t->df.empty() ? "" : " (df)");
    }
    sub += "<th><i>p</i></th>";
    if (q) sub += "<th><i>q</i></th>";
  }
  for (const EffectColumns* e : effects) {
    top += fmt::format("<th rowspan=\"2\">{} [{} % CI]</th>", Escape(EffectTitle(e->estimate)), Escape(e->level));
  }
  std::string html = fmt::format("<table class=\"results\" id=\"table{}\" data-source=\"{}\">\n", number,
                                 Escape(file_name));
  html += Caption(block, number, file_name, *compared);
  html += "<thead>" + top + "</tr>\n" + (tests.empty() ? std::string() : sub + "</tr>\n") + "</thead>\n<tbody>\n";
  for (std::size_t r : block.rows) {
    const std::string& metric = table.Cell(r, kMetric);
    const int decimals = RowDecimals(table, r, pair);
    html += fmt::format("<tr><th class=\"metric\" title=\"{0}\">{1}</th><td>{2}</td>", Escape(metric),
                        Escape(MetricLabel(metric, units.Unit(metric))), GroupCell(table, r, "", same_n, decimals));
    if (pair) html += "<td>" + GroupCell(table, r, kReferencePrefix, same_reference_n, decimals) + "</td>";
    for (const TestColumns* t : tests) {
      for (const std::string& s : t->statistics) {
        std::string cell = Statistic(table.Number(r, s));
        if (!t->df.empty() && std::isfinite(table.Number(r, t->df))) {
          cell += " (" + Significant(table.Number(r, t->df), kSpreadDigits) + ")";
        }
        html += "<td>" + Escape(cell) + "</td>";
      }
      html += "<td>" + Escape(PValue(table.Number(r, t->p))) + "</td>";
      if (!t->q.empty()) html += "<td>" + Escape(PValue(table.Number(r, t->q))) + "</td>";
    }
    for (const EffectColumns* e : effects) {
      html += "<td>" +
              Escape(EstimateInterval(table.Number(r, e->estimate), table.Number(r, e->low), table.Number(r, e->high))) +
              "</td>";
    }
    html += "</tr>\n";
  }
  return html + "</tbody>\n</table>\n";
}

}  // namespace

ComparisonTablesHtml ComparisonTables(const CsvFile& table, const std::string& file_name, int first_number,
                                      const MetricUnits& units) {
  ComparisonTablesHtml out;
  const ComparisonLayout layout = FindComparisonLayout(table.header());
  for (const Block& block : Blocks(table)) {
    bool compared = false;
    out.html += OneTable(table, layout, block, first_number + out.tables, file_name, units, &compared);
    ++out.tables;
    if (compared) ++out.compared;
  }
  return out;
}

}  // namespace tobii::report
