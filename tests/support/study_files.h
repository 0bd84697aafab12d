// Test helpers: options for a small generated study, and plain readers for
// the files a study holds.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "gen_study/study_generator.h"
#include "support/temp_dir.h"

namespace tobii::gen::testing {

// Generated studies live in a TempDir.
using TempFolder = tobii::testing::TempDir;

inline StudyOptions SmallOptions(const std::filesystem::path& out, std::uint64_t seed = 7) {
  StudyOptions options;
  options.out = out;
  options.recordings = 8;
  options.minutes = 0.5;
  options.hz = 120;
  options.seed = seed;
  options.jobs = 2;
  return options;
}

using tobii::testing::ReadFile;

// Lines without their LF or CR LF end; a leading BOM is dropped.
inline std::vector<std::string> ReadLines(const std::filesystem::path& path) {
  std::string text = ReadFile(path);
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::size_t stop = end;
    if (stop > start && text[stop - 1] == '\r') --stop;
    lines.emplace_back(text, start, stop - start);
    start = end + 1;
  }
  return lines;
}

inline std::vector<std::string> Split(std::string_view line, char separator) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = line.find(separator, start);
    fields.emplace_back(line.substr(start, end == std::string_view::npos ? line.npos : end - start));
    if (end == std::string_view::npos) return fields;
    start = end + 1;
  }
}

// A number written with either decimal mark.
inline double Number(std::string text) {
  for (char& c : text) {
    if (c == ',') c = '.';
  }
  return std::stod(text);
}

// A Pro Lab export read whole (test studies are small).
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  int Column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return static_cast<int>(i);
    }
    ADD_FAILURE() << "no column " << name;
    return 0;
  }
};

inline Table ReadTable(const std::filesystem::path& path) {
  Table table;
  const std::vector<std::string> lines = ReadLines(path);
  if (lines.empty()) return table;
  table.header = Split(lines[0], '\t');
  for (std::size_t i = 1; i < lines.size(); ++i) table.rows.push_back(Split(lines[i], '\t'));
  return table;
}

// The rows of a CSV of ours (quotes doubled inside quoted fields).
inline std::vector<std::map<std::string, std::string>> ReadCsv(const std::filesystem::path& path) {
  std::vector<std::map<std::string, std::string>> rows;
  const std::string text = ReadFile(path);
  std::vector<std::vector<std::string>> table(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      table.back().push_back(field);
      field.clear();
    } else if (c == '\n') {
      table.back().push_back(field);
      field.clear();
      table.emplace_back();
    } else if (c != '\r') {
      field += c;
    }
  }
  for (std::size_t r = 1; r < table.size(); ++r) {
    if (table[r].size() != table[0].size()) continue;
    std::map<std::string, std::string> row;
    for (std::size_t c = 0; c < table[0].size(); ++c) row[table[0][c]] = table[r][c];
    rows.push_back(row);
  }
  return rows;
}

}  // namespace tobii::gen::testing
