// ProSdkReader: streams the gaze samples of one Tobii Pro SDK recording,
// written as a table by a researcher's script: one row per `GazeData`
// callback of `tobii_research`, its dict keys as the header, in any order
// (a Python dict's), one column per key or one per coordinate
// (`left_gaze_point_on_display_area_x`).
//
// The fields are separated by `;`, `,` or tab, decided from the header
// (io/delimited_text.h PickDelimiter); a vector is a Python tuple,
// `(0.137, 0.636)`, perhaps in quotes, whose own commas do not split a
// comma-separated row. Lines may end `\r\r\n` (a script that wrote
// "\r\n" through a text-mode file on Windows). Python writes `nan` for what
// the tracker did not measure: a missing value, not damage.
//
// Time runs on `device_time_stamp` (the tracker's clock, µs), from the
// first sample. `system_time_stamp` is not used: scripts write it as a
// float (`1.56466617033e+15`), whose 12 digits keep only 10 ms.
//
// The SDK gives the gaze point on the display area normalised (0..1 from
// the top-left corner) and no screen resolution: the reader places it on
// the analysis's screen (ReaderOptions::screen: --screen-width-px,
// --screen-height-px) and reports no resolution, so the analysis measures
// on that same screen.
// Each eye's gaze direction is the unit vector from its gaze origin to its
// gaze point, both in the tracker's user coordinate system (UCS), turned
// into the screen frame's orientation (tobii/sample.h): angles then come
// from the directions the tracker measured, not from an assumed screen
// size or viewing distance. An eye counts as tracked when its gaze point,
// and (where the file has them) its gaze origin, are valid. The format and
// its quirks: doc/formats/tobii-pro-sdk.md.
//
// Flaws cost what io/damage.h decides (a bad cell its sample, a bad time
// or a short row its row). The file holds no names: discovery names the
// recording after the file.
//
// Memory: one read buffer plus one chunk of samples, whatever the file size.
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

class ProSdkReader final : public SampleReader {
 public:
  explicit ProSdkReader(std::unique_ptr<ByteSource> source, ReaderOptions options = {});

  Status Open() override;
  Status Next(SampleChunk* chunk) override;

  const RecordingInfo& info() const override { return info_; }
  std::uint64_t bytes_consumed() const override { return source_->bytes_read(); }
  std::int64_t samples_read() const override { return order_.handed_on(); }
  std::int64_t rows_read() const override { return rows_read_; }
  const DamageLog& damage() const override { return damage_; }
  const std::string& name() const override { return source_->name(); }
  ColumnReport columns() const override;

  // The GazeData values the reader uses: the time, then per eye the left
  // eye's in this order and the right eye's in the same order.
  enum Value : int {
    kDeviceTime,
    kLeftPointOnDisplay, kLeftPointUcs, kLeftOriginUcs, kLeftPupil, kLeftPointValidity, kLeftOriginValidity,
    kLeftPupilValidity,
    kRightPointOnDisplay, kRightPointUcs, kRightOriginUcs, kRightPupil, kRightPointValidity, kRightOriginValidity,
    kRightPupilValidity,
    kValueCount
  };
  static constexpr int kEyeValues = kRightPointOnDisplay - kLeftPointOnDisplay;
  static constexpr int kMaxComponents = 3;

 private:
  // Where a header column goes: a value, and which of its coordinates
  // (-1: the whole tuple).
  struct ColumnRole {
    int value = -1;
    int component = -1;
  };
  // The numbers of one row, NaN where missing.
  using Row = std::array<std::array<double, kMaxComponents>, kValueCount>;

  Status ReadHeader(std::string_view header);
  bool SplitRow(std::string_view line, std::vector<std::string_view>* fields) const;
  bool WholeLastRow(std::string_view line, std::size_t field_count);
  std::string Where(std::string_view line, std::string_view field) const;
  void Damaged(Damage kind, std::string_view line, std::string_view field, std::string_view what);
  bool ReadField(std::string_view line, std::string_view field, std::size_t column, Row* row);
  bool ReadNumber(std::string_view text, double* value);
  void ReadEye(const Row& row, int first, EyeData* eye) const;
  void ParseRow(std::string_view line, bool* is_sample, Sample* sample);

  std::unique_ptr<ByteSource> source_;
  ReaderOptions options_;
  DamageLog damage_;
  LineReader lines_;
  TimeOrder order_;
  NumberParser numbers_;
  RecordingInfo info_;

  char delimiter_ = ';';
  std::vector<std::string> header_;     // every header cell, unquoted
  std::vector<ColumnRole> role_of_column_;
  std::size_t last_needed_column_ = 0;
  // Per value: its whole-tuple column, or per coordinate its own column;
  // -1 where the file lacks it.
  std::array<int, kValueCount> tuple_column_{};
  std::array<std::array<int, kMaxComponents>, kValueCount> component_column_{};
  std::array<bool, 2> directions_{};  // per eye: the file has its gaze point and origin in UCS

  bool have_first_sample_ = false;
  double first_device_time_us_ = 0;
  std::int64_t rows_read_ = 0;
  std::vector<std::string_view> fields_;  // one row's fields, reused
};

}  // namespace tobii::io
