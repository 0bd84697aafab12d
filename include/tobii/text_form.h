// How a file's text was stored: gzip or not, and its encoding. The readers
// undo both (io/text_source.h); `inspect` and run.json say which it was.
#pragma once

#include <string>

namespace tobii::io {

enum class TextEncoding { kUtf8, kUtf8Bom, kUtf16Le, kUtf16Be };

// How a file's text was stored.
struct TextForm {
  bool gzip = false;
  TextEncoding encoding = TextEncoding::kUtf8;
};

// "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE"; "gzip, " before it
// for a compressed file.
std::string DescribeTextForm(const TextForm& form);

}  // namespace tobii::io
