// ProLabReader: streams the gaze samples and the events of one Tobii Pro Lab
// data export (tab-separated text, one row per sample or event).
//
// Columns are found by name whatever their order, units or version
// (io/column_name.h); only the columns the analysis uses are parsed, the rest
// are skipped over. Rows that are not eye-tracker samples (mouse, gyroscope,
// event rows) give no sample. Every row with a non-empty `Event` (if the
// export has that column) gives a RecordingEvent in the same pass, timed by
// its `Recording timestamp`: event rows have no eyetracker timestamp, and
// the samples' clock is anchored on the recording timestamp, so both share
// one clock (to the recording timestamp's resolution, 1 ms in Pro Lab
// 24.21). The decimal mark is detected per file. Bad input stops the file
// with `file:line:column: expected ..., found "..."`.
// The export format and its quirks: doc/formats/tobii-pro-lab.md.
//
// Memory: one read buffer plus one chunk of samples and its events, whatever
// the file size.
// Thread-safety: one reader per thread.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/byte_source.h"
#include "io/line_reader.h"
#include "io/number_parser.h"
#include "tobii/sample.h"
#include "tobii/status.h"

namespace tobii::io {

// Samples handed over per Next() call: large enough to amortise the call,
// small enough to stay in cache.
inline constexpr std::size_t kDefaultChunkSamples = 4096;

struct ReaderOptions {
  std::size_t buffer_bytes = kDefaultReadBufferBytes;
  std::size_t chunk_samples = kDefaultChunkSamples;
  std::int64_t max_samples = -1;  // stop after this many samples; -1 = all
};

// What the export says about itself, from its header and first sample row.
struct RecordingInfo {
  std::string participant;   // `Participant name`; empty when absent
  std::string recording;     // `Recording name`; empty when absent
  int screen_width_px = 0;   // `Recording resolution width`; 0 when absent
  int screen_height_px = 0;
  char decimal_mark = 0;     // '.', ',' or 0 when no decimal number was read
};

class ProLabReader {
 public:
  explicit ProLabReader(std::unique_ptr<ByteSource> source, ReaderOptions options = {});

  // Reads and checks the header. REQUIRES: called once, before Next().
  Status Open();

  // Replaces the chunk's contents with the next samples (at most
  // chunk_samples) and the events of the rows read for them: the event rows
  // after the previous chunk's last sample, up to this chunk's last sample
  // (and, in the last chunk, to the end of the file). So an event row
  // between two samples comes with the later one, and the events after the
  // last sample come in a chunk of their own, with no samples. An ok status
  // with an empty chunk (no samples, no events) means the end of the file.
  Status Next(SampleChunk* chunk);

  // Filled by Open() and the first sample row.
  const RecordingInfo& info() const { return info_; }
  std::uint64_t bytes_consumed() const { return lines_.bytes_consumed(); }
  std::int64_t samples_read() const { return samples_read_; }
  const std::string& name() const { return source_->name(); }

  // The columns the reader uses.
  enum Field : int {
    kRecordingTime, kDeviceTime, kSensor, kParticipant, kRecordingName, kEvent, kEventValue, kGazeX, kGazeY,
    kScreenWidth, kScreenHeight, kValidityLeft, kValidityRight,
    // Per eye: the left eye's fields, then the right eye's in the same order.
    kLeftGazeXPx, kLeftGazeYPx, kLeftGazeXMm, kLeftGazeYMm, kLeftEyeX, kLeftEyeY, kLeftEyeZ, kLeftPupil,
    kRightGazeXPx, kRightGazeYPx, kRightGazeXMm, kRightGazeYMm, kRightEyeX, kRightEyeY, kRightEyeZ, kRightPupil,
    kFieldCount
  };

 private:
  using Fields = std::array<std::string_view, kFieldCount>;

  Status ParseRow(std::string_view line, bool* is_sample, Sample* sample,
                  std::vector<RecordingEvent>* events);
  Status ReadEvent(const Fields& fields, std::string_view line, std::vector<RecordingEvent>* events);
  bool SplitRow(std::string_view line, Fields* fields, int* field_count) const;
  Status CheckWholeLastRow(std::string_view line) const;
  Status Expected(std::string_view line, std::string_view field, std::string_view what) const;
  Status Float(const Fields& fields, Field field, std::string_view line, float* value);
  Status Time(const Fields& fields, Field field, std::string_view line, double* time_us);
  Status Validity(const Fields& fields, Field field, std::string_view line, bool* valid);
  Status ReadEye(const Fields& fields, Field first, std::string_view line, EyeData* eye);
  void TakeMetadata(const Fields& fields);

  std::unique_ptr<ByteSource> source_;
  ReaderOptions options_;
  LineReader lines_;
  NumberParser numbers_;
  RecordingInfo info_;

  std::vector<int> field_of_column_;      // header position -> Field, or -1
  std::array<int, kFieldCount> column_of_field_{};  // Field -> header position, or -1
  std::array<std::string, kFieldCount> header_of_field_;  // header cell, for messages
  int header_columns_ = 0;
  int last_needed_column_ = -1;
  double recording_time_us_per_unit_ = 0;
  double device_time_us_per_unit_ = 0;

  bool have_first_sample_ = false;
  double first_device_time_us_ = 0;
  double first_recording_time_us_ = 0;
  std::int64_t samples_read_ = 0;
  std::int64_t previous_time_us_ = 0;
};

}  // namespace tobii::io
