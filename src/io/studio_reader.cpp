#include "io/studio_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "io/column_name.h"
#include "io/recording_parts.h"
#include "io/row_cells.h"
#include "io/sniff.h"
#include "io/studio_aoi_cells.h"
#include "io/tab_finder.h"
#include "util/text.h"

namespace tobii::io {

namespace {

using Field = StudioReader::Field;

// How each used column is named: the base without spaces and case, and
// the units it may carry (messages name a column as the file does). A
// field may be named several ways (3.x and 1.x/2.x spellings); the first
// column that matches one of them is used.
struct ColumnSpec {
  Field field;
  const char* base_key;
  std::initializer_list<const char*> unit_keys;
};

// Studio 3.4.5's names (doc/formats/tobii-studio.md), then 1.x/2.x's. ADCS
// is Studio's active display coordinate system: the screen, origin at its
// top-left corner, as DACS is in Pro Lab.
const ColumnSpec kColumns[] = {
    {Field::kRecordingTime, "recordingtimestamp", {"", "ms"}},
    {Field::kRecordingTime, "timestamp", {"", "ms"}},
    {Field::kDeviceTime, "eyetrackertimestamp", {"", "\xCE\xBCs", "\xC2\xB5s", "us"}},
    {Field::kDeviceTime, "microsecondtimestamp", {"", "\xCE\xBCs", "\xC2\xB5s", "us"}},
    {Field::kParticipant, "participantname", {""}},
    {Field::kRecordingName, "recordingname", {""}},
    {Field::kSoftware, "studioversionrec", {""}},
    {Field::kResolution, "recordingresolution", {""}},
    {Field::kStudioEvent, "studioevent", {""}},
    {Field::kStudioEventData, "studioeventdata", {""}},
    {Field::kMouseEvent, "mouseevent", {""}},
    {Field::kKeyPressEvent, "keypressevent", {""}},
    {Field::kExternalEvent, "externalevent", {""}},
    {Field::kExternalEventValue, "externaleventvalue", {""}},
    {Field::kEvent, "event", {""}},
    {Field::kDescriptor, "descriptor", {""}},
    {Field::kStimulus, "stimuliname", {""}},
    {Field::kStimulus, "medianame", {""}},
    {Field::kAoiIds, "aoiids", {""}},
    {Field::kAoiNames, "aoinames", {""}},
    {Field::kGazeX, "gazepointx", {"", "adcspx"}},
    {Field::kGazeY, "gazepointy", {"", "adcspx"}},
    {Field::kValidityLeft, "validityleft", {""}},
    {Field::kValidityRight, "validityright", {""}},
    {Field::kLeftGazeXPx, "gazepointleftx", {"", "adcspx"}},
    {Field::kLeftGazeXPx, "gazepointxleft", {""}},
    {Field::kLeftGazeYPx, "gazepointlefty", {"", "adcspx"}},
    {Field::kLeftGazeYPx, "gazepointyleft", {""}},
    {Field::kLeftGazeXMm, "gazepointleftx", {"adcsmm"}},
    {Field::kLeftGazeYMm, "gazepointlefty", {"adcsmm"}},
    {Field::kLeftEyeX, "eyeposleftx", {"", "adcsmm"}},
    {Field::kLeftEyeY, "eyeposlefty", {"", "adcsmm"}},
    {Field::kLeftEyeZ, "eyeposleftz", {"", "adcsmm"}},
    {Field::kLeftDistance, "distanceleft", {"", "mm"}},
    {Field::kLeftPupil, "pupilleft", {"", "mm"}},
    {Field::kRightGazeXPx, "gazepointrightx", {"", "adcspx"}},
    {Field::kRightGazeXPx, "gazepointxright", {""}},
    {Field::kRightGazeYPx, "gazepointrighty", {"", "adcspx"}},
    {Field::kRightGazeYPx, "gazepointyright", {""}},
    {Field::kRightGazeXMm, "gazepointrightx", {"adcsmm"}},
    {Field::kRightGazeYMm, "gazepointrighty", {"adcsmm"}},
    {Field::kRightEyeX, "eyeposrightx", {"", "adcsmm"}},
    {Field::kRightEyeY, "eyeposrighty", {"", "adcsmm"}},
    {Field::kRightEyeZ, "eyeposrightz", {"", "adcsmm"}},
    {Field::kRightDistance, "distanceright", {"", "mm"}},
    {Field::kRightPupil, "pupilright", {"", "mm"}},
};

// The columns that hold events: each non-empty cell is one event. Where
// the cell is the event's kind, its detail is in `value_field`; where the
// column itself is the kind (`MouseEvent`: `Left`), the event takes
// `fixed_name` and the cell is its value. `KeyPress` is the 1.x/2.x name of
// the same event, so a key press reads alike from every version.
struct EventColumn {
  Field name_field;
  Field value_field;  // kFieldCount: none
  const char* fixed_name;
};
const EventColumn kEventColumns[] = {
    {Field::kStudioEvent, Field::kStudioEventData, nullptr},
    {Field::kMouseEvent, Field::kFieldCount, "MouseEvent"},
    {Field::kKeyPressEvent, Field::kFieldCount, "KeyPress"},
    {Field::kExternalEvent, Field::kExternalEventValue, nullptr},
    {Field::kEvent, Field::kDescriptor, nullptr},
};

// Stimulus presentations (Tobii Studio user's manual, the StudioEvent
// table: "ImageStart ... The name of the image file", "MovieStart ... The
// name of the movie file"): an event without a value is named after the
// stimulus, which src/aoi/intervals.cpp opens an interval for.
constexpr std::string_view kStimulusStarts[] = {"ImageStart", "MovieStart"};
constexpr std::string_view kStimulusEnds[] = {"ImageEnd", "MovieEnd"};

// What 1.x/2.x write as `StimuliName` on rows shown no stimulus.
constexpr std::string_view kNoMedia = "No media";

bool OneOf(std::string_view name, const std::string_view (&names)[2]) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// Tobii's validity codes, per eye, as Tobii's support explains them (Tobii
// community forum, "Tobii Validity Codes"): 0 the eye is certainly this
// one, 1 probably this one (the other eye then has 3), 2 one eye was found
// and which one is unknown, 3 probably not this eye, 4 the eye was not
// found. The same answer recommends "removing all data points with a
// validity code of 2 or higher", so 0 and 1 count as valid.
constexpr int kHighestValidCode = 1;
constexpr int kEyeNotFoundCode = 4;
constexpr char kLowestCodeChar = '0';
constexpr char kHighestCodeChar = '4';
constexpr int kNoCode = -1;  // an empty validity field on a sample row

// Where Studio did not measure a pupil or an eye's distance it writes -1
// (`-1.00` in 3.x): no pupil or distance is 0 mm or less, so any such
// value is missing.
constexpr float kLeastMeasuredSizeMm = 0.0f;

// Preamble keys (1.x/2.x All-Data exports), compared without case.
constexpr std::string_view kPreambleRecordingKey = "Recording name";
constexpr std::string_view kPreambleParticipantKey = "Participant";
constexpr std::string_view kPreambleResolutionKey = "Recording resolution";

// What a Studio export names its software before the version.
constexpr std::string_view kSoftwareName = "Tobii Studio";

// Screens have fewer than 100 000 pixels a side; anything else is not a size.
constexpr int kMaxScreenPx = 100000;

bool Matches(const ColumnSpec& spec, const ColumnName& name) {
  if (name.base_key != spec.base_key) return false;
  for (const char* unit : spec.unit_keys) {
    if (name.unit_key == unit) return true;
  }
  return false;
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
  return text;
}

// A cell without the double quotes some exports put around every text
// cell (`"Augenblicke7.jpg"`).
std::string_view Unquoted(std::string_view cell) {
  if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') return cell.substr(1, cell.size() - 2);
  return cell;
}

// An unquoted cell's text, a doubled quote inside it read as one.
std::string Text(std::string_view cell) {
  std::string text;
  text.reserve(cell.size());
  for (std::size_t i = 0; i < cell.size(); ++i) {
    text.push_back(cell[i]);
    if (cell[i] == '"' && i + 1 < cell.size() && cell[i + 1] == '"') ++i;
  }
  return text;
}

// Whether an unquoted cell reads as `text`, without a copy for the common
// cell that has no quote inside.
bool TextEquals(std::string_view cell, const std::string& text) {
  if (cell.find('"') == std::string_view::npos) return cell == text;
  return Text(cell) == text;
}

// "1920 x 1080" (the 3.x column and the 1.x/2.x preamble alike).
bool ParseResolution(std::string_view text, int* width, int* height) {
  text = Trim(text);
  const std::size_t x = text.find_first_of("xX");
  if (x == std::string_view::npos) return false;
  const auto integer = [](std::string_view part, int* value) {
    part = Trim(part);
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), *value);
    return ec == std::errc() && end == part.data() + part.size() && *value >= 1 && *value <= kMaxScreenPx;
  };
  int w = 0, h = 0;
  if (!integer(text.substr(0, x), &w) || !integer(text.substr(x + 1), &h)) return false;
  *width = w;
  *height = h;
  return true;
}

}  // namespace

StudioReader::StudioReader(std::unique_ptr<ByteSource> source, ReaderOptions options)
    : source_(std::move(source)),
      options_(std::move(options)),
      lines_(source_.get(), options_.buffer_bytes, &damage_),
      order_(source_->name(), &damage_) {
  column_of_field_.fill(-1);
}

Status StudioReader::Open() {
  info_.software = std::string(kSoftwareName);
  std::string_view header;
  if (Status s = FindHeader(&header); !s.ok()) return s;
  header_line_ = lines_.line_number();
  if (Status s = ReadHeader(header); !s.ok()) return s;
  if (options_.select) {
    info_.participant = options_.select->participant;
    info_.recording = options_.select->recording;
  }
  if (options_.select) {
    if (Status s = SkipToRecording(*options_.select, &lines_, *source_, &skipped_bytes_); !s.ok()) return s;
  }
  return Status::Ok();
}

// Passes over the preamble, line by line, by the sniffer's rule
// (io/sniff.h), so that every file sniffed as a Studio export opens.
Status StudioReader::FindHeader(std::string_view* header) {
  while (true) {
    if (!lines_.Next(header)) {
      if (!lines_.status().ok()) return lines_.status();
      if (lines_.line_number() == 0) {
        return Status::Error(source_->name() + ":1:1: expected a header row, found an empty file");
      }
      return Status::Error(
          source_->name() + ":" + std::to_string(lines_.line_number() + 1) +
          ":1: expected a Tobii Studio header row after the preamble, found the end of the file");
    }
    const Sniffed sniffed = SniffHeaderLine(*header);
    if (sniffed.kind == FileKind::kRecording && sniffed.format == RecordingFormat::kTobiiStudio) {
      return Status::Ok();
    }
    const std::string where = source_->name() + ":" + std::to_string(lines_.line_number()) + ":1: ";
    if (sniffed.kind == FileKind::kUnreadable) {
      return Status::Error(where + "expected a Tobii Studio header row of gaze samples, found " +
                           sniffed.what);
    }
    if (!IsStudioPreambleLine(*header) || lines_.line_number() > kMaxStudioPreambleLines) {
      return Status::Error(where + "expected a Tobii Studio header row (Timestamp or RecordingTimestamp, " +
                           "ValidityLeft, ...), found " + util::QuotedFound(*header));
    }
    TakePreambleLine(*header);
  }
}

// "Recording name:\t Rec 62", "Participant:\t P106", "Recording
// resolution:\t 1280 x 1024"; other lines say nothing the analysis uses.
void StudioReader::TakePreambleLine(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  const std::string_view key = Trim(line.substr(0, colon));
  const std::string_view value = Trim(line.substr(colon + 1));
  if (util::EqualsNoCase(key, kPreambleRecordingKey)) {
    info_.recording = std::string(value);
  } else if (util::EqualsNoCase(key, kPreambleParticipantKey)) {
    info_.participant = std::string(value);
  } else if (util::EqualsNoCase(key, kPreambleResolutionKey)) {
    ParseResolution(value, &info_.screen_width_px, &info_.screen_height_px);
  }
}

Status StudioReader::ReadHeader(std::string_view header) {
  const std::string where = source_->name() + ":" + std::to_string(header_line_) + ":1: ";
  if (header.find('\t') == std::string_view::npos) {
    return Status::Error(where + "expected tab-separated column names, found " + util::QuotedFound(header) +
                         ": save the export as tab-separated text");
  }
  int column = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = header.find('\t', start);
    const std::string_view cell = header.substr(start, tab == std::string_view::npos ? tab : tab - start);
    header_.push_back(Text(Unquoted(cell)));
    const ColumnName name = ParseColumnName(cell);
    int field = -1;
    for (const ColumnSpec& spec : kColumns) {
      if (column_of_field_[spec.field] < 0 && Matches(spec, name)) {
        field = spec.field;
        column_of_field_[spec.field] = column;
        if (spec.field == Field::kRecordingTime) {
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
  const auto has = [&](Field field) { return column_of_field_[field] >= 0; };
  const auto missing = [&](const char* name) {
    return Status::Error(where + "expected a column " + name + ", found none among the " +
                         std::to_string(header_columns_) + " columns of the header");
  };
  if (!has(Field::kRecordingTime)) return missing("\"RecordingTimestamp\" or \"Timestamp\"");
  if (!has(Field::kValidityLeft)) return missing("\"ValidityLeft\"");
  if (!has(Field::kValidityRight)) return missing("\"ValidityRight\"");
  const bool combined = has(Field::kGazeX) && has(Field::kGazeY);
  const bool left = has(Field::kLeftGazeXPx) && has(Field::kLeftGazeYPx);
  const bool right = has(Field::kRightGazeXPx) && has(Field::kRightGazeYPx);
  if (!combined && !left && !right) {
    return missing(
        "pair of gaze points (\"GazePointX\" and \"GazePointY\", or an eye's, as \"GazePointXLeft\")");
  }
  return Status::Ok();
}

ColumnReport StudioReader::columns() const {
  ColumnReport report;
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (header_[i].empty()) continue;  // the empty name after a trailing tab
    (field_of_column_[i] >= 0 ? report.used : report.ignored).push_back(header_[i]);
  }
  return report;
}

Status StudioReader::ListRecordings(std::vector<RecordingSelector>* recordings) {
  recordings->clear();
  if (column_of_field_[Field::kParticipant] < 0 && column_of_field_[Field::kRecordingName] < 0) {
    return Status::Ok();
  }
  return ListRecordingsOfRows(
      &lines_, [this](std::string_view line, std::string* p, std::string* r) { RowNames(line, p, r); }, recordings);
}

void StudioReader::RowNames(std::string_view line, std::string* participant, std::string* recording) const {
  Fields fields{};
  int field_count = 0;
  // A short row names no recording: a name cut part-way ("Rec 0" of
  // "Rec 01") would pass for another recording's.
  if (!SplitRow(line, &fields, &field_count)) fields = Fields{};
  *participant = Text(fields[Field::kParticipant]);
  *recording = Text(fields[Field::kRecordingName]);
}

// Cuts a row into the fields the reader uses, unquoted. Returns false when
// the row ends before the last used column; *field_count is the number of
// fields seen (all of them only when the row was short).
bool StudioReader::SplitRow(std::string_view line, Fields* fields, int* field_count) const {
  TabFinder tabs(line);
  std::size_t start = 0;
  for (int column = 0; column <= last_needed_column_; ++column) {
    const std::size_t stop = tabs.Next();
    const int field = field_of_column_[column];
    if (field >= 0) (*fields)[field] = Unquoted(line.substr(start, stop - start));
    if (stop == line.size()) {
      *field_count = column + 1;
      return column == last_needed_column_;
    }
    start = stop + 1;
  }
  *field_count = last_needed_column_ + 1;
  return true;
}

std::string StudioReader::Where(std::string_view line, std::string_view field) const {
  return CellLocation(source_->name(), lines_.line_number(), line, field);
}

void StudioReader::Damaged(Damage kind, std::string_view line, std::string_view field, std::string_view what) {
  AddCellDamage(&damage_, kind, source_->name(), lines_.line_number(), line, field, what);
}

bool StudioReader::Float(const Fields& fields, Field field, std::string_view line, float* value) {
  // Exports write missing values as empty fields; NaN or inf (or a value
  // beyond float) is damage, not a measurement.
  if (ParseMeasurement(&numbers_, fields[field], value)) return true;
  Damaged(Damage::kBadValue, line, fields[field], "a number in \"" + header_[column_of_field_[field]] + "\"");
  return false;
}

bool StudioReader::Time(const Fields& fields, Field field, std::string_view line, double* time_us) {
  const double scale = field == Field::kDeviceTime ? device_time_us_per_unit_ : recording_time_us_per_unit_;
  if (ParseTimeUs(&numbers_, fields[field], scale, time_us)) return true;
  Damaged(Damage::kBadTime, line, fields[field], "a time in \"" + header_[column_of_field_[field]] + "\"");
  return false;
}

bool StudioReader::ValidityCode(const Fields& fields, Field field, std::string_view line, int* code) {
  const std::string_view text = fields[field];
  if (text.empty()) {
    *code = kNoCode;
    return true;
  }
  if (text.size() != 1 || text[0] < kLowestCodeChar || text[0] > kHighestCodeChar) {
    Damaged(Damage::kBadValue, line, text,
            "a validity code 0 to 4 in \"" + header_[column_of_field_[field]] + "\"");
    return false;
  }
  *code = text[0] - kLowestCodeChar;
  return true;
}

// 1.x/2.x write minus the recording resolution (-1280, -1024) as the gaze
// point of an eye not found; no gaze point lies a whole screen off the
// screen, so such a point is missing (the resolution must be known).
void StudioReader::DropScreenSizeSentinel(float* x_px, float* y_px) const {
  const bool off_x = info_.screen_width_px > 0 && *x_px <= -static_cast<float>(info_.screen_width_px);
  const bool off_y = info_.screen_height_px > 0 && *y_px <= -static_cast<float>(info_.screen_height_px);
  if (off_x || off_y) *x_px = *y_px = kMissing;
}

// The fields of one eye, which follow `first` in the order of the Field
// enum. An eye not found (code 4) keeps no values: Studio fills its cells
// with sentinels, or with values left over from an earlier sample.
bool StudioReader::ReadEye(const Fields& fields, Field first, int code, std::string_view line, EyeData* eye) {
  float distance_mm = kMissing;
  float* const values[] = {&eye->gaze_x_px, &eye->gaze_y_px, &eye->gaze_x_mm, &eye->gaze_y_mm, &eye->eye_x_mm,
                           &eye->eye_y_mm,  &eye->eye_z_mm,  &distance_mm,    &eye->pupil_mm};
  static_assert(std::size(values) == Field::kRightGazeXPx - Field::kLeftGazeXPx &&
                    std::size(values) == Field::kFieldCount - Field::kRightGazeXPx,
                "each eye's fields follow the Field enum's order");
  for (int i = 0; i < static_cast<int>(std::size(values)); ++i) {
    if (!Float(fields, static_cast<Field>(first + i), line, values[i])) return false;
  }
  if (code == kEyeNotFoundCode) {
    *eye = EyeData();
    return true;
  }
  eye->valid = code >= 0 && code <= kHighestValidCode;
  if (!(eye->pupil_mm > kLeastMeasuredSizeMm)) eye->pupil_mm = kMissing;
  if (!(distance_mm > kLeastMeasuredSizeMm)) distance_mm = kMissing;
  // 1.x/2.x give no eye position, only the eye's distance from the
  // tracker along its axis, which for a tracker in or under the screen is
  // close to the distance from the screen plane: it stands in for z.
  constexpr int kEyeZOffset = Field::kLeftEyeZ - Field::kLeftGazeXPx;
  if (column_of_field_[first + kEyeZOffset] < 0) eye->eye_z_mm = distance_mm;
  DropScreenSizeSentinel(&eye->gaze_x_px, &eye->gaze_y_px);
  return true;
}

bool StudioReader::ReadSample(const Fields& fields, std::string_view line, Sample* sample) {
  int left_code = kNoCode, right_code = kNoCode;
  if (!ValidityCode(fields, Field::kValidityLeft, line, &left_code) ||
      !ValidityCode(fields, Field::kValidityRight, line, &right_code) ||
      !Float(fields, Field::kGazeX, line, &sample->gaze_x_px) ||
      !Float(fields, Field::kGazeY, line, &sample->gaze_y_px) ||
      !ReadEye(fields, Field::kLeftGazeXPx, left_code, line, &sample->left) ||
      !ReadEye(fields, Field::kRightGazeXPx, right_code, line, &sample->right)) {
    return false;
  }
  // With neither eye valid the average is no gaze: 1.x/2.x write 0, 0.
  if (!sample->left.valid && !sample->right.valid) {
    sample->gaze_x_px = sample->gaze_y_px = kMissing;
  }
  DropScreenSizeSentinel(&sample->gaze_x_px, &sample->gaze_y_px);
  return true;
}

void StudioReader::TakeMetadata(const Fields& fields) {
  if (!fields[Field::kSoftware].empty()) {
    info_.software = std::string(kSoftwareName) + " " + Text(fields[Field::kSoftware]);
  }
  ParseResolution(fields[Field::kResolution], &info_.screen_width_px, &info_.screen_height_px);
}

// The last row of the file has no line end: it is whole only if it has
// every field of the header.
bool StudioReader::WholeLastRow(std::string_view line) {
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
// names seen in the rows are the recording's (they win over a preamble's),
// and a row of another recording means the export's recordings are
// interleaved, which no selector can take apart.
bool StudioReader::OfThisRecording(const Fields& fields, std::string_view line, Status* status) {
  const std::string_view participant = fields[Field::kParticipant], recording = fields[Field::kRecordingName];
  if (participant.empty() && recording.empty()) return true;
  if (options_.select) {
    return TextEquals(participant, options_.select->participant) &&
           TextEquals(recording, options_.select->recording);
  }
  if (!have_row_names_) {
    have_row_names_ = true;
    info_.participant = Text(participant);
    info_.recording = Text(recording);
    return true;
  }
  if (TextEquals(participant, info_.participant) && TextEquals(recording, info_.recording)) return true;
  *status = Status::Error(
      Where(line, recording) + "expected the rows of recording \"" + info_.recording +
      "\" of participant \"" + info_.participant + "\" only, found " + util::QuotedFound(recording) + " of " +
      util::QuotedFound(participant) +
      ": this export holds several recordings whose rows are interleaved; export them one by one");
  return false;
}

void StudioReader::ReadEvents(const Fields& fields, double time_us) {
  for (const EventColumn& column : kEventColumns) {
    const std::string_view cell = fields[column.name_field];
    if (cell.empty()) continue;
    RecordingEvent event;
    event.time_us = std::llround(time_us);
    if (column.fixed_name != nullptr) {
      event.name = column.fixed_name;
      event.value = Text(cell);
    } else {
      event.name = Text(cell);
      if (column.value_field != Field::kFieldCount) event.value = Text(fields[column.value_field]);
    }
    const bool start = OneOf(event.name, kStimulusStarts);
    if (event.value.empty() && (start || OneOf(event.name, kStimulusEnds))) {
      event.value = RowStimulus(fields);
      if (event.value.empty() && !start) event.value = last_stimulus_;
    }
    // Events keep their order: after a start that waits for its name, the
    // rest wait with it.
    if ((start && event.value.empty()) || !waiting_events_.empty()) {
      waiting_events_.push_back(std::move(event));
    } else {
      order_.AddEvent(std::move(event));
    }
  }
}

// The stimulus a row was shown, as `StimuliName` (1.x/2.x) or `MediaName`
// (3.x) says; empty for none.
std::string StudioReader::RowStimulus(const Fields& fields) const {
  const std::string_view cell = fields[Field::kStimulus];
  return cell == kNoMedia ? std::string() : Text(cell);
}

// A sample row's stimulus names the starts that wait for one; they, and the
// events after them, go on with this row's sample, as they would have.
void StudioReader::NameWaitingEvents(const std::string& stimulus) {
  last_stimulus_ = stimulus;
  for (RecordingEvent& event : waiting_events_) {
    if (event.value.empty() && OneOf(event.name, kStimulusStarts)) event.value = stimulus;
  }
  ReleaseWaitingEvents();
}

void StudioReader::ReleaseWaitingEvents() {
  for (RecordingEvent& event : waiting_events_) order_.AddEvent(std::move(event));
  waiting_events_.clear();
}

// The bits of the row's AOIs, each AOI (on this stimulus) given the next
// bit when first seen.
std::uint64_t StudioReader::ReadAoiHits(const Fields& fields, const std::string& stimulus) {
  StudioRowAois(fields[Field::kAoiIds], fields[Field::kAoiNames], &row_aois_);
  std::uint64_t hits = 0;
  for (std::string_view cell : row_aois_) {
    const std::string aoi = Text(cell);
    std::vector<AoiColumn>& columns = info_.aoi_columns;
    auto known = std::find_if(columns.begin(), columns.end(),
                              [&](const AoiColumn& c) { return c.aoi == aoi && c.stimulus == stimulus; });
    if (known == columns.end()) {
      if (columns.size() >= kMaxAoiColumns) {
        if (!aois_passed_over_) {
          aois_passed_over_ = true;
          damage_.Note(fmt::format(
              "AOI \"{}\" on \"{}\" (line {}) and any further AOIs passed over: a recording's samples "
              "carry at most {} AOIs",
              aoi, stimulus, lines_.line_number(), kMaxAoiColumns));
        }
        continue;
      }
      columns.push_back({stimulus, aoi});
      known = columns.end() - 1;
    }
    hits |= std::uint64_t{1} << (known - columns.begin());
  }
  return hits;
}

Status StudioReader::ParseRow(std::string_view line, RowKind* kind, Sample* sample) {
  *kind = RowKind::kSkipped;
  Fields fields{};
  int field_count = 0;
  if (!SplitRow(line, &fields, &field_count)) {
    if (line.empty() && lines_.line_terminated()) return Status::Ok();  // blank line
    ++rows_read_;
    const bool cut = !lines_.line_terminated();
    damage_.Add(cut ? Damage::kTruncatedLastRow : Damage::kShortRow,
                Where(line, line.substr(line.size())) + "expected at least " +
                    std::to_string(last_needed_column_ + 1) + " tab-separated fields, found " +
                    std::to_string(field_count));
    return Status::Ok();
  }
  Status status;
  if (!OfThisRecording(fields, line, &status)) return status;
  ++rows_read_;
  if (!WholeLastRow(line)) return Status::Ok();
  // A sample row has a validity code; the rest are event rows (whose gaze
  // fields are empty), or rows of nothing the analysis uses.
  const bool sample_row = !fields[Field::kValidityLeft].empty() || !fields[Field::kValidityRight].empty();
  const bool event_row = std::any_of(std::begin(kEventColumns), std::end(kEventColumns),
                                     [&](const EventColumn& c) { return !fields[c.name_field].empty(); });
  if (!sample_row && !event_row) return Status::Ok();

  double time_us = 0;
  if (!Time(fields, Field::kRecordingTime, line, &time_us)) return Status::Ok();
  if (event_row) ReadEvents(fields, time_us);
  if (!sample_row) return Status::Ok();
  const std::string stimulus = RowStimulus(fields);
  NameWaitingEvents(stimulus);

  double device_us = 0;
  const bool have_device = column_of_field_[Field::kDeviceTime] >= 0 && !fields[Field::kDeviceTime].empty();
  if (have_device && !Time(fields, Field::kDeviceTime, line, &device_us)) return Status::Ok();
  if (!have_first_sample_) {
    have_first_sample_ = true;
    first_recording_time_us_ = time_us;
    first_device_time_us_ = device_us;
    TakeMetadata(fields);
  }
  // The device clock is finer than the millisecond recording timestamp, so
  // time runs on it, anchored at the first sample's recording timestamp.
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
  if (!ReadSample(fields, line, sample)) {
    // One bad cell costs its sample, which is kept as lost.
    *sample = Sample();
    sample->time_us = sample_time_us;
    return Status::Ok();
  }
  if (column_of_field_[Field::kAoiNames] >= 0) sample->aoi_hits = ReadAoiHits(fields, stimulus);
  return Status::Ok();
}

Status StudioReader::Next(SampleChunk* chunk) {
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
      ReleaseWaitingEvents();  // no sample row after them names them
      order_.Flush(chunk);     // the end of the recording's rows
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
