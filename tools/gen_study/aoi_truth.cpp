#include "gen_study/aoi_truth.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>

#include "gen_study/stimulus_aois.h"

namespace tobii::gen {

AoiTruth::AoiTruth(const std::vector<Stimulus>& stimuli)
    : stimuli_(stimuli), metrics_(stimuli.size(), std::vector<Metrics>(kAoisPerImage)) {}

void AoiTruth::AddFixation(std::int64_t onset_us, std::int64_t offset_us, double x_px, double y_px) {
  while (first_open_ < stimuli_.size() && stimuli_[first_open_].end_us <= onset_us) ++first_open_;
  for (std::size_t p = first_open_; p < stimuli_.size() && stimuli_[p].start_us < offset_us; ++p) {
    const Stimulus& shown = stimuli_[p];
    const std::int64_t start = std::max(onset_us, shown.start_us), end = std::min(offset_us, shown.end_us);
    const std::uint32_t hits = AoiHits(shown.image, x_px, y_px);
    for (int k = 0; k < kAoisPerImage; ++k) {
      Metrics& m = metrics_[p][static_cast<std::size_t>(k)];
      if ((hits >> k & 1u) == 0) {
        m.in_visit = false;
        continue;
      }
      if (m.first_fixation_us < 0) m.first_fixation_us = start - shown.start_us;
      ++m.fixations;
      m.fixation_us += end - start;
      if (!m.in_visit) ++m.visits;
      m.in_visit = true;
    }
  }
}

void AoiTruth::AddSample(std::size_t presentation, std::uint32_t hits) {
  for (int k = 0; k < kAoisPerImage; ++k) {
    if ((hits >> k & 1u) != 0) ++metrics_[presentation][static_cast<std::size_t>(k)].dwell_samples;
  }
}

std::string AoiTruth::Csv(double hz) const {
  std::string out =
      "stimulus,occurrence,start_ms,end_ms,aoi,time_to_first_fixation_ms,number_of_fixations,"
      "total_duration_of_fixations_ms,number_of_visits,dwell_samples,dwell_time_ms\n";
  std::map<std::string, int> occurrences;
  for (std::size_t p = 0; p < stimuli_.size(); ++p) {
    const Stimulus& shown = stimuli_[p];
    const int occurrence = ++occurrences[shown.name];
    for (int k = 0; k < kAoisPerImage; ++k) {
      const Metrics& m = metrics_[p][static_cast<std::size_t>(k)];
      const std::string first =
          m.first_fixation_us < 0 ? std::string() : fmt::format("{:.3f}", m.first_fixation_us / 1000.0);
      fmt::format_to(std::back_inserter(out), "{},{},{:.3f},{:.3f},{},{},{},{:.3f},{},{},{:.3f}\n", shown.name,
                     occurrence, shown.start_us / 1000.0, shown.end_us / 1000.0,
                     kAoiNames[static_cast<std::size_t>(k)], first, m.fixations, m.fixation_us / 1000.0, m.visits,
                     m.dwell_samples, static_cast<double>(m.dwell_samples) * 1000.0 / hz);
    }
  }
  return out;
}

}  // namespace tobii::gen
