// FigureDataShelf: the recordings' figure data (the gaze grid, the fixation
// durations and the saccade reservoir: some 12 KB each) kept in a scratch
// file from the end of each pass until the study stage draws from it, so
// that the run's memory does not grow with the number of recordings. The
// study stage reads one recording's data back at a time
// (analysis/gaze_maps.h, plot/figure_data_quality.h, results.json).
//
// The file is unnamed, in the output set's staging folder (on OUT's disk,
// not in a RAM-backed /tmp): it is gone when the shelf closes or the
// program dies, and nothing else ever sees it. A sample trace (a few
// recordings, bounded) stays in memory.
//
// Thread-safety: Put and Read may be called from several threads at once.
#pragma once

#include <atomic>
#include <filesystem>
#include <stdexcept>

#include "tobii/figure_data.h"
#include "tobii/status.h"

namespace tobii::results {

class FigureDataShelf {
 public:
  FigureDataShelf() = default;
  ~FigureDataShelf();
  FigureDataShelf(const FigureDataShelf&) = delete;
  FigureDataShelf& operator=(const FigureDataShelf&) = delete;

  // An unnamed scratch file in `folder`.
  Status Open(const std::filesystem::path& folder);

  // Moves data's grid, fixation durations and saccades into the file and
  // says where in data->shelved; the sample trace stays. On a failure to
  // write, data is left as it was (in memory) and the error returned.
  // REQUIRES: Open succeeded; data is not shelved.
  Status Put(FigureData* data);

  // `data` whole: itself when it is not shelved, else its shelved part read
  // back into `*scratch` (without the sample trace, which stays in `data`).
  // Throws std::system_error when the file cannot be read back (or the
  // shelf is closed).
  const FigureData& View(const FigureData& data, FigureData* scratch) const;

  // Lets the file go (its blocks, unwritten, with it) once nothing will be
  // read back: before the outputs are synced to disk, which would
  // otherwise write it out first.
  void Close();

 private:
  int fd_ = -1;
  std::atomic<std::uint64_t> end_{0};  // where the next Put writes
};

// What `shelf` shows of `data` (View), or `data` itself without a shelf.
// Throws std::logic_error for shelved data without its shelf: its figures
// would be drawn empty.
inline const FigureData& ViewFigureData(const FigureDataShelf* shelf, const FigureData& data,
                                        FigureData* scratch) {
  if (shelf != nullptr) return shelf->View(data, scratch);
  if (data.shelved.bytes != 0) throw std::logic_error("figure data read without the shelf that holds it");
  return data;
}

}  // namespace tobii::results
