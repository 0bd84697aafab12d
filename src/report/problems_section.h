// What the run left out or doubts, from problems.csv (every problem, the
// BORIS warnings too: the table the run wrote is the record) and the files
// run.json lists as not read: counted by severity and stage, each listed
// with its file and message. "No file was left out" only when no problem
// is an error.
//
// Thread-safety: plain functions.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "report/csv_file.h"

namespace tobii::report {

// `problems`: problems.csv read back (file, severity, stage, message);
// `problems_read`: false when it could not be read (the page says so).
std::string ProblemsSection(const CsvFile& problems, bool problems_read, const nlohmann::json& run);

}  // namespace tobii::report
