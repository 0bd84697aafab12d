#include "io/recording_format.h"

#include "io/glasses2_reader.h"
#include "io/glasses3_reader.h"
#include "io/pro_lab_reader.h"
#include "io/studio_reader.h"
#include "io/pro_sdk_reader.h"

namespace tobii::io {

namespace {

struct FormatEntry {
  RecordingFormat format;
  const char* key;
  const char* name;
};

const FormatEntry kFormats[] = {
    {RecordingFormat::kProLab, "pro-lab", "Tobii Pro Lab data export"},
    {RecordingFormat::kTobiiStudio, "studio", "Tobii Studio export"},
    {RecordingFormat::kGlasses3, "glasses3", "Tobii Pro Glasses 3 gaze data"},
    {RecordingFormat::kGlasses2, "glasses2", "Tobii Pro Glasses 2 live data"},
    {RecordingFormat::kProSdk, "pro-sdk", "Tobii Pro SDK gaze data"},
};

const FormatEntry& Entry(RecordingFormat format) {
  for (const FormatEntry& e : kFormats) {
    if (e.format == format) return e;
  }
  return kFormats[0];
}

}  // namespace

const std::vector<RecordingFormat>& AllRecordingFormats() {
  static const std::vector<RecordingFormat> all = [] {
    std::vector<RecordingFormat> formats;
    for (const FormatEntry& e : kFormats) formats.push_back(e.format);
    return formats;
  }();
  return all;
}

const char* FormatKey(RecordingFormat format) { return Entry(format).key; }
const char* FormatName(RecordingFormat format) { return Entry(format).name; }

bool ParseFormatKey(std::string_view key, RecordingFormat* format) {
  for (const FormatEntry& e : kFormats) {
    if (key == e.key) {
      *format = e.format;
      return true;
    }
  }
  return false;
}

std::vector<std::string> SampleCompanionFiles(RecordingFormat format, const std::string& path) {
  if (format != RecordingFormat::kGlasses3) return {};
  std::string recording = Glasses3RecordingFile(path);
  if (recording.empty()) return {};
  return {std::move(recording)};
}

std::unique_ptr<SampleReader> MakeSampleReader(RecordingFormat format, std::unique_ptr<ByteSource> text,
                                               const ReaderOptions& options, const std::string& path) {
  switch (format) {
    case RecordingFormat::kProLab:
      return std::make_unique<ProLabReader>(std::move(text), options);
    case RecordingFormat::kProSdk:
      return std::make_unique<ProSdkReader>(std::move(text), options);
    case RecordingFormat::kTobiiStudio:
      return std::make_unique<StudioReader>(std::move(text), options);
    case RecordingFormat::kGlasses3:
      return std::make_unique<Glasses3Reader>(std::move(text), options, path);
    case RecordingFormat::kGlasses2:
      return std::make_unique<Glasses2Reader>(std::move(text), options, path);
  }
  return nullptr;
}

Status OpenSampleReader(RecordingFormat format, const std::string& path, const ReaderOptions& options,
                        std::unique_ptr<SampleReader>* reader, TextForm* form) {
  std::unique_ptr<ByteSource> text;
  TextForm found;
  if (Status s = OpenTextFile(path, &text, &found); !s.ok()) return s;
  if (form != nullptr) *form = found;
  *reader = MakeSampleReader(format, std::move(text), options, path);
  if (*reader == nullptr) {
    return Status::Error(path + ": a " + FormatName(format) + " file, which this version cannot read yet");
  }
  return Status::Ok();
}

}  // namespace tobii::io
