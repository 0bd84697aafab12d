#include "run/output_set.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <regex>
#include <string>
#include <system_error>
#include <vector>

#include "study/study_walk.h"
#include "tobii/atomic_file.h"
#include "tobii/output_names.h"

namespace tobii::study {

namespace {

namespace fs = std::filesystem;

// `.OUT<suffix>` beside OUT: hidden, on OUT's file system (so renames
// between them are atomic), and named after it.
fs::path Beside(const fs::path& out, const std::string& suffix) {
  std::string name = ".";
  name.append(out.filename().string()).append(suffix);
  return out.parent_path() / name;
}

std::string Errno() { return std::strerror(errno); }

// Flushes a folder's entries (the renames into it) to disk.
void SyncFolder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Flushes every file written on `folder`'s file system: one call for all
// the outputs, instead of one fsync each.
void SyncFileSystem(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::syncfs(fd);
  ::close(fd);
}

std::vector<std::string> ReadLines(const fs::path& file) {
  std::vector<std::string> lines;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

fs::path CarriedListOf(const fs::path& staging) {
  fs::path list = staging;
  list += ".carried";
  return list;
}

// Removes a staging folder that will never take OUT's place; the entries
// carried into it from OUT go back first.
void AbandonStaging(const fs::path& staging, const fs::path& out) {
  std::error_code ec;
  const fs::path list = CarriedListOf(staging);
  for (const std::string& name : ReadLines(list)) {
    if (fs::exists(staging / name, ec) && !fs::exists(out / name, ec)) {
      fs::create_directories(out, ec);
      fs::rename(staging / name, out / name, ec);
    }
  }
  fs::remove_all(staging, ec);
  fs::remove(list, ec);
}

// Whether `name` is `<prefix><kind><PID><tail>`, a leftover of a run of
// OUT (and not of an output folder whose own name merely starts so).
bool IsRunLeftover(const std::string& name, const std::string& prefix, const std::string& kind,
                   const std::string& tail = "") {
  const std::string head = prefix + kind;
  if (!name.starts_with(head) || !name.ends_with(tail) || name.size() <= head.size() + tail.size()) return false;
  const std::string pid = name.substr(head.size(), name.size() - head.size() - tail.size());
  return std::all_of(pid.begin(), pid.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The files named `*.partial` in `folder` (not below it).
std::vector<fs::path> Temporaries(const fs::path& folder) {
  std::vector<fs::path> found;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (it->path().extension() == ".partial") found.push_back(it->path());
  }
  return found;
}

// The tag's temporaries (io/atomic_file.h: CreateFileOnce), which a writer
// killed while tagging leaves.
bool IsCacheTagTemporary(const std::string& name) {
  return name.starts_with(results::kCacheTag) && name != results::kCacheTag;
}

// Finishes what a run that died (kill -9, power loss) left beside and in
// OUT; the caller holds the lock, so no live run owns any of it.
void RecoverFromDeadRun(const fs::path& out) {
  std::string prefix = ".";
  prefix.append(out.filename().string());
  std::vector<fs::path> olds, stagings, carried_lists;
  std::error_code ec;
  for (fs::directory_iterator it(out.parent_path(), ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (IsRunLeftover(name, prefix, ".old-")) olds.push_back(it->path());
    if (IsRunLeftover(name, prefix, ".staging-")) stagings.push_back(it->path());
    if (IsRunLeftover(name, prefix, ".staging-", ".carried")) carried_lists.push_back(it->path());
  }
  // Moved aside, and the new set never put in place: the old set goes back.
  for (const fs::path& old : olds) {
    if (!fs::exists(out, ec)) fs::rename(old, out, ec);
    fs::remove_all(old, ec);
  }
  for (const fs::path& staging : stagings) AbandonStaging(staging, out);
  for (const fs::path& list : carried_lists) fs::remove(list, ec);
  // The temporaries of writers that died (io/atomic_file.h), at OUT's top
  // level and in its cache.
  for (const fs::path& folder : {out, out / results::kCacheFolder}) {
    for (const fs::path& temporary : Temporaries(folder)) fs::remove(temporary, ec);
  }
  for (fs::directory_iterator it(out / results::kCacheFolder, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (IsCacheTagTemporary(it->path().filename().string())) fs::remove(it->path(), ec);
  }
}

// Whether flock's `error` says the file system cannot lock at all (a
// network or parallel file system mounted without locking, as Lustre is by
// default), rather than that another holds the lock.
bool CannotLock(int error) { return error == ENOLCK || error == ENOSYS || error == EOPNOTSUPP; }

bool IsEmptyFolder(const fs::path& folder) {
  std::error_code ec;
  return fs::directory_iterator(folder, ec) == fs::directory_iterator() && !ec;
}

}  // namespace

Status RefuseStudyAsOut(const fs::path& out, const fs::path& input) {
  if (input.empty()) return Status::Ok();
  std::error_code ec;
  const fs::path study = fs::weakly_canonical(input, ec);
  fs::path folder = fs::weakly_canonical(fs::absolute(out), ec);
  if (!folder.has_filename()) folder = folder.parent_path();  // "OUT/"
  const auto [end, at] = std::mismatch(folder.begin(), folder.end(), study.begin(), study.end());
  if (end == folder.end()) {
    return Status::Error(out.string() + ": cannot use as the output folder: it holds the study (" +
                         input.string() + "): choose a folder beside it");
  }
  return Status::Ok();
}

bool HoldsOnlyOurBeginnings(const fs::path& out) {
  static const std::regex kShardFile(R"(\.?[0-9]+-of-[0-9]+\..*)");  // K-of-N.json, its temporaries, scratch
  const auto all_of = [](const fs::path& folder, const std::function<bool(const std::string&)>& ours) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
      if (!ours(it->path().filename().string())) return false;
    }
    return !ec;
  };
  return all_of(out, [&](const std::string& name) {
    // Listed before the tag is looked for: a shard beside this check may tag
    // the cache and store its first entries while it is listed, and once
    // anything but the tag's temporaries is in the cache, the tag is.
    if (name == results::kCacheFolder)
      return all_of(out / name, IsCacheTagTemporary) || HoldsTaggedCache(out);
    if (name == results::kShardsFolder) {
      return all_of(out / name, [](const std::string& file) { return std::regex_match(file, kShardFile); });
    }
    return false;
  });
}

fs::path LockFileOf(const fs::path& out) {
  const fs::path absolute = fs::absolute(out).lexically_normal();
  return Beside(absolute.has_filename() ? absolute : absolute.parent_path(), ".lock");
}

OutputSet::~OutputSet() {
  std::error_code ec;
  if (!committed_ && !staging_.empty()) AbandonStaging(staging_, out_);
  if (lock_fd_ >= 0) {
    // Removed while held, so that a run waiting on this file sees it gone
    // (Open checks that the file it locked is still the one named).
    fs::remove(lock_file_, ec);
    ::close(lock_fd_);
  }
}

Status OutputSet::Open(const fs::path& out, bool force, const fs::path& input) {
  std::error_code ec;
  // Through links: OUT that is a link to a folder elsewhere is replaced
  // there, the link kept.
  const fs::path absolute = fs::weakly_canonical(fs::absolute(out), ec);
  out_ = absolute.has_filename() ? absolute : absolute.parent_path();
  if (Status s = RefuseStudyAsOut(out, input); !s.ok()) return s;
  fs::create_directories(out_.parent_path(), ec);
  if (ec) return Status::Error(out_.parent_path().string() + ": cannot make the folder for the outputs: " + ec.message());
  if (fs::exists(out_, ec) && !fs::is_directory(out_, ec)) {
    return Status::Error(out.string() + ": cannot use as the output folder: not a folder");
  }

  // The lock. A run that ends removes its lock file; one that took the
  // file just before that holds a lock on a file no longer there, so it
  // tries again on the new one.
  lock_file_ = LockFileOf(out_);
  for (;;) {
    const int fd = ::open(lock_file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return Status::Error(lock_file_.string() + ": cannot make the output folder's lock: " + Errno());
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      if (CannotLock(errno)) {
        unlocked_ = Errno();
        lock_fd_ = fd;
        break;
      }
      const bool busy = errno == EWOULDBLOCK;
      const std::string why = Errno();
      std::string holder;
      std::getline(std::ifstream(lock_file_), holder);
      ::close(fd);
      if (busy) {
        return Status::Error(out.string() + ": another tobii-pipeline run is writing into this folder" +
                             (holder.empty() ? "" : " (process " + holder + ")") +
                             ": wait for it to finish, or choose another --out");
      }
      return Status::Error(lock_file_.string() + ": cannot lock the output folder: " + why);
    }
    struct stat held{}, named{};
    if (::fstat(fd, &held) == 0 && ::stat(lock_file_.c_str(), &named) == 0 && held.st_ino == named.st_ino &&
        held.st_dev == named.st_dev) {
      lock_fd_ = fd;
      break;
    }
    ::close(fd);
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(lock_fd_, 0) != 0 || ::pwrite(lock_fd_, pid.data(), pid.size(), 0) < 0) {
    // Only the message of a second run would lack the process number.
  }

  // Unlocked, another run may be alive and own what lies beside OUT: only
  // a holder of the lock may take a leftover for a dead run's.
  if (unlocked_.empty()) RecoverFromDeadRun(out_);
  if (fs::exists(out_, ec) && !IsEmptyFolder(out_) && !IsOutputFolder(out_) &&
      !HoldsOnlyOurBeginnings(out_) && !force) {
    return Status::Error(out.string() +
                         ": this folder is not empty and holds no tobii-pipeline outputs: choose another --out, "
                         "or --force to write the outputs into it (its own files are kept)");
  }
  staging_ = Beside(out_, ".staging-" + std::to_string(::getpid()));
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec)) {
    return Status::Error(staging_.string() + ": cannot make a folder beside the output folder: " +
                         (ec ? ec.message() : "it exists"));
  }
  return Status::Ok();
}

Status OutputSet::ShareKeptFiles(const std::function<bool(const std::string& name)>& keep) {
  std::error_code ec;
  for (fs::directory_iterator it(out_, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!keep(name) || !it->is_regular_file()) continue;
    fs::create_hard_link(it->path(), staging_ / name, ec);
    if (ec) fs::copy_file(it->path(), staging_ / name, ec);
    if (ec) return Status::Error(it->path().string() + ": cannot keep it in the new output set: " + ec.message());
  }
  if (ec) return Status::Error(out_.string() + ": cannot list the output folder: " + ec.message());
  return Status::Ok();
}

Status OutputSet::Commit(const std::function<bool(const std::string& name)>& keep) {
  std::error_code ec;
  std::vector<std::string> carried;
  for (fs::directory_iterator it(out_, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (keep(name) && !fs::exists(staging_ / name)) carried.push_back(name);
  }
  // Written before anything moves, so that a run dying half-way through
  // carrying has its entries moved back (RecoverFromDeadRun).
  const fs::path list = CarriedListOf(staging_);
  std::string names;
  for (const std::string& name : carried) names += name + "\n";
  if (Status s = io::WriteFileAtomically(list, names); !s.ok()) return s;
  for (const std::string& name : carried) {
    fs::rename(out_ / name, staging_ / name, ec);
    if (ec) return Status::Error((out_ / name).string() + ": cannot keep it in the new output set: " + ec.message());
  }
  SyncFileSystem(staging_);

  const fs::path old = Beside(out_, ".old-" + std::to_string(::getpid()));
  const bool had_out = fs::exists(out_, ec);
  if (had_out) {
    fs::rename(out_, old, ec);
    if (ec) return Status::Error(out_.string() + ": cannot move the earlier outputs aside: " + ec.message());
  }
  fs::rename(staging_, out_, ec);
  if (ec) {
    const std::string why = ec.message();
    if (had_out) fs::rename(old, out_, ec);  // the earlier set back in place
    return Status::Error(out_.string() + ": cannot put the new outputs in place: " + why);
  }
  committed_ = true;
  SyncFolder(out_.parent_path());
  fs::remove(list, ec);
  if (had_out) fs::remove_all(old, ec);
  return Status::Ok();
}

}  // namespace tobii::study
