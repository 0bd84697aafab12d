#include "study/discover.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <span>
#include <system_error>
#include <utility>

#include "aoi/aoi_file.h"
#include "boris/boris_reader.h"
#include "boris/matching.h"
#include "io/sniff.h"
#include "study/clock_sync.h"
#include "study/design_assignment.h"
#include "study/interval_table.h"
#include "study/name_pattern.h"
#include "util/stop_signal.h"
#include "util/text.h"

namespace tobii::study {

namespace {

namespace fs = std::filesystem;

// Enough for the header and the first rows of any export.
constexpr std::size_t kProbeBufferBytes = 256 * 1024;
// What is read of a large export, at places through it and at its end, to
// see whether it holds more than one recording: rows, whatever their width.
constexpr std::uint64_t kProbeWindowBytes = 64 * 1024;
constexpr std::uint64_t kTailBytes = 256 * 1024;
// An export this small is scanned whole for the recordings it holds; a
// larger one only where its rows, read at kNameProbes places and its end,
// name more than one.
constexpr std::uint64_t kScanWholeBytes = 1 << 20;
constexpr int kNameProbes = 8;
// The name of the study config, labelled as such (app/study_config.h reads it).
constexpr const char* kStudyConfigName = "study.toml";

// File name endings of data a researcher would expect read: a file so named
// that is not read is a warning, not a quiet line.
constexpr std::string_view kDataExtensions[] = {".tsv", ".csv", ".json", ".gz", ".xlsx", ".xls", ".ods", ".dat", ".boris"};
// File name endings of things plainly not data (notes, documents, media).
constexpr std::string_view kUnrelatedExtensions[] = {
    ".md",  ".pdf", ".doc", ".docx", ".odt", ".rtf", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".bmp", ".tif",
    ".html", ".htm", ".mp4", ".avi", ".mov", ".mkv", ".wav", ".mp3", ".py", ".r",   ".m",   ".ipynb", ".sh",
    ".toml", ".yaml", ".yml", ".log", ".zip", ".7z", ".tar", ".pptx", ".ppt"};

std::string LowerExtension(const fs::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = util::LowerAscii(c);
  return ext;
}

bool EndsWithAny(const std::string& ext, std::span<const std::string_view> list) {
  return std::find(list.begin(), list.end(), ext) != list.end();
}

// Whether a file that is not read looks meant as data, so that leaving it
// out deserves a warning.
bool MeantAsData(const fs::path& path, const io::Sniffed& sniffed, bool among_recordings) {
  if (sniffed.kind == io::FileKind::kUnreadable || sniffed.empty) return true;
  const std::string ext = LowerExtension(path);
  if (EndsWithAny(ext, kDataExtensions)) return true;
  if (EndsWithAny(ext, kUnrelatedExtensions)) return false;
  return sniffed.tabular || among_recordings;
}

// The names on the complete rows of `block` (its first line is cut
// unless it starts the file), by the reader's rule (io/sample_reader.h).
void AddRowNames(std::string_view block, bool starts_file, const io::SampleReader& reader,
                 std::set<std::pair<std::string, std::string>>* names) {
  if (!starts_file) {
    const std::size_t first_end = block.find('\n');
    if (first_end == std::string_view::npos) return;
    block.remove_prefix(first_end + 1);
  }
  std::string participant, recording;
  while (!block.empty()) {
    const std::size_t end = block.find('\n');
    if (end == std::string_view::npos) break;  // cut at the block's end
    std::string_view line = block.substr(0, end);
    if (line.ends_with('\r')) line.remove_suffix(1);
    reader.RowNames(line, &participant, &recording);
    if (!participant.empty() || !recording.empty()) names->insert({participant, recording});
    block.remove_prefix(end + 1);
  }
}

// Whether the rows of a large plain-text export, read at kNameProbes
// places through it and at its end, all name the same recording as its
// first sample; false when it cannot tell.
bool OneRecordingThroughout(const fs::path& path, const io::SampleReader& reader, const io::RecordingInfo& first) {
  std::error_code ec;
  const std::uint64_t size = fs::file_size(path, ec);
  if (ec) return false;
  std::unique_ptr<io::ByteSource> source;
  if (!io::OpenFileSource(path.string(), &source).ok()) return false;
  std::set<std::pair<std::string, std::string>> names;
  std::string block;
  std::uint64_t at = 0;
  for (int probe = 1; probe <= kNameProbes; ++probe) {
    // The last probe reads the file's end.
    const std::uint64_t window = probe == kNameProbes ? kTailBytes : kProbeWindowBytes;
    const std::uint64_t start = probe == kNameProbes ? size - std::min(size, window) : size / (kNameProbes + 1) * probe;
    if (start < at || !source->Skip(start - at).ok()) return false;
    block.resize(static_cast<std::size_t>(std::min(window, size - start)));
    std::size_t filled = 0, count = 0;
    do {
      if (!source->Read(block.data() + filled, block.size() - filled, &count).ok()) return false;
      filled += count;
    } while (count > 0 && filled < block.size());
    block.resize(filled);
    at = start + filled;
    AddRowNames(block, start == 0, reader, &names);
  }
  return !names.empty() && names.size() == 1 && *names.begin() == std::pair(first.participant, first.recording);
}

// The name a recording's file gives it: its stem, or for the Pro Glasses,
// whose files have fixed names, the recording's folder (Glasses 3:
// <recording>/gazedata.gz; Glasses 2: <recording>/segments/<n>/livedata.json.gz).
std::string FileName(const fs::path& path, io::RecordingFormat format) {
  std::string stem = path.stem().string();
  if (stem.ends_with(".json")) stem.resize(stem.size() - 5);  // livedata.json.gz
  const fs::path folder = path.parent_path();
  if (format == io::RecordingFormat::kGlasses3 && stem == "gazedata" && !folder.filename().empty()) {
    return folder.filename().string();
  }
  if (format == io::RecordingFormat::kGlasses2 && stem == "livedata" && !folder.filename().empty()) {
    const fs::path up = folder.parent_path();
    return up.filename() == "segments" ? up.parent_path().filename().string() : folder.filename().string();
  }
  return stem.empty() ? path.filename().string() : stem;
}

// The segment a Pro Glasses 2 file is, when its recording has several
// (<recording>/segments/<n>/livedata.json.gz, and more than one <n>); 0
// otherwise.
int SegmentOf(const fs::path& path, io::RecordingFormat format) {
  if (format != io::RecordingFormat::kGlasses2) return 0;
  const fs::path segment = path.parent_path();
  if (segment.parent_path().filename() != "segments") return 0;
  std::error_code ec;
  int segments = 0;
  for (fs::directory_iterator it(segment.parent_path(), ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    segments += it->is_directory(ec);
  }
  int n = 0;
  const std::string name = segment.filename().string();
  const auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), n);
  return segments > 1 && error == std::errc() && end == name.data() + name.size() ? n : 0;
}

// The recordings of a file: one, named by the file or its stem, or, for
// an export of several recordings, one per recording with the part of the
// file it lies in. A file that cannot be probed gives one input named by
// its stem, which fails its pass with the reason.
std::vector<RecordingInput> ProbeRecordings(const fs::path& path, const std::string& relative, const io::Sniffed& sniffed) {
  RecordingInput input;
  input.path = path.native();
  input.file = relative;
  input.format = sniffed.format;
  std::error_code ec;
  input.bytes = fs::file_size(path, ec);
  if (ec) input.bytes = 0;
  input.participant_id = input.recording = FileName(path, sniffed.format);
  input.participant_from = input.recording_from = "the file name";

  io::ReaderOptions options;
  options.buffer_bytes = kProbeBufferBytes;
  options.max_samples = 1;
  std::unique_ptr<io::SampleReader> reader;
  if (!io::OpenSampleReader(sniffed.format, path.string(), options, &reader).ok() || !reader->Open().ok()) {
    return {input};
  }
  SampleChunk chunk;
  if (!reader->Next(&chunk).ok()) return {input};
  const io::RecordingInfo& info = reader->info();
  if (!info.participant.empty()) {
    input.participant_id = info.participant;
    input.participant_from = "the file";
  }
  if (!info.recording.empty()) {
    input.recording = info.recording;
    input.recording_from = "the file";
  }
  if (info.participant.empty() && info.recording.empty()) return {input};  // one recording per file

  // An export may hold several recordings, grouped by their names: a
  // small one is scanned whole, a large one where its rows, read here and
  // there, name more than one.
  const bool plain = !sniffed.form.gzip && (sniffed.form.encoding == io::TextEncoding::kUtf8 ||
                                            sniffed.form.encoding == io::TextEncoding::kUtf8Bom);
  if (plain && input.bytes > kScanWholeBytes && OneRecordingThroughout(path, *reader, info)) return {input};
  std::unique_ptr<io::SampleReader> scanner;
  std::vector<io::RecordingSelector> parts;
  if (!io::OpenSampleReader(sniffed.format, path.string(), {}, &scanner).ok() || !scanner->Open().ok() ||
      !scanner->ListRecordings(&parts).ok() || parts.size() < 2) {
    return {input};
  }
  // The parts' sizes for progress, in the file's bytes: the text's where
  // it is the file's, else the same share of the file.
  std::uint64_t text_bytes = 0;
  for (const io::RecordingSelector& part : parts) text_bytes = std::max(text_bytes, part.end_byte);
  std::vector<RecordingInput> inputs;
  for (io::RecordingSelector& part : parts) {
    RecordingInput one = input;
    one.participant_id = part.participant.empty() ? input.participant_id : part.participant;
    one.recording = part.recording.empty() ? input.recording : part.recording;
    const std::uint64_t part_bytes = part.end_byte - part.first_byte;
    one.bytes = plain || text_bytes == 0 ? part_bytes
                                         : static_cast<std::uint64_t>(static_cast<double>(input.bytes) *
                                                                      static_cast<double>(part_bytes) /
                                                                      static_cast<double>(text_bytes));
    one.select = std::move(part);
    inputs.push_back(std::move(one));
  }
  return inputs;
}

// Names what the recordings' files do not name by `pattern` (when given),
// and, without a participants table, gives every recording whose path
// matches its group. Returns whether groups came from it.
bool NameFromPath(const NamePattern& pattern, bool no_table, StudyInputs* inputs) {
  if (pattern.text().empty()) return false;
  bool grouped = false;
  for (RecordingInput& input : inputs->recordings) {
    const bool file_names_both = input.participant_from == "the file" && input.recording_from == "the file";
    const std::optional<PathNames> names = pattern.Match(input.file);
    if (!names) {
      if (!file_names_both || (no_table && pattern.has_group())) {
        inputs->problems.push_back({input.file, Severity::kWarning, Stage::kDiscover,
                                    "its path does not match names-from-path \"" + pattern.text() +
                                        "\": named \"" + input.participant_id + "\" / \"" + input.recording +
                                        "\" by its file"});
      }
      continue;
    }
    if (input.participant_from != "the file" && !names->participant.empty()) {
      input.participant_id = names->participant;
      input.participant_from = "names-from-path";
    }
    if (input.recording_from != "the file" && !names->recording.empty()) {
      input.recording = names->recording;
      input.recording_from = "names-from-path";
    }
    if (no_table && pattern.has_group()) {
      input.group = names->group;
      grouped = true;
    }
    input.condition = names->condition;
    input.session = names->session;
  }
  if (!no_table && pattern.has_group()) {
    inputs->problems.push_back({"", Severity::kWarning, Stage::kParticipants,
                                "names-from-path has a {group}, but the participants table " +
                                    inputs->participants_file + " gives the groups"});
  }
  return grouped;
}

// Recordings named alike by their file names alone (P01/gaze.csv and
// P02/gaze.csv) are not one recording twice: each is named after its path,
// and the warning says how to name them.
void SeparateSharedFileNames(StudyInputs* inputs) {
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> by_names;
  for (std::size_t i = 0; i < inputs->recordings.size(); ++i) {
    const RecordingInput& r = inputs->recordings[i];
    by_names[{r.participant_id, r.recording}].push_back(i);
  }
  for (const auto& [names, members] : by_names) {
    if (members.size() < 2) continue;
    for (std::size_t i : members) {
      RecordingInput& r = inputs->recordings[i];
      const bool by_file_name = r.participant_from == "the file name" || r.recording_from == "the file name";
      if (!by_file_name) continue;
      inputs->problems.push_back({r.file, Severity::kWarning, Stage::kDiscover,
                                  "its file names it \"" + r.recording +
                                      "\" as it does another recording: named after its path instead "
                                      "(--names-from-path can name its participant and recording)"});
      if (r.participant_from == "the file name") {
        r.participant_id = r.file;
        r.participant_from = "its path";
      }
      if (r.recording_from == "the file name") {
        r.recording = r.file;
        r.recording_from = "its path";
      }
    }
  }
}

// Reads the BORIS files (each problem reported, a file that fails skipped)
// and gives each recording the observation that annotates it.
void JoinAnnotations(const std::vector<fs::path>& paths, boris::MatchRule rule, StudyInputs* inputs) {
  std::vector<boris::Annotations> files;
  for (const fs::path& path : paths) {
    const std::string relative = RelativeTo(path, inputs->root);
    boris::Annotations annotations;
    if (Status s = boris::ReadBorisFile(path.string(), &annotations); !s.ok()) {
      inputs->problems.push_back({relative, Severity::kError, Stage::kBoris, s.message()});
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
  // An observation annotates one recording (boris/matching.h leaves one
  // claimed by several unmatched), so it is moved, not copied: a study's
  // worth of bouts twice over would grow discovery's memory with the
  // number of recordings. One given twice all the same is copied.
  std::map<std::pair<std::size_t, std::size_t>, int> claims;
  for (const auto& ref : match.observation_of) {
    if (ref) ++claims[{ref->file, ref->observation}];
  }
  for (std::size_t r = 0; r < inputs->recordings.size(); ++r) {
    if (const auto& ref = match.observation_of[r]) {
      boris::Observation& observation = files[ref->file].observations[ref->observation];
      if (--claims[{ref->file, ref->observation}] == 0) {
        inputs->recordings[r].observation = std::move(observation);
      } else {
        inputs->recordings[r].observation = observation;
      }
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
      inputs->problems.push_back(
          {RelativeTo(found[i], inputs->root), Severity::kWarning, Stage::kSync,
           "a second sync table, not used: " + RelativeTo(table, inputs->root) + " is"});
    }
  }
  for (const fs::path& path : found) {
    inputs->files.push_back({RelativeTo(path, inputs->root), path == table ? "sync table" : "not read",
                             path == table ? "each recording's clock offset" : "a second sync table"});
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

// Gives each recording its condition and session from the design table,
// when the study has one. Two are an error and neither is used: which
// recordings are compared is not to be guessed.
Status JoinDesign(const std::vector<fs::path>& found, StudyInputs* inputs) {
  if (found.size() > 1) {
    std::string names;
    for (const fs::path& path : found) names.append(names.empty() ? "" : ", ").append(RelativeTo(path, inputs->root));
    for (const fs::path& path : found) {
      const std::string relative = RelativeTo(path, inputs->root);
      inputs->problems.push_back({relative, Severity::kError, Stage::kDiscover,
                                  "one of " + std::to_string(found.size()) + " design tables (" + names +
                                      "): neither is used; keep one"});
      inputs->files.push_back({relative, "not read", "one of several design tables (" + names + ")"});
    }
    return Status::Ok();
  }
  if (found.empty()) return Status::Ok();
  inputs->design_table = RelativeTo(found.front(), inputs->root);
  inputs->files.push_back({inputs->design_table, "design table", "each recording's condition and session"});
  DesignTable table;
  if (Status s = ReadDesignTable(found.front().string(), inputs->design_table, &table); !s.ok()) return s;
  AssignDesign(table, &inputs->recordings, &inputs->problems);
  return Status::Ok();
}

// Reads the study's AOI definitions, when it has them. Two files are an
// error naming both, as is a file that does not read: which AOIs the gaze
// is tested against is not to be guessed.
Status JoinAois(const std::vector<fs::path>& found, StudyInputs* inputs) {
  if (found.empty()) return Status::Ok();
  if (found.size() > 1) {
    std::string names;
    for (const fs::path& path : found) names.append(names.empty() ? "" : ", ").append(RelativeTo(path, inputs->root));
    for (const fs::path& path : found) {
      inputs->files.push_back({RelativeTo(path, inputs->root), "not read", "one of several AOI files (" + names + ")"});
    }
    return Status::Error("the study holds " + std::to_string(found.size()) + " AOI files (" + names +
                         "): keep one");
  }
  const std::string relative = RelativeTo(found.front(), inputs->root);
  inputs->files.push_back({relative, "aoi definitions", "the study's areas of interest"});
  return aoi::ReadAoiFile(found.front().string(), relative, &inputs->aois);
}

// Reads every interval table and gives each recording its rows; a table
// that does not read fails the run (a wrong interval is a wrong metric).
Status JoinIntervals(const std::vector<fs::path>& found, StudyInputs* inputs) {
  std::vector<IntervalRow> rows;
  for (const fs::path& path : found) {
    const std::string relative = RelativeTo(path, inputs->root);
    inputs->files.push_back({relative, "interval table", "intervals of recordings, by their times"});
    inputs->interval_tables.push_back(relative);
    if (Status s = ReadIntervalTable(path.string(), relative, &rows); !s.ok()) return s;
  }
  AssignIntervals(rows, &inputs->recordings, &inputs->problems);
  return Status::Ok();
}

}  // namespace

Status OpenRecordingReader(const RecordingInput& input, io::ReaderOptions options,
                           std::unique_ptr<io::SampleReader>* reader) {
  options.select = input.select;
  return io::OpenSampleReader(input.format, input.path, options, reader);
}

std::size_t StudyInputs::NotRead() const {
  return static_cast<std::size_t>(
      std::count_if(files.begin(), files.end(), [](const FileVerdict& f) { return f.role == "not read"; }));
}

// A participant listed in the table with no recording in the study: a
// recording missed (another folder, a name spelled otherwise) or never made.
void TellParticipantsWithoutRecordings(StudyInputs* inputs) {
  std::set<std::string> with_recordings;
  for (const RecordingInput& input : inputs->recordings) {
    if (const io::Participant* p = inputs->participants.Find(input.participant_id)) with_recordings.insert(p->id);
  }
  for (const io::Participant* p : inputs->participants.All()) {
    if (with_recordings.contains(p->id)) continue;
    inputs->problems.push_back({inputs->participants_file, Severity::kWarning, Stage::kParticipants,
                                "participant \"" + p->id + "\" (group \"" + p->group +
                                    "\") is listed but has no recording in the study"});
  }
}

Status DiscoverStudy(const fs::path& root, StudyInputs* inputs, const DiscoverOptions& options) {
  // Asked before each file is judged or read: a study on a network file
  // system may take minutes to sniff.
  const auto stopped = [&] { return util::StopSignal(options.interrupt) != 0; };
  std::error_code ec;
  inputs->root = root;
  NamePattern pattern;
  if (!options.names_from_path.empty()) {
    if (Status s = NamePattern::Compile(options.names_from_path, &pattern); !s.ok()) return s;
  }
  std::vector<std::string> files;  // as the walk gives them (study/study_walk.h)
  bool single_file = false;
  if (fs::is_regular_file(root, ec)) {
    inputs->root = fs::absolute(root, ec).parent_path();
    files.push_back(root.native());
    single_file = true;
  } else if (fs::is_directory(root, ec)) {
    StudyWalk walk;
    if (Status s = WalkStudy(root, options.exclude, &walk); !s.ok()) return s;
    files = std::move(walk.files);
    inputs->files = std::move(walk.passed_over);
    inputs->problems = std::move(walk.problems);
  } else {
    return Status::Error(root.string() + ": no such folder or file");
  }

  // Every file judged first, so that what is not read can be weighed
  // against where the recordings lie.
  std::vector<io::Sniffed> verdicts(files.size());
  std::vector<std::string> relatives(files.size());
  std::vector<bool> readable(files.size(), true);
  std::set<fs::path> recording_folders;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (stopped()) return Status::Error(kDiscoveryStopped);
    relatives[i] = RelativeTo(files[i], inputs->root);
    if (Status s = io::SniffFile(files[i], &verdicts[i]); !s.ok()) {
      inputs->problems.push_back(
          {relatives[i], Severity::kError, Stage::kDiscover, "cannot be read: " + s.message()});
      inputs->files.push_back({relatives[i], "not read", "cannot be read: " + s.message()});
      readable[i] = false;
      continue;
    }
    if (verdicts[i].kind == io::FileKind::kRecording)
      recording_folders.insert(fs::path(files[i]).parent_path());
  }
  // Held to the end of the run: grown by doubling, each list would leave
  // its earlier copies behind as freed memory the process still holds
  // (some 10 MiB at 10,000 recordings). A file holds one recording, or a
  // few, and is given one verdict.
  inputs->recordings.reserve(
      static_cast<std::size_t>(std::count_if(verdicts.begin(), verdicts.end(), [](const io::Sniffed& s) {
        return s.kind == io::FileKind::kRecording;
      })));
  inputs->files.reserve(inputs->files.size() + files.size());

  std::vector<fs::path> participant_tables;
  std::vector<fs::path> sync_tables;
  std::vector<fs::path> design_tables;
  std::vector<fs::path> aoi_files;
  std::vector<fs::path> interval_tables;
  std::vector<fs::path> boris_files;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (stopped()) return Status::Error(kDiscoveryStopped);
    if (!readable[i]) continue;
    const fs::path path = files[i];
    const std::string& relative = relatives[i];
    const io::Sniffed& sniffed = verdicts[i];
    const auto verdict = [&](std::string role, std::string detail) {
      inputs->files.push_back({relative, std::move(role), std::move(detail)});
    };
    if (single_file && sniffed.kind != io::FileKind::kRecording) {
      inputs->problems.push_back(
          {relative, Severity::kError, Stage::kDiscover,
           "not a recording tobii-pipeline reads: " +
               (sniffed.what.empty() ? std::string("a table of another kind") : sniffed.what)});
      verdict("not read", sniffed.what);
      continue;
    }
    if (!single_file && path.parent_path() == root && path.filename() == kStudyConfigName) {
      verdict("config", "the study's settings");
      continue;
    }
    if (!single_file && (sniffed.kind == io::FileKind::kAoiTable || aoi::IsAoiFileName(path.filename().string()))) {
      aoi_files.push_back(path);
      continue;
    }
    switch (sniffed.kind) {
      case io::FileKind::kRecording: {
        std::vector<RecordingInput> found = ProbeRecordings(path, relative, sniffed);
        if (const int segment = SegmentOf(path, sniffed.format); segment > 0) {
          for (RecordingInput& input : found) input.recording += " (segment " + std::to_string(segment) + ")";
        }
        verdict("recording", std::string(io::FormatName(sniffed.format)) + ", " + io::DescribeTextForm(sniffed.form) +
                                 (found.size() > 1 ? ", " + std::to_string(found.size()) + " recordings" : ""));
        for (RecordingInput& input : found) inputs->recordings.push_back(std::move(input));
        break;
      }
      case io::FileKind::kParticipantsTable:
        participant_tables.push_back(path);
        break;
      case io::FileKind::kSyncTable:
        sync_tables.push_back(path);
        break;
      case io::FileKind::kDesignTable:
        design_tables.push_back(path);
        break;
      case io::FileKind::kAoiTable:  // taken above
        break;
      case io::FileKind::kIntervalTable:
        interval_tables.push_back(path);
        break;
      case io::FileKind::kBorisExport:
      case io::FileKind::kBorisProject:
        if (options.read_boris) {
          boris_files.push_back(path);
          verdict("boris", sniffed.kind == io::FileKind::kBorisProject ? "a BORIS project" : "a BORIS export");
        } else {
          verdict("not read", "a BORIS file (--no-boris)");
        }
        break;
      case io::FileKind::kOwnOutput:
        verdict("own output", sniffed.what);
        break;
      case io::FileKind::kCompanion:
        verdict("not read", sniffed.what);
        break;
      case io::FileKind::kUnreadable:
      case io::FileKind::kOther:
        verdict("not read", sniffed.what);
        if (MeantAsData(path, sniffed, recording_folders.contains(path.parent_path()))) {
          inputs->problems.push_back(
              {relative, Severity::kWarning, Stage::kDiscover, "not read: " + sniffed.what});
        }
        break;
    }
  }

  if (!participant_tables.empty()) {
    // A file called participants.* wins over other tables that look alike.
    std::stable_partition(participant_tables.begin(), participant_tables.end(),
                          [](const fs::path& p) { return p.stem() == "participants"; });
    const fs::path& table = participant_tables.front();
    inputs->participants_file = RelativeTo(table, inputs->root);
    inputs->files.push_back({inputs->participants_file, "participants", "the participants table"});
    for (std::size_t i = 1; i < participant_tables.size(); ++i) {
      const std::string other = RelativeTo(participant_tables[i], inputs->root);
      inputs->problems.push_back(
          {other, Severity::kWarning, Stage::kParticipants,
           "a second participants table, not used: " + inputs->participants_file + " is"});
      inputs->files.push_back({other, "not read", "a second participants table: " + inputs->participants_file + " is used"});
    }
    std::vector<std::string> warnings;
    if (Status s = io::ReadParticipants(table.string(), &inputs->participants, &warnings); !s.ok()) {
      inputs->problems.push_back(
          {inputs->participants_file, Severity::kError, Stage::kParticipants, s.message()});
    }
    for (std::string& warning : warnings) {
      inputs->problems.push_back(
          {inputs->participants_file, Severity::kWarning, Stage::kParticipants, std::move(warning)});
    }
  }
  const bool groups_from_path = NameFromPath(pattern, participant_tables.empty(), inputs);
  SeparateSharedFileNames(inputs);
  if (participant_tables.empty() && !groups_from_path) {
    inputs->problems.push_back(
        {"", Severity::kWarning, Stage::kParticipants,
         "no participants table (participant_id, group) in the study, and no {group} in "
         "names-from-path: groups are unknown"});
  }

  // The same recording twice would count twice in every group statistic:
  // the first file (in path order) is kept.
  std::map<std::pair<std::string, std::string>, std::string> first_file_of;
  std::erase_if(inputs->recordings, [&](const RecordingInput& input) {
    const auto [it, inserted] = first_file_of.try_emplace({input.participant_id, input.recording}, input.file);
    if (inserted) return false;
    inputs->problems.push_back({input.file, Severity::kError, Stage::kDiscover,
                                "recording \"" + input.recording + "\" of participant \"" +
                                    input.participant_id + "\" is also in " + it->second +
                                    ": skipped as a duplicate"});
    return true;
  });
  for (RecordingInput& input : inputs->recordings) {
    if (const io::Participant* p = inputs->participants.Find(input.participant_id)) {
      input.group = p->group;
      input.covariates = p->covariates;
    } else if (!participant_tables.empty()) {
      inputs->problems.push_back(
          {input.file, Severity::kWarning, Stage::kParticipants,
           "participant \"" + input.participant_id + "\" is not in the participants table: group unknown"});
    }
  }
  TellParticipantsWithoutRecordings(inputs);
  const Status design = JoinDesign(design_tables, inputs);
  if (stopped()) return Status::Error(kDiscoveryStopped);
  JoinAnnotations(boris_files, options.match, inputs);
  if (stopped()) return Status::Error(kDiscoveryStopped);
  const Status sync = JoinClockSync(options, sync_tables, inputs);
  const Status aois = JoinAois(aoi_files, inputs);
  const Status intervals = JoinIntervals(interval_tables, inputs);
  std::stable_sort(inputs->files.begin(), inputs->files.end(),
                   [](const FileVerdict& a, const FileVerdict& b) { return a.file < b.file; });
  for (const Status* s : {&design, &sync, &aois, &intervals}) {
    if (!s->ok()) return *s;
  }
  return Status::Ok();
}

}  // namespace tobii::study
