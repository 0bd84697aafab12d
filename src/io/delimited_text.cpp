#include "io/delimited_text.h"

#include "util/text.h"

#include <algorithm>

namespace tobii::io {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool IsLineEnd(char c) { return c == '\r' || c == '\n'; }

// Skips the line end at text[*i] (CRLF, LF or CR).
void SkipLineEnd(std::string_view text, std::size_t* i) {
  *i += text[*i] == '\r' && *i + 1 < text.size() && text[*i + 1] == '\n' ? 2 : 1;
}

}  // namespace

bool TextRow::IsBlank() const {
  return std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return f.empty(); });
}

std::string WhereIn(const std::string& name, const TextRow& row, std::size_t column) {
  const TextPosition at = column < row.positions.size() ? row.positions[column] : TextPosition{row.line, 1};
  return name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

Status CheckRowWidth(const std::string& name, const TextRow& header, const TextRow& row) {
  if (row.fields.size() <= header.fields.size()) return Status::Ok();
  return Status::Error(WhereIn(name, row, header.fields.size()) + ": expected " +
                       std::to_string(header.fields.size()) + " fields as the header has, found " +
                       std::to_string(row.fields.size()) + " (quote a name that holds the delimiter)");
}

std::string_view FirstLine(std::string_view text) {
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  const std::size_t end = text.find_first_of("\r\n");
  return end == std::string_view::npos ? text : text.substr(0, end);
}

char PickDelimiter(std::string_view header_line) {
  std::size_t tabs = 0, commas = 0, semicolons = 0;
  bool in_quotes = false;
  for (char c : header_line) {
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes) continue;
    tabs += c == '\t';
    commas += c == ',';
    semicolons += c == ';';
  }
  if (tabs > 0) return '\t';
  if (commas == 0 && semicolons > 0) return ';';
  return ',';
}

Status SplitDelimitedText(const std::string& name, std::string_view text, char delimiter,
                          std::vector<TextRow>* rows, std::size_t max_fields) {
  rows->clear();
  std::size_t fields = 0;
  std::size_t i = text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
  std::size_t line_start = i;  // columns count from the first byte after the mark
  std::int64_t line = 1;
  const std::size_t n = text.size();
  const auto here = [&](std::size_t at) {
    return TextPosition{line, static_cast<std::int64_t>(at - line_start) + 1};
  };
  while (i < n) {
    TextRow row;
    row.line = line;
    while (true) {
      const TextPosition start = here(i);
      std::string field;
      if (i < n && text[i] == '"') {
        ++i;
        while (true) {
          if (i >= n) {
            return Status::Error(
                name + ":" + std::to_string(start.line) + ":" + std::to_string(start.column) +
                ": expected a closing quote for the field opened here, found the end of the text");
          }
          const char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              field.push_back('"');
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (IsLineEnd(c)) {
            const std::size_t from = i;
            SkipLineEnd(text, &i);
            field.append(text.substr(from, i - from));
            ++line;
            line_start = i;
            continue;
          }
          field.push_back(c);
          ++i;
        }
        if (i < n && text[i] != delimiter && !IsLineEnd(text[i])) {
          const TextPosition at = here(i);
          std::size_t stop = i;
          while (stop < n && text[stop] != delimiter && !IsLineEnd(text[stop])) ++stop;
          return Status::Error(name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                               ": expected the delimiter or a line end after a closing quote, found " +
                               util::QuotedFound(text.substr(i, stop - i)));
        }
      } else {
        const std::size_t from = i;
        while (i < n && text[i] != delimiter && !IsLineEnd(text[i])) ++i;
        field.assign(text.substr(from, i - from));
      }
      if (++fields > max_fields) {
        rows->clear();
        return Status::Error(name + ":" + std::to_string(start.line) + ":" + std::to_string(start.column) +
                             ": expected a table of at most " + std::to_string(max_fields) +
                             " fields, found more: not read");
      }
      row.fields.push_back(std::move(field));
      row.positions.push_back(start);
      if (i < n && text[i] == delimiter) {
        ++i;
        continue;
      }
      if (i < n) {
        SkipLineEnd(text, &i);
        ++line;
        line_start = i;
      }
      break;
    }
    rows->push_back(std::move(row));
  }
  return Status::Ok();
}

}  // namespace tobii::io
