// One of the run's own CSV tables read back whole for the report: its
// header and its rows, cells found by column name, so the report follows
// whatever columns the writers put in (a column added to a table shows up
// without a change here).
//
// Memory: the whole table (our tables are kilobytes to a few megabytes).
#pragma once

#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tobii/status.h"

namespace tobii::report {

class CsvFile {
 public:
  CsvFile() = default;
  CsvFile(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);

  const std::vector<std::string>& header() const { return header_; }
  const std::vector<std::vector<std::string>>& rows() const { return rows_; }
  bool HasColumn(std::string_view name) const { return Column(name).has_value(); }
  std::optional<std::size_t> Column(std::string_view name) const;

  // Row `row`'s cell in column `name`; "" where the column or the cell is
  // missing.
  const std::string& Cell(std::size_t row, std::string_view name) const;
  // ... as a number: NaN for an empty or non-numeric cell.
  double Number(std::size_t row, std::string_view name) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// Reads `path` (comma-separated, RFC 4180 quoting; blank rows dropped).
// Fails when the file is missing, unreadable or has no header.
Status ReadCsvFile(const std::filesystem::path& path, CsvFile* table);

}  // namespace tobii::report
