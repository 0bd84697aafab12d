// NumberParser: reads the numbers of one file, whose decimal mark is found
// from the file itself.
//
// Exports written on a European locale use a decimal comma (`2,770`), others
// a point. The parser starts undecided, takes the mark of the first number
// that has one, and from then on holds the file to it, so `1,5` in a file of
// points is an error rather than 1. Parsing is fast_float's, which reads a
// decimal comma natively.
//
// Thread-safety: one parser per file.
#pragma once

#include <cstdint>
#include <string_view>

namespace tobii::io {

class NumberParser {
 public:
  // Parses the whole of `text` (no spaces, no thousands separators).
  // Returns false when it is not a number.
  bool ParseDouble(std::string_view text, double* value);

  // The decimal mark in use: '.', ',' or 0 while undecided.
  char decimal_mark() const { return decided_ ? mark_ : 0; }

 private:
  bool Parse(std::string_view text, char mark, double* value) const;

  char mark_ = '.';
  bool decided_ = false;
};

}  // namespace tobii::io
