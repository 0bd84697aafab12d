#include "io/glasses2_reader.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "io/glasses_metadata.h"
#include "io/head_unit_frame.h"
#include "io/json_line.h"
#include "util/text.h"

namespace tobii::io {

namespace {

// A time beyond a year of microseconds past the device's start is no
// recording's (and keeps the sums below far from overflow).
constexpr double kMaxTimeUs = 3.2e13;
// Gaze indices count samples from the device's start; one beyond this is
// not an index (and keeps floor arithmetic far from overflow).
constexpr std::int64_t kMaxGazeIndex = std::int64_t{1} << 52;

// The packets of a sample the reader tells apart, one bit each.
enum PacketBit : std::uint8_t {
  kLeftDirection = 1 << 0,
  kRightDirection = 1 << 1,
  kLeftPupil = 1 << 2,
  kRightPupil = 1 << 3,
  kLeftCentre = 1 << 4,
  kRightCentre = 1 << 5,
  kGazePoint = 1 << 6,
  kGazePoint3d = 1 << 7,
};

// Where the metadata lies in the SD card's layout
// projects/<p>/recordings/<r>/segments/<n>/livedata.json.gz: the
// recording's folder is two above the segment's.
constexpr int kMetadataLevelsUp = 2;

}  // namespace

Glasses2Reader::Glasses2Reader(std::unique_ptr<ByteSource> source, ReaderOptions options, std::string path)
    : source_(std::move(source)),
      options_(std::move(options)),
      path_(std::move(path)),
      lines_(source_.get(), options_.buffer_bytes, &damage_, kMaxJsonLineBytes),
      json_(std::make_unique<JsonLine>()) {
  // A packet may advance the floor past the whole window while it is
  // inserted: the window holds at most one more than its width.
  window_.reserve(kLookAheadSamples + 1);
}

Glasses2Reader::~Glasses2Reader() = default;

Status Glasses2Reader::Open() {
  info_.head_mounted = true;
  info_.screen_width_px = kGlasses2SceneWidthPx;
  info_.screen_height_px = kGlasses2SceneHeightPx;
  ReadMetadata();
  return Status::Ok();
}

void Glasses2Reader::ReadMetadata() {
  info_.participant =
      JsonFileString(FindMetadataFile(path_, "participant.json", kMetadataLevelsUp), {"pa_info", "Name"});
  info_.recording =
      JsonFileString(FindMetadataFile(path_, "recording.json", kMetadataLevelsUp), {"rec_info", "Name"});
  const std::string firmware =
      JsonFileString(FindMetadataFile(path_, "sysinfo.json", kMetadataLevelsUp), {"servicemanager_version"});
  if (!firmware.empty()) info_.software = "Tobii Pro Glasses 2 " + firmware;
}

ColumnReport Glasses2Reader::columns() const {
  return {{"ts", "s", "gidx", "eye", "gd", "pd", "gp", "dir", "sig"},
          {"pc", "gp3", "l", "gy", "ac", "pts", "pv", "vts", "evts", "epts"}};
}

void Glasses2Reader::Damaged(Damage kind, std::int64_t line, std::size_t column, std::string_view what,
                             std::string_view found, std::string_view why) {
  damage_.Add(kind, source_->name() + ":" + std::to_string(line) + ":" + std::to_string(column) +
                        ": expected " + std::string(what) + ", found " + util::QuotedFound(found) +
                        (why.empty() ? "" : " (" + std::string(why) + ")"));
}

// The sample of gaze index `gidx` in the window, added if new; null when
// that sample was handed on already (the packet is too late).
Glasses2Reader::Pending* Glasses2Reader::Window(std::int64_t gidx, std::int64_t ts, std::string_view line) {
  if (!have_floor_) {
    have_floor_ = true;
    floor_ = gidx - kLookAheadSamples + 1;  // earlier samples may still come
  }
  if (gidx < floor_) {
    Damaged(Damage::kTimeBackwards, lines_.line_number(), JsonColumn(line, {"gidx"}),
            "a packet of gaze index " + std::to_string(floor_) + " or later (packets come at most " +
                std::to_string(kLookAheadSamples) + " samples out of order)",
            std::to_string(gidx));
    return nullptr;
  }
  // A packet far ahead of the window is a corrupt index unless the packets
  // after it confirm the jump: one flipped digit must not move the window
  // past every packet still to come.
  const std::int64_t newest = floor_ + kLookAheadSamples - 1;
  if (gidx > newest + kMaxGazeIndexJump) {
    const bool near_jump = jump_to_ >= 0 && gidx >= jump_to_ - kLookAheadSamples && gidx <= jump_to_ + kLookAheadSamples;
    jump_votes_ = near_jump ? jump_votes_ + 1 : 1;
    if (!near_jump) jump_to_ = gidx;
    if (jump_votes_ < kJumpConfirmPackets) {
      Damaged(Damage::kBadRecord, lines_.line_number(), JsonColumn(line, {"gidx"}),
              "a gaze index near the others' (at most " + std::to_string(newest + kMaxGazeIndexJump) + ")",
              std::to_string(gidx), "a corrupt index?");
      return nullptr;
    }
  } else {
    jump_votes_ = 0;
    jump_to_ = -1;
  }
  // A packet this far ahead lets the oldest samples go.
  if (gidx >= floor_ + kLookAheadSamples) floor_ = gidx - kLookAheadSamples + 1;
  const auto at = std::lower_bound(window_.begin(), window_.end(), gidx,
                                   [](const Pending& p, std::int64_t g) { return p.gidx < g; });
  if (at != window_.end() && at->gidx == gidx) return &*at;
  Pending pending;
  pending.gidx = gidx;
  pending.ts = ts;
  pending.line = lines_.line_number();
  return &*window_.insert(at, pending);
}

void Glasses2Reader::AddEvent(std::int64_t ts, std::string name, SampleChunk* chunk) {
  if (have_zero_) {
    chunk->events.push_back({ts - zero_ts_, std::move(name), {}});
  } else if (held_events_.size() < kMaxEventsBeforeFirstSample) {
    held_events_.push_back({ts, std::move(name)});
  }
}

void Glasses2Reader::HandOn(Pending* pending, SampleChunk* chunk) {
  if (!have_zero_) {
    have_zero_ = true;
    zero_ts_ = pending->ts;
    for (HeldEvent& held : held_events_)
      chunk->events.push_back({held.ts - zero_ts_, std::move(held.name), {}});
    held_events_.clear();
    held_events_.shrink_to_fit();
  } else if (pending->ts < previous_ts_) {
    // Time that runs backwards would break every windowed step after this.
    Damaged(Damage::kTimeBackwards, pending->line, 1,
            "a sample timed not before the previous one (gaze index " + std::to_string(pending->gidx) + ")",
            std::to_string(pending->ts));
    return;
  }
  previous_ts_ = pending->ts;
  if (pending->damaged) pending->sample = Sample();  // kept as lost
  pending->sample.time_us = pending->ts - zero_ts_;
  chunk->samples.push_back(pending->sample);
  ++samples_read_;
}

void Glasses2Reader::ParseLine(std::string_view line, SampleChunk* chunk) {
  if (line.empty()) return;  // a blank line
  ++rows_read_;
  simdjson::dom::object object;
  std::string why;
  if (!json_->Parse(line, &object, &why)) {
    // The last line of a cut file is half a line.
    Damaged(lines_.line_terminated() ? Damage::kBadRecord : Damage::kTruncatedLastRow, lines_.line_number(),
            1, "one JSON object per line", line, why);
    return;
  }
  // One walk over the packet's fields.
  simdjson::dom::element ts_value, status_value, gidx_value, eye_value, data_value, dir_value, sig_value;
  bool has_ts = false, has_status = false, has_gidx = false, has_eye = false, has_dir = false,
       has_sig = false;
  std::string_view data_key;
  for (const simdjson::dom::key_value_pair field : object) {
    const std::string_view key = field.key;
    if (key == "ts") {
      ts_value = field.value;
      has_ts = true;
    } else if (key == "s") {
      status_value = field.value;
      has_status = true;
    } else if (key == "gidx") {
      gidx_value = field.value;
      has_gidx = true;
    } else if (key == "eye") {
      eye_value = field.value;
      has_eye = true;
    } else if (key == "dir") {
      dir_value = field.value;
      has_dir = true;
    } else if (key == "sig") {
      sig_value = field.value;
      has_sig = true;
    } else if (data_key.empty() &&
               (key == "gd" || key == "pd" || key == "pc" || key == "gp" || key == "gp3")) {
      data_key = key;
      data_value = field.value;
    }
  }
  const bool gaze = has_gidx || !data_key.empty();
  const bool sync = has_dir && has_sig;
  if (!gaze && !sync) return;  // IMU, video sync and packets of kinds not read

  // What every packet read needs: its time and status (and for gaze, its
  // index and kind).
  if (!has_ts || !has_status || (gaze && (!has_gidx || data_key.empty()))) {
    Damaged(
        Damage::kBadRecord, lines_.line_number(), 1,
        gaze ? "a gaze packet with \"ts\", \"s\", \"gidx\" and one of \"gd\", \"pd\", \"pc\", \"gp\", \"gp3\""
             : "a sync-port packet with \"ts\" and \"s\"",
        line);
    return;
  }
  double ts_number = 0;
  if (ts_value.get_double().get(ts_number) || !(std::fabs(ts_number) <= kMaxTimeUs)) {
    Damaged(Damage::kBadTime, lines_.line_number(), JsonColumn(line, {"ts"}),
            "a time in microseconds in \"ts\"", JsonText(ts_value));
    return;
  }
  const std::int64_t ts = std::llround(ts_number);
  std::int64_t status = 0;
  const bool status_known = !status_value.get_int64().get(status);

  if (sync) {
    std::string_view dir;
    std::int64_t level = 0;
    if (!status_known || dir_value.get_string().get(dir) || (dir != "in" && dir != "out") ||
        sig_value.get_int64().get(level)) {
      Damaged(Damage::kBadRecord, lines_.line_number(), JsonColumn(line, {"dir"}),
              "a sync-port packet with \"s\" a number, \"dir\" \"in\" or \"out\" and \"sig\" a number", line);
      return;
    }
    if (status != 0) return;  // a signal not read right
    // Pro Lab's names for the same events.
    AddEvent(ts, std::string(dir == "in" ? "SyncPortIn" : "SyncPortOut") + (level != 0 ? "High" : "Low"),
             chunk);
    return;
  }

  std::int64_t gidx = 0;
  if (gidx_value.get_int64().get(gidx) || gidx < 0 || gidx > kMaxGazeIndex) {
    Damaged(Damage::kBadRecord, lines_.line_number(), JsonColumn(line, {"gidx"}),
            "a gaze index (a whole number) in \"gidx\"", JsonText(gidx_value));
    return;
  }
  const bool per_eye = data_key == "gd" || data_key == "pd" || data_key == "pc";
  std::string_view eye_name;
  if (per_eye &&
      (!has_eye || eye_value.get_string().get(eye_name) || (eye_name != "left" && eye_name != "right"))) {
    Damaged(Damage::kBadRecord, lines_.line_number(), JsonColumn(line, {"eye"}),
            "\"eye\" \"left\" or \"right\" in a \"" + std::string(data_key) + "\" packet",
            has_eye ? JsonText(eye_value) : std::string(line));
    return;
  }
  Pending* pending = Window(gidx, ts, line);
  if (pending == nullptr) return;
  if (ts != pending->ts) {
    Damaged(
        Damage::kBadRecord, lines_.line_number(), JsonColumn(line, {"ts"}),
        "the time of gaze index " + std::to_string(gidx) + "'s other packets, " + std::to_string(pending->ts),
        JsonText(ts_value));
    return;
  }
  const bool left = eye_name == "left";
  const std::uint8_t bit = data_key == "gd"   ? (left ? kLeftDirection : kRightDirection)
                           : data_key == "pd" ? (left ? kLeftPupil : kRightPupil)
                           : data_key == "pc" ? (left ? kLeftCentre : kRightCentre)
                           : data_key == "gp" ? kGazePoint
                                              : kGazePoint3d;
  if ((pending->seen & bit) != 0) {
    Damaged(Damage::kBadRecord, lines_.line_number(), JsonColumn(line, {data_key}),
            "one \"" + std::string(data_key) + "\" packet" + (per_eye ? " per eye" : "") + " of gaze index " +
                std::to_string(gidx),
            JsonText(data_value));
    return;
  }
  pending->seen |= bit;
  if (!status_known) {
    Damaged(Damage::kBadValue, lines_.line_number(), JsonColumn(line, {"s"}), "a status number in \"s\"",
            JsonText(status_value));
    pending->damaged = true;
    return;
  }
  if (status != 0) return;                            // zeroed values: the eye (or the point) was not tracked
  if (data_key == "pc" || data_key == "gp3") return;  // not used

  EyeData& eye = left ? pending->sample.left : pending->sample.right;
  const auto bad = [&](std::string_view what) {
    Damaged(Damage::kBadValue, lines_.line_number(), JsonColumn(line, {data_key}), what,
            JsonText(data_value));
    pending->damaged = true;
  };
  if (data_key == "gd") {
    double direction[3];
    if (!JsonNumbers(data_value, direction, 3) || !IsGazeDirection(direction)) {
      return bad("a unit vector of three numbers in \"gd\"");
    }
    SetHeadUnitDirection(direction, &eye);
    eye.valid = true;
  } else if (data_key == "pd") {
    double pupil = 0;
    if (!JsonNumber(data_value, &pupil)) return bad("a number in \"pd\"");
    eye.pupil_mm = static_cast<float>(pupil);
  } else {  // gp
    double point[2];
    if (!JsonNumbers(data_value, point, 2)) return bad("two numbers in \"gp\"");
    pending->sample.gaze_x_px = static_cast<float>(point[0] * info_.screen_width_px);
    pending->sample.gaze_y_px = static_cast<float>(point[1] * info_.screen_height_px);
  }
}

Status Glasses2Reader::Next(SampleChunk* chunk) {
  // How often (in lines) to ask whether the damage is past saving.
  constexpr std::int64_t kHopelessCheckRows = 1024;
  chunk->clear();
  std::string_view line;
  const auto limit_reached = [&] {
    return options_.max_samples >= 0 && samples_read_ >= options_.max_samples;
  };
  while (true) {
    // Hand on the samples the window has let go of, oldest first.
    while (!window_.empty() && chunk->samples.size() < options_.chunk_samples && !limit_reached() &&
           (at_end_ || window_.front().gidx < floor_)) {
      HandOn(&window_.front(), chunk);
      window_.erase(window_.begin());
    }
    if (chunk->samples.size() >= options_.chunk_samples || limit_reached() || at_end_) break;
    if (!lines_.Next(&line)) {
      if (!lines_.status().ok()) return lines_.status();
      at_end_ = true;
      continue;
    }
    ParseLine(line, chunk);
    if (rows_read_ % kHopelessCheckRows == 0 && damage_.Hopeless(rows_read_)) {
      return damage_.CheckTolerable(rows_read_);
    }
  }
  return Status::Ok();
}

}  // namespace tobii::io
