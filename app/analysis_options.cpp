#include "analysis_options.h"

#include <map>
#include <memory>
#include <string>

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

  const char* geometry = "Screen geometry (where the export has no eye position)";
  command->add_option("--screen-width-mm", settings->screen.width_mm, "screen width")
      ->check(CLI::PositiveNumber)->group(geometry)->capture_default_str();
  command->add_option("--screen-height-mm", settings->screen.height_mm, "screen height")
      ->check(CLI::PositiveNumber)->group(geometry)->capture_default_str();
  command->add_option("--screen-distance-mm", settings->screen.distance_mm, "viewing distance")
      ->check(CLI::PositiveNumber)->group(geometry)->capture_default_str();

  const char* preprocessing = "Preprocessing (Tobii's order: gap fill-in, eye selection, noise reduction)";
  command->add_option("--gap-fill-max-ms", settings->preprocess.gap_fill_max_ms,
                      "longest gap interpolated, per eye (0: off, as Pro Lab's default preset; Tobii Studio: 75)")
      ->check(CLI::NonNegativeNumber)->group(preprocessing)->capture_default_str();
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
  auto preset = std::make_shared<std::string>("fixation");
  command->add_option("--ivt-preset", *preset,
                      "I-VT preset: fixation (30 deg/s) or attention (100 deg/s, for head-mounted data)")
      ->check(CLI::IsMember({"fixation", "attention"}))->group(detection)->capture_default_str();
  CLI::Option* threshold =
      command->add_option("--velocity-threshold", settings->ivt.velocity_threshold_deg_per_s,
                          "I-VT velocity threshold, deg/s (default: the preset's)")
          ->check(CLI::PositiveNumber)->group(detection);
  command->add_option("--velocity-window-ms", settings->ivt.velocity_window_ms, "velocity window, centred")
      ->check(CLI::PositiveNumber)->group(detection)->capture_default_str();
  command->add_option("--merge-max-gap-ms", settings->ivt.merge_max_gap_ms, "I-VT: merge fixations this close in time")
      ->check(CLI::NonNegativeNumber)->group(detection)->capture_default_str();
  command->add_option("--merge-max-angle-deg", settings->ivt.merge_max_angle_deg, "... and this close in space")
      ->check(CLI::NonNegativeNumber)->group(detection)->capture_default_str();
  command->add_option("--min-fixation-ms", settings->ivt.min_fixation_duration_ms, "I-VT: discard shorter fixations")
      ->check(CLI::NonNegativeNumber)->group(detection)->capture_default_str();
  command->add_flag("--drop-saccades-at-loss", settings->ivt.drop_saccades_at_loss,
                   "I-VT: saccades touching lost samples (eyelid movement at blinks) are no saccades")
      ->group(detection);
  command->add_option("--post-saccadic-max-ms", settings->ivt.post_saccadic_max_ms,
                      "I-VT: a saccade this soon after another is its post-saccadic oscillation (0: off)")
      ->check(CLI::NonNegativeNumber)->group(detection)->capture_default_str();
  command->add_option("--idt-dispersion-deg", settings->idt.dispersion_threshold_deg, "I-DT dispersion threshold")
      ->check(CLI::PositiveNumber)->group(detection)->capture_default_str();
  command->add_option("--idt-min-duration-ms", settings->idt.min_fixation_duration_ms, "I-DT minimum fixation")
      ->check(CLI::PositiveNumber)->group(detection)->capture_default_str();
  command->add_option("--ek-lambda", settings->engbert_kliegl.lambda, "Engbert-Kliegl threshold, in noise SDs")
      ->check(CLI::PositiveNumber)->group(detection)->capture_default_str();
  command->add_option("--ek-min-saccade-ms", settings->engbert_kliegl.min_saccade_duration_ms,
                      "Engbert-Kliegl shortest saccade")
      ->check(CLI::NonNegativeNumber)->group(detection)->capture_default_str();
  command->add_option("--ek-noise-window-s", settings->engbert_kliegl.noise_window_s,
                      "Engbert-Kliegl noise estimated per block of this length")
      ->check(CLI::PositiveNumber)->group(detection)->capture_default_str();
  command->add_option("--blink-min-ms", settings->blink.min_duration_ms, "shortest loss of both eyes that is a blink")
      ->check(CLI::NonNegativeNumber)->group(detection)->capture_default_str();
  command->add_option("--blink-max-ms", settings->blink.max_duration_ms, "longest")
      ->check(CLI::NonNegativeNumber)->group(detection)->capture_default_str();

  return [settings, preset, threshold, eye, noise, eyes, noises] {
    settings->preprocess.eye = eyes.at(*eye);
    settings->preprocess.noise = noises.at(*noise);
    if (*preset == "attention") {
      const double given = settings->ivt.velocity_threshold_deg_per_s;
      const IvtSettings attention = IvtSettings::Attention();
      settings->ivt.velocity_threshold_deg_per_s = attention.velocity_threshold_deg_per_s;
      if (threshold->count() > 0) settings->ivt.velocity_threshold_deg_per_s = given;
    }
    if (settings->blink.min_duration_ms > settings->blink.max_duration_ms) {
      return Status::Error("--blink-min-ms must not exceed --blink-max-ms");
    }
    if (settings->preprocess.noise_window_samples % 2 == 0) {
      return Status::Error("--noise-window must be odd, so that the window is centred on its sample");
    }
    return Status::Ok();
  };
}

}  // namespace tobii::app
