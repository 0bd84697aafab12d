// OutputSet: a run's outputs appear in OUT all at once, or not at all.
//
// A run (or `figures OUT`) writes its outputs into a staging folder beside
// OUT (`.OUT.staging-PID`), and Commit() puts them in place:
//
//   carry: the entries of OUT the new set keeps (the result cache, files a
//   user put there; for `figures` the tables it does not redraw) are moved
//   into the staging folder, the list written first (`.OUT.staging-PID.carried`)
//   -> sync the file system
//   -> OUT moved aside (`.OUT.old-PID`), the staging folder renamed to OUT
//   -> the old set removed.
//
// So a reader sees the old set or the new set, never a mix, and nothing of
// an earlier run survives that the new one did not keep on purpose (events/
// of a run with --write-events, sample figures of other recordings).
//
// A lock beside OUT (`.OUT.lock`, flock) keeps a second run out while one
// runs; the kernel drops it when its process dies, however it dies. On a
// file system that cannot lock, the set opens unlocked and says so
// (unlocked()). Whoever
// takes the lock first finishes what a dead run left: an old set with no
// OUT goes back in place, carried entries go back into OUT, staging folders
// and `.partial` temporaries are removed.
//
// Thread-safety: one object, used by the thread that runs the study; the
// cache inside OUT is written by the workers (run/result_cache.h).
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "tobii/status.h"

namespace tobii::study {

class OutputSet {
 public:
  OutputSet() = default;
  ~OutputSet();  // not committed: the staging folder is removed; the lock is let go
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;

  // Takes OUT's lock, finishes what a dead run left, and makes the staging
  // folder. OUT may be missing, empty, or one of our output folders (it
  // holds our run.json or our cache); another folder is refused unless
  // `force`, and then its files are kept beside the outputs. OUT may not
  // be, or hold, `input` (the study: a new set would carry it around).
  Status Open(const std::filesystem::path& out, bool force, const std::filesystem::path& input = {});

  const std::filesystem::path& out() const { return out_; }
  // Why OUT could not be locked, on a file system that cannot lock (a
  // network or parallel one mounted without it): the set is then opened
  // without its lock, nothing keeps a second run out, and what a dead run
  // left is not cleared (it may be a live run's). Empty: locked.
  const std::string& unlocked() const { return unlocked_; }
  // Where the new outputs are written.
  const std::filesystem::path& staging() const { return staging_; }

  // Makes OUT's kept files (not folders) visible in the staging folder
  // now, as hard links, for writers that read them back (`figures OUT`'s
  // report shows summary.csv). Folders are carried by Commit.
  Status ShareKeptFiles(const std::function<bool(const std::string& name)>& keep);

  // Puts the staged outputs in place; `keep(name)` says which of OUT's own
  // top-level entries (files or folders) the new set carries on. Once it
  // returns ok, OUT holds the new set.
  Status Commit(const std::function<bool(const std::string& name)>& keep);

 private:
  std::filesystem::path out_;
  std::filesystem::path staging_;
  std::filesystem::path lock_file_;
  int lock_fd_ = -1;
  std::string unlocked_;
  bool committed_ = false;
};

// Whether `out` holds nothing but what a run or shards of ours make first,
// before the cache's tag that marks it as ours (study/study_walk.h:
// IsOutputFolder): a cache folder that is empty or holds only the tag being
// made (or, tagged since, anything), and a shards folder of shard records.
// Shards starting together see each other's folders so, and so does a run
// after one killed at its start.
bool HoldsOnlyOurBeginnings(const std::filesystem::path& out);

// Refuses `out` when it is, or holds, `input` (the study; may be empty:
// no study to hold).
Status RefuseStudyAsOut(const std::filesystem::path& out, const std::filesystem::path& input);

// `.OUT.lock`: the lock file's path, beside OUT (discovery passes it over
// when OUT lies inside the study).
std::filesystem::path LockFileOf(const std::filesystem::path& out);

}  // namespace tobii::study
