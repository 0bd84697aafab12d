// The recording formats tobii-pipeline reads (io/recording_format.h has
// the table of keys and readers), and their names: the key names a format
// on the command line (`generate --formats`), in run.json and in `inspect`.
#pragma once

#include <string_view>
#include <vector>

namespace tobii::io {

enum class RecordingFormat {
  kProLab,
  kTobiiStudio,
  kGlasses3,
  kGlasses2,
  kProSdk,
};

// Every format, in the order of the table above.
const std::vector<RecordingFormat>& AllRecordingFormats();

const char* FormatKey(RecordingFormat format);   // "pro-lab"
const char* FormatName(RecordingFormat format);  // "Tobii Pro Lab data export"
bool ParseFormatKey(std::string_view key, RecordingFormat* format);

}  // namespace tobii::io
