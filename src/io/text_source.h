// TextSource: a file's bytes as UTF-8 text, whatever wrote them.
//
// Tobii's own software writes UTF-8, with or without a byte order mark; the
// Pro Glasses write gzip-compressed JSON lines; a spreadsheet that re-saves
// an export as "Unicode text" writes UTF-16 (little-endian, with a BOM, on
// Windows). OpenText looks at the first bytes and puts what is needed
// between the file and the reader: zlib's inflate for gzip (Debian's zlib),
// glibc's iconv for UTF-16. A UTF-8 BOM is dropped. Decoding streams
// through fixed buffers, so memory does not grow with the file, and a
// compressed file may inflate no further than a cap (a gzip bomb).
//
// Thread-safety: one source per thread.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "io/byte_source.h"
#include "tobii/status.h"
#include "tobii/text_form.h"  // TextForm

namespace tobii::io {

struct TextOptions {
  // A compressed file that inflates beyond this is an error, not data.
  std::uint64_t max_inflated_bytes = std::numeric_limits<std::uint64_t>::max();
};

// Wraps `raw` so that Read() gives UTF-8 text; *form says what it was.
// Fails only when `raw` cannot be read.
Status OpenText(std::unique_ptr<ByteSource> raw, std::unique_ptr<ByteSource>* text, TextForm* form,
                const TextOptions& options = {});

// OpenFileSource, then OpenText.
Status OpenTextFile(const std::string& path, std::unique_ptr<ByteSource>* text, TextForm* form,
                    const TextOptions& options = {});

// Judges raw leading bytes (at least a few dozen, when the file has them):
// gzip's magic, or the byte pattern of UTF-16 text (with or without BOM).
bool LooksGzip(std::string_view raw_prefix);
bool LooksUtf16(std::string_view raw_prefix, TextEncoding* encoding);

}  // namespace tobii::io
