#include "io/participants.h"

#include <cctype>
#include <algorithm>
#include <iterator>
#include <memory>

#include "io/byte_source.h"
#include "io/delimited_text.h"
#include "io/text_source.h"
#include "util/text.h"

namespace tobii::io {

namespace {

std::string IdKey(std::string_view id) {
  if (id.size() > 4 && (id.substr(0, 4) == "sub-" || id.substr(0, 4) == "SUB-")) id.remove_prefix(4);
  std::string key;
  for (char c : id) key.push_back(util::LowerAscii(c));
  return key;
}

// A field without the spaces around it (a quoted field's quotes are
// already gone).
std::string Trimmed(std::string_view cell) {
  while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
  while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
  return std::string(cell);
}

// The first column whose header is one of `keys`, in the order of `keys`
// (a table with both `participant_id` and `id` uses the first).
template <std::size_t N>
int FindColumn(const std::vector<std::string>& header, const std::string_view (&keys)[N]) {
  for (std::string_view key : keys) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (HeaderKey(header[i]) == key) return static_cast<int>(i);
    }
  }
  return -1;
}

// `expected a column "participant_id" (or ...), found "Name", "Cohort"`.
std::string MissingColumn(const std::string& path, std::string_view wanted, std::string_view aliases,
                          const std::vector<std::string>& header) {
  std::string found;
  for (const std::string& cell : header) found.append(found.empty() ? "" : ", ").append(util::QuotedFound(cell));
  return path + ":1:1: expected a column \"" + std::string(wanted) + "\"" + std::string(aliases) + ", found " +
         (found.empty() ? "no column" : "the columns " + found);
}

// The whole table as UTF-8 text: a UTF-16 or BOM-marked file decoded.
Status ReadTableText(const std::string& path, std::string* text) {
  constexpr std::size_t kBlockBytes = std::size_t{1} << 16;
  std::unique_ptr<ByteSource> source;
  TextForm form;
  if (Status s = OpenTextFile(path, &source, &form); !s.ok()) return s;
  text->clear();
  std::size_t count = 0;
  do {
    const std::size_t at = text->size();
    if (at > kMaxParticipantsBytes) return Status::Error(path + ": larger than any participants table, not read");
    text->resize(at + kBlockBytes);
    if (Status s = source->Read(text->data() + at, kBlockBytes, &count); !s.ok()) return s;
    text->resize(at + count);
  } while (count > 0);
  return Status::Ok();
}

}  // namespace

std::string HeaderKey(std::string_view cell) {
  std::string key;
  for (char c : cell) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t' || c == '"') continue;
    key.push_back(util::LowerAscii(c));
  }
  return key;
}

int FindHeaderColumn(const std::vector<std::string>& header, std::span<const std::string_view> keys) {
  for (std::string_view key : keys) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (HeaderKey(header[i]) == key) return static_cast<int>(i);
    }
  }
  return -1;
}

bool IsParticipantsHeader(const std::vector<std::string>& keys) {
  const auto has_any = [&](const auto& names) {
    return std::any_of(std::begin(names), std::end(names), [&](std::string_view name) {
      return std::find(keys.begin(), keys.end(), name) != keys.end();
    });
  };
  const bool bids_id = std::find(keys.begin(), keys.end(), kParticipantIdKeys[0]) != keys.end();
  return (bids_id && keys.size() >= 2) || (has_any(kParticipantIdKeys) && has_any(kGroupKeys));
}

std::vector<const Participant*> ParticipantsTable::All() const {
  std::vector<const Participant*> all;
  for (const auto& [key, participant] : by_key_) all.push_back(&participant);
  return all;
}

const Participant* ParticipantsTable::Find(std::string_view id) const {
  const auto it = by_key_.find(IdKey(id));
  return it == by_key_.end() ? nullptr : &it->second;
}

bool ParticipantsTable::Add(Participant participant) {
  std::string key = IdKey(participant.id);
  return by_key_.try_emplace(std::move(key), std::move(participant)).second;
}

Status ReadParticipants(const std::string& path, ParticipantsTable* table, std::vector<std::string>* warnings) {
  std::string text;
  if (Status s = ReadTableText(path, &text); !s.ok()) return s;
  std::vector<TextRow> rows;
  if (Status s = SplitDelimitedText(path, text, PickDelimiter(FirstLine(text)), &rows); !s.ok()) return s;
  if (rows.empty() || rows.front().IsBlank()) {
    return Status::Error(path + ":1:1: expected a header row, found " +
                         (rows.empty() ? "an empty file" : "an empty line"));
  }
  std::vector<std::string> header;
  for (const std::string& cell : rows.front().fields) header.push_back(Trimmed(cell));
  const int id_column = FindColumn(header, kParticipantIdKeys);
  const int group_column = FindColumn(header, kGroupKeys);
  if (id_column < 0) {
    return Status::Error(MissingColumn(path, "participant_id", " (or participant, subject, subject_id, id)", header));
  }
  if (group_column < 0) return Status::Error(MissingColumn(path, "group", "", header));

  for (std::size_t r = 1; r < rows.size(); ++r) {
    const TextRow& row = rows[r];
    if (row.IsBlank()) continue;
    const auto where = [&](int column) {
      const TextPosition at = row.positions[column];
      return path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": ";
    };
    if (row.fields.size() != header.size()) {
      warnings->push_back(where(0) + "expected " + std::to_string(header.size()) + " fields, found " +
                          std::to_string(row.fields.size()) + ": row skipped");
      continue;
    }
    Participant participant;
    participant.id = Trimmed(row.fields[id_column]);
    participant.group = Trimmed(row.fields[group_column]);
    if (participant.id.empty()) {
      warnings->push_back(where(id_column) + "expected a participant id, found an empty field: row skipped");
      continue;
    }
    if (participant.group.empty()) {
      warnings->push_back(where(group_column) + "participant " + util::QuotedFound(participant.id) +
                          " has an empty group: group unknown");
    }
    Covariates covariates;
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
      if (static_cast<int>(i) != id_column && static_cast<int>(i) != group_column) {
        covariates.emplace_back(header[i], Trimmed(row.fields[i]));
      }
    }
    if (!covariates.empty())
      participant.covariates = std::make_shared<const Covariates>(std::move(covariates));
    const std::string id = participant.id, group = participant.group;
    if (!table->Add(std::move(participant))) {
      warnings->push_back(where(id_column) + "participant \"" + id + "\" (group \"" + group +
                          "\") is listed again: the first row is used (group \"" + table->Find(id)->group + "\")");
    }
  }
  return Status::Ok();
}

}  // namespace tobii::io
