#include "study/discover.h"

#include <algorithm>
#include <map>
#include <utility>
#include <system_error>

#include "boris/boris_reader.h"
#include "boris/matching.h"
#include "study/clock_sync.h"
#include "io/pro_lab_reader.h"
#include "io/sniff.h"

namespace tobii::study {

namespace {

namespace fs = std::filesystem;

// Enough for the header and the first rows of any export.
constexpr std::size_t kProbeBufferBytes = 256 * 1024;

// Reads the header and the first sample of an export for its names.
Status ProbeRecording(const fs::path& path, RecordingInput* input) {
  std::unique_ptr<io::ByteSource> source;
  if (Status s = io::OpenFileSource(path.string(), &source); !s.ok()) return s;
  io::ReaderOptions options;
  options.buffer_bytes = kProbeBufferBytes;
  options.max_samples = 1;
  io::ProLabReader reader(std::move(source), options);
  if (Status s = reader.Open(); !s.ok()) return s;
  SampleChunk chunk;
  if (Status s = reader.Next(&chunk); !s.ok()) return s;
  const std::string stem = path.stem().string();
  input->participant_id = reader.info().participant.empty() ? stem : reader.info().participant;
  input->recording = reader.info().recording.empty() ? stem : reader.info().recording;
  return Status::Ok();
}

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name.front() == '.';
}

// Reads the BORIS files (each problem reported, a file that fails skipped)
// and gives each recording the observation that annotates it.
void JoinAnnotations(const std::vector<fs::path>& paths, boris::MatchRule rule, StudyInputs* inputs) {
  std::vector<boris::Annotations> files;
  std::error_code ec;
  for (const fs::path& path : paths) {
    const std::string relative = fs::relative(path, inputs->root, ec).string();
    boris::Annotations annotations;
    if (Status s = boris::ReadBorisFile(path.string(), &annotations); !s.ok()) {
      inputs->problems.push_back({relative, "error", "boris", s.message()});
      continue;
    }
    for (Problem& p : annotations.problems) {
      p.file = relative;
      inputs->problems.push_back(std::move(p));
    }
    annotations.problems.clear();
    annotations.file = relative;
    inputs->boris_files.push_back(relative);
    inputs->boris_observations += annotations.observations.size();
    files.push_back(std::move(annotations));
  }
  std::vector<boris::RecordingName> names;
  for (const RecordingInput& r : inputs->recordings) names.push_back({r.participant_id, r.recording, r.file});
  boris::MatchResult match = boris::MatchObservations(names, files, rule);
  for (std::size_t r = 0; r < inputs->recordings.size(); ++r) {
    if (const auto& ref = match.observation_of[r]) {
      inputs->recordings[r].observation = files[ref->file].observations[ref->observation];
      inputs->recordings[r].annotation_file = files[ref->file].file;
    }
  }
  for (Problem& p : match.problems) inputs->problems.push_back(std::move(p));
}

// Gives each recording its own clock offset, from the sync table (the one
// named in `options`, else the one found) and the config's entries.
Status JoinClockSync(const DiscoverOptions& options, const std::vector<fs::path>& found, StudyInputs* inputs) {
  std::error_code ec;
  fs::path table = options.sync_table;
  if (table.empty() && !found.empty()) {
    table = found.front();
    for (std::size_t i = 1; i < found.size(); ++i) {
      inputs->problems.push_back({fs::relative(found[i], inputs->root, ec).string(), "warning", "sync",
                                  "a second sync table, not used: " + fs::relative(table, inputs->root, ec).string() +
                                      " is"});
    }
  }
  std::vector<SyncEntry> entries = options.sync;
  if (!table.empty()) {
    const fs::path relative = fs::relative(table, inputs->root, ec);
    inputs->sync_table = ec || relative.empty() || *relative.begin() == ".." ? table.string() : relative.string();
    if (Status s = ReadSyncTable(table.string(), inputs->sync_table, &entries); !s.ok()) return s;
  }
  AssignClockSync(entries, &inputs->recordings, &inputs->problems);
  return Status::Ok();
}

}  // namespace

Status DiscoverStudy(const fs::path& root, StudyInputs* inputs, const DiscoverOptions& options) {
  const fs::path& exclude = options.exclude;
  const bool read_boris = options.read_boris;
  std::error_code ec;
  inputs->root = root;
  std::vector<fs::path> files;
  bool single_file = false;
  if (fs::is_regular_file(root, ec)) {
    inputs->root = root.parent_path();
    files.push_back(root);
    single_file = true;
  } else if (fs::is_directory(root, ec)) {
    const fs::path excluded = exclude.empty() ? fs::path() : fs::weakly_canonical(exclude, ec);
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code entry_ec;  // a broken or looping link is skipped, not fatal
      const bool is_directory = it->is_directory(entry_ec);
      // Hidden entries, and the run's own outputs when they sit in the study.
      if (IsHidden(it->path()) || (is_directory && !excluded.empty() &&
                                   fs::weakly_canonical(it->path(), entry_ec) == excluded)) {
        if (is_directory) it.disable_recursion_pending();
        continue;
      }
      // Temporaries of an interrupted writer (ours: io/atomic_file.h).
      if (it->path().extension() == ".partial") continue;
      if (it->is_regular_file(entry_ec)) files.push_back(it->path());
    }
    if (ec) return Status::Error(root.string() + ": cannot walk the folder: " + ec.message());
  } else {
    return Status::Error(root.string() + ": no such folder or file");
  }
  std::sort(files.begin(), files.end());

  std::vector<fs::path> participant_tables;
  std::vector<fs::path> sync_tables;
  std::vector<fs::path> boris_files;
  for (const fs::path& path : files) {
    const std::string relative = fs::relative(path, inputs->root, ec).string();
    io::FileKind kind = io::FileKind::kOther;
    if (Status s = io::SniffFile(path.string(), &kind); !s.ok()) {
      inputs->problems.push_back({relative, "error", "discover", s.message()});
      continue;
    }
    // A file named on the command line is meant as a recording: its
    // problems are reported, never passed over.
    if (single_file) kind = io::FileKind::kProLabExport;
    switch (kind) {
      case io::FileKind::kProLabExport: {
        RecordingInput input;
        input.path = path;
        input.file = relative;
        input.bytes = fs::file_size(path, ec);
        if (ec) input.bytes = 0;
        // A file that fails here fails its pass too, with the same message,
        // and is counted with the failed recordings.
        if (!ProbeRecording(path, &input).ok()) {
          input.participant_id = input.recording = path.stem().string();
        }
        inputs->recordings.push_back(std::move(input));
        break;
      }
      case io::FileKind::kTobiiStudioExport:
        inputs->problems.push_back({relative, "error", "discover",
                                    "a Tobii Studio export: this version reads Tobii Pro Lab exports only"});
        break;
      case io::FileKind::kParticipantsTable:
        participant_tables.push_back(path);
        break;
      case io::FileKind::kSyncTable:
        sync_tables.push_back(path);
        break;
      case io::FileKind::kBorisExport:
      case io::FileKind::kBorisProject:
        if (read_boris) {
          boris_files.push_back(path);
        } else {
          inputs->other_files.push_back(relative);
        }
        break;
      case io::FileKind::kOther:
        inputs->other_files.push_back(relative);
        break;
    }
  }

  if (participant_tables.empty()) {
    inputs->problems.push_back({"", "warning", "participants",
                                "no participants table (participant_id, group) in the study: groups are unknown"});
  } else {
    // A file called participants.* wins over other tables that look alike.
    std::stable_partition(participant_tables.begin(), participant_tables.end(),
                          [](const fs::path& p) { return p.stem() == "participants"; });
    const fs::path& table = participant_tables.front();
    inputs->participants_file = fs::relative(table, inputs->root, ec).string();
    for (std::size_t i = 1; i < participant_tables.size(); ++i) {
      inputs->problems.push_back({fs::relative(participant_tables[i], inputs->root, ec).string(), "warning",
                                  "participants", "a second participants table, not used: " +
                                                      inputs->participants_file + " is"});
    }
    std::vector<std::string> warnings;
    if (Status s = io::ReadParticipants(table.string(), &inputs->participants, &warnings); !s.ok()) {
      inputs->problems.push_back({inputs->participants_file, "error", "participants", s.message()});
    }
    for (std::string& warning : warnings) {
      inputs->problems.push_back({inputs->participants_file, "warning", "participants", std::move(warning)});
    }
  }
  // The same recording twice would count twice in every group statistic:
  // the first file (in path order) is kept.
  std::map<std::pair<std::string, std::string>, std::string> first_file_of;
  std::erase_if(inputs->recordings, [&](const RecordingInput& input) {
    const auto [it, inserted] = first_file_of.try_emplace({input.participant_id, input.recording}, input.file);
    if (inserted) return false;
    inputs->problems.push_back({input.file, "error", "discover",
                                "recording \"" + input.recording + "\" of participant \"" + input.participant_id +
                                    "\" is also in " + it->second + ": skipped as a duplicate"});
    return true;
  });
  for (RecordingInput& input : inputs->recordings) {
    if (const io::Participant* p = inputs->participants.Find(input.participant_id)) {
      input.group = p->group;
    } else if (!participant_tables.empty()) {
      inputs->problems.push_back({input.file, "warning", "participants",
                                  "participant \"" + input.participant_id +
                                      "\" is not in the participants table: group unknown"});
    }
  }
  JoinAnnotations(boris_files, options.match, inputs);
  return JoinClockSync(options, sync_tables, inputs);
}

}  // namespace tobii::study
