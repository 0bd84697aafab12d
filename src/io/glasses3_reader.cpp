#include "io/glasses3_reader.h"

#include <cmath>
#include <filesystem>
#include <initializer_list>
#include <utility>

#include "io/glasses_metadata.h"
#include "io/head_unit_frame.h"
#include "io/json_line.h"
#include "util/text.h"
#include "util/units.h"

namespace tobii::io {

namespace {

// The `type` of gaze lines; imu and event lines (when a stream mixes them
// in) are passed over.
constexpr std::string_view kGazeType = "gaze";

// A time beyond a year of microseconds is no recording's.
constexpr double kMaxTimeUs = 3.2e13;

// The metadata of a recording folder (Tobii Pro Glasses 3 developer
// guide; doc/formats/tobii-pro-glasses.md): `recording.g3` beside the gaze
// data names the folder of the rest.
constexpr std::string_view kRecordingFile = "recording.g3";
constexpr std::string_view kDefaultMetaFolder = "meta";
constexpr std::string_view kParticipantFile = "participant";
constexpr std::string_view kFirmwareFile = "RuVersion";

}  // namespace

Glasses3Reader::Glasses3Reader(std::unique_ptr<ByteSource> source, ReaderOptions options, std::string path)
    : source_(std::move(source)),
      options_(std::move(options)),
      path_(std::move(path)),
      lines_(source_.get(), options_.buffer_bytes, &damage_, kMaxJsonLineBytes),
      order_(source_->name(), &damage_),
      json_(std::make_unique<JsonLine>()) {}

Glasses3Reader::~Glasses3Reader() = default;

Status Glasses3Reader::Open() {
  info_.head_mounted = true;
  info_.screen_width_px = kGlasses3SceneWidthPx;
  info_.screen_height_px = kGlasses3SceneHeightPx;
  ReadMetadata();
  return Status::Ok();
}

std::string Glasses3RecordingFile(const std::string& data_path) {
  return FindMetadataFile(data_path, kRecordingFile, 0);
}

void Glasses3Reader::ReadMetadata() {
  const std::string recording = Glasses3RecordingFile(path_);
  if (recording.empty()) return;
  info_.recording = JsonFileString(recording, {"name"});
  int width = 0, height = 0;
  if (JsonFileIntPair(recording, {"scenecamera", "camera-calibration", "resolution"}, &width, &height)) {
    info_.screen_width_px = width;
    info_.screen_height_px = height;
  }
  std::string meta_folder = JsonFileString(recording, {"meta-folder"});
  if (meta_folder.empty()) meta_folder = kDefaultMetaFolder;
  const std::string meta = (std::filesystem::path(recording).parent_path() / meta_folder).string();
  info_.participant = JsonFileString((std::filesystem::path(meta) / kParticipantFile).string(), {"name"});
  const std::string firmware = SmallTextFile((std::filesystem::path(meta) / kFirmwareFile).string());
  if (!firmware.empty()) info_.software = "Tobii Pro Glasses 3 " + firmware;
}

ColumnReport Glasses3Reader::columns() const {
  return {{"type", "timestamp", "data.gaze2d", "data.eyeleft.gazedirection", "data.eyeleft.pupildiameter",
           "data.eyeright.gazedirection", "data.eyeright.pupildiameter"},
          {"data.gaze3d", "data.eyeleft.gazeorigin", "data.eyeright.gazeorigin"}};
}

void Glasses3Reader::Damaged(Damage kind, std::size_t column, std::string_view what, std::string_view found,
                             std::string_view why) {
  damage_.Add(kind, source_->name() + ":" + std::to_string(lines_.line_number()) + ":" +
                        std::to_string(column) + ": expected " + std::string(what) + ", found " +
                        util::QuotedFound(found) + (why.empty() ? "" : " (" + std::string(why) + ")"));
}

Glasses3Reader::LineKind Glasses3Reader::ParseLine(std::string_view line, Sample* sample) {
  if (line.empty()) return LineKind::kSkipped;  // a blank line
  ++rows_read_;
  simdjson::dom::object object;
  std::string why;
  if (!json_->Parse(line, &object, &why)) {
    // The last line of a cut file is half a line.
    Damaged(lines_.line_terminated() ? Damage::kBadRecord : Damage::kTruncatedLastRow, 1,
            "one JSON object per line", line, why);
    return LineKind::kSkipped;
  }
  simdjson::dom::element type, timestamp, data_value;
  std::string_view type_name;
  if (object.at_key("type").get(type) || type.get_string().get(type_name)) {
    Damaged(Damage::kBadRecord, 1, "a line with a \"type\"", line);
    return LineKind::kSkipped;
  }
  if (type_name != kGazeType) return LineKind::kSkipped;
  simdjson::dom::object data;
  if (object.at_key("timestamp").get(timestamp) || object.at_key("data").get(data_value) ||
      data_value.get_object().get(data)) {
    Damaged(Damage::kBadRecord, 1, "a gaze line with a \"timestamp\" and a \"data\" object", line);
    return LineKind::kSkipped;
  }
  double seconds = 0;
  if (timestamp.get_double().get(seconds) ||
      !(std::fabs(seconds * util::kMicrosecondsPerSecond) <= kMaxTimeUs)) {
    Damaged(Damage::kBadTime, JsonColumn(line, {"timestamp"}), "a time in seconds in \"timestamp\"",
            JsonText(timestamp));
    return LineKind::kSkipped;
  }
  const std::int64_t time_us = std::llround(seconds * util::kMicrosecondsPerSecond);
  // Time that runs backwards would break every windowed step after this
  // (io/time_order.h keeps the samples in order).
  if (order_.Rejects(time_us)) {
    Damaged(Damage::kTimeBackwards, JsonColumn(line, {"timestamp"}),
            "a time not before the previous sample's in \"timestamp\"", JsonText(timestamp));
    return LineKind::kSkipped;
  }
  sample->time_us = time_us;

  // The values: one that is not what it should be costs its sample, kept
  // as lost.
  const auto bad = [&](std::initializer_list<std::string_view> path, std::string_view what,
                       simdjson::dom::element value) {
    Damaged(Damage::kBadValue, JsonColumn(line, path), what, JsonText(value));
    *sample = Sample();
    sample->time_us = time_us;
    return LineKind::kSample;
  };
  simdjson::dom::element value;
  if (!data.at_key("gaze2d").get(value)) {
    double point[2];
    if (!JsonNumbers(value, point, 2)) return bad({"data", "gaze2d"}, "two numbers in \"gaze2d\"", value);
    sample->gaze_x_px = static_cast<float>(point[0] * info_.screen_width_px);
    sample->gaze_y_px = static_cast<float>(point[1] * info_.screen_height_px);
  }
  for (const std::string_view eye_key : {std::string_view("eyeleft"), std::string_view("eyeright")}) {
    EyeData& eye = eye_key == "eyeleft" ? sample->left : sample->right;
    simdjson::dom::element eye_value;
    if (data.at_key(eye_key).get(eye_value)) continue;  // not written: lost
    simdjson::dom::object eye_object;
    if (eye_value.get_object().get(eye_object)) return bad({"data", eye_key}, "an object", eye_value);
    // `{}`: the eye was lost; without a direction there is nothing to use.
    if (eye_object.at_key("gazedirection").get(value)) continue;
    double direction[3];
    if (!JsonNumbers(value, direction, 3) || !IsGazeDirection(direction)) {
      return bad({"data", eye_key, "gazedirection"}, "a unit vector of three numbers in \"gazedirection\"",
                 value);
    }
    SetHeadUnitDirection(direction, &eye);
    if (!eye_object.at_key("pupildiameter").get(value)) {
      double pupil = 0;
      if (!JsonNumber(value, &pupil)) {
        return bad({"data", eye_key, "pupildiameter"}, "a number in \"pupildiameter\"", value);
      }
      eye.pupil_mm = static_cast<float>(pupil);
    }
    eye.valid = true;
  }
  return LineKind::kSample;
}

Status Glasses3Reader::Next(SampleChunk* chunk) {
  // How often (in lines) to ask whether the damage is past saving.
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
    if (ParseLine(line, &sample) == LineKind::kSample) order_.Add(sample, lines_.line_number(), chunk);
    if (rows_read_ % kHopelessCheckRows == 0 && damage_.Hopeless(rows_read_)) {
      return damage_.CheckTolerable(rows_read_);
    }
  }
  return Status::Ok();
}

}  // namespace tobii::io
