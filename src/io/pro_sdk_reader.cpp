#include "io/pro_sdk_reader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include <fmt/format.h>

#include "io/delimited_text.h"
#include "io/fields.h"
#include "io/number_parser.h"
#include "io/row_cells.h"
#include "tobii/settings.h"
#include "util/text.h"

namespace tobii::io {

namespace {

using Value = ProSdkReader::Value;

// How each value is named: the `GazeData` dict key of tobii_research (Pro
// SDK Python API, `GazeData`), and how many coordinates it has.
struct ValueSpec {
  Value value;
  const char* key;
  int components;
  bool required;
};

const ValueSpec kValues[] = {
    {Value::kDeviceTime, "device_time_stamp", 1, true},
    {Value::kLeftPointOnDisplay, "left_gaze_point_on_display_area", 2, true},
    {Value::kLeftPointUcs, "left_gaze_point_in_user_coordinate_system", 3, false},
    {Value::kLeftOriginUcs, "left_gaze_origin_in_user_coordinate_system", 3, false},
    {Value::kLeftPupil, "left_pupil_diameter", 1, false},
    {Value::kLeftPointValidity, "left_gaze_point_validity", 1, true},
    {Value::kLeftOriginValidity, "left_gaze_origin_validity", 1, false},
    {Value::kLeftPupilValidity, "left_pupil_validity", 1, false},
    {Value::kRightPointOnDisplay, "right_gaze_point_on_display_area", 2, true},
    {Value::kRightPointUcs, "right_gaze_point_in_user_coordinate_system", 3, false},
    {Value::kRightOriginUcs, "right_gaze_origin_in_user_coordinate_system", 3, false},
    {Value::kRightPupil, "right_pupil_diameter", 1, false},
    {Value::kRightPointValidity, "right_gaze_point_validity", 1, true},
    {Value::kRightOriginValidity, "right_gaze_origin_validity", 1, false},
    {Value::kRightPupilValidity, "right_pupil_validity", 1, false},
};

// A value split over one column per coordinate: `..._x`, `..._y`, `..._z`.
constexpr std::string_view kComponentSuffixes[] = {"_x", "_y", "_z"};

const ValueSpec& SpecOf(int value) {
  for (const ValueSpec& spec : kValues) {
    if (spec.value == value) return spec;
  }
  return kValues[0];
}

bool IsValidity(int value) {
  const int of_eye = (value - Value::kLeftPointOnDisplay) % ProSdkReader::kEyeValues;
  return value != Value::kDeviceTime &&
         (of_eye == Value::kLeftPointValidity - Value::kLeftPointOnDisplay ||
          of_eye == Value::kLeftOriginValidity - Value::kLeftPointOnDisplay ||
          of_eye == Value::kLeftPupilValidity - Value::kLeftPointOnDisplay);
}

// Tobii's validity codes (Pro SDK, TobiiResearchValidity): 0 invalid, 1
// valid; Python's bools where a script wrote those.
constexpr double kInvalid = 0;
constexpr double kValid = 1;

// Values beyond any coordinate or diameter; inf among them is damage.
constexpr double kMaxValue = 1e30;
// Device time stamps are whole microseconds; past 2^53 a double no longer
// holds every one of them.
constexpr double kMaxExactTimeUs = 9007199254740992.0;
// A sample more than a year after the first is no recording's.
constexpr double kMaxRecordingUs = 3.2e13;

constexpr double kNotRead = std::numeric_limits<double>::quiet_NaN();

std::string_view Trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// A cell without the spaces and the quotes around it.
std::string_view Unquote(std::string_view cell) {
  cell = Trim(cell);
  if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = Trim(cell.substr(1, cell.size() - 2));
  return cell;
}

std::string Lower(std::string_view text) {
  std::string out;
  for (char c : text) out.push_back(util::LowerAscii(c));
  return out;
}

std::string_view WithoutCarriageReturns(std::string_view line) {
  while (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

}  // namespace

ProSdkReader::ProSdkReader(std::unique_ptr<ByteSource> source, ReaderOptions options)
    : source_(std::move(source)),
      options_(std::move(options)),
      lines_(source_.get(), options_.buffer_bytes, &damage_),
      order_(source_->name(), &damage_) {
  tuple_column_.fill(-1);
  for (auto& columns : component_column_) columns.fill(-1);
}

Status ProSdkReader::Open() {
  std::string_view header;
  if (!lines_.Next(&header)) {
    if (!lines_.status().ok()) return lines_.status();
    return Status::Error(source_->name() + ":1:1: expected a header row, found an empty file");
  }
  if (lines_.line_number() != 1) {
    return Status::Error(source_->name() + ":1:1: expected a header row, found a line longer than any header");
  }
  return ReadHeader(WithoutCarriageReturns(header));
}

Status ProSdkReader::ReadHeader(std::string_view header) {
  delimiter_ = PickDelimiter(header);
  for (std::string_view raw : SplitFields(header, delimiter_)) {
    const std::string_view cell = Unquote(raw);
    header_.emplace_back(cell);
    const std::string key = Lower(cell);
    const int column = static_cast<int>(role_of_column_.size());
    ColumnRole role;
    for (const ValueSpec& spec : kValues) {
      if (key == spec.key) {
        if (tuple_column_[spec.value] < 0) role = {spec.value, -1};
        break;
      }
      if (spec.components < 2 || !key.starts_with(spec.key)) continue;
      const std::string_view suffix = std::string_view(key).substr(std::string_view(spec.key).size());
      for (int c = 0; c < spec.components; ++c) {
        if (suffix == kComponentSuffixes[c] && component_column_[spec.value][c] < 0) role = {spec.value, c};
      }
      if (role.value >= 0) break;
    }
    if (role.value >= 0) {
      (role.component < 0 ? tuple_column_[role.value] : component_column_[role.value][role.component]) = column;
    }
    role_of_column_.push_back(role);
  }
  const auto present = [&](int value) {
    if (tuple_column_[value] >= 0) return true;
    const ValueSpec& spec = SpecOf(value);
    if (spec.components < 2) return false;
    for (int c = 0; c < spec.components; ++c) {
      if (component_column_[value][c] < 0) return false;
    }
    return true;
  };
  for (const ValueSpec& spec : kValues) {
    if (spec.required && !present(spec.value)) {
      return Status::Error(source_->name() + ":1:1: expected a column \"" + spec.key + "\", found none among the " +
                           std::to_string(header_.size()) + " columns of the header");
    }
  }
  // A value given only in part (an `_x` column without its `_y`) is not read.
  for (std::size_t column = 0; column < role_of_column_.size(); ++column) {
    if (role_of_column_[column].value >= 0 && !present(role_of_column_[column].value)) role_of_column_[column] = {};
    if (role_of_column_[column].value >= 0) last_needed_column_ = column;
  }
  for (int eye = 0; eye < 2; ++eye) {
    const int first = eye * kEyeValues;
    directions_[eye] = present(Value::kLeftPointUcs + first) && present(Value::kLeftOriginUcs + first);
  }
  return Status::Ok();
}

ColumnReport ProSdkReader::columns() const {
  ColumnReport report;
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (header_[i].empty()) continue;  // the empty name after a trailing delimiter
    (role_of_column_[i].value >= 0 ? report.used : report.ignored).push_back(header_[i]);
  }
  return report;
}

// Cuts a row into its fields. With commas between fields, a comma inside
// a tuple's parentheses or inside quotes does not split; with semicolons
// or tabs nothing in a value can look like one. Returns false when the row
// ends before the last used column.
bool ProSdkReader::SplitRow(std::string_view line, std::vector<std::string_view>* fields) const {
  fields->clear();
  const bool guarded = delimiter_ == ',';
  int depth = 0;
  bool quoted = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (guarded) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '[')) {
        ++depth;
      } else if (!quoted && (c == ')' || c == ']') && depth > 0) {
        --depth;
      }
      if (quoted || depth > 0) continue;
    }
    if (c == delimiter_) {
      fields->push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  fields->push_back(line.substr(start));
  return fields->size() > last_needed_column_;
}

std::string ProSdkReader::Where(std::string_view line, std::string_view field) const {
  return CellLocation(source_->name(), lines_.line_number(), line, field);
}

void ProSdkReader::Damaged(Damage kind, std::string_view line, std::string_view field, std::string_view what) {
  AddCellDamage(&damage_, kind, source_->name(), lines_.line_number(), line, field, what);
}

// A number, or NaN for Python's `nan` (what the tracker did not measure)
// and for an empty cell.
bool ProSdkReader::ReadNumber(std::string_view text, double* value) {
  text = Trim(text);
  if (text.empty()) {
    *value = kNotRead;
    return true;
  }
  double parsed = 0;
  if (!numbers_.ParseDouble(text, &parsed)) return false;
  if (std::isnan(parsed)) {
    *value = kNotRead;
    return true;
  }
  if (!(std::fabs(parsed) <= kMaxValue)) return false;
  *value = parsed;
  return true;
}

// Reads one used field into *row; false (the damage counted) when it is
// not what its column holds.
bool ProSdkReader::ReadField(std::string_view line, std::string_view field, std::size_t column, Row* row) {
  const ColumnRole role = role_of_column_[column];
  const ValueSpec& spec = SpecOf(role.value);
  std::array<double, kMaxComponents>& out = (*row)[role.value];
  const std::string_view text = Unquote(field);
  const std::string& name = header_[column];
  if (role.value == Value::kDeviceTime) {
    double time = 0;
    if (!ReadNumber(text, &time) || std::isnan(time) || !(std::fabs(time) <= kMaxExactTimeUs)) {
      Damaged(Damage::kBadTime, line, field, "a time in \"" + name + "\"");
      return false;
    }
    out[0] = time;
    return true;
  }
  if (IsValidity(role.value)) {
    double code = 0;
    if (text == "True") {
      code = kValid;
    } else if (text == "False") {
      code = kInvalid;
    } else if (!ReadNumber(text, &code) || !(std::isnan(code) || code == kValid || code == kInvalid)) {
      Damaged(Damage::kBadValue, line, field, "0 or 1 in \"" + name + "\"");
      return false;
    }
    out[0] = code;  // NaN (an empty cell): not valid
    return true;
  }
  if (spec.components < 2 || role.component >= 0) {
    if (!ReadNumber(text, &out[std::max(role.component, 0)])) {
      Damaged(Damage::kBadValue, line, field, "a number in \"" + name + "\"");
      return false;
    }
    return true;
  }
  // A tuple: `(x, y)` or `(x, y, z)`; Python writes lists as `[x, y]`.
  const char* const form = spec.components == 2 ? "a tuple (x, y) in \"" : "a tuple (x, y, z) in \"";
  if (text.empty()) {
    out.fill(kNotRead);
    return true;
  }
  const bool bracketed = text.size() >= 2 && ((text.front() == '(' && text.back() == ')') ||
                                              (text.front() == '[' && text.back() == ']'));
  if (!bracketed) {
    Damaged(Damage::kBadValue, line, field, form + name + "\"");
    return false;
  }
  std::string_view rest = text.substr(1, text.size() - 2);
  for (int c = 0; c < spec.components; ++c) {
    const std::size_t comma = rest.find(',');
    const bool last = c + 1 == spec.components;
    if ((comma == std::string_view::npos) != last ||
        !ReadNumber(rest.substr(0, last ? rest.size() : comma), &out[c])) {
      Damaged(Damage::kBadValue, line, field, form + name + "\"");
      return false;
    }
    if (!last) rest.remove_prefix(comma + 1);
  }
  return true;
}

// One eye's data from the values of a row; `first` is its first value
// (kLeftPointOnDisplay or kRightPointOnDisplay).
void ProSdkReader::ReadEye(const Row& row, int first, EyeData* eye) const {
  const auto at = [&](Value left_value) -> const std::array<double, kMaxComponents>& {
    return row[first + (left_value - Value::kLeftPointOnDisplay)];
  };
  const auto is_valid = [&](Value left_value) { return at(left_value)[0] == kValid; };
  const auto has_column = [&](Value left_value) {
    const int value = first + (left_value - Value::kLeftPointOnDisplay);
    return tuple_column_[value] >= 0;
  };
  const auto as_float = [](double v) { return std::isnan(v) ? kMissing : static_cast<float>(v); };

  const std::array<double, kMaxComponents>& point = at(Value::kLeftPointOnDisplay);
  // The SDK gives no screen resolution: the normalised point is placed on
  // the analysis's screen, which it also measures on since the reader
  // reports no resolution.
  eye->gaze_x_px = as_float(point[0] * options_.screen.width_px);
  eye->gaze_y_px = as_float(point[1] * options_.screen.height_px);
  const bool pupil_valid = !has_column(Value::kLeftPupilValidity) || is_valid(Value::kLeftPupilValidity);
  eye->pupil_mm = pupil_valid ? as_float(at(Value::kLeftPupil)[0]) : kMissing;
  eye->valid = is_valid(Value::kLeftPointValidity) && !std::isnan(point[0]) && !std::isnan(point[1]);

  const int eye_index = first == Value::kLeftPointOnDisplay ? 0 : 1;
  if (!directions_[eye_index]) return;
  const std::array<double, kMaxComponents>& to = at(Value::kLeftPointUcs);
  const std::array<double, kMaxComponents>& from = at(Value::kLeftOriginUcs);
  const bool origin_valid = !has_column(Value::kLeftOriginValidity) || is_valid(Value::kLeftOriginValidity);
  const double dx = to[0] - from[0], dy = to[1] - from[1], dz = to[2] - from[2];
  const double length = std::sqrt(dx * dx + dy * dy + dz * dz);
  if (!origin_valid || !(length > 0)) {
    // With directions in the file, an eye without one is not tracked: a
    // direction made up from an assumed screen would jump against the
    // measured ones of the samples around it.
    eye->valid = false;
    return;
  }
  // UCS (x right, y up, z towards the user) to the screen frame's
  // orientation (x right, y down, z towards the viewer): y turns round.
  eye->gaze_dir_x = static_cast<float>(dx / length);
  eye->gaze_dir_y = static_cast<float>(-dy / length);
  eye->gaze_dir_z = static_cast<float>(dz / length);
}

// The last row of the file has no line end: it is whole only if it has
// every field of the header.
bool ProSdkReader::WholeLastRow(std::string_view line, std::size_t field_count) {
  if (lines_.line_terminated() || field_count >= header_.size()) return true;
  damage_.Add(Damage::kTruncatedLastRow, Where(line, line.substr(line.size())) + "expected " +
                                             std::to_string(header_.size()) + " fields, found " +
                                             std::to_string(field_count));
  return false;
}

void ProSdkReader::ParseRow(std::string_view line, bool* is_sample, Sample* sample) {
  *is_sample = false;
  if (line.empty() && lines_.line_terminated()) return;  // blank line
  ++rows_read_;
  if (!SplitRow(line, &fields_)) {
    const bool cut = !lines_.line_terminated();
    damage_.Add(cut ? Damage::kTruncatedLastRow : Damage::kShortRow,
                fmt::format("{}expected at least {} fields separated by {}, found {}",
                            Where(line, line.substr(line.size())), last_needed_column_ + 1,
                            delimiter_ == '\t' ? "tabs" : delimiter_ == ';' ? "\";\"" : "\",\"", fields_.size()));
    return;
  }
  if (!WholeLastRow(line, fields_.size())) return;

  Row row;
  for (auto& value : row) value.fill(kNotRead);
  const std::size_t time_column = static_cast<std::size_t>(tuple_column_[Value::kDeviceTime]);
  if (!ReadField(line, fields_[time_column], time_column, &row)) return;
  const double device_us = row[Value::kDeviceTime][0];
  if (!have_first_sample_) {
    have_first_sample_ = true;
    first_device_time_us_ = device_us;
  }
  const double since_first_us = device_us - first_device_time_us_;
  if (since_first_us > kMaxRecordingUs) {
    Damaged(Damage::kBadTime, line, fields_[time_column],
            "a time within a year of the first sample's in \"" + header_[time_column] + "\"");
    return;
  }
  const std::int64_t time_us = std::llround(since_first_us);
  // Time that runs backwards would break every windowed step after this
  // (io/time_order.h keeps the samples in order).
  if (order_.Rejects(time_us)) {
    Damaged(Damage::kTimeBackwards, line, fields_[time_column],
            "a time not before the previous sample's in \"" + header_[time_column] + "\"");
    return;
  }
  *is_sample = true;
  sample->time_us = time_us;

  bool sound = true;
  for (std::size_t column = 0; sound && column <= last_needed_column_; ++column) {
    if (column == time_column || role_of_column_[column].value < 0) continue;
    sound = ReadField(line, fields_[column], column, &row);
  }
  if (sound) {
    ReadEye(row, Value::kLeftPointOnDisplay, &sample->left);
    ReadEye(row, Value::kRightPointOnDisplay, &sample->right);
  } else {
    // One bad cell costs its sample, which is kept as lost.
    *sample = Sample();
    sample->time_us = time_us;
  }
}

Status ProSdkReader::Next(SampleChunk* chunk) {
  // How often (in rows) to ask whether the damage is past saving.
  constexpr std::int64_t kHopelessCheckRows = 1024;
  chunk->clear();
  std::string_view line;
  while (chunk->samples.size() < options_.chunk_samples) {
    if (options_.max_samples >= 0 && order_.handed_on() >= options_.max_samples) break;
    if (!lines_.Next(&line)) {
      if (!lines_.status().ok()) return lines_.status();
      order_.Flush(chunk);
      break;
    }
    Sample sample;
    bool is_sample = false;
    ParseRow(WithoutCarriageReturns(line), &is_sample, &sample);
    if (is_sample) order_.Add(sample, lines_.line_number(), chunk);
    if (rows_read_ % kHopelessCheckRows == 0 && damage_.Hopeless(rows_read_)) {
      return damage_.CheckTolerable(rows_read_);
    }
  }
  info_.decimal_mark = numbers_.decimal_mark();
  return Status::Ok();
}

}  // namespace tobii::io
