// The walk over a study folder: every file in it, each once, and every file
// or folder passed over with the reason, so that nothing in a study is
// dropped without a word.
//
// Sub-folders are walked whatever their depth. A folder that cannot be
// listed is an error naming it (the run goes on with the rest). A symbolic
// link to a folder is followed once: a link into the study itself, or to a
// folder already walked, adds nothing (no loop, nothing counted twice), and
// a file reached by two paths is read once. Passed over, with the reason:
// hidden entries (`.git`, `.DS_Store`), temporaries of an interrupted
// writer (`*.partial`), the run's own output folder and any folder holding
// a tobii-pipeline run.json, results.json or result cache (an earlier
// run's outputs).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "tobii/problem.h"
#include "tobii/status.h"

namespace tobii::study {

// What became of one file or folder of the study.
struct FileVerdict {
  std::string file;    // relative to the study folder ("data/P01.tsv"; a folder ends in '/')
  std::string role;    // "recording", "boris", "participants", "sync table", "design table", "aoi definitions",
                       // "config", "own output", "not read"
  std::string detail;  // the format read, or why it was not read
};

struct StudyWalk {
  // To judge, sorted by path. Strings, not paths: a path keeps each of its
  // parts as a path of its own, several hundred bytes a file in all.
  std::vector<std::string> files;
  std::vector<FileVerdict> passed_over;      // files and folders not judged, and why
  std::vector<Problem> problems;             // folders that could not be listed, broken links
};

// Walks `root` (a folder). `exclude`: the run's own output folder, passed
// over (may be empty). Fails only when `root` itself cannot be listed.
Status WalkStudy(const std::filesystem::path& root, const std::filesystem::path& exclude, StudyWalk* walk);

// Whether `folder` holds the outputs of a tobii-pipeline run: our run.json,
// results.json or result cache.
bool IsOutputFolder(const std::filesystem::path& folder);

// Whether `folder` holds a result cache tagged as ours (its tag written in
// full: results::kCacheTagText).
bool HoldsTaggedCache(const std::filesystem::path& folder);

// The path of `path` relative to `root`, for messages and outputs.
std::string RelativeTo(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace tobii::study
