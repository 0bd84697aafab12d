#include "study/missing_groups.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "io/sniff.h"
#include "study/name_pattern.h"

namespace tobii::study {

namespace {

// Ids shown on each side of a table that matches nobody: enough to see a
// prefix or a spelling that differs, few enough to read in one line.
constexpr std::size_t kIdsShown = 3;

constexpr std::string_view kOneGroupAdvice =
    "or pass --no-groups (study.toml: no-groups = true) to analyse the study as one group";

// "A, B, C, ... (12 in all)".
std::string FirstIds(const std::vector<std::string>& ids) {
  std::string text;
  for (std::size_t i = 0; i < std::min(ids.size(), kIdsShown); ++i) {
    if (i > 0) text.append(", ");
    text.append(ids[i]);
  }
  if (ids.size() > kIdsShown) text.append(", ... (" + std::to_string(ids.size()) + " in all)");
  return text;
}

// The error discovery gave the participants table itself; empty when it
// was read.
std::string TableError(const StudyInputs& inputs) {
  for (const Problem& p : inputs.problems) {
    if (p.file == inputs.participants_file && p.stage == Stage::kParticipants && p.severity == Severity::kError) {
      return p.message;
    }
  }
  return {};
}

// Without a participants table: what else was there that could have
// given groups, a spreadsheet or a pattern.
std::string NoTable(const StudyInputs& inputs, std::string_view names_from_path) {
  std::string why = "the study has no participants table (a TSV or CSV with participant_id and group columns)";
  for (const FileVerdict& f : inputs.files) {
    if (f.role == "not read" && f.detail.starts_with(io::kSpreadsheet)) {
      why.append(" (if it is " + f.file + ", a spreadsheet, export it as TSV or CSV)");
      break;
    }
  }
  if (!names_from_path.empty()) {
    NamePattern pattern;
    const bool has_group = NamePattern::Compile(names_from_path, &pattern).ok() && pattern.has_group();
    why.append(", and names-from-path \"");
    why.append(names_from_path);
    why.append(has_group ? "\" matches no recording's path" : "\" has no {group}");
  }
  return why + "; give one, " + std::string(kOneGroupAdvice);
}

// With a participants table that gave no recording a group.
std::string TableGaveNone(const StudyInputs& inputs) {
  const std::string& table = inputs.participants_file;
  if (const std::string error = TableError(inputs); !error.empty()) {
    return table + " could not be read (" + error + "); correct it, " + std::string(kOneGroupAdvice);
  }
  const bool any_listed = std::any_of(inputs.recordings.begin(), inputs.recordings.end(),
                                      [&](const RecordingInput& r) { return inputs.participants.Find(r.participant_id); });
  if (any_listed) {
    return table + " lists the recordings' participants but gives none of them a group (their group cells are "
                   "empty); fill them in, " + std::string(kOneGroupAdvice);
  }
  std::vector<std::string> listed;
  for (const io::Participant* p : inputs.participants.All()) listed.push_back(p->id);
  std::set<std::string> recorded;
  for (const RecordingInput& r : inputs.recordings) recorded.insert(r.participant_id);
  std::string why = table + " was read but matched none of the " + std::to_string(inputs.recordings.size()) +
                    " recordings' participants: ";
  why.append(listed.empty() ? std::string("it lists no participant")
                            : "it lists " + FirstIds(listed));
  why.append("; the recordings are of " + FirstIds({recorded.begin(), recorded.end()}));
  return why + "; correct the ids, " + std::string(kOneGroupAdvice);
}

}  // namespace

Status RequireSomeGroup(const StudyInputs& inputs, std::string_view names_from_path) {
  const bool some_group = std::any_of(inputs.recordings.begin(), inputs.recordings.end(),
                                      [](const RecordingInput& r) { return !r.group.empty(); });
  if (some_group || inputs.recordings.empty()) return Status::Ok();
  const std::string why =
      inputs.participants_file.empty() ? NoTable(inputs, names_from_path) : TableGaveNone(inputs);
  return Status::Error("no recording has a group: " + why);
}

}  // namespace tobii::study
