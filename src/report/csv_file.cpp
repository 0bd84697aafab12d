#include "report/csv_file.h"

#include <cstdlib>
#include <limits>

#include "io/byte_source.h"
#include "io/delimited_text.h"

namespace tobii::report {

namespace {

// Our own tables: megabytes at most.
constexpr std::size_t kMaxTableBytes = std::size_t{256} << 20;

}  // namespace

CsvFile::CsvFile(std::vector<std::string> header, std::vector<std::vector<std::string>> rows)
    : header_(std::move(header)), rows_(std::move(rows)) {}

std::optional<std::size_t> CsvFile::Column(std::string_view name) const {
  for (std::size_t c = 0; c < header_.size(); ++c) {
    if (header_[c] == name) return c;
  }
  return std::nullopt;
}

const std::string& CsvFile::Cell(std::size_t row, std::string_view name) const {
  static const std::string kEmpty;
  const std::optional<std::size_t> column = Column(name);
  if (!column || row >= rows_.size() || *column >= rows_[row].size()) return kEmpty;
  return rows_[row][*column];
}

double CsvFile::Number(std::size_t row, std::string_view name) const {
  const std::string& cell = Cell(row, name);
  if (cell.empty()) return std::numeric_limits<double>::quiet_NaN();
  char* end = nullptr;
  const double value = std::strtod(cell.c_str(), &end);
  return end == cell.c_str() + cell.size() ? value : std::numeric_limits<double>::quiet_NaN();
}

Status ReadCsvFile(const std::filesystem::path& path, CsvFile* table) {
  std::string text;
  if (Status s = io::ReadWholeFile(path.string(), kMaxTableBytes, "table", &text); !s.ok()) return s;
  std::vector<io::TextRow> rows;
  if (Status s = io::SplitDelimitedText(path.filename().string(), text, ',', &rows); !s.ok()) return s;
  if (rows.empty() || rows.front().IsBlank()) {
    return Status::Error(path.filename().string() + ": no header");
  }
  std::vector<std::vector<std::string>> body;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (!rows[r].IsBlank()) body.push_back(std::move(rows[r].fields));
  }
  *table = CsvFile(std::move(rows.front().fields), std::move(body));
  return Status::Ok();
}

}  // namespace tobii::report
