#include "settings/setting_table.h"

#include <cstring>
#include <type_traits>

namespace tobii::settings {

namespace {

// Sample figures start at most this far into a recording (a week): far
// beyond any recording, and small enough that microsecond times stay exact.
constexpr double kMaxSampleStartS = 7 * 24 * 3600.0;

constexpr Choice kEyes[] = {{"average", "average", static_cast<int>(EyeSelection::kAverage)},
                            {"left", "left", static_cast<int>(EyeSelection::kLeft)},
                            {"right", "right", static_cast<int>(EyeSelection::kRight)},
                            {"strict", "strict_average", static_cast<int>(EyeSelection::kStrictAverage)}};
constexpr Choice kNoises[] = {{"average", "moving_average", static_cast<int>(NoiseReduction::kMovingAverage)},
                              {"median", "moving_median", static_cast<int>(NoiseReduction::kMovingMedian)},
                              {"none", "none", static_cast<int>(NoiseReduction::kNone)}};
// src/boris/matching.h says what each keeps.
constexpr Choice kMatches[] = {
    {"auto", "auto"}, {"name", "name"}, {"recording", "recording"}, {"participant", "participant"}};

const Setting kSettings[] = {
    {.key = "max_samples", .flag = "--nrows", .help = "read only the first N samples of each file",
     .section = Section::kInput, .check = Check::kAtLeastOne, .show_default = false,
     .field = [](Settings& s) -> SettingRef { return &s.max_samples; }},

    {.key = "screen.width_px", .flag = "--screen-width-px",
     .help = "screen width in pixels, for recordings whose files do not give it", .section = Section::kScreen,
     .check = Check::kMoreThanZero, .field = [](Settings& s) -> SettingRef { return &s.screen.width_px; }},
    {.key = "screen.height_px", .flag = "--screen-height-px", .help = "... and height", .section = Section::kScreen,
     .check = Check::kMoreThanZero, .field = [](Settings& s) -> SettingRef { return &s.screen.height_px; }},
    {.key = "screen.width_mm", .flag = "--screen-width-mm", .help = "screen width", .section = Section::kScreen,
     .check = Check::kMoreThanZero, .field = [](Settings& s) -> SettingRef { return &s.screen.width_mm; }},
    {.key = "screen.height_mm", .flag = "--screen-height-mm", .help = "screen height", .section = Section::kScreen,
     .check = Check::kMoreThanZero, .field = [](Settings& s) -> SettingRef { return &s.screen.height_mm; }},
    {.key = "screen.distance_mm", .flag = "--screen-distance-mm", .help = "viewing distance",
     .section = Section::kScreen, .check = Check::kMoreThanZero,
     .field = [](Settings& s) -> SettingRef { return &s.screen.distance_mm; }},

    {.key = "preprocess.gap_fill_max_ms", .flag = "--gap-fill-max-ms",
     .help = "longest gap interpolated, per eye (0: off, as Pro Lab's default preset; Tobii Studio: 75)",
     .section = Section::kPreprocess, .check = Check::kZeroOrMore,
     .field = [](Settings& s) -> SettingRef { return &s.preprocess.gap_fill_max_ms; }},
    {.key = "preprocess.eye", .flag = "--eye", .help = "left, right, average or strict (both eyes required)",
     .section = Section::kPreprocess, .check = Check::kChoice, .choices = kEyes,
     .field = [](Settings& s) -> SettingRef { return &s.preprocess.eye; }},
    {.key = "preprocess.noise", .flag = "--noise", .help = "noise reduction: none, median or average",
     .section = Section::kPreprocess, .check = Check::kChoice, .choices = kNoises,
     .field = [](Settings& s) -> SettingRef { return &s.preprocess.noise; }},
    {.key = "preprocess.noise_window_samples", .flag = "--noise-window", .help = "noise window in samples (odd)",
     .section = Section::kPreprocess, .check = Check::kRange, .low = 1, .high = 99,
     .field = [](Settings& s) -> SettingRef { return &s.preprocess.noise_window_samples; }},

    {.key = "velocity.window_ms", .flag = "--velocity-window-ms",
     .help = "velocity window, centred (every detector's peak velocities)", .section = Section::kDetection,
     .check = Check::kMoreThanZero, .field = [](Settings& s) -> SettingRef { return &s.velocity.window_ms; }},
    {.key = "detector", .flag = "--detector", .help = "the event detector", .section = Section::kDetection,
     .check = Check::kDetector, .field = [](Settings& s) -> SettingRef { return &s.detector; }},
    {.key = "ivt.velocity_threshold_deg_per_s", .flag = "--velocity-threshold",
     .help = "I-VT velocity threshold, deg/s", .section = Section::kDetection, .check = Check::kMoreThanZero,
     .detector = "ivt", .field = [](Settings& s) -> SettingRef { return &s.ivt.velocity_threshold_deg_per_s; }},
    {.key = "ivt.merge_max_gap_ms", .flag = "--merge-max-gap-ms", .help = "I-VT: merge fixations this close in time",
     .section = Section::kDetection, .check = Check::kZeroOrMore, .detector = "ivt",
     .field = [](Settings& s) -> SettingRef { return &s.ivt.merge_max_gap_ms; }},
    {.key = "ivt.merge_max_angle_deg", .flag = "--merge-max-angle-deg", .help = "... and this close in space",
     .section = Section::kDetection, .check = Check::kZeroOrMore, .detector = "ivt",
     .field = [](Settings& s) -> SettingRef { return &s.ivt.merge_max_angle_deg; }},
    {.key = "ivt.min_fixation_duration_ms", .flag = "--min-fixation-ms",
     .help = "I-VT: discard shorter fixations (after merging)", .section = Section::kDetection,
     .check = Check::kZeroOrMore, .detector = "ivt",
     .field = [](Settings& s) -> SettingRef { return &s.ivt.min_fixation_duration_ms; }},
    {.key = "ivt.drop_saccades_at_loss", .flag = "--drop-saccades-at-loss",
     .help = "I-VT: saccades touching lost samples (eyelid movement at blinks) are no saccades",
     .section = Section::kDetection, .show_default = false, .detector = "ivt",
     .field = [](Settings& s) -> SettingRef { return &s.ivt.drop_saccades_at_loss; }},
    {.key = "ivt.post_saccadic_max_ms", .flag = "--post-saccadic-max-ms",
     .help = "I-VT: a saccade this soon after another is its post-saccadic oscillation (0: off)",
     .section = Section::kDetection, .check = Check::kZeroOrMore, .detector = "ivt",
     .field = [](Settings& s) -> SettingRef { return &s.ivt.post_saccadic_max_ms; }},
    {.key = "idt.dispersion_threshold_deg", .flag = "--idt-dispersion-deg", .help = "I-DT dispersion threshold",
     .section = Section::kDetection, .check = Check::kMoreThanZero, .detector = "idt",
     .field = [](Settings& s) -> SettingRef { return &s.idt.dispersion_threshold_deg; }},
    {.key = "idt.min_fixation_duration_ms", .flag = "--idt-min-duration-ms", .help = "I-DT minimum fixation",
     .section = Section::kDetection, .check = Check::kMoreThanZero, .detector = "idt",
     .field = [](Settings& s) -> SettingRef { return &s.idt.min_fixation_duration_ms; }},
    {.key = "engbert_kliegl.lambda", .flag = "--ek-lambda", .help = "Engbert-Kliegl threshold, in noise SDs",
     .section = Section::kDetection, .check = Check::kMoreThanZero, .detector = "engbert_kliegl",
     .field = [](Settings& s) -> SettingRef { return &s.engbert_kliegl.lambda; }},
    {.key = "engbert_kliegl.min_saccade_duration_ms", .flag = "--ek-min-saccade-ms",
     .help = "Engbert-Kliegl shortest saccade", .section = Section::kDetection, .check = Check::kZeroOrMore,
     .detector = "engbert_kliegl",
     .field = [](Settings& s) -> SettingRef { return &s.engbert_kliegl.min_saccade_duration_ms; }},
    {.key = "engbert_kliegl.min_fixation_duration_ms", .flag = "--ek-min-fixation-ms",
     .help = "Engbert-Kliegl: shorter intervals between saccades are no fixations", .section = Section::kDetection,
     .check = Check::kZeroOrMore, .detector = "engbert_kliegl",
     .field = [](Settings& s) -> SettingRef { return &s.engbert_kliegl.min_fixation_duration_ms; }},
    {.key = "engbert_kliegl.noise_window_s", .flag = "--ek-noise-window-s",
     .help = "Engbert-Kliegl noise estimated per block of this length", .section = Section::kDetection,
     .check = Check::kMoreThanZero, .detector = "engbert_kliegl",
     .field = [](Settings& s) -> SettingRef { return &s.engbert_kliegl.noise_window_s; }},
    {.key = "blink.min_duration_ms", .flag = "--blink-min-ms", .help = "shortest loss of both eyes that is a blink",
     .section = Section::kDetection, .check = Check::kZeroOrMore,
     .field = [](Settings& s) -> SettingRef { return &s.blink.min_duration_ms; }},
    {.key = "blink.max_duration_ms", .flag = "--blink-max-ms", .help = "longest", .section = Section::kDetection,
     .check = Check::kZeroOrMore, .field = [](Settings& s) -> SettingRef { return &s.blink.max_duration_ms; }},

    {.key = "behavior.subject", .flag = "--boris-subject",
     .help = "count only this subject's annotations (default: every subject)", .section = Section::kBehavior,
     .show_default = false, .field = [](Settings& s) -> SettingRef { return &s.behavior.subject; }},
    {.key = "behavior.match", .flag = "--boris-match",
     .help = "how recordings find their BORIS observations: auto (the observation id is the recording name, "
             "else contains it, else contains the participant id), name, recording (the first two only) or "
             "participant (the last only)",
     .section = Section::kBehavior, .check = Check::kChoice, .choices = kMatches,
     .field = [](Settings& s) -> SettingRef { return &s.behavior.match; }},
    {.key = "behavior.offset_s", .flag = "--boris-offset-s",
     .help = "recording time = BORIS media time - this offset, in seconds", .section = Section::kBehavior,
     .check = Check::kNumber, .field = [](Settings& s) -> SettingRef { return &s.behavior.offset_s; }},
    {.key = "behavior.sync_event", .flag = "--sync-event",
     .help = "a moment logged in both the export (Event or Event value) and BORIS (a behaviour) that puts "
             "each recording's annotations on its clock, where the sync table gives no offset",
     .section = Section::kBehavior, .show_default = false,
     .field = [](Settings& s) -> SettingRef { return &s.behavior.sync_event; }},
    {.key = "behavior.markers", .flag = "--marker-behavior",
     .help = "a behaviour coded only to mark a moment (a sync clap), not analysed: repeat for several "
             "(default: sync; --sync-event is always one)",
     .section = Section::kBehavior, .field = [](Settings& s) -> SettingRef { return &s.behavior.markers; }},
    {.key = "behavior.point_window_start_s", .flag = "--pupil-window-start-s",
     .help = "pupil response to a point event: window start after it", .section = Section::kBehavior,
     .check = Check::kZeroOrMore, .field = [](Settings& s) -> SettingRef { return &s.behavior.point_window_start_s; }},
    {.key = "behavior.point_window_end_s", .flag = "--pupil-window-end-s", .help = "... and its end",
     .section = Section::kBehavior, .check = Check::kMoreThanZero,
     .field = [](Settings& s) -> SettingRef { return &s.behavior.point_window_end_s; }},

    {.key = "intervals.between", .flag = "--interval",
     .help = "an interval for the AOI metrics, NAME=START..END: from each event START (its Event or Event value) "
             "to the next END; repeat for several (each stimulus presentation and the whole recording are "
             "intervals too)",
     .section = Section::kIntervals, .show_default = false,
     .field = [](Settings& s) -> SettingRef { return &s.intervals.between; }},

    {.key = "figures.gaze_grid_columns", .flag = "--gaze-grid-columns",
     .help = "columns of the gaze heat map's grid (rows follow the screen's aspect ratio)",
     .section = Section::kFigureData, .check = Check::kRange, .low = 1, .high = 1000,
     .field = [](Settings& s) -> SettingRef { return &s.figures.gaze_grid_columns; }},
    {.key = "figures.fixation_bin_ms", .flag = "--fixation-bin-ms", .help = "fixation-duration histogram: bin width",
     .section = Section::kFigureData, .check = Check::kMoreThanZero,
     .field = [](Settings& s) -> SettingRef { return &s.figures.fixation_bin_ms; }},
    {.key = "figures.fixation_max_ms", .flag = "--fixation-max-ms", .help = "... and where its last bin starts",
     .section = Section::kFigureData, .check = Check::kMoreThanZero,
     .field = [](Settings& s) -> SettingRef { return &s.figures.fixation_max_ms; }},
    {.key = "figures.main_sequence_saccades", .flag = "--main-sequence-saccades",
     .help = "saccades kept per recording for the main sequence", .section = Section::kFigureData,
     .check = Check::kRange, .low = 0, .high = 100000,
     .field = [](Settings& s) -> SettingRef { return &s.figures.main_sequence_saccades; }},
    // Which recordings get a sample figure: the study's choice, which a
    // result records by holding a sample stretch or not.
    {.key = "figures.samples", .flag = "--sample",
     .help = "a recording that gets a sample figure: its recording name, file name or "
             "participant/recording (repeat for several; default: the first --sample-count)",
     .section = Section::kFigureData, .show_default = false, .keys_result = false,
     .field = [](Settings& s) -> SettingRef { return &s.figures.samples; }},
    {.key = "figures.sample_count", .flag = "--sample-count",
     .help = "sample figures of the study's first recordings, where no --sample is given (0: none)",
     .section = Section::kFigureData, .check = Check::kRange, .low = 0, .high = 1000, .keys_result = false,
     .field = [](Settings& s) -> SettingRef { return &s.figures.sample_count; }},
    {.key = "figures.sample_start_s", .flag = "--sample-start-s",
     .help = "sample figures: where the stretch shown starts, after the recording's first sample",
     .section = Section::kFigureData, .check = Check::kRange, .low = 0.0, .high = kMaxSampleStartS,
     .field = [](Settings& s) -> SettingRef { return &s.figures.sample_start_s; }},
    {.key = "figures.sample_window_s", .flag = "--sample-window-s", .help = "... and how long it is",
     .section = Section::kFigureData, .check = Check::kRange, .low = 0.1, .high = 600.0,
     .field = [](Settings& s) -> SettingRef { return &s.figures.sample_window_s; }},
    {.key = "figures.sample_bins", .flag = "--sample-bins",
     .help = "... and the time bins it is kept in (at most as many events are kept)",
     .section = Section::kFigureData, .check = Check::kRange, .low = 10, .high = 100000,
     .field = [](Settings& s) -> SettingRef { return &s.figures.sample_bins; }},
};

}  // namespace

std::span<const Setting> SettingTable() { return kSettings; }

std::vector<const Setting*> SettingsKeyingResult(const Settings& settings) {
  std::vector<const Setting*> keying;
  for (const Setting& setting : kSettings) {
    if (!setting.keys_result) continue;
    if (setting.detector != nullptr && settings.detector != setting.detector) continue;
    keying.push_back(&setting);
  }
  return keying;
}

const Choice* ChosenOf(const Setting& setting, const Settings& settings) {
  return std::visit(
      [&](auto* field) -> const Choice* {
        using Field = std::remove_pointer_t<decltype(field)>;
        for (const Choice& choice : setting.choices) {
          if constexpr (std::is_enum_v<Field>) {
            if (static_cast<int>(*field) == choice.value) return &choice;
          } else if constexpr (std::is_same_v<Field, std::string>) {
            if (*field == choice.word) return &choice;
          }
        }
        return nullptr;
      },
      FieldToRead(setting, settings));
}

}  // namespace tobii::settings
