// What a recording file says about itself, as its reader finds it: names,
// screen, what wrote it, and which of its columns are used.
#pragma once

#include <string>
#include <vector>

namespace tobii::io {

// One AOI the export marks hits on (Sample::aoi_hits): Pro Lab's
// `AOI hit [Stimulus - AOI]` column, or a name in Tobii Studio's `AoiNames`.
struct AoiColumn {
  std::string stimulus;  // the stimulus or snapshot it lies on; may be empty
  std::string aoi;
};

// What a recording says about itself, from its header, metadata and first
// sample.
struct RecordingInfo {
  std::string participant;   // empty when the file does not say
  std::string recording;     // empty when the file does not say
  // The screen's resolution, or for a head-mounted tracker its scene
  // camera's image (the gaze point is in its pixels); 0 when unknown.
  int screen_width_px = 0;
  int screen_height_px = 0;
  bool head_mounted = false;  // Pro Glasses: angles come from gaze directions
  char decimal_mark = 0;      // '.', ',' or 0 when no decimal number was read
  std::string software;       // what wrote it, as the file says ("Tobii Pro Lab 24.21.435"); may be empty
  // The AOIs of the export's hit columns, bit i of Sample::aoi_hits being
  // aoi_columns[i]. A reader that learns them while reading (Studio's
  // `AoiNames`) appends; at most kMaxAoiColumns.
  std::vector<AoiColumn> aoi_columns;
};

// The columns (or fields) of the file the reader uses and those it passes
// over, as the file names them (for `tobii-pipeline inspect`).
struct ColumnReport {
  std::vector<std::string> used;
  std::vector<std::string> ignored;
};

}  // namespace tobii::io
