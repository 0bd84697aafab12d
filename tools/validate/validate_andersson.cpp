// validate-andersson [FOLDER] [analysis options]: scores every registered
// event detector against the two human coders of Andersson et al. (2017,
// "One algorithm to rule them all?"), per stimulus type (images, dots,
// videos), side by side with the algorithms the paper scored and with the
// coders themselves. FOLDER is the andersson2017 data folder (default: the
// shared one found at build time). The options are `run`'s (`--noise`,
// `--velocity-threshold`, ...); every detector runs with them, and
// `--detector` names the one whose rank is reported (default: ivt).
// doc/algorithms/andersson2017.md explains the measures and the results.

#include <chrono>
#include <cmath>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "analysis_options.h"
#include "tobii/detectors.h"
#include "tobii/validate/agreement_scores.h"
#include "tobii/validate/andersson_data.h"

namespace {

using tobii::validate::AnderssonRecording;
using tobii::validate::CoderAgreement;
using tobii::validate::kFixationCode;
using tobii::validate::kSaccadeCode;
using tobii::validate::Label;

enum class RowKind { kCoder, kPublished, kOurs };

struct Row {
  std::string name;
  RowKind kind = RowKind::kPublished;
  CoderAgreement scores;
};

std::string Kappa(const Row& row, double kappa, Label value) {
  if (row.scores.Labelled(value) == 0 || std::isnan(kappa)) return "-";
  return fmt::format("{:.3f}", kappa);
}

std::string Events(const Row& row, Label value) {
  const tobii::validate::EventStats stats = value == kFixationCode
                                                ? row.scores.Fixations(tobii::validate::kAnderssonSampleRateHz)
                                                : row.scores.Saccades(tobii::validate::kAnderssonSampleRateHz);
  if (row.scores.Labelled(value) == 0) return fmt::format("{:>5} {:>6} {:>6}", "-", "-", "-");
  if (stats.count == 0) return fmt::format("{:>5} {:>6} {:>6}", 0, "-", "-");
  return fmt::format("{:>5} {:>6.1f} {:>6.1f}", stats.count, stats.mean_ms, stats.sd_ms);
}

void PrintRow(const Row& row) {
  const CoderAgreement& s = row.scores;
  // The paper's coder rows give the disagreement with the other coder.
  double misclassification = s.Misclassification();
  if (row.kind == RowKind::kCoder) misclassification = std::max(s.MisclassificationVsMn(), s.MisclassificationVsRa());
  fmt::print("{:<20} {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6}  {:>6.1f}  {}  {}\n", row.name,
             Kappa(row, s.KappaVsMn(kFixationCode), kFixationCode),
             Kappa(row, s.KappaVsRa(kFixationCode), kFixationCode),
             Kappa(row, s.KappaStacked(kFixationCode), kFixationCode),
             Kappa(row, s.KappaVsMn(kSaccadeCode), kSaccadeCode), Kappa(row, s.KappaVsRa(kSaccadeCode), kSaccadeCode),
             Kappa(row, s.KappaStacked(kSaccadeCode), kSaccadeCode), 100.0 * misclassification,
             Events(row, kFixationCode), Events(row, kSaccadeCode));
}

// "rank r of n (best published: NAME k)" for `ours` among the published rows.
std::string Rank(const std::vector<Row>& rows, const Row& ours, Label value) {
  const double mine = ours.scores.KappaStacked(value);
  int rank = 1, count = 1;
  const Row* best = nullptr;
  for (const Row& row : rows) {
    if (row.kind != RowKind::kPublished) continue;
    ++count;
    const double k = row.scores.Labelled(value) > 0 ? row.scores.KappaStacked(value) : std::nan("");
    if (!std::isnan(k) && k > mine) ++rank;
    if (!std::isnan(k) && (best == nullptr || k > best->scores.KappaStacked(value))) best = &row;
  }
  return fmt::format("kappa {:.3f}, rank {} of {} (best published: {} {:.3f})", mine, rank, count,
                     best != nullptr ? best->name : "-", best != nullptr ? best->scores.KappaStacked(value) : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Score our event detectors against the human coders of Andersson et al. (2017)"};
  std::string folder = TOBII_ANDERSSON_DIR;
  tobii::Settings settings;
  // The data's own geometry; --screen-*-mm still override it.
  settings.screen = tobii::validate::AnderssonScreen();
  app.add_option("folder", folder, "the andersson2017 data folder (csv/article, reference_results)")
      ->capture_default_str();
  const auto check_analysis = tobii::app::AddAnalysisOptions(&app, &settings);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;  // --help is not an error; a bad option is a usage error
  }
  if (const tobii::Status s = check_analysis(); !s.ok()) {
    fmt::print(stderr, "error: {}\n", s.message());
    return 2;
  }

  const auto started = std::chrono::steady_clock::now();
  std::vector<AnderssonRecording> recordings;
  if (const tobii::Status s = tobii::validate::ReadAndersson(folder, &recordings); !s.ok()) {
    fmt::print(stderr, "error: {}\n", s.message());
    return 1;
  }

  const tobii::IvtSettings& ivt = settings.ivt;
  const char* noise = settings.preprocess.noise == tobii::NoiseReduction::kNone          ? "none"
                      : settings.preprocess.noise == tobii::NoiseReduction::kMovingMedian ? "median"
                                                                                           : "average";
  fmt::print(
      "Andersson et al. (2017): {} recordings, 500 Hz, 1024x768 px on {}x{} mm at {} mm\n"
      "settings: gap fill {} ms, noise {} ({} samples), velocity window {} ms, I-VT threshold {} deg/s, "
      "merge {} ms / {} deg, min fixation {} ms; I-DT {} deg / {} ms; Engbert-Kliegl lambda {}, min saccade {} ms\n",
      recordings.size(), settings.screen.width_mm, settings.screen.height_mm, settings.screen.distance_mm,
      settings.preprocess.gap_fill_max_ms, noise, settings.preprocess.noise_window_samples, settings.velocity.window_ms,
      ivt.velocity_threshold_deg_per_s, ivt.merge_max_gap_ms, ivt.merge_max_angle_deg, ivt.min_fixation_duration_ms,
      settings.idt.dispersion_threshold_deg, settings.idt.min_fixation_duration_ms, settings.engbert_kliegl.lambda,
      settings.engbert_kliegl.min_saccade_duration_ms);

  std::vector<std::string> rank_lines;
  for (const tobii::validate::Stimulus stimulus : tobii::validate::kStimuli) {
    std::vector<Row> rows;
    rows.push_back({"coder MN", RowKind::kCoder, {}});
    rows.push_back({"coder RA", RowKind::kCoder, {}});
    for (const std::string_view name : tobii::validate::kPublishedAlgorithms) {
      rows.push_back({std::string(name), RowKind::kPublished, {}});
    }
    const std::size_t first_ours = rows.size();
    for (const tobii::events::DetectorInfo& detector : tobii::events::RegisteredDetectors()) {
      rows.push_back({"ours: " + std::string(detector.name), RowKind::kOurs, {}});
    }

    int count = 0;
    std::int64_t samples = 0;
    for (const AnderssonRecording& recording : recordings) {
      if (recording.stimulus != stimulus) continue;
      ++count;
      samples += static_cast<std::int64_t>(recording.samples.size());
      rows[0].scores.Add(recording.coder_mn, recording.coder_mn, recording.coder_ra);
      rows[1].scores.Add(recording.coder_ra, recording.coder_mn, recording.coder_ra);
      for (std::size_t a = 0; a < recording.published.size(); ++a) {
        rows[2 + a].scores.Add(recording.published[a], recording.coder_mn, recording.coder_ra);
      }
      std::size_t r = first_ours;
      for (const tobii::events::DetectorInfo& detector : tobii::events::RegisteredDetectors()) {
        tobii::Settings run = settings;
        run.detector = std::string(detector.name);
        std::vector<Label> labels;
        std::int64_t claimed_twice = 0;
        const tobii::Status s =
            tobii::validate::LabelWithDetector(recording, run, settings.screen, &labels, &claimed_twice);
        if (!s.ok()) {
          fmt::print(stderr, "error: {}: {}\n", recording.name, s.message());
          return 1;
        }
        if (claimed_twice > 0) {
          fmt::print(stderr, "warning: {}: {}: {} samples lie in two events\n", recording.name, detector.name,
                     claimed_twice);
        }
        rows[r++].scores.Add(labels, recording.coder_mn, recording.coder_ra);
      }
    }

    const std::string_view name = tobii::validate::StimulusName(stimulus);
    fmt::print("\n{}: {} recordings, {} samples per coder\n", name, count, samples);
    fmt::print("{:<20} {:^20}  {:^20}  {:>6}  {:^19}  {:^19}\n", "", "fixation kappa", "saccade kappa", "miscl.",
               "fixations", "saccades");
    fmt::print("{:<20} {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6}  {:>6}  {:>5} {:>6} {:>6}  {:>5} {:>6} {:>6}\n",
               "labels", "vs MN", "vs RA", "both", "vs MN", "vs RA", "both", "%", "n", "mean", "SD", "n", "mean",
               "SD");
    for (const Row& row : rows) PrintRow(row);
    fmt::print("coders MN vs RA directly: fixation kappa {:.3f}, saccade kappa {:.3f}\n",
               rows[0].scores.KappaVsRa(kFixationCode), rows[0].scores.KappaVsRa(kSaccadeCode));

    for (std::size_t r = first_ours; r < rows.size(); ++r) {
      if (rows[r].name != "ours: " + settings.detector) continue;
      rank_lines.push_back(fmt::format("{}: {} fixation {}; saccade {}", name, settings.detector,
                                       Rank(rows, rows[r], kFixationCode), Rank(rows, rows[r], kSaccadeCode)));
    }
  }

  fmt::print(
      "\nboth = the paper's kappa: the labels duplicated against MN's and RA's one after the other. miscl. = "
      "share of samples whose label differs from the coder's (every code: PSO, pursuit, blink count), mean of "
      "the two coders; for a coder, its disagreement with the other. Events: runs of one label that do not touch "
      "a recording's ends, 2 ms per sample. EK is the paper's EM, IDTk the paper's IDT; IDT is a run the paper "
      "does not report. \"-\": never gives that label.\n\n");
  for (const std::string& line : rank_lines) fmt::print("{}\n", line);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  fmt::print("({:.1f} s)\n", seconds);
  return 0;
}
