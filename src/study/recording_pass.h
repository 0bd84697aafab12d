// One recording's whole pass, the stream made visible:
//
//   reader.Next(chunk) -> preprocessor.Push -> detector.Push -> metrics.Add
//
// Memory: the reader's buffer and chunk, the preprocessor's and the
// detector's windows, O(1) accumulators. Nothing grows with the recording's length.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>

#include "io/byte_source.h"
#include "tobii/event.h"
#include "tobii/recording_result.h"
#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii::study {

struct PassCallbacks {
  // Called after each chunk with the bytes read since the last call.
  std::function<void(std::uint64_t bytes)> on_bytes;
  // Called with each batch of final events, in time order (optional).
  std::function<void(std::span<const Event>)> on_events;
};

// Streams one export through the analysis and fills the quality, event and
// pupil fields of *result (identity fields are left to the caller). On error
// *result is not usable.
Status AnalyseRecording(std::unique_ptr<io::ByteSource> source, const Settings& settings,
                        const PassCallbacks& callbacks, RecordingResult* result);

}  // namespace tobii::study
