#include "io/participants.h"

#include <cctype>
#include <memory>

#include "io/byte_source.h"
#include "io/fields.h"
#include "io/line_reader.h"

namespace tobii::io {

namespace {

std::string IdKey(std::string_view id) {
  if (id.size() > 4 && (id.substr(0, 4) == "sub-" || id.substr(0, 4) == "SUB-")) id.remove_prefix(4);
  std::string key;
  for (char c : id) key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return key;
}

std::string_view Unquote(std::string_view cell) {
  while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
  while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
  if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = cell.substr(1, cell.size() - 2);
  return cell;
}

std::vector<std::string_view> Split(std::string_view line, char separator) {
  std::vector<std::string_view> cells = SplitFields(line, separator);
  for (std::string_view& cell : cells) cell = Unquote(cell);
  return cells;
}

int FindColumn(const std::vector<std::string_view>& header, std::initializer_list<std::string_view> names) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    for (std::string_view name : names) {
      if (IdKey(header[i]) == name) return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace

const Participant* ParticipantsTable::Find(std::string_view id) const {
  const auto it = by_key_.find(IdKey(id));
  return it == by_key_.end() ? nullptr : &it->second;
}

bool ParticipantsTable::Add(Participant participant) {
  std::string key = IdKey(participant.id);
  return by_key_.try_emplace(std::move(key), std::move(participant)).second;
}

Status ReadParticipants(const std::string& path, ParticipantsTable* table, std::vector<std::string>* warnings) {
  std::unique_ptr<ByteSource> source;
  if (Status s = OpenFileSource(path, &source); !s.ok()) return s;
  LineReader lines(source.get());
  std::string_view line;
  if (!lines.Next(&line)) {
    return lines.status().ok() ? Status::Error(path + ":1:1: expected a header row, found an empty file")
                               : lines.status();
  }
  const char separator = line.find('\t') != std::string_view::npos ? '\t' : ',';
  const std::vector<std::string> header = [&] {
    std::vector<std::string> cells;
    for (std::string_view cell : Split(line, separator)) cells.emplace_back(cell);
    return cells;
  }();
  const std::vector<std::string_view> header_views(header.begin(), header.end());
  const int id_column = FindColumn(header_views, {"participant_id", "participant", "id", "subject"});
  const int group_column = FindColumn(header_views, {"group"});
  if (id_column < 0) return Status::Error(path + ":1:1: expected a column \"participant_id\", found none");
  if (group_column < 0) return Status::Error(path + ":1:1: expected a column \"group\", found none");

  while (lines.Next(&line)) {
    if (line.empty()) continue;
    const std::vector<std::string_view> cells = Split(line, separator);
    const std::string where = path + ":" + std::to_string(lines.line_number()) + ":1: ";
    if (cells.size() != header.size()) {
      warnings->push_back(where + "expected " + std::to_string(header.size()) + " fields, found " +
                          std::to_string(cells.size()) + ": row skipped");
      continue;
    }
    Participant participant;
    participant.id = std::string(cells[id_column]);
    participant.group = std::string(cells[group_column]);
    if (participant.id.empty()) {
      warnings->push_back(where + "expected a participant id, found an empty field: row skipped");
      continue;
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (static_cast<int>(i) != id_column && static_cast<int>(i) != group_column) {
        participant.covariates.emplace_back(header[i], std::string(cells[i]));
      }
    }
    const std::string id = participant.id, group = participant.group;
    if (!table->Add(std::move(participant))) {
      warnings->push_back(where + "participant \"" + id + "\" (group \"" + group +
                          "\") is listed again: the first row is used (group \"" + table->Find(id)->group + "\")");
    }
  }
  return lines.status();
}

}  // namespace tobii::io
