// NumberParser: reads the numbers of one file, whose decimal mark is found
// from the file itself.
//
// Exports written on a European locale use a decimal comma (`2,770`), others
// a point. The parser starts undecided, takes the mark of the first number
// that has one, and from then on holds the file to it, so `1,5` in a file of
// points is an error rather than 1. Parsing is fast_float's, which reads a
// decimal comma natively.
//
// Thousands separators are told apart from the decimal mark, never
// guessed: a space, a no-break space or an apostrophe between groups of
// three digits is always one (`1 234,5`, `1'234.5`); the other mark is one
// only where the number cannot be read otherwise: with both marks
// (`1.234,5`, which also decides the decimal mark), repeated (`1,234,567`),
// or once the file has shown such a number. `2,770` alone is a decimal
// (Pro Lab writes pupil diameters so), and `2.770` in a file of decimal
// commas, before any grouped number, is an error.
//
// Thread-safety: one parser per file.
#pragma once

#include <cstdint>
#include <string_view>

namespace tobii::io {

class NumberParser {
 public:
  // Parses the whole of `text` (no spaces around it). Returns false when it
  // is not a number.
  bool ParseDouble(std::string_view text, double* value);

  // The decimal mark in use: '.', ',' or 0 while undecided.
  char decimal_mark() const { return decided_ ? mark_ : 0; }

 private:
  bool Parse(std::string_view text, char mark, double* value) const;
  // `text` read with thousands separators; sets *group to the separator
  // used (0 when none). False unless its groups are well formed.
  bool ParseGrouped(std::string_view text, char mark, double* value, char* group) const;

  char mark_ = '.';
  bool decided_ = false;
  bool grouping_seen_ = false;  // a number had both marks, or a repeated one
};

}  // namespace tobii::io
