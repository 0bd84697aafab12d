// run.json: the record of a study run (how it was asked for, what it read
// and what became of each file and recording, its timings, memory and
// problems), which report.html shows. Built once, at the end of the run;
// its per-recording and per-file lists are written straight from the
// study's inputs.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "run/pass_outcome.h"
#include "study/discover.h"
#include "tobii/run.h"
#include "tobii/status.h"

namespace tobii::study {

// Where the run's time and memory went, step by step (the totals are the
// summary's).
struct RunTimings {
  double discover_s = 0;  // preparing (run/prepare_study.h)
  double analyse_s = 0;   // the recordings' passes
  double write_s = 0;     // the outputs before run.json
  double discover_peak_mib = 0;
  double analyse_peak_mib = 0;
};

// The record, with its two lists that grow with the study left out of the
// document: "inputs" (one entry per recording) and "files" (one per file
// and folder of the study) are null in `head`, and written from the
// study's inputs one entry at a time (WriteRunJson), so that run.json costs
// the run no memory per recording beyond what it holds anyway.
struct RunRecord {
  nlohmann::json head;
  const StudyInputs* inputs = nullptr;
  const std::vector<PassOutcome>* outcomes = nullptr;
};

// REQUIRES: `outcomes` one per recording of `inputs`, in its order (their
// results may have been moved out); `workers` the run's worker count.
// Both must outlive the record.
RunRecord RunJson(const RunOptions& options, const StudyInputs& inputs,
                  const std::vector<PassOutcome>& outcomes, int workers, const RunTimings& timings,
                  const RunSummary& summary);

// run.json: the head's members in key order, the two lists written in
// their places an entry at a time; the same bytes as the whole document
// dumped with an indent of 2.
Status WriteRunJson(const std::filesystem::path& path, const RunRecord& record);

// What report.html reads of the record (report/run_record.h): the head,
// with "files" holding only the files that were not read.
nlohmann::json ReportView(const RunRecord& record);

}  // namespace tobii::study
