// Column names of tabular exports, compared the way people mean them.
//
// Tobii has written the same column three ways over its versions:
// `Gaze point X`, `Gaze point X (DACSpx)` and `Gaze point X [DACS px]`; some
// versions even write `Eye tracker timestamp` for `Eyetracker timestamp`.
// A ColumnName splits a header cell into a base and a unit and reduces both
// to a key without case or spaces, so these compare equal while the unit
// stays available (`[ms]` and `[μs]` change the scale of a timestamp).
// See doc/formats/tobii-pro-lab.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tobii/recording_info.h"

namespace tobii::io {

struct ColumnName {
  std::string base_key;  // "gazepointx"
  std::string unit_key;  // "dacspx"; empty when the header has no unit
};

ColumnName ParseColumnName(std::string_view header_cell);

// Pro Lab's `AOI hit [<stimulus or snapshot> - <AOI>]` (0/1 per row): the
// stimulus and the AOI, split at the last " - " inside the brackets (a
// stimulus name may hold " - ", an AOI name rarely does); without " - " the
// whole is the AOI, on no stimulus. Nothing for any other name.
std::optional<AoiColumn> ParseAoiHitColumn(std::string_view header_cell);

// Microseconds per unit of a time column: 1000 for "ms", 1 for "μs"/"µs"/"us",
// 1e6 for "s"; 0 for a unit that is not a time unit. An empty unit counts as
// `default_us_per_unit`.
double MicrosecondsPerTimeUnit(std::string_view unit_key, double default_us_per_unit);

}  // namespace tobii::io
