#include "study/study_walk.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <string>
#include <system_error>
#include <unordered_map>

#include "io/sniff.h"
#include "tobii/output_names.h"

namespace tobii::study {

namespace {

namespace fs = std::filesystem;

// The files a tobii-pipeline output folder holds (results/output_names.h):
// either marks the folder as ours, so that a folder whose results.json was
// deleted or never written is still not read as input.
constexpr const char* kOutputRecordNames[] = {results::kResultsFileName, results::kRunRecord};

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name.front() == '.';
}

class Walker {
 public:
  Walker(const fs::path& root, const fs::path& exclude, StudyWalk* walk) : root_(root), walk_(walk) {
    std::error_code ec;
    if (!exclude.empty()) excluded_ = fs::weakly_canonical(exclude, ec);
    root_canonical_ = fs::weakly_canonical(root, ec);
  }

  Status Run() {
    std::error_code ec;
    fs::directory_iterator probe(root_, ec);
    if (ec) return Status::Error(root_.string() + ": cannot list the study folder: " + ec.message());
    visited_.insert(root_canonical_);
    Walk(root_);
    std::sort(walk_->files.begin(), walk_->files.end());
    std::sort(walk_->passed_over.begin(), walk_->passed_over.end(),
              [](const FileVerdict& a, const FileVerdict& b) { return a.file < b.file; });
    return Status::Ok();
  }

 private:
  std::string Relative(const fs::path& path) const { return RelativeTo(path, root_); }

  void PassOver(const fs::path& path, bool folder, std::string role, std::string why) {
    walk_->passed_over.push_back({Relative(path) + (folder ? "/" : ""), std::move(role), std::move(why)});
  }

  void Walk(const fs::path& folder) {
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
      entries.push_back(*it);
    }
    if (ec) {
      walk_->problems.push_back(
          {Relative(folder) + "/", Severity::kError, Stage::kDiscover,
           "cannot list the folder: " + ec.message() + ": the files in it are not read"});
      return;
    }
    std::sort(entries.begin(), entries.end());
    for (const fs::directory_entry& entry : entries) Visit(entry);
  }

  void Visit(const fs::directory_entry& entry) {
    const fs::path& path = entry.path();
    std::error_code ec;
    const bool link = entry.is_symlink(ec);
    const fs::file_status status = fs::status(path, ec);  // follows links
    if (ec) {
      if (link) {
        walk_->problems.push_back(
            {Relative(path), Severity::kWarning, Stage::kDiscover,
             "a symbolic link to nothing (" + fs::read_symlink(path, ec).string() + "): not read"});
      } else {
        walk_->problems.push_back(
            {Relative(path), Severity::kError, Stage::kDiscover, "cannot be examined: " + ec.message()});
      }
      return;
    }
    const bool folder = fs::is_directory(status);
    if (IsHidden(path)) {
      PassOver(path, folder, "not read", "hidden");
      return;
    }
    const fs::path canonical = fs::weakly_canonical(path, ec);
    if (folder) {
      if (!excluded_.empty() && canonical == excluded_) {
        PassOver(path, true, "own output", "this run's output folder");
        return;
      }
      if (IsOutputFolder(path)) {
        PassOver(path, true, "own output", "the outputs of an earlier tobii-pipeline run");
        return;
      }
      if (link && IsInside(canonical, root_canonical_) && Judge(canonical) != Target::kPassedOver) {
        // Its files are read where they lie in the study (or are ours).
        const std::string target = RelativeTo(canonical, root_canonical_) + "/";
        if (Judge(canonical) == Target::kOwnOutput) {
          PassOver(path, true, "own output", "a link to tobii-pipeline's outputs (" + target + ")");
        } else {
          PassOver(path, true, "not read", "a link to a folder of the study (" + target + "), read there");
        }
        return;
      }
      if (!visited_.insert(canonical).second) {
        PassOver(path, true, "not read", "a link to a folder already read through another link");
        return;
      }
      Walk(path);
      return;
    }
    if (!fs::is_regular_file(status)) {
      PassOver(path, false, "not read", "not a regular file (a device, socket or pipe)");
      return;
    }
    if (path.extension() == ".partial") {
      PassOver(path, false, "own output", "the temporary of an interrupted writer");
      return;
    }
    if (link && IsInside(canonical, root_canonical_) && Judge(canonical) != Target::kPassedOver) {
      const std::string target = RelativeTo(canonical, root_canonical_);
      if (Judge(canonical) == Target::kOwnOutput) {
        PassOver(path, false, "own output", "a link to tobii-pipeline's outputs (" + target + ")");
      } else {
        PassOver(path, false, "not read", "a link to a file of the study (" + target + "), read there");
      }
      return;
    }
    const auto [first, inserted] = seen_files_.try_emplace(canonical.native(), path.native());
    if (!inserted) {
      PassOver(path, false, "not read", "the same file as " + Relative(first->second) + " (a link): read once");
      return;
    }
    walk_->files.push_back(path.native());
  }

  // Where a link into the study leads: a place the walk reads anyway, our
  // own outputs, or a place it passes over (a hidden folder), which the
  // link then reads.
  enum class Target { kWalked, kOwnOutput, kPassedOver };
  Target Judge(const fs::path& canonical) const {
    fs::path at = root_canonical_;
    for (const fs::path& part : canonical.lexically_relative(root_canonical_)) {
      at /= part;
      if (IsHidden(part)) return Target::kPassedOver;
      if ((!excluded_.empty() && at == excluded_) || (at != canonical && IsOutputFolder(at))) {
        return Target::kOwnOutput;
      }
    }
    return Target::kWalked;
  }

  static bool IsInside(const fs::path& path, const fs::path& folder) {
    const auto [end, at] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return end == folder.end();
  }

  fs::path root_;
  fs::path root_canonical_;
  fs::path excluded_;
  StudyWalk* walk_;
  std::set<fs::path> visited_;                  // folders walked, by their canonical path
  // canonical path -> the path it was first met by. As strings: a path
  // object keeps each of its parts as a path of its own, which for tens of
  // thousands of files in a deep study was megabytes at discovery's peak.
  std::unordered_map<std::string, std::string> seen_files_;
};

}  // namespace

bool IsOutputFolder(const fs::path& folder) {
  for (const char* name : kOutputRecordNames) {
    std::error_code ec;
    const fs::path record = folder / name;
    if (!fs::is_regular_file(record, ec)) continue;
    io::Sniffed sniffed;
    if (io::SniffFile(record.string(), &sniffed).ok() && sniffed.kind == io::FileKind::kOwnOutput) return true;
  }
  // A run stopped before its first outputs leaves only its cache.
  return HoldsTaggedCache(folder);
}

bool HoldsTaggedCache(const fs::path& folder) {
  std::ifstream tag(folder / results::kCacheFolder / results::kCacheTag, std::ios::binary);
  std::string text(results::kCacheTagText.size(), '\0');
  return tag.read(text.data(), static_cast<std::streamsize>(text.size())) && text == results::kCacheTagText;
}

std::string RelativeTo(const fs::path& path, const fs::path& root) {
  // Lexically: a file reached through a link keeps the link's path.
  const fs::path relative = path.lexically_normal().lexically_relative(root.lexically_normal());
  return relative.empty() || *relative.begin() == ".." ? path.string() : relative.string();
}

Status WalkStudy(const fs::path& root, const fs::path& exclude, StudyWalk* walk) {
  return Walker(root, exclude, walk).Run();
}

}  // namespace tobii::study
