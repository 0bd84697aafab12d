#include "study/interval_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <span>
#include <string_view>

#include "io/byte_source.h"
#include "io/delimited_text.h"
#include "io/number_parser.h"
#include "io/participants.h"
#include "study/recording_reference.h"
#include "tobii/aoi_result.h"
#include "util/text.h"

namespace tobii::study {

namespace {

// An interval table lists a few rows per recording: kilobytes. Anything
// far larger is not one.
constexpr std::size_t kMaxIntervalTableBytes = std::size_t{64} << 20;

constexpr double kUsPerMs = 1e3;

constexpr std::string_view kRecordingKeys[] = {"recording"};
constexpr std::string_view kIntervalKeys[] = {"interval"};
constexpr std::string_view kStartKeys[] = {"startms"};
constexpr std::string_view kEndKeys[] = {"endms"};

}  // namespace

Status ReadIntervalTable(const std::string& path, const std::string& name, std::vector<IntervalRow>* rows) {
  std::string text;
  if (Status s = io::ReadWholeFile(path, kMaxIntervalTableBytes, "interval table", &text); !s.ok()) return s;
  std::vector<io::TextRow> table;
  if (Status s = io::SplitDelimitedText(name, text, io::PickDelimiter(io::FirstLine(text)), &table); !s.ok())
    return s;
  if (table.empty()) return Status::Error(name + ":1:1: expected a header row, found an empty file");
  const io::TextRow& header = table.front();
  const int recording = io::FindHeaderColumn(header.fields, kRecordingKeys);
  const int participant = io::FindHeaderColumn(header.fields, io::kParticipantIdKeys);
  const int interval = io::FindHeaderColumn(header.fields, kIntervalKeys);
  const int start = io::FindHeaderColumn(header.fields, kStartKeys);
  const int end = io::FindHeaderColumn(header.fields, kEndKeys);
  if (recording < 0 || interval < 0 || start < 0 || end < 0) {
    return Status::Error(
        name +
        ":1:1: expected the columns \"recording\", \"interval\", \"start_ms\" and \"end_ms\", found \"" +
        std::string(io::FirstLine(text)) + "\"");
  }
  io::NumberParser numbers;
  for (std::size_t r = 1; r < table.size(); ++r) {
    const io::TextRow& row = table[r];
    if (row.IsBlank()) continue;
    const auto field = [&](int column) {
      return column >= 0 && column < static_cast<int>(row.fields.size()) ? row.fields[column] : "";
    };
    const auto where = [&](std::size_t column) { return io::WhereIn(name, row, column); };
    if (Status s = io::CheckRowWidth(name, header, row); !s.ok()) return s;
    const auto text_field = [&](int column, const char* what, std::string* value) -> Status {
      *value = field(column);
      if (!value->empty()) return Status::Ok();
      return Status::Error(fmt::format("{}: expected {}, found an empty field", where(column), what));
    };
    const auto time = [&](int column, std::int64_t* us) -> Status {
      double ms = 0;
      if (!numbers.ParseDouble(field(column), &ms) || !std::isfinite(ms)) {
        return Status::Error(
            fmt::format("{}: expected a time in milliseconds, found \"{}\"", where(column), field(column)));
      }
      *us = std::llround(ms * kUsPerMs);
      return Status::Ok();
    };
    IntervalRow entry;
    if (Status s = text_field(recording, "a recording name", &entry.recording); !s.ok()) return s;
    if (Status s = text_field(interval, "an interval name", &entry.interval.name); !s.ok()) return s;
    if (util::EqualsNoCase(entry.interval.name, kWholeRecording)) {
      return Status::Error(fmt::format("{}: \"{}\" is the whole recording's interval; choose another name",
                                       where(interval), entry.interval.name));
    }
    entry.participant_id = field(participant);
    if (Status s = time(start, &entry.interval.start_us); !s.ok()) return s;
    if (Status s = time(end, &entry.interval.end_us); !s.ok()) return s;
    if (entry.interval.end_us <= entry.interval.start_us) {
      return Status::Error(fmt::format("{}: expected an end after the start ({} ms), found {} ms", where(end),
                                       field(start), field(end)));
    }
    entry.interval.where = fmt::format("{}:{}", name, row.line);
    rows->push_back(std::move(entry));
  }
  return Status::Ok();
}

void AssignIntervals(const std::vector<IntervalRow>& rows, std::vector<RecordingInput>* recordings,
                     std::vector<Problem>* problems) {
  // recording -> interval name -> its rows
  std::map<std::size_t, std::map<std::string, std::vector<const aoi::TableInterval*>>> given;
  const RecordingReferences references(*recordings);
  for (const IntervalRow& row : rows) {
    const std::vector<std::size_t> named = references.Named(row.recording, row.participant_id);
    const std::string who = DescribeReference(row.recording, row.participant_id);
    if (named.empty()) {
      problems->push_back(
          {row.interval.where, Severity::kWarning, Stage::kDiscover,
           fmt::format("{} is not in the study: interval \"{}\" not used", who, row.interval.name)});
    } else if (named.size() > 1) {
      std::string files;
      for (std::size_t r : named) files.append(files.empty() ? "" : ", ").append((*recordings)[r].file);
      problems->push_back(
          {row.interval.where, Severity::kError, Stage::kDiscover,
           fmt::format("{} names {} recordings ({}): interval \"{}\" not used; add a participant_id", who,
                       named.size(), files, row.interval.name)});
    } else {
      given[named.front()][row.interval.name].push_back(&row.interval);
    }
  }
  for (auto& [r, by_name] : given) {
    RecordingInput& recording = (*recordings)[r];
    for (auto& [name, intervals] : by_name) {
      std::stable_sort(
          intervals.begin(), intervals.end(),
          [](const aoi::TableInterval* a, const aoi::TableInterval* b) { return a->start_us < b->start_us; });
      const auto overlap = std::adjacent_find(
          intervals.begin(), intervals.end(),
          [](const aoi::TableInterval* a, const aoi::TableInterval* b) { return b->start_us < a->end_us; });
      if (overlap != intervals.end()) {
        problems->push_back(
            {recording.file, Severity::kError, Stage::kDiscover,
             fmt::format("interval \"{}\" of recording \"{}\" of participant \"{}\" is given twice "
                         "over the same time ({} and {}): none of its rows is used",
                         name, recording.recording, recording.participant_id, (*overlap)->where,
                         (*std::next(overlap))->where)});
        continue;
      }
      for (const aoi::TableInterval* interval : intervals) recording.intervals.push_back(*interval);
    }
  }
}

}  // namespace tobii::study
