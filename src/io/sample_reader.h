// SampleReader: the one interface every recording format is read through.
// A reader turns one file (or one recording of a file that holds several)
// into a stream of SampleChunks; everything after it (preprocessing, event
// detection, the accumulators) does not know the format.
//
// The formats and which reader reads each: io/recording_format.h.
//
// Every reader keeps one read buffer and one chunk, whatever the file size,
// and counts its damage in a DamageLog (io/damage.h), which decides whether
// a flaw costs a sample, a row or the recording.
//
// Thread-safety: one reader per thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/damage.h"
#include "io/line_reader.h"
#include "tobii/sample.h"
#include "tobii/recording_info.h"  // RecordingInfo, ColumnReport
#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii::io {

// Samples handed over per Next() call: large enough to amortise the call,
// small enough to stay in cache.
inline constexpr std::size_t kDefaultChunkSamples = 4096;

// One recording of a file that holds several (a Pro Lab export of a whole
// project): its rows are those whose participant and recording names are
// these. The byte range, found when the file was scanned, lets the reader
// skip to it; rows in the range that belong to other recordings are passed
// over.
struct RecordingSelector {
  std::string participant;
  std::string recording;
  std::uint64_t first_byte = 0;  // where its first row starts; 0: after the header
  std::int64_t first_line = 0;   // that row's line number (1-based)
  std::uint64_t end_byte = 0;    // one past its last row; 0: the end of the file
};

struct ReaderOptions {
  std::size_t buffer_bytes = kDefaultReadBufferBytes;
  std::size_t chunk_samples = kDefaultChunkSamples;
  std::int64_t max_samples = -1;  // stop after this many samples; -1 = all
  std::optional<RecordingSelector> select;
  // The screen in pixels, for formats that give the gaze point normalised
  // and no resolution (Pro SDK data): the analysis's screen
  // (ScreenGeometry, tobii/settings.h), so both measure on one screen.
  ScreenGeometry screen;
};

class SampleReader {
 public:
  virtual ~SampleReader() = default;

  // Reads what comes before the samples (header, preamble, metadata).
  // REQUIRES: called once, before Next().
  virtual Status Open() = 0;

  // Replaces the chunk's contents with the next samples (at most
  // chunk_samples) and the events read among them. An ok status with an
  // empty chunk means the end of the file. A failed status means the file
  // cannot be read on: the source failed, or the damage is past all doubt
  // (DamageLog::Hopeless); lesser damage is only counted in damage().
  virtual Status Next(SampleChunk* chunk) = 0;

  virtual const RecordingInfo& info() const = 0;
  // Bytes of the file read so far (compressed bytes for a compressed file).
  virtual std::uint64_t bytes_consumed() const = 0;
  virtual std::int64_t samples_read() const = 0;
  // Rows (lines, records) of data read so far, samples and other rows alike.
  virtual std::int64_t rows_read() const = 0;
  virtual const DamageLog& damage() const = 0;
  virtual const std::string& name() const = 0;
  virtual ColumnReport columns() const { return {}; }

  // For formats whose files can hold several recordings (a Pro Lab export
  // of a whole project): the participant and recording a data line
  // belongs to (empty when it does not say; REQUIRES: Open()), and every
  // recording of the file with where its rows lie, read from the rest of
  // the file (REQUIRES: Open(), and no Next() yet). Other formats hold one
  // recording per file and list none.
  virtual void RowNames(std::string_view line, std::string* participant, std::string* recording) const {
    (void)line;
    participant->clear();
    recording->clear();
  }
  virtual Status ListRecordings(std::vector<RecordingSelector>* recordings) {
    recordings->clear();
    return Status::Ok();
  }
};

}  // namespace tobii::io
