#include "metrics/aoi_metrics.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace tobii::metrics {

namespace {

// From the export's hit columns alone a fixation is on an AOI when its
// samples are on it for at least this share of its duration: Pro Lab's
// columns mark the gaze point, which a fixation's noise carries across an
// AOI's edge now and then; the fixation point is where most samples lie.
constexpr double kFixationOnAoiShare = 0.5;

constexpr double kMsPerUs = 1e-3;
constexpr double kMsPerS = 1e3;
constexpr double kPercent = 100.0;

double Ms(std::int64_t us) { return static_cast<double>(us) * kMsPerUs; }

bool SameName(const std::string& a, const std::string& b) { return a == b; }

// Gaze transition entropy and stationary entropy (Krejtz et al. 2015):
// H_t = -sum_i pi_i sum_j p_ij log2 p_ij and H_s = -sum_i pi_i log2 pi_i,
// with p_ij the share of the fixations leaving AOI i that land on j, and
// pi_i estimated as the share of all transitions that leave i.
void Entropies(const std::map<std::pair<std::size_t, std::size_t>, std::int64_t>& transitions, double* transition,
               double* stationary) {
  std::map<std::size_t, double> leaving;
  double total = 0;
  for (const auto& [from_to, count] : transitions) {
    leaving[from_to.first] += static_cast<double>(count);
    total += static_cast<double>(count);
  }
  if (total <= 0) return;
  double h_t = 0, h_s = 0;
  for (const auto& [from_to, count] : transitions) {
    const double p = static_cast<double>(count) / leaving[from_to.first];
    h_t -= leaving[from_to.first] / total * p * std::log2(p);
  }
  for (const auto& [from, count] : leaving) {
    const double pi = count / total;
    h_s -= pi * std::log2(pi);
  }
  // -0.0 where every transition is certain: print it as 0.
  *transition = h_t + 0.0;
  *stationary = h_s + 0.0;
}

}  // namespace

AoiMetrics::AoiMetrics(const aoi::AoiSet* defined, std::vector<aoi::EventPairSpec> between,
                       std::span<const aoi::TableInterval> table)
    : defined_(defined != nullptr && !defined->empty() ? defined : nullptr),
      finder_(std::move(between), table) {
  if (defined_ != nullptr) {
    for (const aoi::AoiDefinition& a : defined_->aois) defined_slot_.push_back(SlotOf(a.name));
    slot_defined_.assign(names_.size(), true);
  }
  IntervalState whole;
  whole.name = kWholeRecording;
  whole.kind = "recording";
  intervals_.push_back(std::move(whole));
  tracks_.resize(finder_.tracks());
  sample_cursors_.assign(finder_.tracks(), 0);
  fixation_cursors_.assign(finder_.tracks(), 0);
}

std::size_t AoiMetrics::SlotOf(const std::string& name) {
  auto [it, added] = slot_of_.try_emplace(name, names_.size());
  if (added) names_.push_back(name);
  return it->second;
}

void AoiMetrics::SyncColumns() {
  if (columns_ == nullptr) return;
  for (std::size_t i = column_slot_.size(); i < columns_->size() && i < kMaxAoiColumns; ++i) {
    const std::size_t slot = SlotOf((*columns_)[i].aoi);
    column_slot_.push_back(slot < slot_defined_.size() && slot_defined_[slot] ? kNone : slot);
  }
}

void AoiMetrics::SyncIntervals() {
  const std::vector<aoi::IntervalSpan>& found = finder_.intervals();
  for (std::size_t i = intervals_.size() - 1; i < found.size(); ++i) {
    IntervalState state;
    state.name = found[i].name;
    state.kind = found[i].kind;
    state.start_us = found[i].start_us;
    if (found[i].kind == "stimulus") state.stimulus = found[i].name;
    tracks_[found[i].track].push_back(intervals_.size());
    intervals_.push_back(std::move(state));
  }
  for (std::size_t i = 0; i < found.size(); ++i) intervals_[1 + i].end_us = found[i].end_us;
}

bool AoiMetrics::Applies(const IntervalState& interval, std::size_t slot) const {
  if (interval.kind != "stimulus") return true;
  // A stimulus's AOIs: those drawn on it, and those on no stimulus.
  for (std::size_t i = 0; i < column_slot_.size(); ++i) {
    if (column_slot_[i] != slot) continue;
    const std::string& on = (*columns_)[i].stimulus;
    if (on.empty() || SameName(on, interval.stimulus)) return true;
  }
  if (defined_ != nullptr) {
    for (std::size_t i = 0; i < defined_slot_.size(); ++i) {
      if (defined_slot_[i] != slot) continue;
      const std::string& on = defined_->aois[i].stimulus;
      if (on.empty() || SameName(on, interval.stimulus)) return true;
    }
  }
  return false;
}

void AoiMetrics::DefinedHits(double x_px, double y_px, const std::string& stimulus, std::vector<std::size_t>* hits) const {
  if (defined_ == nullptr || !std::isfinite(x_px) || !std::isfinite(y_px)) return;
  for (std::size_t i = 0; i < defined_->aois.size(); ++i) {
    const aoi::AoiDefinition& a = defined_->aois[i];
    if (!a.stimulus.empty() && !SameName(a.stimulus, stimulus)) continue;
    if (aoi::Contains(a, x_px, y_px, defined_->PlacementOf(a.stimulus))) hits->push_back(defined_slot_[i]);
  }
}

void AoiMetrics::ColumnHits(std::uint64_t bits, std::vector<std::size_t>* hits) const {
  while (bits != 0) {
    const auto bit = static_cast<std::size_t>(std::countr_zero(bits));
    bits &= bits - 1;
    if (bit < column_slot_.size() && column_slot_[bit] != kNone) hits->push_back(column_slot_[bit]);
  }
}

void AoiMetrics::Normalise(std::vector<std::size_t>* hits) const {
  // One slot once, in name order: the first is a fixation's AOI in the
  // transition matrix where AOIs overlap.
  std::sort(hits->begin(), hits->end(),
            [&](std::size_t a, std::size_t b) { return names_[a] < names_[b]; });
  hits->erase(std::unique(hits->begin(), hits->end()), hits->end());
}

void AoiMetrics::AddRecordingEvents(std::span<const RecordingEvent> events) {
  finder_.Add(events);
  SyncIntervals();
}

void AoiMetrics::AddSamples(std::span<const preprocess::GazeSample> samples) {
  SyncColumns();
  SyncIntervals();
  for (const preprocess::GazeSample& s : samples) {
    if (!started_) {
      intervals_[0].start_us = s.time_us;
      started_ = true;
    }
    if (!column_slot_.empty() && (hit_changes_.empty() || hit_changes_.back().second != s.aoi_hits)) {
      hit_changes_.emplace_back(s.time_us, s.aoi_hits);
    }
    scratch_.clear();
    ColumnHits(s.aoi_hits, &scratch_);
    if (s.valid && defined_ != nullptr) {
      DefinedHits(s.x_px, s.y_px, finder_.StimulusAt(s.time_us, &stimulus_cursor_), &scratch_);
    }
    if (scratch_.empty()) continue;
    Normalise(&scratch_);
    const auto count = [&](IntervalState& interval) {
      for (std::size_t slot : scratch_) {
        if (Applies(interval, slot)) ++interval.aois[slot].hit_samples;
      }
    };
    count(intervals_[0]);
    for (std::size_t track = 0; track < tracks_.size(); ++track) {
      const std::vector<std::size_t>& list = tracks_[track];
      std::size_t& cursor = sample_cursors_[track];
      while (cursor < list.size() && intervals_[list[cursor]].end_us <= s.time_us) ++cursor;
      if (cursor < list.size() && intervals_[list[cursor]].start_us <= s.time_us) count(intervals_[list[cursor]]);
    }
  }
}

void AoiMetrics::FixationColumnHits(const Event& fixation, std::vector<std::size_t>* hits) {
  // The time each hit column was on during the fixation, from the changes
  // of the samples' hits; changes before its onset are no longer needed
  // (events come in time order) but the last of them.
  while (hit_changes_.size() > 1 && hit_changes_[1].first <= fixation.onset_us) hit_changes_.pop_front();
  std::uint64_t on_long_enough = 0;
  std::int64_t on_us[kMaxAoiColumns] = {};
  for (std::size_t i = 0; i < hit_changes_.size(); ++i) {
    const std::int64_t from = std::max(hit_changes_[i].first, fixation.onset_us);
    const std::int64_t to = i + 1 < hit_changes_.size() ? std::min(hit_changes_[i + 1].first, fixation.offset_us)
                                                         : fixation.offset_us;
    if (to <= from) continue;
    for (std::uint64_t bits = hit_changes_[i].second; bits != 0; bits &= bits - 1) {
      on_us[std::countr_zero(bits)] += to - from;
    }
  }
  const double needed = kFixationOnAoiShare * static_cast<double>(fixation.duration_us());
  for (std::size_t bit = 0; bit < kMaxAoiColumns; ++bit) {
    if (on_us[bit] > 0 && static_cast<double>(on_us[bit]) >= needed) on_long_enough |= std::uint64_t{1} << bit;
  }
  ColumnHits(on_long_enough, hits);
}

void AoiMetrics::AddEvents(std::span<const Event> events) {
  SyncColumns();
  SyncIntervals();
  std::vector<std::size_t> column_hits, hits;
  for (const Event& e : events) {
    if (e.type != EventType::kFixation) {
      while (hit_changes_.size() > 1 && hit_changes_[1].first <= e.onset_us) hit_changes_.pop_front();
      continue;
    }
    column_hits.clear();
    if (!column_slot_.empty()) FixationColumnHits(e, &column_hits);
    // Its fixation point is tested on the stimulus of the interval it is
    // counted in, or for the others on the one shown at its onset.
    const std::string& shown = finder_.StimulusAt(e.onset_us, &fixation_stimulus_cursor_);
    const auto add = [&](IntervalState& interval) {
      hits = column_hits;
      DefinedHits(e.x_px, e.y_px, interval.kind == "stimulus" ? interval.stimulus : shown, &hits);
      Normalise(&hits);
      AddFixation(e, hits, &interval);
    };
    add(intervals_[0]);
    for (std::size_t track = 0; track < tracks_.size(); ++track) {
      const std::vector<std::size_t>& list = tracks_[track];
      std::size_t& cursor = fixation_cursors_[track];
      while (cursor < list.size() && intervals_[list[cursor]].end_us <= e.onset_us) ++cursor;
      for (std::size_t i = cursor; i < list.size() && intervals_[list[i]].start_us < e.offset_us; ++i) {
        add(intervals_[list[i]]);
      }
    }
  }
}

void AoiMetrics::AddFixation(const Event& fixation, const std::vector<std::size_t>& hits, IntervalState* interval) {
  // Cut to the interval (Pro Lab counts a fixation that overlaps an
  // interval, cut at its edges; a whole fixation lies wholly inside).
  const std::int64_t on = std::max(fixation.onset_us, interval->start_us);
  const std::int64_t off = std::min(fixation.offset_us, interval->end_us);
  if (off <= on) return;
  const bool whole = fixation.onset_us >= interval->start_us && fixation.offset_us <= interval->end_us;
  ++interval->fixation_count;
  // A fixation elsewhere ends every visit it is not part of.
  for (auto& [slot, state] : interval->aois) {
    if (state.visit.open && std::find(hits.begin(), hits.end(), slot) == hits.end()) CloseVisit(&state);
  }
  std::size_t first = kNone;
  for (std::size_t slot : hits) {
    if (!Applies(*interval, slot)) continue;
    if (first == kNone) first = slot;
    AoiState& state = interval->aois[slot];
    AoiResult& r = state.result;
    if (r.number_of_fixations == 0) {
      r.time_to_first_fixation_ms = Ms(on - interval->start_us);
      r.duration_of_first_fixation_ms = Ms(off - on);
    }
    ++r.number_of_fixations;
    r.total_duration_of_fixations_ms += Ms(off - on);
    if (whole) ++r.number_of_whole_fixations;
    if (!state.visit.open) {
      state.visit = {.open = true, .start_us = on, .end_us = off};
      ++r.number_of_visits;
    } else {
      state.visit.end_us = off;
    }
  }
  if (first != kNone) {
    if (interval->last_aoi != kNone) ++interval->transitions[{interval->last_aoi, first}];
    interval->last_aoi = first;
  }
}

void AoiMetrics::CloseVisit(AoiState* state) {
  state->result.total_duration_of_visits_ms += Ms(state->visit.end_us - state->visit.start_us);
  state->visit.open = false;
}

void AoiMetrics::Finish(std::int64_t recording_end_us, double sampling_rate_hz, std::vector<IntervalResult>* results) {
  finder_.Finish(recording_end_us);
  SyncColumns();
  SyncIntervals();
  intervals_[0].end_us = recording_end_us;
  std::vector<std::size_t> by_name(names_.size());
  for (std::size_t i = 0; i < by_name.size(); ++i) by_name[i] = i;
  std::sort(by_name.begin(), by_name.end(), [&](std::size_t a, std::size_t b) { return names_[a] < names_[b]; });
  std::map<std::pair<std::string, std::string>, std::int64_t> occurrences;
  const double ms_per_sample = sampling_rate_hz > 0 ? kMsPerS / sampling_rate_hz : AoiResult::kNaN;
  results->clear();
  for (IntervalState& interval : intervals_) {
    // A table's interval wholly outside the recording holds no data: not
    // an interval of it (run/gather_outcomes.cpp says so).
    if (interval.kind == "table" &&
        (interval.end_us <= interval.start_us || interval.end_us <= intervals_[0].start_us)) {
      continue;
    }
    IntervalResult out;
    out.interval = interval.name;
    out.kind = interval.kind;
    out.occurrence = ++occurrences[{interval.kind, interval.name}];
    out.start_ms = Ms(interval.start_us);
    out.end_ms = Ms(std::max(interval.end_us, interval.start_us));
    out.fixation_count = interval.fixation_count;
    for (std::size_t slot : by_name) {
      if (!Applies(interval, slot)) continue;
      AoiState& state = interval.aois[slot];
      if (state.visit.open) CloseVisit(&state);
      AoiResult r = state.result;
      r.aoi = names_[slot];
      if (r.number_of_fixations > 0) {
        r.average_duration_of_fixations_ms = r.total_duration_of_fixations_ms / static_cast<double>(r.number_of_fixations);
      }
      if (r.number_of_visits > 0) {
        r.average_duration_of_visits_ms = r.total_duration_of_visits_ms / static_cast<double>(r.number_of_visits);
        r.number_of_revisits = r.number_of_visits - 1;
      }
      r.dwell_time_ms = static_cast<double>(state.hit_samples) * ms_per_sample;
      if (out.duration_ms() > 0) r.dwell_time_pct = kPercent * r.dwell_time_ms / out.duration_ms();
      out.aois.push_back(std::move(r));
    }
    for (const auto& [from_to, count] : interval.transitions) {
      out.transitions.push_back({.from = names_[from_to.first], .to = names_[from_to.second], .count = count});
    }
    std::sort(out.transitions.begin(), out.transitions.end(), [](const AoiTransition& a, const AoiTransition& b) {
      return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });
    Entropies(interval.transitions, &out.transition_entropy_bits, &out.stationary_entropy_bits);
    results->push_back(std::move(out));
  }
}

}  // namespace tobii::metrics
