#include "io/pro_lab_reader.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <optional>

#include <fmt/format.h>

#include "io/column_name.h"
#include "io/recording_parts.h"
#include "io/row_cells.h"
#include "io/tab_finder.h"
#include "util/text.h"

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
    {Field::kSoftware, "recordingsoftwareversion", {""}, "Recording software version", false},
    {Field::kEvent, "event", {""}, "Event", false},
    {Field::kEventValue, "eventvalue", {""}, "Event value", false},
    // Screen recordings give the point on the screen (DACS), glasses
    // recordings on the scene camera's image (MCS px).
    {Field::kGazeX, "gazepointx", {"", "dacspx", "mcspx"}, "Gaze point X [DACS px]", true},
    {Field::kGazeY, "gazepointy", {"", "dacspx", "mcspx"}, "Gaze point Y [DACS px]", true},
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
    {Field::kLeftDirX, "gazedirectionleftx", {"hucsnorm"}, "Gaze direction left X [HUCS norm]", false},
    {Field::kLeftDirY, "gazedirectionlefty", {"hucsnorm"}, "Gaze direction left Y [HUCS norm]", false},
    {Field::kLeftDirZ, "gazedirectionleftz", {"hucsnorm"}, "Gaze direction left Z [HUCS norm]", false},
    {Field::kRightGazeXPx, "gazepointrightx", {"", "dacspx"}, "Gaze point right X [DACS px]", false},
    {Field::kRightGazeYPx, "gazepointrighty", {"", "dacspx"}, "Gaze point right Y [DACS px]", false},
    {Field::kRightGazeXMm, "gazepointrightx", {"dacsmm"}, "Gaze point right X [DACS mm]", false},
    {Field::kRightGazeYMm, "gazepointrighty", {"dacsmm"}, "Gaze point right Y [DACS mm]", false},
    {Field::kRightEyeX, "eyepositionrightx", {"", "dacsmm"}, "Eye position right X [DACS mm]", false},
    {Field::kRightEyeY, "eyepositionrighty", {"", "dacsmm"}, "Eye position right Y [DACS mm]", false},
    {Field::kRightEyeZ, "eyepositionrightz", {"", "dacsmm"}, "Eye position right Z [DACS mm]", false},
    {Field::kRightPupil, "pupildiameterright", {"", "mm"}, "Pupil diameter right [mm]", false},
    {Field::kRightDirX, "gazedirectionrightx", {"hucsnorm"}, "Gaze direction right X [HUCS norm]", false},
    {Field::kRightDirY, "gazedirectionrighty", {"hucsnorm"}, "Gaze direction right Y [HUCS norm]", false},
    {Field::kRightDirZ, "gazedirectionrightz", {"hucsnorm"}, "Gaze direction right Z [HUCS norm]", false},
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

}  // namespace


ProLabReader::ProLabReader(std::unique_ptr<ByteSource> source, ReaderOptions options)
    : source_(std::move(source)),
      options_(std::move(options)),
      lines_(source_.get(), options_.buffer_bytes, &damage_),
      order_(source_->name(), &damage_) {
  column_of_field_.fill(-1);
}

Status ProLabReader::Open() {
  std::string_view header;
  if (!lines_.Next(&header)) {
    if (!lines_.status().ok()) return lines_.status();
    return Status::Error(source_->name() + ":1:1: expected a header row, found an empty file");
  }
  if (lines_.line_number() != 1) {
    return Status::Error(source_->name() + ":1:1: expected a header row, found a line longer than any header");
  }
  int column = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = header.find('\t', start);
    const std::string_view cell = header.substr(start, tab == std::string_view::npos ? tab : tab - start);
    header_.emplace_back(cell);
    const ColumnName name = ParseColumnName(cell);
    int field = -1;
    for (const ColumnSpec& spec : kColumns) {
      if (column_of_field_[spec.field] < 0 && Matches(spec, name)) {
        field = spec.field;
        column_of_field_[spec.field] = column;
        if (spec.field == Field::kRecordingTime) {
          // Old exports without a unit wrote milliseconds.
          recording_time_us_per_unit_ = MicrosecondsPerTimeUnit(name.unit_key, 1000.0);
        } else if (spec.field == Field::kDeviceTime) {
          device_time_us_per_unit_ = MicrosecondsPerTimeUnit(name.unit_key, 1.0);
        } else if (spec.field == Field::kGazeX && name.unit_key == "mcspx") {
          info_.head_mounted = true;
        }
        last_needed_column_ = column;
        break;
      }
    }
    field_of_column_.push_back(field);
    aoi_of_column_.push_back(field < 0 ? TakeAoiColumn(cell, column) : -1);
    ++column;
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  header_columns_ = column;
  aoi_cells_.resize(column_of_aoi_.size());
  if (aoi_columns_passed_over_ > 0) {
    damage_.Note(fmt::format(
        "{} AOI hit columns passed over, from \"{}\" on: a recording's samples carry at most {} AOIs",
        aoi_columns_passed_over_, header_[first_aoi_column_passed_over_], kMaxAoiColumns));
  }
  for (const ColumnSpec& spec : kColumns) {
    if (spec.required && column_of_field_[spec.field] < 0) {
      return Status::Error(source_->name() + ":1:1: expected a column \"" + spec.display_name +
                           "\", found none among the " + std::to_string(header_columns_) +
                           " columns of the header");
    }
  }
  head_unit_directions_ = column_of_field_[Field::kLeftDirX] >= 0 || column_of_field_[Field::kRightDirX] >= 0;
  info_.head_mounted = info_.head_mounted || head_unit_directions_;
  if (options_.select) {
    info_.participant = options_.select->participant;
    info_.recording = options_.select->recording;
  }
  if (options_.select) {
    if (Status s = SkipToRecording(*options_.select, &lines_, *source_, &skipped_bytes_); !s.ok()) return s;
  }
  return Status::Ok();
}

// An `AOI hit [...]` column: the AOI bit it sets, or -1 when it is no such
// column or comes past the kMaxAoiColumns read.
int ProLabReader::TakeAoiColumn(std::string_view cell, int column) {
  std::optional<AoiColumn> aoi = ParseAoiHitColumn(cell);
  if (!aoi) return -1;
  if (info_.aoi_columns.size() >= kMaxAoiColumns) {
    if (aoi_columns_passed_over_++ == 0) first_aoi_column_passed_over_ = column;
    return -1;
  }
  info_.aoi_columns.push_back(std::move(*aoi));
  column_of_aoi_.push_back(column);
  last_needed_column_ = column;
  return static_cast<int>(column_of_aoi_.size()) - 1;
}

ColumnReport ProLabReader::columns() const {
  ColumnReport report;
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (header_[i].empty()) continue;  // the empty name after a trailing tab
    const bool used = field_of_column_[i] >= 0 || aoi_of_column_[i] >= 0;
    (used ? report.used : report.ignored).push_back(header_[i]);
  }
  return report;
}

Status ProLabReader::ListRecordings(std::vector<RecordingSelector>* recordings) {
  recordings->clear();
  if (column_of_field_[Field::kParticipant] < 0 && column_of_field_[Field::kRecordingName] < 0) return Status::Ok();
  return ListRecordingsOfRows(
      &lines_, [this](std::string_view line, std::string* p, std::string* r) { RowNames(line, p, r); }, recordings);
}

void ProLabReader::RowNames(std::string_view line, std::string* participant, std::string* recording) const {
  Fields fields{};
  int field_count = 0;
  // A short row names no recording: a name cut part-way ("P0" of "P01")
  // would pass for another recording's.
  if (!SplitRow(line, &fields, &field_count)) fields = Fields{};
  participant->assign(fields[Field::kParticipant]);
  recording->assign(fields[Field::kRecordingName]);
}

// Cuts a row into the fields the reader uses, and the AOI hit cells by
// their bit where `aoi_cells` is given. Returns false when the row
// ends before the last used column; *field_count is the number of fields
// seen (all of them only when the row was short).
bool ProLabReader::SplitRow(std::string_view line, Fields* fields, int* field_count,
                            std::vector<std::string_view>* aoi_cells) const {
  TabFinder tabs(line);
  std::size_t start = 0;
  for (int column = 0; column <= last_needed_column_; ++column) {
    const std::size_t stop = tabs.Next();
    const int field = field_of_column_[column];
    if (field >= 0) {
      (*fields)[field] = line.substr(start, stop - start);
    } else if (aoi_cells != nullptr && aoi_of_column_[column] >= 0) {
      (*aoi_cells)[aoi_of_column_[column]] = line.substr(start, stop - start);
    }
    if (stop == line.size()) {
      *field_count = column + 1;
      return column == last_needed_column_;
    }
    start = stop + 1;
  }
  *field_count = last_needed_column_ + 1;
  return true;
}

std::string ProLabReader::Where(std::string_view line, std::string_view field) const {
  return CellLocation(source_->name(), lines_.line_number(), line, field);
}

void ProLabReader::Damaged(Damage kind, std::string_view line, std::string_view field, std::string_view what) {
  AddCellDamage(&damage_, kind, source_->name(), lines_.line_number(), line, field, what);
}

bool ProLabReader::Float(const Fields& fields, Field field, std::string_view line, float* value) {
  // Exports write missing values as empty fields; NaN or inf (or a value
  // beyond float) is damage, not a measurement.
  if (ParseMeasurement(&numbers_, fields[field], value)) return true;
  Damaged(Damage::kBadValue, line, fields[field], "a number in \"" + header_[column_of_field_[field]] + "\"");
  return false;
}

bool ProLabReader::Time(const Fields& fields, Field field, std::string_view line, double* time_us) {
  const double scale = field == Field::kDeviceTime ? device_time_us_per_unit_ : recording_time_us_per_unit_;
  if (ParseTimeUs(&numbers_, fields[field], scale, time_us)) return true;
  Damaged(Damage::kBadTime, line, fields[field], "a time in \"" + header_[column_of_field_[field]] + "\"");
  return false;
}

bool ProLabReader::Validity(const Fields& fields, Field field, std::string_view line, bool* valid) {
  const std::string_view text = fields[field];
  if (text == "Valid") {
    *valid = true;
  } else if (text == "Invalid" || text.empty()) {
    *valid = false;
  } else {
    Damaged(Damage::kBadValue, line, text, "Valid or Invalid in \"" + header_[column_of_field_[field]] + "\"");
    return false;
  }
  return true;
}

// The fields of one eye, which follow `first` in the order of EyeData.
bool ProLabReader::ReadEye(const Fields& fields, Field first, std::string_view line, EyeData* eye) {
  float* const values[] = {&eye->gaze_x_px, &eye->gaze_y_px, &eye->gaze_x_mm, &eye->gaze_y_mm,
                           &eye->eye_x_mm,  &eye->eye_y_mm,  &eye->eye_z_mm,  &eye->pupil_mm,
                           &eye->gaze_dir_x, &eye->gaze_dir_y, &eye->gaze_dir_z};
  for (int i = 0; i < static_cast<int>(std::size(values)); ++i) {
    if (!Float(fields, static_cast<Field>(first + i), line, values[i])) return false;
  }
  if (head_unit_directions_) {
    // HUCS (x left, y up, z forward) to the screen frame's orientation (x
    // right, y down, z towards the viewer): every axis turns round.
    eye->gaze_dir_x = -eye->gaze_dir_x;
    eye->gaze_dir_y = -eye->gaze_dir_y;
    eye->gaze_dir_z = -eye->gaze_dir_z;
  }
  return true;
}

// A row's AOI hits: `1` on the AOI; `0`, or empty where Pro Lab placed no
// gaze point, off it. Anything else is damage.
bool ProLabReader::ReadAoiHits(std::string_view line, std::uint64_t* hits) {
  for (std::size_t bit = 0; bit < aoi_cells_.size(); ++bit) {
    const std::string_view cell = aoi_cells_[bit];
    if (cell == "1") {
      *hits |= std::uint64_t{1} << bit;
    } else if (!cell.empty() && cell != "0") {
      Damaged(Damage::kBadValue, line, cell, "0 or 1 in \"" + header_[column_of_aoi_[bit]] + "\"");
      return false;
    }
  }
  return true;
}

void ProLabReader::TakeMetadata(const Fields& fields) {
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
  if (!fields[Field::kSoftware].empty()) info_.software = "Tobii Pro Lab " + std::string(fields[Field::kSoftware]);
}

// The last row of the file has no line end: it is whole only if it has
// every field of the header.
bool ProLabReader::WholeLastRow(std::string_view line) {
  if (lines_.line_terminated()) return true;
  const int fields_in_row = static_cast<int>(std::count(line.begin(), line.end(), '\t')) + 1;
  if (fields_in_row == header_columns_) return true;
  damage_.Add(Damage::kTruncatedLastRow, Where(line, line.substr(line.size())) + "expected " +
                                             std::to_string(header_columns_) + " fields, found " +
                                             std::to_string(fields_in_row));
  return false;
}

// Whether a row belongs to the recording being read. With a selector, rows
// of the export's other recordings are passed over; without one, the first
// names seen are the recording's, and a row of another recording means the
// export's recordings are interleaved, which no selector can take apart.
bool ProLabReader::OfThisRecording(const Fields& fields, std::string_view line, Status* status) {
  const std::string_view participant = fields[Field::kParticipant], recording = fields[Field::kRecordingName];
  if (participant.empty() && recording.empty()) return true;
  if (options_.select) {
    return participant == options_.select->participant && recording == options_.select->recording;
  }
  if (info_.participant.empty() && info_.recording.empty()) {
    info_.participant = std::string(participant);
    info_.recording = std::string(recording);
    return true;
  }
  if (participant == info_.participant && recording == info_.recording) return true;
  *status = Status::Error(Where(line, recording) + "expected the rows of recording \"" + info_.recording +
                          "\" of participant \"" + info_.participant + "\" only, found " +
                          util::QuotedFound(recording) + " of " + util::QuotedFound(participant) +
                          ": this export holds several recordings whose rows are interleaved; export them one by one");
  return false;
}

void ProLabReader::ReadEvent(const Fields& fields, std::string_view line) {
  double time_us = 0;
  if (!Time(fields, Field::kRecordingTime, line, &time_us)) return;
  order_.AddEvent({std::llround(time_us), std::string(fields[Field::kEvent]), std::string(fields[Field::kEventValue])});
}

Status ProLabReader::ParseRow(std::string_view line, RowKind* kind, Sample* sample) {
  *kind = RowKind::kSkipped;
  Fields fields{};
  int field_count = 0;
  if (!SplitRow(line, &fields, &field_count, &aoi_cells_)) {
    if (line.empty() && lines_.line_terminated()) return Status::Ok();  // blank line
    ++rows_read_;
    const bool cut = !lines_.line_terminated();
    damage_.Add(cut ? Damage::kTruncatedLastRow : Damage::kShortRow,
                Where(line, line.substr(line.size())) + "expected at least " + std::to_string(last_needed_column_ + 1) +
                    " tab-separated fields, found " + std::to_string(field_count));
    return Status::Ok();
  }
  Status status;
  if (!OfThisRecording(fields, line, &status)) return status;
  ++rows_read_;
  if (!WholeLastRow(line)) return Status::Ok();
  // Empty, as on every sample row, when the export has no `Event` column.
  if (!fields[Field::kEvent].empty()) ReadEvent(fields, line);
  if (column_of_field_[Field::kSensor] >= 0) {
    if (fields[Field::kSensor] != kEyeTrackerSensor) return Status::Ok();
  } else if (fields[Field::kValidityLeft].empty() && fields[Field::kValidityRight].empty()) {
    return Status::Ok();  // an event row of an export without `Sensor`
  }

  double time_us = 0;
  if (!Time(fields, Field::kRecordingTime, line, &time_us)) return Status::Ok();
  double device_us = 0;
  const bool have_device = column_of_field_[Field::kDeviceTime] >= 0 && !fields[Field::kDeviceTime].empty();
  if (have_device && !Time(fields, Field::kDeviceTime, line, &device_us)) return Status::Ok();
  if (!have_first_sample_) {
    have_first_sample_ = true;
    first_recording_time_us_ = time_us;
    first_device_time_us_ = device_us;
    TakeMetadata(fields);
  }
  // The device clock is finer than the millisecond recording timestamp (at
  // 300 Hz consecutive rows share a millisecond), so time runs on it.
  const std::int64_t sample_time_us =
      std::llround(have_device ? first_recording_time_us_ + (device_us - first_device_time_us_) : time_us);
  // Time that runs backwards would break every windowed step after this
  // (io/time_order.h keeps the samples in order).
  if (order_.Rejects(sample_time_us)) {
    const Field clock = have_device ? Field::kDeviceTime : Field::kRecordingTime;
    Damaged(Damage::kTimeBackwards, line, fields[clock],
            "a time not before the previous sample's in \"" + header_[column_of_field_[clock]] + "\"");
    return Status::Ok();
  }
  sample->time_us = sample_time_us;
  *kind = RowKind::kSample;
  const bool sound = Float(fields, Field::kGazeX, line, &sample->gaze_x_px) &&
                     Float(fields, Field::kGazeY, line, &sample->gaze_y_px) &&
                     Validity(fields, Field::kValidityLeft, line, &sample->left.valid) &&
                     Validity(fields, Field::kValidityRight, line, &sample->right.valid) &&
                     ReadEye(fields, Field::kLeftGazeXPx, line, &sample->left) &&
                     ReadEye(fields, Field::kRightGazeXPx, line, &sample->right) &&
                     ReadAoiHits(line, &sample->aoi_hits);
  if (!sound) {
    // One bad cell costs its sample, which is kept as lost.
    *sample = Sample();
    sample->time_us = sample_time_us;
  }
  return Status::Ok();
}

Status ProLabReader::Next(SampleChunk* chunk) {
  // How often (in rows) to ask whether the damage is past saving.
  constexpr std::int64_t kHopelessCheckRows = 1024;
  chunk->clear();
  std::string_view line;
  while (chunk->samples.size() < options_.chunk_samples) {
    if (options_.max_samples >= 0 && order_.handed_on() >= options_.max_samples) break;
    const bool past_selection = options_.select && options_.select->end_byte > 0 &&
                                lines_.bytes_consumed() >= options_.select->end_byte;
    if (past_selection || !lines_.Next(&line)) {
      if (!lines_.status().ok()) return lines_.status();
      order_.Flush(chunk);  // the end of the recording's rows
      break;
    }
    Sample sample;
    RowKind kind = RowKind::kSkipped;
    if (Status s = ParseRow(line, &kind, &sample); !s.ok()) return s;
    if (kind == RowKind::kSample) order_.Add(sample, lines_.line_number(), chunk);
    if (rows_read_ % kHopelessCheckRows == 0 && damage_.Hopeless(rows_read_)) {
      return damage_.CheckTolerable(rows_read_);
    }
  }
  info_.decimal_mark = numbers_.decimal_mark();
  return Status::Ok();
}

}  // namespace tobii::io
