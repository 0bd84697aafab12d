// Glasses2Reader: streams the gaze samples of one Tobii Pro Glasses 2
// recording segment's `livedata.json(.gz)` (io/text_source.h undoes the
// gzip before the reader sees it).
//
// One packet per line, each with its time `ts` (µs, the device clock) and
// status `s` (0 ok; otherwise its values are zeroed and mean nothing). A
// gaze sample comes in eight packets sharing a gaze index `gidx`: per eye
// (`"eye":"left"|"right"`) the pupil centre `pc`, pupil diameter `pd` and
// gaze direction `gd`; for both, the gaze point `gp` (normalised to the
// scene video, origin top-left) and the 3-D gaze point `gp3`. The reader
// uses `gd`, `pd` and `gp`: an eye is valid when its `gd` has status 0;
// directions are in the head unit's frame (x left, y up, z forward) and
// turned into the screen frame's orientation (io/head_unit_frame.h); `gp`
// becomes the gaze point in the scene camera's pixels. A sample's time is
// its `ts` minus the first sample's. Sync-port packets (`dir`, `sig`)
// become RecordingEvents named as Pro Lab names them (SyncPortOutHigh,
// SyncPortInLow, ...); other packets (gy, ac, pts, vts, evts, epts) are
// passed over.
//
// Lines are not in time order (a packet can come after packets of later
// samples): samples are assembled in a look-ahead window of
// kLookAheadSamples gaze indices and handed on in gaze-index order once a
// packet kLookAheadSamples indices later arrives (or the file ends). A
// packet of a sample already handed on costs its line (kTimeBackwards);
// memory stays one window, whatever the file.
//
// Names come from the metadata beside the file or up to two folders above
// (participant.json `pa_info.Name`, recording.json `rec_info.Name`,
// sysinfo.json `servicemanager_version`). Flaws cost what io/damage.h
// decides: a line that is not JSON, or a gaze packet without its gidx,
// ts, s or eye, costs the line (kBadRecord; a ts that is not a number
// kBadTime); a value that is not a number costs its sample (kBadValue).
// The format and its quirks: doc/formats/tobii-pro-glasses.md.
//
// Memory: one read buffer, one parsed line, the window and one chunk of
// samples, whatever the file size.
// Thread-safety: one reader per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/byte_source.h"
#include "io/line_reader.h"
#include "io/sample_reader.h"
#include "tobii/sample.h"
#include "tobii/status.h"

namespace tobii::io {

class JsonLine;

// The Pro Glasses 2 scene camera's image, in which `gp` is normalised:
// 1920 x 1080 pixels (Tobii's product description of Pro Glasses 2: scene
// camera 1920 x 1080 at 25 fps; quoted from memory, not from a document
// stored with the project). A recording states it only in the binary
// et.tslv.gz, which is not read.
inline constexpr int kGlasses2SceneWidthPx = 1920;
inline constexpr int kGlasses2SceneHeightPx = 1080;

// How far out of order packets may come: in gaze indices (samples). In the
// real recording a sample's packets come at most 2 samples after a later
// sample's first packet, and at most 3 samples are open at once; 32 (0.64 s
// at 50 Hz, 0.32 s at 100 Hz) leaves a wide margin for a busier recording
// unit, and holds 32 samples of ~140 bytes.
inline constexpr std::int64_t kLookAheadSamples = 32;

// A packet whose gaze index lies further than this past the window's
// newest is taken for a corrupt index (a flipped digit), and costs its
// line, unless kJumpConfirmPackets packets in a row land near it: the
// recording unit then did skip that many samples (1000 is 20 s at 50 Hz;
// a sample is 8 packets).
inline constexpr std::int64_t kMaxGazeIndexJump = 1000;
inline constexpr int kJumpConfirmPackets = 8;

// Sync-port events read before the first sample is handed on wait for its
// time (the clock's zero); a recording pulses its sync port a few times a
// second at most, so more than this before the first gaze sample means no
// gaze is coming, and the rest are dropped.
inline constexpr std::size_t kMaxEventsBeforeFirstSample = 256;

class Glasses2Reader final : public SampleReader {
 public:
  // `path`: where the file lies, for the metadata beside it; may be empty.
  Glasses2Reader(std::unique_ptr<ByteSource> source, ReaderOptions options = {}, std::string path = {});
  ~Glasses2Reader() override;

  Status Open() override;
  Status Next(SampleChunk* chunk) override;

  const RecordingInfo& info() const override { return info_; }
  std::uint64_t bytes_consumed() const override { return source_->bytes_read(); }
  std::int64_t samples_read() const override { return samples_read_; }
  std::int64_t rows_read() const override { return rows_read_; }
  const DamageLog& damage() const override { return damage_; }
  const std::string& name() const override { return source_->name(); }
  ColumnReport columns() const override;

 private:
  // A sample being assembled from its packets.
  struct Pending {
    std::int64_t gidx = 0;
    std::int64_t ts = 0;    // its first packet's
    std::int64_t line = 0;  // its first packet's line, for messages
    std::uint8_t seen = 0;  // which packets came (PacketBit)
    bool damaged = false;   // a bad value: handed on as lost
    Sample sample;          // time set when handed on
  };
  // An event read before the clock's zero was known.
  struct HeldEvent {
    std::int64_t ts = 0;
    std::string name;
  };

  void ReadMetadata();
  void ParseLine(std::string_view line, SampleChunk* chunk);
  Pending* Window(std::int64_t gidx, std::int64_t ts, std::string_view line);
  void HandOn(Pending* pending, SampleChunk* chunk);
  void AddEvent(std::int64_t ts, std::string name, SampleChunk* chunk);
  // Counts a flaw of line `line`: `file:line:column: expected what, found
  // "found"`, then `(why)` when given.
  void Damaged(Damage kind, std::int64_t line, std::size_t column, std::string_view what,
               std::string_view found, std::string_view why = {});

  std::unique_ptr<ByteSource> source_;
  ReaderOptions options_;
  std::string path_;
  DamageLog damage_;
  LineReader lines_;
  std::unique_ptr<JsonLine> json_;
  RecordingInfo info_;

  // The window: samples in gaze-index order, all at or above floor_.
  std::vector<Pending> window_;
  std::int64_t floor_ = 0;  // lowest gaze index still accepted
  bool have_floor_ = false;
  std::int64_t jump_to_ = -1;  // where a far jump of the gaze index may lead
  int jump_votes_ = 0;         // packets in a row that landed near it
  bool at_end_ = false;

  bool have_zero_ = false;
  std::int64_t zero_ts_ = 0;  // the first sample's ts
  std::vector<HeldEvent> held_events_;
  std::int64_t samples_read_ = 0;
  std::int64_t rows_read_ = 0;
  std::int64_t previous_ts_ = 0;
};

}  // namespace tobii::io
