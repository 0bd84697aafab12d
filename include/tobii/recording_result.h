// RecordingResult: everything later steps need from one recording. Its
// figure data waits on disk during a run (results/figure_data_shelf.h), so
// that thousands of the rest fit in memory. What each field means, and
// where it appears, is its entry in src/metrics/result_fields.cpp: a member
// added here is stored in results.json and shown in a table only once it
// has one.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "tobii/aoi_result.h"
#include "tobii/covariates.h"
#include "tobii/figure_data.h"

namespace tobii {

// Gaze and pupil during one annotated behaviour of one recording
// (metrics/behavior_metrics.h). NaN where nothing was measured.
struct BehaviorResult {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  std::string behavior;
  bool point = false;  // a point behaviour: events and the pupil's response

  // State behaviours: the time annotated inside the recording (a sample in
  // two bouts counted once) and outside it (past its end, clipped).
  double annotated_s = 0;
  double clipped_s = 0;
  std::int64_t bouts = 0;
  std::int64_t samples = 0;
  std::int64_t valid_samples = 0;
  double pupil_mean_mm = kNaN;
  double pupil_sd_mm = kNaN;
  double pupil_change_pct = kNaN;  // against the recording's own mean pupil
  // Fixations and saccades whose onset lies in the behaviour, per minute
  // annotated (the unit of every rate in the tables).
  std::int64_t fixation_count = 0;
  double fixation_rate_per_min = kNaN;
  double fixation_duration_mean_ms = kNaN;
  std::int64_t saccade_count = 0;
  double saccade_rate_per_min = kNaN;
  double saccade_amplitude_mean_deg = kNaN;
  double gaze_dispersion_deg = kNaN;  // sqrt(var x + var y) of the valid gaze angles

  // Point behaviours: the events inside the recording, and the mean pupil
  // in the response window after them against the recording's mean.
  std::int64_t events = 0;
  double pupil_response_mm = kNaN;
  double pupil_response_pct = kNaN;

  double valid_pct() const {
    return samples > 0 ? 100.0 * static_cast<double>(valid_samples) / static_cast<double>(samples) : kNaN;
  }
};

struct RecordingResult {
  // Identity.
  std::string file;            // as given to the run
  std::string participant_id;
  std::string recording;
  std::string group;           // from the participants table; empty if unknown
  // The study design (study/name_pattern.h): the condition the recording
  // was made in (compared within participants) and its session or visit;
  // empty when the study does not say.
  std::string condition;
  std::string session;
  // The participants table's other columns (age, sex, site...), for the
  // per-recording tables; set by discovery, not stored.
  SharedCovariates covariates;

  // Data quality.
  double duration_s = 0;
  std::int64_t samples = 0;
  std::int64_t valid_samples = 0;      // a gaze point from the selected eyes (after gap fill-in)
  std::int64_t on_screen_samples = 0;  // ... inside the screen
  double sampling_rate_hz = 0;     // from the regular time steps (metrics/interval_counter.h)
  double validity_pct() const { return Percent(valid_samples); }  // NaN without samples
  double on_screen_pct() const { return Percent(on_screen_samples); }

  // Events.
  std::int64_t fixation_count = 0;
  double fixation_duration_mean_ms = 0;
  std::int64_t saccade_count = 0;
  double saccade_amplitude_mean_deg = 0;
  double saccade_peak_velocity_mean_deg_per_s = 0;
  std::int64_t blink_count = 0;
  double blink_rate_per_min = 0;  // NaN without duration
  double blink_duration_mean_ms = 0;

  // Precision: RMS of sample-to-sample angles within fixations, pooled.
  double precision_rms_s2s_deg = 0;

  // Pupil: mean over samples with a pupil, both eyes averaged.
  double pupil_mean_mm = 0;

  // Per annotated behaviour (BORIS), by behaviour name; empty when the
  // recording has no annotations.
  std::vector<BehaviorResult> behaviors;

  // Per interval (each stimulus presentation, each event-pair interval, the
  // whole recording) and per AOI (tobii/aoi_result.h); only the whole
  // recording when the study has no AOIs and the export no stimuli.
  std::vector<IntervalResult> intervals;

  // For the figures.
  FigureData figure_data;

  // Input accounting. (How long the analysis took is the run's business,
  // in run.json: a result is the same whenever it is computed.)
  std::uint64_t bytes_read = 0;

 private:
  double Percent(std::int64_t count) const {
    return samples > 0 ? 100.0 * static_cast<double>(count) / static_cast<double>(samples)
                       : std::numeric_limits<double>::quiet_NaN();
  }
};

}  // namespace tobii
