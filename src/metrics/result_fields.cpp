#include "metrics/result_fields.h"

#include <limits>
#include <type_traits>

#include "util/units.h"

namespace tobii::metrics {

namespace {

using R = RecordingResult;
using B = BehaviorResult;
using I = IntervalResult;
using A = AoiResult;

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
double IntervalDurationMs(const I& i) { return i.duration_ms(); }

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

// Pro Lab's Metrics export (doc/algorithms/aoi.md): a fixation on the AOI
// is one whose fixation point lies on it, cut to the interval.
const IntervalField kIntervalFields[] = {
    {.name = "interval", .topic = Topic::kInterval, .appears = kStoredInTable, .value = &I::interval,
     .definition = "The interval: the stimulus shown, the name of an --interval event pair or of an interval "
                   "table's row, or \"recording\" for the whole recording."},
    {.name = "kind", .topic = Topic::kInterval, .appears = kStoredInTable, .value = &I::kind,
     .definition = "\"stimulus\" for a stimulus presentation, \"events\" for an interval between two named "
                   "events, \"table\" for one given by its times in the study's interval table, \"recording\" for "
                   "the whole recording."},
    {.name = "occurrence", .topic = Topic::kInterval, .appears = kStoredInTable, .value = &I::occurrence,
     .definition = "Which occurrence of the interval in the recording this is: 1, 2, ... (a stimulus shown "
                   "twice has two)."},
    {.name = "start_ms", .unit = "ms", .topic = Topic::kInterval, .decimals = 3, .appears = kStoredInTable,
     .value = &I::start_ms, .definition = "The interval's start, on the recording's clock."},
    {.name = "end_ms", .unit = "ms", .topic = Topic::kInterval, .decimals = 3, .appears = kStoredInTable,
     .value = &I::end_ms, .definition = "The interval's end, on the recording's clock."},
    {.name = "duration_ms", .unit = "ms", .topic = Topic::kInterval, .decimals = 3, .appears = kInTable,
     .value = IntervalDurationMs, .definition = "The interval's end minus its start."},
    {.name = "fixation_count", .topic = Topic::kInterval, .appears = kStoredInTable, .value = &I::fixation_count,
     .definition = "Fixations overlapping the interval, on an AOI or not."},
    {.name = "transition_entropy_bits", .unit = "bits", .topic = Topic::kInterval, .decimals = 4,
     .appears = kEverywhere, .value = &I::transition_entropy_bits,
     .definition = "Gaze transition entropy (Krejtz et al. 2015): the entropy of the next fixation's AOI given "
                   "the current one's, weighted by the stationary distribution; empty without a transition."},
    {.name = "stationary_entropy_bits", .unit = "bits", .topic = Topic::kInterval, .decimals = 4,
     .appears = kEverywhere, .value = &I::stationary_entropy_bits,
     .definition = "Stationary entropy (Krejtz et al. 2015): the entropy of the distribution of fixations over "
                   "the AOIs; empty without a transition."},
};

// Compared between groups: the fixation and visit measures, and the dwell
// time as a share of the interval (comparable between intervals of other
// lengths). Not compared, as they repeat another compared metric: whole
// fixations (nearly the fixations), revisits (visits - 1), the dwell time
// in ms (the share times the interval).
const AoiField kAoiFields[] = {
    {.name = "aoi", .topic = Topic::kAoi, .appears = kStoredInTable, .value = &A::aoi,
     .definition = "The area of interest, by name (one name on several stimuli is one AOI outside them)."},
    {.name = "total_duration_of_fixations_ms", .unit = "ms", .topic = Topic::kAoi, .decimals = 3,
     .appears = kEverywhere, .value = &A::total_duration_of_fixations_ms,
     .definition = "Summed duration of the fixations on the AOI, each cut to the interval."},
    {.name = "average_duration_of_fixations_ms", .unit = "ms", .topic = Topic::kAoi, .decimals = 3,
     .appears = kEverywhere, .value = &A::average_duration_of_fixations_ms,
     .definition = "Mean duration of a fixation on the AOI, cut to the interval; empty without one."},
    {.name = "number_of_fixations", .topic = Topic::kAoi, .appears = kEverywhere, .value = &A::number_of_fixations,
     .definition = "Fixations on the AOI overlapping the interval."},
    {.name = "time_to_first_fixation_ms", .unit = "ms", .topic = Topic::kAoi, .decimals = 3, .appears = kEverywhere,
     .value = &A::time_to_first_fixation_ms,
     .definition = "From the interval's start to the start of the first fixation on the AOI; empty when the AOI "
                   "was not fixated."},
    {.name = "duration_of_first_fixation_ms", .unit = "ms", .topic = Topic::kAoi, .decimals = 3,
     .appears = kEverywhere, .value = &A::duration_of_first_fixation_ms,
     .definition = "Duration of the first fixation on the AOI, cut to the interval; empty when the AOI was not "
                   "fixated."},
    {.name = "number_of_whole_fixations", .topic = Topic::kAoi, .appears = kStoredInTable,
     .value = &A::number_of_whole_fixations,
     .definition = "Fixations on the AOI lying wholly inside the interval."},
    {.name = "total_duration_of_visits_ms", .unit = "ms", .topic = Topic::kAoi, .decimals = 3,
     .appears = kEverywhere, .value = &A::total_duration_of_visits_ms,
     .definition = "Summed duration of the visits to the AOI: each from the start of a fixation on it to the "
                   "end of the last fixation on it before a fixation elsewhere."},
    {.name = "average_duration_of_visits_ms", .unit = "ms", .topic = Topic::kAoi, .decimals = 3,
     .appears = kEverywhere, .value = &A::average_duration_of_visits_ms,
     .definition = "Mean duration of a visit to the AOI; empty without one."},
    {.name = "number_of_visits", .topic = Topic::kAoi, .appears = kEverywhere, .value = &A::number_of_visits,
     .definition = "Visits to the AOI in the interval."},
    {.name = "number_of_revisits", .topic = Topic::kAoi, .appears = kStoredInTable, .value = &A::number_of_revisits,
     .definition = "Visits to the AOI after the first."},
    {.name = "dwell_time_ms", .unit = "ms", .topic = Topic::kAoi, .decimals = 3, .appears = kStoredInTable,
     .value = &A::dwell_time_ms,
     .definition = "Time of the gaze samples on the AOI in the interval, each counting one sample interval."},
    {.name = "dwell_time_pct", .unit = "%", .topic = Topic::kAoi, .decimals = 3, .appears = kEverywhere,
     .value = &A::dwell_time_pct, .definition = "The dwell time as a share of the interval's duration."},
};

}  // namespace

std::span<const RecordingField> RecordingFields() { return kRecordingFields; }

std::span<const BehaviorField> BehaviorFields() { return kBehaviorFields; }

std::span<const IntervalField> IntervalFields() { return kIntervalFields; }

std::span<const AoiField> AoiFields() { return kAoiFields; }

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
template double NumberOf(const IntervalField&, const IntervalResult&);
template double NumberOf(const AoiField&, const AoiResult&);

}  // namespace tobii::metrics
