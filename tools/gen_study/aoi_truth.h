// AoiTruth: the AOI metrics a recording's planted fixations and samples
// give, per stimulus presentation and AOI of its image, for
// truth/<recording>_aois.csv. The definitions are those of
// include/tobii/aoi_result.h (Pro Lab's Metrics export):
// - a fixation is on an AOI when its planted centroid (x_px, y_px of
//   truth/<recording>_events.csv) lies on it; a fixation that overlaps the
//   presentation counts in it, cut to it (its planted samples' time, the
//   sample count times the sample interval, from onset to offset);
// - time to first fixation: from the image's onset to the (cut) start of
//   the first fixation on the AOI; none without one;
// - visits: runs of fixations on the AOI, ended by a fixation elsewhere
//   (saccades, blinks and track loss between do not end one);
// - dwell: the samples shown the image whose written gaze point lies on the
//   AOI (those with a 1 in its `AOI hit` column), and their time at one
//   sample interval each.
// Memory: a few numbers per presentation and AOI. Fixations and samples
// come in time order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gen_study/session_plan.h"

namespace tobii::gen {

class AoiTruth {
 public:
  explicit AoiTruth(const std::vector<Stimulus>& stimuli);

  // A planted fixation: its onset and offset (recording time) and centroid.
  void AddFixation(std::int64_t onset_us, std::int64_t offset_us, double x_px, double y_px);
  // A sample shown stimuli[presentation], with its AOI hits (RowContext::aoi_hits).
  void AddSample(std::size_t presentation, std::uint32_t hits);

  // The CSV, a header and one line per presentation and AOI, in time and
  // AOI order; `hz` gives the samples' time.
  std::string Csv(double hz) const;

 private:
  struct Metrics {
    std::int64_t first_fixation_us = -1;  // from onset; -1: none
    std::int64_t fixations = 0;
    std::int64_t fixation_us = 0;
    std::int64_t visits = 0;
    bool in_visit = false;
    std::int64_t dwell_samples = 0;
  };

  const std::vector<Stimulus>& stimuli_;
  std::vector<std::vector<Metrics>> metrics_;  // [presentation][AOI]
  std::size_t first_open_ = 0;                 // the first presentation not ended before the last fixation
};

}  // namespace tobii::gen
