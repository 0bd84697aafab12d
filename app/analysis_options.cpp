#include "analysis_options.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "events/detector.h"

namespace tobii::app {

namespace {

template <typename T>
std::vector<std::string> Names(const std::map<std::string, T>& choices) {
  std::vector<std::string> names;
  for (const auto& [name, value] : choices) names.push_back(name);
  return names;
}

template <typename T>
std::string NameOf(const std::map<std::string, T>& choices, T value) {
  for (const auto& [name, v] : choices) {
    if (v == value) return name;
  }
  return "";
}

// CLI11's PositiveNumber and NonNegativeNumber let NaN and infinity through
// and word their messages for programmers; these say what a researcher
// typed wrong.
enum class Sign { kAny, kZeroOrMore, kMoreThanZero };

CLI::Validator Number(Sign sign) {
  return CLI::Validator(
      [sign](std::string& text) -> std::string {
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value)) {
          return "\"" + text + "\" is not a number";
        }
        if (sign == Sign::kZeroOrMore && value < 0) return "must be zero or more, not " + text;
        if (sign == Sign::kMoreThanZero && value <= 0) return "must be more than zero, not " + text;
        return {};
      },
      sign == Sign::kAny ? "NUMBER" : sign == Sign::kZeroOrMore ? "NUMBER>=0" : "NUMBER>0");
}

// A histogram bin count far beyond any figure's resolution is a typo.
constexpr double kMaxFixationBins = 100000;
// Sample figures start at most this far into a recording (a week): far
// beyond any recording, and small enough that microsecond times stay exact.
constexpr double kMaxSampleStartS = 7 * 24 * 3600.0;

CLI::Validator PositiveNumber() { return Number(Sign::kMoreThanZero); }
CLI::Validator NonNegativeNumber() { return Number(Sign::kZeroOrMore); }

}  // namespace

std::function<Status()> AddAnalysisOptions(CLI::App* command, Settings* settings) {
  const std::map<std::string, EyeSelection> eyes = {{"left", EyeSelection::kLeft},
                                                    {"right", EyeSelection::kRight},
                                                    {"average", EyeSelection::kAverage},
                                                    {"strict", EyeSelection::kStrictAverage}};
  const std::map<std::string, NoiseReduction> noises = {{"none", NoiseReduction::kNone},
                                                        {"median", NoiseReduction::kMovingMedian},
                                                        {"average", NoiseReduction::kMovingAverage}};
  std::vector<std::string> detectors;
  for (const events::DetectorInfo& d : events::RegisteredDetectors()) detectors.emplace_back(d.name);

  const char* geometry =
      "Screen geometry (its size places the screen centre for degrees; the distance stands in where the export "
      "has no eye position)";
  command->add_option("--screen-width-px", settings->screen.width_px,
                      "screen width in pixels, for recordings whose files do not give it")
      ->check(PositiveNumber())->group(geometry)->capture_default_str();
  command->add_option("--screen-height-px", settings->screen.height_px, "... and height")
      ->check(PositiveNumber())->group(geometry)->capture_default_str();
  command->add_option("--screen-width-mm", settings->screen.width_mm, "screen width")
      ->check(PositiveNumber())->group(geometry)->capture_default_str();
  command->add_option("--screen-height-mm", settings->screen.height_mm, "screen height")
      ->check(PositiveNumber())->group(geometry)->capture_default_str();
  command->add_option("--screen-distance-mm", settings->screen.distance_mm, "viewing distance")
      ->check(PositiveNumber())->group(geometry)->capture_default_str();

  const char* preprocessing = "Preprocessing (Tobii's order: gap fill-in, eye selection, noise reduction)";
  command->add_option("--gap-fill-max-ms", settings->preprocess.gap_fill_max_ms,
                      "longest gap interpolated, per eye (0: off, as Pro Lab's default preset; Tobii Studio: 75)")
      ->check(NonNegativeNumber())->group(preprocessing)->capture_default_str();
  auto eye = std::make_shared<std::string>(NameOf(eyes, settings->preprocess.eye));
  command->add_option("--eye", *eye, "left, right, average or strict (both eyes required)")
      ->check(CLI::IsMember(Names(eyes)))->group(preprocessing)->capture_default_str();
  auto noise = std::make_shared<std::string>(NameOf(noises, settings->preprocess.noise));
  command->add_option("--noise", *noise, "noise reduction: none, median or average")
      ->check(CLI::IsMember(Names(noises)))->group(preprocessing)->capture_default_str();
  command->add_option("--noise-window", settings->preprocess.noise_window_samples, "noise window in samples (odd)")
      ->check(CLI::Range(1, 99))->group(preprocessing)->capture_default_str();

  const char* detection = "Event detection";
  command->add_option("--detector", settings->detector, "the event detector")
      ->check(CLI::IsMember(detectors))->group(detection)->capture_default_str();
  // The I-VT options write into `given`; after parsing, the preset's values
  // fill every I-VT setting not given on the command line.
  const std::map<std::string, IvtSettings> presets = {
      {"fixation", IvtSettings::Fixation()}, {"attention", IvtSettings::Attention()}, {"coders", IvtSettings::Coders()}};
  auto preset = std::make_shared<std::string>("fixation");
  command->add_option("--ivt-preset", *preset,
                      "I-VT preset: fixation (Pro Lab's default, 30 deg/s), attention (Pro Lab's, 100 deg/s, for "
                      "head-mounted data) or coders (fixation without saccades at blinks and post-saccadic "
                      "oscillations); the I-VT options below default to the preset's values (shown: fixation's)")
      ->check(CLI::IsMember(Names(presets)))->group(detection)->capture_default_str();
  auto given = std::make_shared<IvtSettings>(settings->ivt);
  std::vector<std::pair<CLI::Option*, double IvtSettings::*>> given_numbers;
  const auto ivt_number = [&](const char* flag, double IvtSettings::*field, const char* help, CLI::Validator check) {
    CLI::Option* option =
        command->add_option(flag, (*given).*field, help)->check(check)->group(detection)->capture_default_str();
    given_numbers.emplace_back(option, field);
  };
  ivt_number("--velocity-threshold", &IvtSettings::velocity_threshold_deg_per_s, "I-VT velocity threshold, deg/s",
             PositiveNumber());
  ivt_number("--velocity-window-ms", &IvtSettings::velocity_window_ms,
             "velocity window, centred (every detector's peak velocities)", PositiveNumber());
  ivt_number("--merge-max-gap-ms", &IvtSettings::merge_max_gap_ms, "I-VT: merge fixations this close in time",
             NonNegativeNumber());
  ivt_number("--merge-max-angle-deg", &IvtSettings::merge_max_angle_deg, "... and this close in space",
             NonNegativeNumber());
  ivt_number("--min-fixation-ms", &IvtSettings::min_fixation_duration_ms,
             "I-VT: discard shorter fixations (after merging)", NonNegativeNumber());
  CLI::Option* drop_at_loss =
      command->add_flag("--drop-saccades-at-loss", given->drop_saccades_at_loss,
                        "I-VT: saccades touching lost samples (eyelid movement at blinks) are no saccades")
          ->group(detection);
  ivt_number("--post-saccadic-max-ms", &IvtSettings::post_saccadic_max_ms,
             "I-VT: a saccade this soon after another is its post-saccadic oscillation (0: off)", NonNegativeNumber());
  command->add_option("--idt-dispersion-deg", settings->idt.dispersion_threshold_deg, "I-DT dispersion threshold")
      ->check(PositiveNumber())->group(detection)->capture_default_str();
  command->add_option("--idt-min-duration-ms", settings->idt.min_fixation_duration_ms, "I-DT minimum fixation")
      ->check(PositiveNumber())->group(detection)->capture_default_str();
  command->add_option("--ek-lambda", settings->engbert_kliegl.lambda, "Engbert-Kliegl threshold, in noise SDs")
      ->check(PositiveNumber())->group(detection)->capture_default_str();
  command->add_option("--ek-min-saccade-ms", settings->engbert_kliegl.min_saccade_duration_ms,
                      "Engbert-Kliegl shortest saccade")
      ->check(NonNegativeNumber())->group(detection)->capture_default_str();
  command->add_option("--ek-min-fixation-ms", settings->engbert_kliegl.min_fixation_duration_ms,
                      "Engbert-Kliegl: shorter intervals between saccades are no fixations")
      ->check(NonNegativeNumber())->group(detection)->capture_default_str();
  command->add_option("--ek-noise-window-s", settings->engbert_kliegl.noise_window_s,
                      "Engbert-Kliegl noise estimated per block of this length")
      ->check(PositiveNumber())->group(detection)->capture_default_str();
  command->add_option("--blink-min-ms", settings->blink.min_duration_ms, "shortest loss of both eyes that is a blink")
      ->check(NonNegativeNumber())->group(detection)->capture_default_str();
  command->add_option("--blink-max-ms", settings->blink.max_duration_ms, "longest")
      ->check(NonNegativeNumber())->group(detection)->capture_default_str();

  const char* behaviors = "Annotated behaviours (BORIS)";
  command->add_option("--boris-subject", settings->behavior.subject,
                      "count only this subject's annotations (default: every subject)")
      ->group(behaviors);
  command->add_option("--boris-match", settings->behavior.match,
                      "how recordings find their BORIS observations: auto (the observation id is the recording name, "
                      "else contains it, else contains the participant id), name, recording (the first two only) or "
                      "participant (the last only)")
      ->check(CLI::IsMember({"auto", "name", "recording", "participant"}))
      ->group(behaviors)
      ->capture_default_str();
  command->add_option("--boris-offset-s", settings->behavior.offset_s,
                      "recording time = BORIS media time - this offset, in seconds")
      ->check(Number(Sign::kAny))
      ->group(behaviors)
      ->capture_default_str();
  command->add_option("--sync-event", settings->behavior.sync_event,
                      "a moment logged in both the export (Event or Event value) and BORIS (a behaviour) that puts "
                      "each recording's annotations on its clock, where the sync table gives no offset")
      ->group(behaviors);
  command->add_option("--pupil-window-start-s", settings->behavior.point_window_start_s,
                      "pupil response to a point event: window start after it")
      ->check(NonNegativeNumber())->group(behaviors)->capture_default_str();
  command->add_option("--pupil-window-end-s", settings->behavior.point_window_end_s, "... and its end")
      ->check(PositiveNumber())->group(behaviors)->capture_default_str();

  return [settings, preset, presets, given, given_numbers, drop_at_loss, eye, noise, eyes, noises] {
    settings->preprocess.eye = eyes.at(*eye);
    settings->preprocess.noise = noises.at(*noise);
    settings->ivt = presets.at(*preset);
    for (const auto& [option, field] : given_numbers) {
      if (option->count() > 0) settings->ivt.*field = (*given).*field;
    }
    if (drop_at_loss->count() > 0) settings->ivt.drop_saccades_at_loss = given->drop_saccades_at_loss;
    if (settings->blink.min_duration_ms > settings->blink.max_duration_ms) {
      return Status::Error("--blink-min-ms must not exceed --blink-max-ms");
    }
    if (settings->behavior.point_window_end_s <= settings->behavior.point_window_start_s) {
      return Status::Error("--pupil-window-end-s must be after --pupil-window-start-s");
    }
    if (settings->figures.fixation_max_ms / settings->figures.fixation_bin_ms > kMaxFixationBins) {
      return Status::Error(fmt::format("--fixation-max-ms / --fixation-bin-ms must be at most {} bins",
                                       kMaxFixationBins));
    }
    if (settings->preprocess.noise_window_samples % 2 == 0) {
      return Status::Error("--noise-window must be odd, so that the window is centred on its sample");
    }
    return Status::Ok();
  };
}

void AddFigureDataOptions(CLI::App* command, FigureSettings* figures) {
  const char* group = "What each recording keeps for the figures";
  command->add_option("--gaze-grid-columns", figures->gaze_grid_columns,
                      "columns of the gaze heat map's grid (rows follow the screen's aspect ratio)")
      ->check(CLI::Range(1, 1000))->group(group)->capture_default_str();
  command->add_option("--fixation-bin-ms", figures->fixation_bin_ms, "fixation-duration histogram: bin width")
      ->check(PositiveNumber())->group(group)->capture_default_str();
  command->add_option("--fixation-max-ms", figures->fixation_max_ms, "... and where its last bin starts")
      ->check(PositiveNumber())->group(group)->capture_default_str();
  command->add_option("--main-sequence-saccades", figures->main_sequence_saccades,
                      "saccades kept per recording for the main sequence")
      ->check(CLI::Range(0, 100000))->group(group)->capture_default_str();
  command->add_option("--sample", figures->samples,
                      "a recording that gets a sample figure: its recording name, file name or "
                      "participant/recording (repeat for several; default: the first --sample-count)")
      ->group(group);
  command->add_option("--sample-count", figures->sample_count,
                      "sample figures of the study's first recordings, where no --sample is given (0: none)")
      ->check(CLI::Range(0, 1000))->group(group)->capture_default_str();
  command->add_option("--sample-start-s", figures->sample_start_s,
                      "sample figures: where the stretch shown starts, after the recording's first sample")
      ->check(CLI::Range(0.0, kMaxSampleStartS))->group(group)->capture_default_str();
  command->add_option("--sample-window-s", figures->sample_window_s, "... and how long it is")
      ->check(CLI::Range(0.1, 600.0))->group(group)->capture_default_str();
  command->add_option("--sample-bins", figures->sample_bins,
                      "... and the time bins it is kept in (at most as many events are kept)")
      ->check(CLI::Range(10, 100000))->group(group)->capture_default_str();
}

}  // namespace tobii::app
