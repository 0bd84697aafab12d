// The recording formats tobii-pipeline reads, and the reader of each.
//
//   key          what                                          reader
//   pro-lab      Tobii Pro Lab data export (screen, glasses)    io/pro_lab_reader.h
//   studio       Tobii Studio export (1.x to 3.x)               io/studio_reader.h
//   glasses3     Tobii Pro Glasses 3 gazedata(.gz)              io/glasses3_reader.h
//   glasses2     Tobii Pro Glasses 2 livedata.json(.gz)         io/glasses2_reader.h
//   pro-sdk      Tobii Pro SDK gaze data written as a table     io/pro_sdk_reader.h
//
// A format is judged from a file's content (io/sniff.h); the key names it
// on the command line (`generate --formats`), in run.json and in `inspect`.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/sample_reader.h"
#include "io/text_source.h"
#include "tobii/recording_format.h"  // RecordingFormat, FormatKey
#include "tobii/status.h"

namespace tobii::io {

// Opens `path` as text (io/text_source.h: gzip, UTF-16 and BOMs undone) and
// makes its format's reader; *form (when given) says how the text was
// stored. The reader still needs Open().
// The files beside a recording's data file that change its samples (not
// only its names), so that a result kept for it is kept for them too (the
// result cache): Glasses 3's `recording.g3`, which gives the scene camera's
// resolution, turning pixels into degrees. Empty for the other formats.
std::vector<std::string> SampleCompanionFiles(RecordingFormat format, const std::string& path);

Status OpenSampleReader(RecordingFormat format, const std::string& path, const ReaderOptions& options,
                        std::unique_ptr<SampleReader>* reader, TextForm* form = nullptr);

// The format's reader over bytes already opened as text (tests, fuzzing);
// `path` is where the file lies, for formats whose names and metadata sit
// in files beside it (Pro Glasses 2), and may be empty. Null for a format
// whose reader is not built in.
std::unique_ptr<SampleReader> MakeSampleReader(RecordingFormat format, std::unique_ptr<ByteSource> text,
                                               const ReaderOptions& options = {}, const std::string& path = {});

}  // namespace tobii::io
