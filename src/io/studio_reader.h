// StudioReader: streams the gaze samples and the events of one Tobii Studio
// export that holds gaze samples: the 3.x "Data Export" and the 1.x/2.x
// "All-Data" export, with or without the metadata preamble that 1.x/2.x
// can write before the header (tab-separated text, one row per sample or
// event).
//
// Columns are found by name whatever their order, spelling (`GazePointLeftX
// (ADCSpx)` in 3.x, `GazePointXLeft` in 1.x/2.x) or quoting (some exports
// quote every text cell and header name); only the columns the analysis
// uses are parsed. A row is a gaze sample when a validity field is filled;
// other rows are event rows. Every event cell of a row (`StudioEvent`,
// `MouseEvent`, `KeyPressEvent`, `ExternalEvent`; `Event` in 1.x/2.x) gives
// a RecordingEvent, timed by the row's recording timestamp, on which the
// samples' finer device clock is anchored, so both share one clock.
//
// Tobii's validity codes (0 to 4) are mapped to valid (0, 1) and invalid
// (2, 3, 4), and the values Studio writes for what it did not measure
// (`-1`, `-1.00`, minus the screen size, 0 for the average of no eye) are
// missing, never data: doc/formats/tobii-studio.md gives the rules and
// their sources. The decimal mark is detected per file.
//
// 1.x/2.x name on each sample row the AOI its gaze point is on (`AoiNames`,
// `AoiIds`: io/studio_aoi_cells.h); each AOI (with the row's `StimuliName`
// as its stimulus) becomes an entry of RecordingInfo::aoi_columns as it is
// first seen, and sets its bit of Sample::aoi_hits. AOIs past
// kMaxAoiColumns are passed over, and a note in damage() says so. A
// stimulus event (`ImageStart`, `ImageEnd`, `MovieStart`, `MovieEnd`)
// without a value takes the stimulus as its value: its own row's, else for
// an end the sample row's before it, for a start the sample row's after it.
//
// Flaws cost what io/damage.h decides (a bad cell its sample, a bad time
// its row); an export can hold several recordings, and a selector
// (ReaderOptions::select) reads one of them.
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

class StudioReader final : public SampleReader {
 public:
  explicit StudioReader(std::unique_ptr<ByteSource> source, ReaderOptions options = {});

  // Passes over the preamble (reading its names and resolution) to the
  // header; fails when no header follows.
  Status Open() override;
  Status Next(SampleChunk* chunk) override;

  // Filled by Open() (the preamble) and the first sample row.
  const RecordingInfo& info() const override { return info_; }
  std::uint64_t bytes_consumed() const override { return source_->bytes_read() - skipped_bytes_; }
  std::int64_t samples_read() const override { return order_.handed_on(); }
  std::int64_t rows_read() const override { return rows_read_; }
  const DamageLog& damage() const override { return damage_; }
  const std::string& name() const override { return source_->name(); }
  ColumnReport columns() const override;

  // A 3.x export's recordings are told apart by `ParticipantName` and
  // `RecordingName` (empty when the export lacks them, as 1.x/2.x do).
  void RowNames(std::string_view line, std::string* participant, std::string* recording) const override;
  Status ListRecordings(std::vector<RecordingSelector>* recordings) override;

  // The columns the reader uses.
  enum Field : int {
    kRecordingTime, kDeviceTime, kParticipant, kRecordingName, kSoftware, kResolution,
    kStudioEvent, kStudioEventData, kMouseEvent, kKeyPressEvent, kExternalEvent, kExternalEventValue,
    kEvent, kDescriptor, kStimulus, kAoiIds, kAoiNames,
    kGazeX, kGazeY, kValidityLeft, kValidityRight,
    // Per eye: the left eye's fields, then the right eye's in the same order.
    kLeftGazeXPx, kLeftGazeYPx, kLeftGazeXMm, kLeftGazeYMm, kLeftEyeX, kLeftEyeY, kLeftEyeZ, kLeftDistance,
    kLeftPupil,
    kRightGazeXPx, kRightGazeYPx, kRightGazeXMm, kRightGazeYMm, kRightEyeX, kRightEyeY, kRightEyeZ,
    kRightDistance, kRightPupil,
    kFieldCount
  };

 private:
  using Fields = std::array<std::string_view, kFieldCount>;
  enum class RowKind { kSkipped, kSample };

  Status FindHeader(std::string_view* header);
  void TakePreambleLine(std::string_view line);
  Status ReadHeader(std::string_view header);
  // Reads one data row; returns an error only when the file cannot be read
  // on (rows of another recording in an export read as one).
  Status ParseRow(std::string_view line, RowKind* kind, Sample* sample);
  bool SplitRow(std::string_view line, Fields* fields, int* field_count) const;
  bool OfThisRecording(const Fields& fields, std::string_view line, Status* status);
  bool WholeLastRow(std::string_view line);
  std::string Where(std::string_view line, std::string_view field) const;
  void Damaged(Damage kind, std::string_view line, std::string_view field, std::string_view what);
  bool Float(const Fields& fields, Field field, std::string_view line, float* value);
  bool Time(const Fields& fields, Field field, std::string_view line, double* time_us);
  bool ValidityCode(const Fields& fields, Field field, std::string_view line, int* code);
  bool ReadEye(const Fields& fields, Field first, int code, std::string_view line, EyeData* eye);
  bool ReadSample(const Fields& fields, std::string_view line, Sample* sample);
  void ReadEvents(const Fields& fields, double time_us);
  std::string RowStimulus(const Fields& fields) const;
  void NameWaitingEvents(const std::string& stimulus);
  void ReleaseWaitingEvents();
  std::uint64_t ReadAoiHits(const Fields& fields, const std::string& stimulus);
  void TakeMetadata(const Fields& fields);
  void DropScreenSizeSentinel(float* x_px, float* y_px) const;

  std::unique_ptr<ByteSource> source_;
  ReaderOptions options_;
  DamageLog damage_;
  LineReader lines_;
  TimeOrder order_;
  NumberParser numbers_;
  RecordingInfo info_;

  std::int64_t header_line_ = 0;                    // the header's line number (after any preamble)
  std::vector<std::string> header_;                 // every header cell, unquoted
  std::vector<int> field_of_column_;                // header position -> Field, or -1
  std::array<int, kFieldCount> column_of_field_{};  // Field -> header position, or -1
  int header_columns_ = 0;
  int last_needed_column_ = -1;
  double recording_time_us_per_unit_ = 0;
  double device_time_us_per_unit_ = 0;

  std::vector<std::string_view> row_aois_;  // the AOI names of the row being read
  bool aois_passed_over_ = false;           // past kMaxAoiColumns (noted once)
  std::string last_stimulus_;               // the last sample row's, for a stimulus end without a name
  // A stimulus start without a name, and the events read after it, until
  // the next sample row names it.
  std::vector<RecordingEvent> waiting_events_;

  bool have_row_names_ = false;  // names taken from the rows (they win over the preamble's)
  bool have_first_sample_ = false;
  double first_device_time_us_ = 0;
  double first_recording_time_us_ = 0;
  std::int64_t rows_read_ = 0;
  std::uint64_t skipped_bytes_ = 0;  // passed over to reach the selected recording
};

}  // namespace tobii::io
