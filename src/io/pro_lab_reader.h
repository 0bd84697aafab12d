// ProLabReader: streams the gaze samples and the events of one Tobii Pro Lab
// data export (tab-separated text, one row per sample or event), screen
// recordings and Pro Glasses recordings alike.
//
// Columns are found by name whatever their order, units or version
// (io/column_name.h); only the columns the analysis uses are parsed, the rest
// are skipped over. Rows that are not eye-tracker samples (mouse, gyroscope,
// accelerometer, magnetometer, event rows) give no sample. Every row with a
// non-empty `Event` (if the export has that column) gives a RecordingEvent
// in the same pass, timed by its `Recording timestamp`: event rows have no
// eyetracker timestamp, and the samples' clock is anchored on the recording
// timestamp, so both share one clock (to the recording timestamp's
// resolution, 1 ms in Pro Lab 24.21). The decimal mark is detected per file.
//
// A Pro Glasses export gives gaze in the scene camera's pixels (`[MCS px]`)
// and each eye's gaze direction in the head unit's frame (`[HUCS norm]`:
// x left, y up, z forward, as the wearer sees it), which the reader turns
// into the screen frame's orientation (tobii/sample.h); angles then come
// from the directions.
//
// Every `AOI hit [<stimulus> - <AOI>]` column (io/column_name.h) is an AOI
// of RecordingInfo::aoi_columns, in header order; a `1` in it sets the
// AOI's bit of Sample::aoi_hits on Eye Tracker rows. Columns past
// kMaxAoiColumns are passed over, and a note in damage() says so.
//
// Flaws cost what io/damage.h decides (a bad cell its sample, a bad time
// its row); an export can hold several recordings, and a selector
// (ReaderOptions::select) reads one of them. The export format and its
// quirks: doc/formats/tobii-pro-lab.md.
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
#include "io/sample_reader.h"
#include "io/time_order.h"
#include "tobii/sample.h"
#include "tobii/status.h"

namespace tobii::io {

class ProLabReader final : public SampleReader {
 public:
  explicit ProLabReader(std::unique_ptr<ByteSource> source, ReaderOptions options = {});

  Status Open() override;
  Status Next(SampleChunk* chunk) override;

  // Filled by Open() and the first sample row.
  const RecordingInfo& info() const override { return info_; }
  std::uint64_t bytes_consumed() const override { return source_->bytes_read() - skipped_bytes_; }
  std::int64_t samples_read() const override { return order_.handed_on(); }
  std::int64_t rows_read() const override { return rows_read_; }
  const DamageLog& damage() const override { return damage_; }
  const std::string& name() const override { return source_->name(); }
  ColumnReport columns() const override;

  // An export's recordings are told apart by `Participant name` and
  // `Recording name` (empty when the export lacks them).
  void RowNames(std::string_view line, std::string* participant, std::string* recording) const override;
  Status ListRecordings(std::vector<RecordingSelector>* recordings) override;

  // The columns the reader uses.
  enum Field : int {
    kRecordingTime, kDeviceTime, kSensor, kParticipant, kRecordingName, kSoftware, kEvent, kEventValue, kGazeX,
    kGazeY, kScreenWidth, kScreenHeight, kValidityLeft, kValidityRight,
    // Per eye: the left eye's fields, then the right eye's in the same order.
    kLeftGazeXPx, kLeftGazeYPx, kLeftGazeXMm, kLeftGazeYMm, kLeftEyeX, kLeftEyeY, kLeftEyeZ, kLeftPupil,
    kLeftDirX, kLeftDirY, kLeftDirZ,
    kRightGazeXPx, kRightGazeYPx, kRightGazeXMm, kRightGazeYMm, kRightEyeX, kRightEyeY, kRightEyeZ, kRightPupil,
    kRightDirX, kRightDirY, kRightDirZ,
    kFieldCount
  };

 private:
  using Fields = std::array<std::string_view, kFieldCount>;
  enum class RowKind { kSkipped, kSample };

  // Reads one data row; returns an error only when the file cannot be read
  // on (rows of another recording in an export read as one).
  Status ParseRow(std::string_view line, RowKind* kind, Sample* sample);
  bool SplitRow(std::string_view line, Fields* fields, int* field_count,
                std::vector<std::string_view>* aoi_cells = nullptr) const;
  bool OfThisRecording(const Fields& fields, std::string_view line, Status* status);
  bool WholeLastRow(std::string_view line);
  std::string Where(std::string_view line, std::string_view field) const;
  void Damaged(Damage kind, std::string_view line, std::string_view field, std::string_view what);
  bool Float(const Fields& fields, Field field, std::string_view line, float* value);
  bool Time(const Fields& fields, Field field, std::string_view line, double* time_us);
  bool Validity(const Fields& fields, Field field, std::string_view line, bool* valid);
  bool ReadEye(const Fields& fields, Field first, std::string_view line, EyeData* eye);
  bool ReadAoiHits(std::string_view line, std::uint64_t* hits);
  int TakeAoiColumn(std::string_view cell, int column);
  void ReadEvent(const Fields& fields, std::string_view line);
  void TakeMetadata(const Fields& fields);

  std::unique_ptr<ByteSource> source_;
  ReaderOptions options_;
  DamageLog damage_;
  LineReader lines_;
  TimeOrder order_;
  NumberParser numbers_;
  RecordingInfo info_;

  std::vector<std::string> header_;                 // every header cell
  std::vector<int> field_of_column_;                // header position -> Field, or -1
  std::array<int, kFieldCount> column_of_field_{};  // Field -> header position, or -1
  std::vector<int> aoi_of_column_;                  // header position -> AOI bit, or -1
  std::vector<int> column_of_aoi_;                  // AOI bit -> header position
  std::vector<std::string_view> aoi_cells_;         // the row's AOI hit cells, by bit
  int aoi_columns_passed_over_ = 0;                 // past kMaxAoiColumns
  int first_aoi_column_passed_over_ = -1;           // its header position
  int header_columns_ = 0;
  int last_needed_column_ = -1;
  double recording_time_us_per_unit_ = 0;
  double device_time_us_per_unit_ = 0;
  bool head_unit_directions_ = false;  // the per-eye directions are in HUCS

  bool have_first_sample_ = false;
  double first_device_time_us_ = 0;
  double first_recording_time_us_ = 0;
  std::int64_t rows_read_ = 0;
  std::uint64_t skipped_bytes_ = 0;  // read before the selected recording's rows (io/recording_parts.h)
  bool past_selection_ = false;
};

}  // namespace tobii::io
