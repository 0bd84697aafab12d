#include "study/design_assignment.h"

#include <fmt/format.h>

#include <map>
#include <string>

#include "study/recording_reference.h"

namespace tobii::study {

namespace {

// A part of the design a table may give: its name, and where a row and a
// recording hold it.
struct DesignPart {
  const char* name;
  std::string DesignRow::*in_row;
  std::string RecordingInput::*in_recording;
};

constexpr DesignPart kCondition{"condition", &DesignRow::condition, &RecordingInput::condition};
constexpr DesignPart kSession{"session", &DesignRow::session, &RecordingInput::session};

// The parts `table` gives: the columns it has.
std::vector<DesignPart> PartsOf(const DesignTable& table) {
  std::vector<DesignPart> parts;
  if (table.has_condition) parts.push_back(kCondition);
  if (table.has_session) parts.push_back(kSession);
  return parts;
}

// "condition", "session", or "condition or session".
std::string Naming(const std::vector<DesignPart>& parts, const char* joint) {
  std::string text;
  for (const DesignPart& part : parts) text.append(text.empty() ? "" : joint).append(part.name);
  return text;
}

// Gives `recording` its row's parts, names-from-path's where the row
// leaves one empty.
void TakeRow(const DesignTable& table, const DesignRow& row, RecordingInput* recording,
             std::vector<Problem>* problems) {
  for (const DesignPart& part : PartsOf(table)) {
    const std::string& given = row.*part.in_row;
    std::string& held = recording->*part.in_recording;
    if (given.empty()) {
      if (held.empty()) {
        problems->push_back({recording->file, Severity::kWarning, Stage::kDiscover,
                             fmt::format("no {}: its row {} of the design table leaves it empty", part.name,
                                         row.where)});
      }
      continue;
    }
    if (!held.empty() && held != given) {
      problems->push_back({recording->file, Severity::kWarning, Stage::kDiscover,
                           fmt::format("names-from-path gives {} \"{}\", the design table ({}) \"{}\": \"{}\" used",
                                       part.name, held, row.where, given, given)});
    }
    held = given;
  }
}

// A recording no row names: a warning saying what it goes without.
void TellUnnamed(const DesignTable& table, const RecordingInput& recording, std::vector<Problem>* problems) {
  std::vector<DesignPart> missing, kept;
  for (const DesignPart& part : PartsOf(table)) {
    (recording.*part.in_recording).empty() ? missing.push_back(part) : kept.push_back(part);
  }
  std::string message = missing.empty() ? fmt::format("not in the design table {}", table.file)
                                        : fmt::format("no {}: not in the design table {}", Naming(missing, " or "),
                                                      table.file);
  for (const DesignPart& part : kept) {
    message += fmt::format("; {} \"{}\" from names-from-path kept", part.name, recording.*part.in_recording);
  }
  problems->push_back({recording.file, Severity::kWarning, Stage::kDiscover, std::move(message)});
}

}  // namespace

void AssignDesign(const DesignTable& table, std::vector<RecordingInput>* recordings, std::vector<Problem>* problems) {
  const std::string parts = Naming(PartsOf(table), " and ");
  std::map<std::size_t, std::vector<const DesignRow*>> rows_of;  // recording -> rows naming it
  const RecordingReferences references(*recordings);
  for (const DesignRow& row : table.rows) {
    const std::vector<std::size_t> named = references.Named(row.recording, row.participant_id);
    const std::string who = DescribeReference(row.recording, row.participant_id);
    if (named.empty()) {
      problems->push_back({row.where, Severity::kWarning, Stage::kDiscover,
                           fmt::format("{} is not in the study: its {} not used", who, parts)});
    } else if (named.size() > 1) {
      std::string files;
      for (std::size_t r : named) files.append(files.empty() ? "" : ", ").append((*recordings)[r].file);
      problems->push_back({row.where, Severity::kError, Stage::kDiscover,
                           fmt::format("{} names {} recordings ({}): none of them takes its {}; add a participant_id",
                                       who, named.size(), files, parts)});
      for (std::size_t r : named) rows_of[r];  // named, if ambiguously: not "not in the table"
    } else {
      rows_of[named.front()].push_back(&row);
    }
  }
  for (std::size_t r = 0; r < recordings->size(); ++r) {
    RecordingInput& recording = (*recordings)[r];
    const auto it = rows_of.find(r);
    if (it == rows_of.end()) {
      TellUnnamed(table, recording, problems);
    } else if (it->second.size() == 1) {
      TakeRow(table, *it->second.front(), &recording, problems);
    } else if (it->second.size() > 1) {
      std::string places;
      for (const DesignRow* row : it->second) places.append(places.empty() ? "" : ", ").append(row->where);
      problems->push_back({recording.file, Severity::kError, Stage::kDiscover,
                           fmt::format("recording \"{}\" of participant \"{}\" is named by {} rows of the design "
                                       "table ({}): it takes no {}",
                                       recording.recording, recording.participant_id, it->second.size(), places,
                                       parts)});
      for (const DesignPart& part : PartsOf(table)) (recording.*part.in_recording).clear();
    }
  }
}

}  // namespace tobii::study
