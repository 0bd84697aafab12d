// ContentHash: a fingerprint of a file's bytes (XXH3, 128 bits), so that the
// result cache (run/result_cache.h) reuses a recording's result only for
// the very bytes it was computed from. XXH3 reads faster than the disk; a
// 128-bit value makes two different exports sharing one a non-event.
//
// Memory: one read buffer.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "tobii/status.h"

namespace tobii::io {

// The hash of the file's bytes, as 32 hex digits.
Status HashFile(const std::filesystem::path& path, std::string* hex);

// The hash of `bytes`, as 32 hex digits.
std::string HashText(std::string_view bytes);

}  // namespace tobii::io
