// Event: one fixation, saccade or blink found in a recording.
//
// Time convention (the same for every detector): `onset_us` is the time of
// the event's first sample, `offset_us` the time of the first sample after
// it (or the last sample plus one sample interval at the end of a
// recording), so duration = offset - onset and events that follow each other
// share a boundary. doc/algorithms/conventions.md.
#pragma once

#include <cstdint>
#include <string_view>

namespace tobii {

enum class EventType { kFixation, kSaccade, kBlink };

std::string_view EventTypeName(EventType type);  // "fixation", "saccade", "blink"
// The type EventTypeName gives `name`; false for any other name.
bool ParseEventType(std::string_view name, EventType* type);

struct Event {
  EventType type = EventType::kFixation;
  std::int32_t index = 0;              // 1, 2, ... per type, in time order (Pro Lab's
                                       // `Eye movement type index`)
  std::int64_t onset_us = 0;
  std::int64_t offset_us = 0;
  float x_px = 0;                      // fixation: centroid; saccade: landing point
  float y_px = 0;
  float start_x_px = 0;                // saccade: the last valid gaze point before it
  float start_y_px = 0;
  float amplitude_deg = 0;             // saccade: from the sample before it to where it lands
  float peak_velocity_deg_per_s = 0;   // fixation, saccade: highest windowed sample velocity
  float dispersion_deg = 0;            // fixation, saccade: (max x - min x) + (max y - min y)
                                       // of its gaze directions (Salvucci & Goldberg 2000)
  // Fixation precision: RMS of the angles between consecutive valid
  // samples, and how many such sample pairs it pools (Holmqvist et al. 2012).
  float rms_s2s_deg = 0;
  std::int32_t s2s_pairs = 0;
  std::int64_t duration_us() const { return offset_us - onset_us; }
};

}  // namespace tobii
