// Glasses3Reader: streams the gaze samples of one Tobii Pro Glasses 3
// recording's `gazedata.gz` (or the same inflated: io/text_source.h undoes
// the gzip before the reader sees it).
//
// One JSON object per line:
//   {"type":"gaze","timestamp":0.0237,"data":{"gaze2d":[x,y],"gaze3d":[..],
//    "eyeleft":{"gazeorigin":[..],"gazedirection":[x,y,z],"pupildiameter":mm},
//    "eyeright":{...}}}
// `timestamp` is seconds from the start of the recording (the scene video's
// clock), kept as it is, so annotations coded on the scene video line up;
// `gaze2d` is normalised to the scene video (origin top-left) and becomes
// the sample's gaze point in the scene camera's pixels; each eye's
// `gazedirection` is in the head unit's frame (x left, y up, z forward, as
// the wearer sees it), which the reader turns into the screen frame's
// orientation (tobii/sample.h): every axis changes sign. Angles then come
// from the directions. `"data":{}` is a sample with no gaze, `"eyeleft":{}`
// one eye lost. Lines of other types (imu, event) are passed over.
//
// Names come from the recording's metadata beside the file, where it is
// (`recording.g3` "name"; `meta/participant` "name"; `meta/RuVersion`), and
// are left empty otherwise. Flaws cost what io/damage.h decides: a line
// that is not JSON, or lacks a type, timestamp or data object, costs the
// line (kBadRecord; a timestamp that is not a number kBadTime); a value
// that is not a number costs its sample (kBadValue); a timestamp before
// the previous sample's costs the line (kTimeBackwards). The format and its
// quirks: doc/formats/tobii-pro-glasses.md.
//
// Memory: one read buffer, one parsed line and one chunk of samples,
// whatever the file size.
// Thread-safety: one reader per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "io/byte_source.h"
#include "io/line_reader.h"
#include "io/sample_reader.h"
#include "io/time_order.h"
#include "tobii/sample.h"
#include "tobii/status.h"

namespace tobii::io {

class JsonLine;

// The Pro Glasses 3 scene camera's image, in which gaze2d is normalised:
// 1920 x 1080 pixels (Tobii's product description of Pro Glasses 3: scene
// camera 1920 x 1080 at 25 fps; quoted from memory, not from a document
// stored with the project). `recording.g3` states it
// (scenecamera.camera-calibration.resolution) and wins where present.
inline constexpr int kGlasses3SceneWidthPx = 1920;
inline constexpr int kGlasses3SceneHeightPx = 1080;

// The recording's `recording.g3` beside its gaze data (its name and scene
// camera), or "" when there is none.
std::string Glasses3RecordingFile(const std::string& data_path);

class Glasses3Reader final : public SampleReader {
 public:
  // `path`: where the file lies, for the metadata beside it; may be empty.
  Glasses3Reader(std::unique_ptr<ByteSource> source, ReaderOptions options = {}, std::string path = {});
  ~Glasses3Reader() override;

  Status Open() override;
  Status Next(SampleChunk* chunk) override;

  const RecordingInfo& info() const override { return info_; }
  std::uint64_t bytes_consumed() const override { return source_->bytes_read(); }
  std::int64_t samples_read() const override { return order_.handed_on(); }
  std::int64_t rows_read() const override { return rows_read_; }
  const DamageLog& damage() const override { return damage_; }
  const std::string& name() const override { return source_->name(); }
  ColumnReport columns() const override;

 private:
  enum class LineKind { kSkipped, kSample };

  void ReadMetadata();
  LineKind ParseLine(std::string_view line, Sample* sample);
  // Counts a flaw of the current line: `file:line:column: expected what,
  // found "found"`, then `(why)` when given.
  void Damaged(Damage kind, std::size_t column, std::string_view what, std::string_view found,
               std::string_view why = {});

  std::unique_ptr<ByteSource> source_;
  ReaderOptions options_;
  std::string path_;
  DamageLog damage_;
  LineReader lines_;
  TimeOrder order_;
  std::unique_ptr<JsonLine> json_;
  RecordingInfo info_;

  std::int64_t rows_read_ = 0;
};

}  // namespace tobii::io
