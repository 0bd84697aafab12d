#include "metrics/result_fields.h"

#include <limits>
#include <type_traits>

#include "util/units.h"

namespace tobii::metrics {

namespace {

using R = RecordingResult;
using B = BehaviorResult;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
using util::kSecondsPerMinute;

// A count per minute of recording; NaN for a recording without duration.
double PerMinute(std::int64_t count, double duration_s) {
  return duration_s > 0 ? kSecondsPerMinute * static_cast<double>(count) / duration_s : kNaN;
}

double ValidityPct(const R& r) { return r.validity_pct(); }
double OnScreenPct(const R& r) { return r.on_screen_pct(); }
double FixationRatePerMin(const R& r) { return PerMinute(r.fixation_count, r.duration_s); }
double SaccadeRatePerMin(const R& r) { return PerMinute(r.saccade_count, r.duration_s); }

std::string Kind(const B& b) { return b.point ? "point" : "state"; }
double BehaviorValidityPct(const B& b) { return b.valid_pct(); }

constexpr unsigned kStoredInTable = kStored | kInTable;
constexpr unsigned kEverywhere = kStored | kInTable | kCompared;

const RecordingField kRecordingFields[] = {
    {.name = "participant_id", .appears = kStoredInTable, .value = &R::participant_id,
     .definition = "The participant's id, from the recording's file or the participants table."},
    {.name = "recording", .appears = kStoredInTable, .value = &R::recording,
     .definition = "The recording's name, as its export gives it."},
    {.name = "group", .appears = kStoredInTable, .value = &R::group,
     .definition = "The participant's group, from the participants table; empty when unknown."},
    {.name = "condition", .appears = kStoredInTable, .value = &R::condition,
     .definition = "The condition the recording was made in, from the design table or names-from-path's "
                   "{condition}; empty when "
                   "the study has none."},
    {.name = "session", .appears = kStoredInTable, .value = &R::session,
     .definition = "The recording's session or visit, from the design table or names-from-path's {session}; "
                   "empty when the study "
                   "has none."},
    {.name = "file", .appears = kStoredInTable, .value = &R::file,
     .definition = "The file the recording was read from, as given to the run."},
    {.name = "duration_s", .unit = "s", .topic = Topic::kQuality, .decimals = 3, .appears = kStoredInTable,
     .value = &R::duration_s,
     .definition = "Time from the first sample to the last, the last sample counting one sample interval."},
    {.name = "samples", .topic = Topic::kQuality, .appears = kStoredInTable, .value = &R::samples,
     .definition = "Gaze samples read."},
    {.name = "valid_samples", .topic = Topic::kQuality, .appears = kStored, .value = &R::valid_samples,
     .definition = "Samples with a gaze point from the selected eyes, after gap fill-in."},
    {.name = "on_screen_samples", .topic = Topic::kQuality, .appears = kStored, .value = &R::on_screen_samples,
     .definition = "Samples whose gaze point lies on the screen."},
    {.name = "sampling_rate_hz", .unit = "Hz", .topic = Topic::kQuality, .decimals = 2, .appears = kStoredInTable,
     .value = &R::sampling_rate_hz, .definition = "Sampling rate, from the recording's regular time steps."},
    {.name = "validity_pct", .unit = "%", .topic = Topic::kQuality, .decimals = 3, .appears = kInTable | kCompared,
     .value = ValidityPct,
     .definition = "Share of the samples with a gaze point from the selected eyes, after gap fill-in."},
    {.name = "on_screen_pct", .unit = "%", .topic = Topic::kQuality, .decimals = 3, .appears = kInTable | kCompared,
     .value = OnScreenPct, .definition = "Share of the samples whose gaze point lies on the screen."},
    {.name = "fixation_count", .topic = Topic::kFixations, .appears = kStoredInTable, .value = &R::fixation_count,
     .definition = "Fixations the event detector found."},
    {.name = "fixation_rate_per_min", .unit = "1/min", .topic = Topic::kFixations, .decimals = 3,
     .appears = kInTable | kCompared, .value = FixationRatePerMin, .definition = "Fixations per minute of recording."},
    {.name = "fixation_duration_mean_ms", .unit = "ms", .topic = Topic::kFixations, .decimals = 3,
     .appears = kEverywhere, .value = &R::fixation_duration_mean_ms, .definition = "Mean duration of a fixation."},
    {.name = "saccade_count", .topic = Topic::kSaccades, .appears = kStoredInTable, .value = &R::saccade_count,
     .definition = "Saccades the event detector found."},
    {.name = "saccade_rate_per_min", .unit = "1/min", .topic = Topic::kSaccades, .decimals = 3,
     .appears = kInTable | kCompared, .value = SaccadeRatePerMin, .definition = "Saccades per minute of recording."},
    {.name = "saccade_amplitude_mean_deg", .unit = "deg", .topic = Topic::kSaccades, .decimals = 3,
     .appears = kEverywhere, .value = &R::saccade_amplitude_mean_deg,
     .definition = "Mean amplitude of a saccade, in degrees of visual angle."},
    {.name = "saccade_peak_velocity_mean_deg_per_s", .unit = "deg/s", .topic = Topic::kSaccades, .decimals = 2,
     .appears = kEverywhere, .value = &R::saccade_peak_velocity_mean_deg_per_s,
     .definition = "Mean of the saccades' peak angular velocities."},
    {.name = "blink_count", .topic = Topic::kBlinks, .appears = kStoredInTable, .value = &R::blink_count,
     .definition = "Blinks: losses of both eyes lasting as long as a blink does."},
    {.name = "blink_rate_per_min", .unit = "1/min", .topic = Topic::kBlinks, .decimals = 3, .appears = kEverywhere,
     .value = &R::blink_rate_per_min, .definition = "Blinks per minute of recording."},
    {.name = "blink_duration_mean_ms", .unit = "ms", .topic = Topic::kBlinks, .decimals = 2,
     .appears = kEverywhere, .value = &R::blink_duration_mean_ms, .definition = "Mean duration of a blink."},
    {.name = "precision_rms_s2s_deg", .unit = "deg", .topic = Topic::kQuality, .decimals = 4,
     .appears = kEverywhere, .value = &R::precision_rms_s2s_deg,
     .definition = "Precision: the root mean square of the angles between successive samples within fixations, "
                   "pooled over the recording."},
    {.name = "pupil_mean_mm", .unit = "mm", .topic = Topic::kPupil, .decimals = 4, .appears = kEverywhere,
     .value = &R::pupil_mean_mm,
     .definition = "Mean pupil diameter over the samples with a pupil, both eyes averaged."},
    {.name = "bytes_read", .unit = "bytes", .topic = Topic::kAccounting, .appears = kStored,
     .value = &R::bytes_read, .definition = "Bytes read from the recording's files."},
};

const BehaviorField kBehaviorFields[] = {
    {.name = "behavior", .appears = kStoredInTable, .value = &B::behavior,
     .definition = "The behaviour, as coded in BORIS."},
    {.name = "point", .appears = kStored, .value = &B::point,
     .definition = "Whether the behaviour is a point event rather than a state."},
    {.name = "kind", .appears = kInTable, .value = Kind,
     .definition = "\"state\" for a behaviour with a duration, \"point\" for an instant."},
    {.name = "annotated_s", .unit = "s", .topic = Topic::kAnnotation, .decimals = 3, .appears = kStoredInTable,
     .kinds = kStates, .value = &B::annotated_s,
     .definition = "Time annotated with the behaviour inside the recording, a moment in two bouts counted once."},
    {.name = "clipped_s", .unit = "s", .topic = Topic::kAnnotation, .decimals = 3, .appears = kStoredInTable,
     .kinds = kStates, .value = &B::clipped_s,
     .definition = "Time annotated past the recording's end, left out of every other field."},
    {.name = "bouts", .topic = Topic::kAnnotation, .appears = kStoredInTable, .kinds = kStates, .value = &B::bouts,
     .definition = "Bouts of the behaviour annotated."},
    {.name = "events", .topic = Topic::kAnnotation, .appears = kStoredInTable, .kinds = kPoints,
     .value = &B::events, .definition = "Point events annotated inside the recording."},
    {.name = "samples", .topic = Topic::kQuality, .appears = kStored, .kinds = kStates, .value = &B::samples,
     .definition = "Gaze samples during the behaviour."},
    {.name = "valid_samples", .topic = Topic::kQuality, .appears = kStored, .kinds = kStates,
     .value = &B::valid_samples, .definition = "Samples during the behaviour with a gaze point."},
    {.name = "validity_pct", .unit = "%", .topic = Topic::kQuality, .decimals = 3, .appears = kInTable | kCompared,
     .kinds = kStates, .value = BehaviorValidityPct,
     .definition = "Share of the samples during the behaviour with a gaze point."},
    {.name = "pupil_mean_mm", .unit = "mm", .topic = Topic::kPupil, .decimals = 4, .appears = kEverywhere,
     .kinds = kStates, .value = &B::pupil_mean_mm, .definition = "Mean pupil diameter during the behaviour."},
    {.name = "pupil_sd_mm", .unit = "mm", .topic = Topic::kPupil, .decimals = 4, .appears = kStoredInTable,
     .kinds = kStates, .value = &B::pupil_sd_mm,
     .definition = "Standard deviation of the pupil diameter during the behaviour."},
    {.name = "pupil_change_pct", .unit = "%", .topic = Topic::kPupil, .decimals = 3, .appears = kEverywhere,
     .kinds = kStates, .value = &B::pupil_change_pct,
     .definition = "Mean pupil diameter during the behaviour against the recording's mean, in percent of it."},
    {.name = "pupil_response_mm", .unit = "mm", .topic = Topic::kPupil, .decimals = 4, .appears = kEverywhere,
     .kinds = kPoints, .value = &B::pupil_response_mm,
     .definition = "Mean pupil diameter in the response window after the events minus the recording's mean."},
    {.name = "pupil_response_pct", .unit = "%", .topic = Topic::kPupil, .decimals = 3, .appears = kEverywhere,
     .kinds = kPoints, .value = &B::pupil_response_pct,
     .definition = "Mean pupil diameter in the response window after the events against the recording's mean, "
                   "in percent of it."},
    {.name = "fixation_count", .topic = Topic::kFixations, .appears = kStoredInTable, .kinds = kStates,
     .value = &B::fixation_count, .definition = "Fixations beginning during the behaviour."},
    {.name = "fixation_rate_per_min", .unit = "1/min", .topic = Topic::kFixations, .decimals = 3,
     .appears = kEverywhere, .kinds = kStates, .value = &B::fixation_rate_per_min,
     .definition = "Fixations beginning during the behaviour, per minute annotated."},
    {.name = "fixation_duration_mean_ms", .unit = "ms", .topic = Topic::kFixations, .decimals = 2,
     .appears = kEverywhere, .kinds = kStates, .value = &B::fixation_duration_mean_ms,
     .definition = "Mean duration of the fixations beginning during the behaviour."},
    {.name = "saccade_count", .topic = Topic::kSaccades, .appears = kStoredInTable, .kinds = kStates,
     .value = &B::saccade_count, .definition = "Saccades beginning during the behaviour."},
    {.name = "saccade_rate_per_min", .unit = "1/min", .topic = Topic::kSaccades, .decimals = 3,
     .appears = kEverywhere, .kinds = kStates, .value = &B::saccade_rate_per_min,
     .definition = "Saccades beginning during the behaviour, per minute annotated."},
    {.name = "saccade_amplitude_mean_deg", .unit = "deg", .topic = Topic::kSaccades, .decimals = 3,
     .appears = kEverywhere, .kinds = kStates, .value = &B::saccade_amplitude_mean_deg,
     .definition = "Mean amplitude of the saccades beginning during the behaviour."},
    {.name = "gaze_dispersion_deg", .unit = "deg", .topic = Topic::kGaze, .decimals = 3, .appears = kEverywhere,
     .kinds = kStates, .value = &B::gaze_dispersion_deg,
     .definition = "Spread of the gaze during the behaviour: the square root of the sum of the variances of "
                   "its horizontal and vertical angles (degrees of visual angle from the screen's centre)."},
};

}  // namespace

std::span<const RecordingField> RecordingFields() { return kRecordingFields; }

std::span<const BehaviorField> BehaviorFields() { return kBehaviorFields; }

template <typename Result>
double NumberOf(const ResultField<Result>& field, const Result& result) {
  return std::visit(
      [&](auto accessor) -> double {
        using Accessor = decltype(accessor);
        if constexpr (std::is_same_v<Accessor, std::string Result::*> ||
                      std::is_same_v<Accessor, std::string (*)(const Result&)>) {
          return kNaN;
        } else if constexpr (std::is_member_object_pointer_v<Accessor>) {
          return static_cast<double>(result.*accessor);
        } else {
          return accessor(result);
        }
      },
      field.value);
}

template double NumberOf(const RecordingField&, const RecordingResult&);
template double NumberOf(const BehaviorField&, const BehaviorResult&);

}  // namespace tobii::metrics
