// Gzip-compresses a string in memory with zlib, for tests that feed
// compressed input to a reader (io/text_source.h inflates it).
#pragma once

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace tobii::testing {

inline std::string Gzip(const std::string& text) {
  z_stream z{};
  // 16 + MAX_WBITS: a gzip header and trailer rather than zlib's.
  EXPECT_EQ(deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, text.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(out.size() - z.avail_out);
  deflateEnd(&z);
  return out;
}

}  // namespace tobii::testing
