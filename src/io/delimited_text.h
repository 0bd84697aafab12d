// Delimited text: a whole small text (a file read into memory) split into
// rows of fields, for tables people save from spreadsheets and from BORIS:
// participants tables, BORIS events exports. RFC 4180 quoting (a quoted
// field may hold the delimiter, doubled quotes and line breaks), a UTF-8
// byte order mark, CRLF, LF or CR line ends and a missing final line end are
// all read. Each field keeps where it starts, for `file:line:column`
// messages.
//
// Memory: the rows hold a copy of the text's fields, about the size of the
// text again; meant for files of kilobytes to a few megabytes. The Pro Lab
// exports stream through LineReader instead.
//
// Thread-safety: plain functions and values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tobii/status.h"

namespace tobii::io {

// No table a person or BORIS writes comes near this many fields (a BORIS
// export of 100 000 coded events, 20 columns each); their rows take some
// 220 MiB (measured: a refused table of tiny fields peaks there).
inline constexpr std::size_t kMaxTableFields = 2'000'000;

// Where a field starts: 1-based line and byte column.
struct TextPosition {
  std::int64_t line = 0;
  std::int64_t column = 0;
};

// One row: its fields, unquoted, and where each starts (same size).
struct TextRow {
  std::int64_t line = 0;  // 1-based line the row starts on
  std::vector<std::string> fields;
  std::vector<TextPosition> positions;

  // True when every field is empty (a blank line, or a row of padding).
  bool IsBlank() const;
};

// "name:line:column" of a row's field, for messages; a field past the
// row's end is placed at the row's start.
std::string WhereIn(const std::string& name, const TextRow& row, std::size_t column);

// Fails, naming the first field too many, when `row` has more fields than
// `header`: a delimiter inside an unquoted name would shift its columns.
Status CheckRowWidth(const std::string& name, const TextRow& header, const TextRow& row);

// The first line of `text` without its line end (a byte order mark dropped).
std::string_view FirstLine(std::string_view text);

// The delimiter a header line uses: tab when it has a tab outside quotes
// (people save tab-separated content as `.csv`), else a comma, else a
// semicolon when it has one and no comma; a comma for a one-column line.
char PickDelimiter(std::string_view header_line);

// Splits `text` into rows; `name` (the file) is only for messages. A line
// end inside quotes belongs to the field. An empty line is a row of one empty
// field; a final line end does not start another row. Errors: a quote left
// open (`name:line:column: expected a closing quote ..., found the end of
// the text`, at the opening quote), text after a closing quote, and more
// than `max_fields` fields in all (each field is held with its position,
// some 60 bytes: a table of millions of tiny fields would take gigabytes).
Status SplitDelimitedText(const std::string& name, std::string_view text, char delimiter,
                          std::vector<TextRow>* rows, std::size_t max_fields = kMaxTableFields);

}  // namespace tobii::io
