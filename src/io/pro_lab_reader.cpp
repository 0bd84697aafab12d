#include "io/pro_lab_reader.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <initializer_list>

#include <fmt/format.h>

#include "io/column_name.h"
#include "io/tab_finder.h"

namespace tobii::io {

namespace {

using Field = ProLabReader::Field;

// How each used column is named: the base without spaces and case, the
// units it may carry (empty = no unit, as in old exports), and the name used
// in messages.
struct ColumnSpec {
  Field field;
  const char* base_key;
  std::initializer_list<const char*> unit_keys;
  const char* display_name;
  bool required;
};

// Pro Lab 24.21's names are the display names; see doc/formats/tobii-pro-lab.md.
const ColumnSpec kColumns[] = {
    {Field::kRecordingTime, "recordingtimestamp", {"", "ms", "\xCE\xBCs", "\xC2\xB5s", "us"},
     "Recording timestamp [ms]", true},
    {Field::kDeviceTime, "eyetrackertimestamp", {"", "\xCE\xBCs", "\xC2\xB5s", "us"},
     "Eyetracker timestamp [\xCE\xBCs]", false},
    {Field::kSensor, "sensor", {""}, "Sensor", false},
    {Field::kParticipant, "participantname", {""}, "Participant name", false},
    {Field::kRecordingName, "recordingname", {""}, "Recording name", false},
    {Field::kEvent, "event", {""}, "Event", false},
    {Field::kEventValue, "eventvalue", {""}, "Event value", false},
    {Field::kGazeX, "gazepointx", {"", "dacspx"}, "Gaze point X [DACS px]", true},
    {Field::kGazeY, "gazepointy", {"", "dacspx"}, "Gaze point Y [DACS px]", true},
    {Field::kValidityLeft, "validityleft", {""}, "Validity left", true},
    {Field::kValidityRight, "validityright", {""}, "Validity right", true},
    {Field::kLeftGazeXPx, "gazepointleftx", {"", "dacspx"}, "Gaze point left X [DACS px]", false},
    {Field::kLeftGazeYPx, "gazepointlefty", {"", "dacspx"}, "Gaze point left Y [DACS px]", false},
    {Field::kLeftGazeXMm, "gazepointleftx", {"dacsmm"}, "Gaze point left X [DACS mm]", false},
    {Field::kLeftGazeYMm, "gazepointlefty", {"dacsmm"}, "Gaze point left Y [DACS mm]", false},
    {Field::kLeftEyeX, "eyepositionleftx", {"", "dacsmm"}, "Eye position left X [DACS mm]", false},
    {Field::kLeftEyeY, "eyepositionlefty", {"", "dacsmm"}, "Eye position left Y [DACS mm]", false},
    {Field::kLeftEyeZ, "eyepositionleftz", {"", "dacsmm"}, "Eye position left Z [DACS mm]", false},
    {Field::kLeftPupil, "pupildiameterleft", {"", "mm"}, "Pupil diameter left [mm]", false},
    {Field::kRightGazeXPx, "gazepointrightx", {"", "dacspx"}, "Gaze point right X [DACS px]", false},
    {Field::kRightGazeYPx, "gazepointrighty", {"", "dacspx"}, "Gaze point right Y [DACS px]", false},
    {Field::kRightGazeXMm, "gazepointrightx", {"dacsmm"}, "Gaze point right X [DACS mm]", false},
    {Field::kRightGazeYMm, "gazepointrighty", {"dacsmm"}, "Gaze point right Y [DACS mm]", false},
    {Field::kRightEyeX, "eyepositionrightx", {"", "dacsmm"}, "Eye position right X [DACS mm]", false},
    {Field::kRightEyeY, "eyepositionrighty", {"", "dacsmm"}, "Eye position right Y [DACS mm]", false},
    {Field::kRightEyeZ, "eyepositionrightz", {"", "dacsmm"}, "Eye position right Z [DACS mm]", false},
    {Field::kRightPupil, "pupildiameterright", {"", "mm"}, "Pupil diameter right [mm]", false},
    {Field::kScreenWidth, "recordingresolutionwidth", {"", "px"}, "Recording resolution width [px]", false},
    {Field::kScreenHeight, "recordingresolutionheight", {"", "px"}, "Recording resolution height [px]", false},
};

// The `Sensor` value of gaze rows; other values (Mouse, Gyroscope,
// Accelerometer, empty for event rows) are not gaze samples.
constexpr std::string_view kEyeTrackerSensor = "Eye Tracker";

bool Matches(const ColumnSpec& spec, const ColumnName& name) {
  if (name.base_key != spec.base_key) return false;
  for (const char* unit : spec.unit_keys) {
    if (name.unit_key == unit) return true;
  }
  return false;
}

// Quotes a found value for a message, cut to a readable length.
std::string Quoted(std::string_view text) {
  constexpr std::size_t kMaxShown = 40;
  std::string out = "\"";
  for (char c : text.substr(0, kMaxShown)) {
    // Control bytes (a NUL in a damaged file) are shown, not written raw.
    if (static_cast<unsigned char>(c) < 0x20) {
      out.append(fmt::format("\\x{:02x}", static_cast<unsigned char>(c)));
    } else {
      out.push_back(c);
    }
  }
  if (text.size() > kMaxShown) out.append("...");
  out.push_back('"');
  return out;
}

}  // namespace

ProLabReader::ProLabReader(std::unique_ptr<ByteSource> source, ReaderOptions options)
    : source_(std::move(source)), options_(options), lines_(source_.get(), options.buffer_bytes) {
  column_of_field_.fill(-1);
}

Status ProLabReader::Open() {
  std::string_view header;
  if (!lines_.Next(&header)) {
    if (!lines_.status().ok()) return lines_.status();
    return Status::Error(source_->name() + ":1:1: expected a header row, found an empty file");
  }
  int column = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = header.find('\t', start);
    const std::string_view cell = header.substr(start, tab == std::string_view::npos ? tab : tab - start);
    const ColumnName name = ParseColumnName(cell);
    int field = -1;
    for (const ColumnSpec& spec : kColumns) {
      if (column_of_field_[spec.field] < 0 && Matches(spec, name)) {
        field = spec.field;
        column_of_field_[spec.field] = column;
        header_of_field_[spec.field] = std::string(cell);
        if (spec.field == Field::kRecordingTime) {
          // Old exports without a unit wrote milliseconds.
          recording_time_us_per_unit_ = MicrosecondsPerTimeUnit(name.unit_key, 1000.0);
        } else if (spec.field == Field::kDeviceTime) {
          device_time_us_per_unit_ = MicrosecondsPerTimeUnit(name.unit_key, 1.0);
        }
        last_needed_column_ = column;
        break;
      }
    }
    field_of_column_.push_back(field);
    ++column;
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  header_columns_ = column;
  for (const ColumnSpec& spec : kColumns) {
    if (spec.required && column_of_field_[spec.field] < 0) {
      return Status::Error(source_->name() + ":1:1: expected a column \"" + spec.display_name +
                           "\", found none among the " + std::to_string(header_columns_) +
                           " columns of the header");
    }
  }
  return Status::Ok();
}

// Cuts a row into the fields the reader uses. Returns false when the row
// ends before the last used column; *field_count is the number of fields
// seen (all of them only when the row was short).
bool ProLabReader::SplitRow(std::string_view line, Fields* fields, int* field_count) const {
  TabFinder tabs(line);
  std::size_t start = 0;
  for (int column = 0; column <= last_needed_column_; ++column) {
    const std::size_t stop = tabs.Next();
    const int field = field_of_column_[column];
    if (field >= 0) (*fields)[field] = line.substr(start, stop - start);
    if (stop == line.size()) {
      *field_count = column + 1;
      return column == last_needed_column_;
    }
    start = stop + 1;
  }
  *field_count = last_needed_column_ + 1;
  return true;
}

Status ProLabReader::Expected(std::string_view line, std::string_view field,
                              std::string_view what) const {
  const std::size_t column = field.data() >= line.data() && field.data() <= line.data() + line.size()
                                 ? static_cast<std::size_t>(field.data() - line.data()) + 1
                                 : 1;
  return Status::Error(source_->name() + ":" + std::to_string(lines_.line_number()) + ":" +
                       std::to_string(column) + ": expected " + std::string(what) + ", found " +
                       Quoted(field));
}

Status ProLabReader::Float(const Fields& fields, Field field, std::string_view line, float* value) {
  const std::string_view text = fields[field];
  if (text.empty()) {
    *value = kMissing;
    return Status::Ok();
  }
  double parsed = 0;
  // Exports write missing values as empty fields; NaN or inf (or a value
  // beyond float) is damage, not a measurement.
  constexpr double kMaxValue = 1e30;
  if (!numbers_.ParseDouble(text, &parsed) || !(std::fabs(parsed) <= kMaxValue)) {
    return Expected(line, text, "a number in \"" + header_of_field_[field] + "\"");
  }
  *value = static_cast<float>(parsed);
  return Status::Ok();
}

Status ProLabReader::Time(const Fields& fields, Field field, std::string_view line, double* time_us) {
  const std::string_view text = fields[field];
  double parsed = 0;
  if (!numbers_.ParseDouble(text, &parsed) || !std::isfinite(parsed)) {
    return Expected(line, text, "a time in \"" + header_of_field_[field] + "\"");
  }
  *time_us = parsed * (field == Field::kDeviceTime ? device_time_us_per_unit_
                                                  : recording_time_us_per_unit_);
  return Status::Ok();
}

Status ProLabReader::Validity(const Fields& fields, Field field, std::string_view line, bool* valid) {
  const std::string_view text = fields[field];
  if (text == "Valid") {
    *valid = true;
  } else if (text == "Invalid" || text.empty()) {
    *valid = false;
  } else {
    return Expected(line, text, "Valid or Invalid in \"" + header_of_field_[field] + "\"");
  }
  return Status::Ok();
}

// The fields of one eye, which follow `first` in the order of EyeData.
Status ProLabReader::ReadEye(const Fields& fields, Field first, std::string_view line, EyeData* eye) {
  float* const values[] = {&eye->gaze_x_px, &eye->gaze_y_px, &eye->gaze_x_mm, &eye->gaze_y_mm,
                           &eye->eye_x_mm,  &eye->eye_y_mm,  &eye->eye_z_mm,  &eye->pupil_mm};
  for (int i = 0; i < static_cast<int>(std::size(values)); ++i) {
    if (Status s = Float(fields, static_cast<Field>(first + i), line, values[i]); !s.ok()) return s;
  }
  return Status::Ok();
}

void ProLabReader::TakeMetadata(const Fields& fields) {
  info_.participant = std::string(fields[Field::kParticipant]);
  info_.recording = std::string(fields[Field::kRecordingName]);
  double value = 0;
  NumberParser integers;  // resolution is an integer; keep the file's mark undecided
  // Screens have fewer than 100 000 pixels a side; anything else is not a size.
  constexpr double kMaxScreenPx = 100000;
  const auto size = [&](Field field) {
    return integers.ParseDouble(fields[field], &value) && value >= 1 && value <= kMaxScreenPx ? static_cast<int>(value)
                                                                                          : 0;
  };
  info_.screen_width_px = size(Field::kScreenWidth);
  info_.screen_height_px = size(Field::kScreenHeight);
}

// The last row of the file has no line end: it is whole only if it has
// every field of the header.
Status ProLabReader::CheckWholeLastRow(std::string_view line) const {
  if (lines_.line_terminated()) return Status::Ok();
  const int fields_in_row = static_cast<int>(std::count(line.begin(), line.end(), '\t')) + 1;
  if (fields_in_row == header_columns_) return Status::Ok();
  return Status::Error(source_->name() + ":" + std::to_string(lines_.line_number()) + ":" +
                       std::to_string(line.size() + 1) + ": expected " + std::to_string(header_columns_) +
                       " fields (the file ends inside this row: truncated?), found " +
                       std::to_string(fields_in_row));
}

// An event row has no eyetracker timestamp; its recording timestamp is on
// the samples' clock, which is anchored on the first sample's recording
// timestamp.
Status ProLabReader::ReadEvent(const Fields& fields, std::string_view line,
                               std::vector<RecordingEvent>* events) {
  if (Status s = CheckWholeLastRow(line); !s.ok()) return s;
  double time_us = 0;
  if (Status s = Time(fields, Field::kRecordingTime, line, &time_us); !s.ok()) return s;
  RecordingEvent& event = events->emplace_back();
  event.time_us = std::llround(time_us);
  event.name.assign(fields[Field::kEvent]);
  event.value.assign(fields[Field::kEventValue]);
  return Status::Ok();
}

Status ProLabReader::ParseRow(std::string_view line, bool* is_sample, Sample* sample,
                              std::vector<RecordingEvent>* events) {
  *is_sample = false;
  Fields fields{};
  int field_count = 0;
  if (!SplitRow(line, &fields, &field_count)) {
    if (line.empty() && lines_.line_terminated()) return Status::Ok();  // blank line
    const std::string what = "at least " + std::to_string(last_needed_column_ + 1) + " tab-separated fields" +
                             (lines_.line_terminated() ? "" : " (the file ends inside this row: truncated?)");
    return Status::Error(source_->name() + ":" + std::to_string(lines_.line_number()) + ":" +
                         std::to_string(line.size() + 1) + ": expected " + what + ", found " +
                         std::to_string(field_count));
  }
  // Empty, as on every sample row, when the export has no `Event` column.
  if (!fields[Field::kEvent].empty()) {
    if (Status s = ReadEvent(fields, line, events); !s.ok()) return s;
  }
  if (column_of_field_[Field::kSensor] >= 0) {
    if (fields[Field::kSensor] != kEyeTrackerSensor) return Status::Ok();
  } else if (fields[Field::kValidityLeft].empty() && fields[Field::kValidityRight].empty()) {
    return Status::Ok();  // an event row of an export without `Sensor`
  }
  if (!lines_.line_terminated()) {
    if (Status s = CheckWholeLastRow(line); !s.ok()) return s;
  }

  double time_us = 0;
  if (Status s = Time(fields, Field::kRecordingTime, line, &time_us); !s.ok()) return s;
  double device_us = 0;
  const bool have_device = column_of_field_[Field::kDeviceTime] >= 0 && !fields[Field::kDeviceTime].empty();
  if (have_device) {
    if (Status s = Time(fields, Field::kDeviceTime, line, &device_us); !s.ok()) return s;
  }
  if (!have_first_sample_) {
    have_first_sample_ = true;
    first_recording_time_us_ = time_us;
    first_device_time_us_ = device_us;
    TakeMetadata(fields);
  } else if (column_of_field_[Field::kRecordingName] >= 0 && fields[Field::kRecordingName] != info_.recording) {
    // Pro Lab can put several recordings in one export; each must be its own.
    return Expected(line, fields[Field::kRecordingName],
                    "one recording per export (\"" + info_.recording + "\" so far; export recordings separately)");
  }
  // The device clock is finer than the millisecond recording timestamp (at
  // 300 Hz consecutive rows share a millisecond), so time runs on it.
  sample->time_us = std::llround(have_device ? first_recording_time_us_ + (device_us - first_device_time_us_)
                                             : time_us);
  // Time that runs backwards would break every windowed step after this.
  if (samples_read_ > 0 && sample->time_us < previous_time_us_) {
    const Field clock = have_device ? Field::kDeviceTime : Field::kRecordingTime;
    return Expected(line, fields[clock], "a time not before the previous sample's in \"" + header_of_field_[clock] + "\"");
  }
  previous_time_us_ = sample->time_us;

  if (Status s = Float(fields, Field::kGazeX, line, &sample->gaze_x_px); !s.ok()) return s;
  if (Status s = Float(fields, Field::kGazeY, line, &sample->gaze_y_px); !s.ok()) return s;
  if (Status s = Validity(fields, Field::kValidityLeft, line, &sample->left.valid); !s.ok()) return s;
  if (Status s = Validity(fields, Field::kValidityRight, line, &sample->right.valid); !s.ok()) return s;
  if (Status s = ReadEye(fields, Field::kLeftGazeXPx, line, &sample->left); !s.ok()) return s;
  if (Status s = ReadEye(fields, Field::kRightGazeXPx, line, &sample->right); !s.ok()) return s;
  *is_sample = true;
  return Status::Ok();
}

Status ProLabReader::Next(SampleChunk* chunk) {
  chunk->clear();
  std::string_view line;
  while (chunk->samples.size() < options_.chunk_samples) {
    if (options_.max_samples >= 0 && samples_read_ >= options_.max_samples) break;
    if (!lines_.Next(&line)) {
      if (!lines_.status().ok()) return lines_.status();
      break;
    }
    Sample sample;
    bool is_sample = false;
    if (Status s = ParseRow(line, &is_sample, &sample, &chunk->events); !s.ok()) return s;
    if (!is_sample) continue;
    chunk->samples.push_back(sample);
    ++samples_read_;
  }
  info_.decimal_mark = numbers_.decimal_mark();
  return Status::Ok();
}

}  // namespace tobii::io
