#include "report/comparison_tables.h"

#include <algorithm>
#include <cctype>
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

std::vector<Block> Blocks(const CsvFile& table, const ComparisonRowsShown& shown_rows) {
  std::vector<Block> blocks;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> index;
  for (std::size_t r = 0; r < table.rows().size(); ++r) {
    if (shown_rows.keep && !shown_rows.keep(table, r)) continue;
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

// "2 pairs"; "2 to 3 pairs" when the metrics have different numbers.
std::string Pairs(const CsvFile& table, const Block& block) {
  std::vector<double> counts;
  for (std::size_t r : block.rows) {
    if (const double n = table.Number(r, "n"); std::isfinite(n)) counts.push_back(n);
  }
  if (counts.empty()) return "no pairs";
  const auto [fewest_it, most_it] = std::minmax_element(counts.begin(), counts.end());
  const double fewest = *fewest_it, most = *most_it;
  if (fewest == most) return fmt::format("{} pair{}", Statistic(most), most == 1 ? "" : "s");
  return fmt::format("{} to {} pairs, by metric", Statistic(fewest), Statistic(most));
}

std::string Caption(const CsvFile& table, const Block& block, ComparisonDesign design, int number,
                    const std::string& file_name, bool compared, const std::string& topic) {
  std::string what, reading = "Participants' means: mean (SD).";
  if (design == ComparisonDesign::kWithinParticipants) {
    what = "Within participants";
    if (!block.group.empty()) what += fmt::format(" of group \u201c{}\u201d", Escape(block.group));
    what += fmt::format(": condition \u201c{}\u201d compared with \u201c{}\u201d", Escape(block.condition),
                        Escape(block.reference));
    if (!block.behavior.empty()) what += fmt::format(", during \u201c{}\u201d", Escape(block.behavior));
    what += fmt::format(" ({})", Pairs(table, block));
    if (!compared) what += " (no test could be computed: too few pairs)";
    reading = fmt::format("Each participant's mean in a condition: mean (SD); the pairs' differences ({} \u2212 {}): "
                          "mean [CI].",
                          Escape(block.condition), Escape(block.reference));
  } else {
    what = block.reference.empty()
               ? fmt::format("{}: one group, described; nothing compared", Escape(block.group))
               : fmt::format("{} compared with {}", Escape(block.group), Escape(block.reference));
    if (!block.behavior.empty()) what += fmt::format(", during \u201c{}\u201d", Escape(block.behavior));
    if (!block.condition.empty()) what += fmt::format(", in condition \u201c{}\u201d", Escape(block.condition));
    if (!block.reference.empty() && !compared) what += " (no test could be computed: too few participants)";
  }
  if (!topic.empty()) what = Escape(topic) + ": " + what;
  return fmt::format("<caption>Table {}. {}. {} Full precision: <a href=\"{}\"><code>{}</code></a></caption>\n",
                     number, what, reading, Escape(file_name), Escape(file_name));
}

// A title at the head of a column: "Paired t-test".
std::string Capitalized(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

// The tests and effects with a value in the block, and the differences
// when the table has them: the columns one table shows.
struct ShownColumns {
  std::vector<const TestColumns*> tests;
  std::vector<const EffectColumns*> effects;
  const EffectColumns* difference = nullptr;
};

ShownColumns Shown(const CsvFile& table, const ComparisonLayout& layout, const Block& block) {
  ShownColumns shown;
  if (block.reference.empty()) return shown;
  for (const TestColumns& t : layout.tests) {
    if (AnyFinite(table, block, t.p)) shown.tests.push_back(&t);
  }
  for (const EffectColumns& e : layout.effects) {
    if (AnyFinite(table, block, e.estimate)) shown.effects.push_back(&e);
  }
  if (!layout.difference.estimate.empty()) shown.difference = &layout.difference;
  return shown;
}

// The two header rows: a column per side (and the differences, and each
// effect) spanning both, a test's title over its statistics, p and q.
std::string Head(const CsvFile& table, const Block& block, ComparisonDesign design, const ShownColumns& shown,
                 bool* same_n, bool* same_reference_n) {
  const bool pair = !block.reference.empty();
  const std::string& side = design == ComparisonDesign::kWithinParticipants ? block.condition : block.group;
  std::string top = "<tr><th rowspan=\"2\" class=\"metric\">Metric</th>";
  top += fmt::format("<th rowspan=\"2\">{}</th>", GroupHeading(table, block, side, "n", same_n));
  if (pair) {
    top += fmt::format("<th rowspan=\"2\">{}</th>",
                       GroupHeading(table, block, block.reference, std::string(kReferencePrefix) + "n",
                                    same_reference_n));
  }
  if (shown.difference != nullptr) {
    top += fmt::format("<th rowspan=\"2\">Difference {} \u2212 {} [{} % CI]</th>", Escape(side),
                       Escape(block.reference), Escape(shown.difference->level));
  }
  std::string sub = "<tr>";
  for (const TestColumns* t : shown.tests) {
    const bool q = !t->q.empty();
    top += fmt::format("<th colspan=\"{}\">{}</th>", t->statistics.size() + 1 + (q ? 1 : 0),
                       Escape(Capitalized(TestTitle(t->prefix))));
    for (const std::string& s : t->statistics) {
      sub += fmt::format("<th><i>{}</i>{}</th>", Escape(StatisticSymbol(t->prefix, s)), t->df.empty() ? "" : " (df)");
    }
    sub += "<th><i>p</i></th>";
    if (q) sub += "<th><i>q</i></th>";
  }
  for (const EffectColumns* e : shown.effects) {
    top += fmt::format("<th rowspan=\"2\">{} [{} % CI]</th>", Escape(EffectTitle(e->estimate)), Escape(e->level));
  }
  return "<thead>" + top + "</tr>\n" + (shown.tests.empty() ? std::string() : sub + "</tr>\n") + "</thead>\n";
}

// The columns a table of `shown` has: the metric, each side, then the
// difference, each test's statistics, p and q, and each effect.
std::size_t ColumnCount(bool pair, const ShownColumns& shown) {
  std::size_t count = 2 + (pair ? 1 : 0) + (shown.difference != nullptr ? 1 : 0) + shown.effects.size();
  for (const TestColumns* t : shown.tests) count += t->statistics.size() + 1 + (t->q.empty() ? 0 : 1);
  return count;
}

std::string Interval(const CsvFile& table, std::size_t r, const EffectColumns& e) {
  return "<td>" +
         Escape(EstimateInterval(table.Number(r, e.estimate), table.Number(r, e.low), table.Number(r, e.high))) +
         "</td>";
}

std::string Row(const CsvFile& table, std::size_t r, const ShownColumns& shown, bool pair, bool same_n,
                bool same_reference_n, const MetricUnits& units) {
  const std::string& metric = table.Cell(r, kMetric);
  const int decimals = RowDecimals(table, r, pair);
  std::string html = fmt::format("<tr><th class=\"metric\" title=\"{0}\">{1}</th><td>{2}</td>", Escape(metric),
                                 Escape(MetricLabel(metric, units.Unit(metric))),
                                 GroupCell(table, r, "", same_n, decimals));
  if (pair) html += "<td>" + GroupCell(table, r, kReferencePrefix, same_reference_n, decimals) + "</td>";
  if (shown.difference != nullptr) html += Interval(table, r, *shown.difference);
  for (const TestColumns* t : shown.tests) {
    for (const std::string& s : t->statistics) {
      std::string cell = Statistic(table.Number(r, s));
      if (!t->df.empty() && std::isfinite(table.Number(r, t->df))) {
        cell += " (" + DegreesOfFreedom(table.Number(r, t->df)) + ")";
      }
      html += "<td>" + Escape(cell) + "</td>";
    }
    html += "<td>" + Escape(PValue(table.Number(r, t->p))) + "</td>";
    if (!t->q.empty()) html += "<td>" + Escape(PValue(table.Number(r, t->q))) + "</td>";
  }
  for (const EffectColumns* e : shown.effects) html += Interval(table, r, *e);
  return html + "</tr>\n";
}

std::string OneTable(const CsvFile& table, const ComparisonLayout& layout, const Block& block,
                     ComparisonDesign design, int number, const std::string& file_name, const MetricUnits& units,
                     const ComparisonRowsShown& shown_rows, bool* compared) {
  const bool pair = !block.reference.empty();
  const ShownColumns shown = Shown(table, layout, block);
  *compared = !shown.tests.empty();
  bool same_n = true, same_reference_n = true;
  std::string html = fmt::format("<table class=\"results\" id=\"table{}\" data-source=\"{}\">\n", number,
                                 Escape(file_name));
  html += Caption(table, block, design, number, file_name, *compared, shown_rows.topic);
  html += Head(table, block, design, shown, &same_n, &same_reference_n) + "<tbody>\n";
  std::string heading;
  for (std::size_t r : block.rows) {
    if (shown_rows.heading) {
      if (std::string next = shown_rows.heading(table, r); next != heading || r == block.rows.front()) {
        heading = std::move(next);
        html += fmt::format("<tr class=\"group\"><th colspan=\"{}\">{}</th></tr>\n", ColumnCount(pair, shown),
                            Escape(heading));
      }
    }
    html += Row(table, r, shown, pair, same_n, same_reference_n, units);
  }
  return html + "</tbody>\n</table>\n";
}

}  // namespace

ComparisonTablesHtml ComparisonTables(const CsvFile& table, const std::string& file_name, int first_number,
                                      const MetricUnits& units, ComparisonDesign design,
                                      const ComparisonRowsShown& shown_rows) {
  ComparisonTablesHtml out;
  const ComparisonLayout layout = FindComparisonLayout(table.header());
  for (const Block& block : Blocks(table, shown_rows)) {
    bool compared = false;
    out.html += OneTable(table, layout, block, design, first_number + out.tables, file_name, units, shown_rows,
                         &compared);
    ++out.tables;
    if (compared) ++out.compared;
  }
  return out;
}

}  // namespace tobii::report
