// The registered detectors: one table of names, descriptions and how each
// is set up, so `--detector`, `--help` and run.json cannot drift apart
// (pymovements' EventDetectionLibrary).

#include <limits>
#include <string>

#include "events/detector.h"
#include "events/engbert_kliegl.h"
#include "events/idt.h"
#include "events/ivt.h"

namespace tobii::events {

namespace {

struct Registration {
  DetectorInfo info;
  std::unique_ptr<Classifier> (*classifier)(const Settings&, const ScreenGeometry&);
  EventBuilderOptions (*options)(const Settings&, const ScreenGeometry&);
  double (*velocity_threshold)(const Settings&);  // events/detector.h, VelocityThreshold
};

double NoVelocityThreshold(const Settings&) { return std::numeric_limits<double>::quiet_NaN(); }

// Tobii's I-VT merges close fixations and discards short ones (Olsen 2012).
EventBuilderOptions IvtOptions(const Settings& s, const ScreenGeometry& screen) {
  return {.merge_fixations = true,
          .merge_max_gap_ms = s.ivt.merge_max_gap_ms,
          .merge_max_angle_deg = s.ivt.merge_max_angle_deg,
          .min_fixation_duration_ms = s.ivt.min_fixation_duration_ms,
          .drop_saccades_at_loss = s.ivt.drop_saccades_at_loss,
          .post_saccadic_max_ms = s.ivt.post_saccadic_max_ms,
          .blink = s.blink,
          .screen = screen};
}

// I-DT's windows are at least the minimum duration already.
EventBuilderOptions IdtOptions(const Settings& s, const ScreenGeometry& screen) {
  return {.blink = s.blink, .screen = screen};
}

EventBuilderOptions EngbertKlieglOptions(const Settings& s, const ScreenGeometry& screen) {
  return {.min_fixation_duration_ms = s.engbert_kliegl.min_fixation_duration_ms, .blink = s.blink, .screen = screen};
}

const Registration kRegistry[] = {
    {{"ivt", "Tobii I-VT fixation filter: velocity threshold, merge, discard (Olsen 2012)"},
     [](const Settings& s, const ScreenGeometry&) -> std::unique_ptr<Classifier> {
       return std::make_unique<IvtClassifier>(s.ivt);
     },
     IvtOptions, [](const Settings& s) { return s.ivt.velocity_threshold_deg_per_s; }},
    {{"idt", "dispersion threshold (Salvucci & Goldberg 2000)"},
     [](const Settings& s, const ScreenGeometry& screen) -> std::unique_ptr<Classifier> {
       return std::make_unique<IdtClassifier>(s.idt, screen);
     },
     IdtOptions, NoVelocityThreshold},
    {{"engbert_kliegl", "adaptive velocity threshold for saccades and microsaccades (Engbert & Kliegl 2003)"},
     [](const Settings& s, const ScreenGeometry& screen) -> std::unique_ptr<Classifier> {
       return std::make_unique<EngbertKlieglClassifier>(s.engbert_kliegl, screen);
     },
     EngbertKlieglOptions, NoVelocityThreshold},
};

const std::vector<DetectorInfo>& Infos() {
  static const std::vector<DetectorInfo> infos = [] {
    std::vector<DetectorInfo> v;
    for (const Registration& r : kRegistry) v.push_back(r.info);
    return v;
  }();
  return infos;
}

}  // namespace

std::span<const DetectorInfo> RegisteredDetectors() { return Infos(); }

double VelocityThreshold(const Settings& settings) {
  for (const Registration& r : kRegistry) {
    if (r.info.name == settings.detector) return r.velocity_threshold(settings);
  }
  return NoVelocityThreshold(settings);
}

Status MakeDetector(const Settings& settings, const ScreenGeometry& screen, std::unique_ptr<Detector>* detector) {
  for (const Registration& r : kRegistry) {
    if (r.info.name == settings.detector) {
      *detector = std::make_unique<Detector>(settings.velocity.window_ms, r.classifier(settings, screen),
                                             r.options(settings, screen));
      return Status::Ok();
    }
  }
  std::string known;
  for (const Registration& r : kRegistry) known += (known.empty() ? "" : ", ") + std::string(r.info.name);
  return Status::Error("unknown detector \"" + settings.detector + "\"; known: " + known);
}

}  // namespace tobii::events
