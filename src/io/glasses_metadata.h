// What a Pro Glasses recording's metadata files say: the participant's and
// the recording's names, the firmware, the scene camera's resolution. They
// are small JSON (or plain text) files beside the gaze data, or a folder or
// two above it (doc/formats/tobii-pro-glasses.md gives the layouts).
//
// Metadata is a courtesy: a file that is absent, unreadable or not as
// expected leaves its value empty, and the gaze data is read all the same.
//
// Thread-safety: the functions share nothing.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace tobii::io {

// A recording's metadata files are a few hundred bytes; a larger file of
// that name is not one of them, and is not read.
inline constexpr std::size_t kMaxMetadataBytes = 1 << 20;

// The path of the file called `name` in the folder of `data_path`, or in
// one of the `levels_up` folders above it (the nearest first); empty when
// there is none or `data_path` is empty.
std::string FindMetadataFile(const std::string& data_path, std::string_view name, int levels_up);

// The string at `keys` (object keys, outermost first) of a small JSON
// file; empty when the file, a key or the string is missing.
std::string JsonFileString(const std::string& path, std::initializer_list<std::string_view> keys);

// The two integers of the array at `keys` of a small JSON file (an image
// resolution); false when missing or not two positive integers.
bool JsonFileIntPair(const std::string& path, std::initializer_list<std::string_view> keys, int* first,
                     int* second);

// The text of a small plain file with surrounding white space removed
// (Glasses 3 `meta/RuVersion`); empty when missing.
std::string SmallTextFile(const std::string& path);

}  // namespace tobii::io
