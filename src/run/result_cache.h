// ResultCache: OUT/cache, each analysed recording's outcome kept as soon as
// its pass is done, so that the next run of the study reads only what is
// new or changed, and a run that was killed resumes where it stopped.
//
// An entry is named by what the outcome depends on besides the bytes:
// the recording's file (and which recording of it), the format read, the
// files beside it that change its samples (io/recording_format.h), the
// annotations aligned to it, whether it keeps a sample-figure trace, the
// settings that change a result (settings/setting_table.h:
// SettingsKeyingResult, --interval among them), the study's AOI
// definitions as read (aoi/aoi_file.h: a comment or a reordered key in the
// file changes nothing), the recording's intervals from the interval
// table (their names and times), the participant and recording names (the events
// file's rows carry them), the results' version and this program's version.
// It holds the outcome (the result as results.json stores it, the damage
// the reader counted) and the file's size, mtime and content hash; with
// --write-events also the recording's events file. It is reused when the
// file's size and mtime are those kept, or else its content hash is.
//
// Figure and statistics options key nothing: changing them reuses every
// recording. Identity (participant, recording, group) is not kept: it is
// set from the study as discovered now; renaming a recording reads it again.
//
// The entries of recordings a finished run did not use are removed with
// it (Prune), so the cache holds what one run needs. An entry that does not
// read is a miss, never an error.
//
// Thread-safety: Find and Store are called from the workers at once, each
// for its own recording (entries of different names never share a file).
#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>

#include "aoi/aoi_definition.h"
#include "boris/alignment.h"
#include "run/pass_outcome.h"
#include "study/discover.h"
#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii::study {

class ResultCache {
 public:
  // What a recording's file is now (size, mtime), taken before its pass so
  // that a file changed while it was read is not kept.
  struct Stamp {
    std::uint64_t size = 0;
    std::int64_t mtime_ns = -1;  // -1: the file could not be examined
    bool operator==(const Stamp&) const = default;
  };
  static Stamp StampOf(const RecordingInput& input);

  // `folder`: OUT/cache (made on the first Store); `aois`: the study's
  // AOI definitions (empty when it has none).
  ResultCache(std::filesystem::path folder, const Settings& settings, const aoi::AoiSet& aois);

  // The AOI definitions as the entries' names take them, as a hash.
  static std::string AoisKey(const aoi::AoiSet& aois);

  // Makes the folder and its tag (once; Store does it before its first
  // entry).
  Status MakeFolder() const;

  // The entry's name for one recording's pass.
  std::string EntryName(const RecordingInput& input, const boris::BehaviorTimeline& timeline,
                        bool sample_trace) const;

  // Fills `outcome` from the entry when it holds the outcome of the file's
  // present bytes. With `events_file` the entry must hold the events too,
  // which are then put there.
  bool Find(const RecordingInput& input, const std::string& entry, const std::filesystem::path& events_file,
            PassOutcome* outcome) const;

  // Keeps an analysed recording's outcome, with its events file when one
  // was written; a file that changed since `before` is not kept (an
  // error says so).
  Status Store(const RecordingInput& input, const std::string& entry, const Stamp& before,
               const PassOutcome& outcome, const std::filesystem::path& events_file) const;

  // Removes every entry whose name is not in `used`.
  void Prune(const std::set<std::string>& used) const;

 private:
  std::filesystem::path folder_;
  std::string settings_key_;  // what every entry's name starts from
  mutable std::once_flag tagged_;
  mutable Status tag_status_;  // of making the folder and its tag
};

}  // namespace tobii::study
