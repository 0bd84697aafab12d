#include "study/discover.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <map>
#include <set>

#include "support/temp_dir.h"
#include "tobii/output_names.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;

using testing::WriteText;

// Each file's role in the study ("recording", "not read", ...).
std::map<std::string, std::string> Roles(const StudyInputs& inputs) {
  std::map<std::string, std::string> roles;
  for (const FileVerdict& f : inputs.files) roles[f.file] = f.role;
  return roles;
}

// The files named in a warning or error.
std::set<std::string> Named(const StudyInputs& inputs) {
  std::set<std::string> named;
  for (const Problem& p : inputs.problems) named.insert(p.file);
  return named;
}

const char kExport[] =
    "Recording timestamp [ms]\tSensor\tParticipant name\tRecording name\tGaze point X [DACS px]\t"
    "Gaze point Y [DACS px]\tValidity left\tValidity right\n"
    "0\tEye Tracker\tsub-07\tsession1\t1\t2\tValid\tValid\n";

TEST(Discover, FindsExportsByContentAndJoinsGroups) {
  testing::TempDir dir;
  WriteText(dir.path() / "a" / "deep" / "rec.txt", kExport);  // any name, any depth
  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\tage\nsub-07\tPatient\t44\n");
  WriteText(dir.path() / "boris" / "obs.tsv",
        "Observation id\tSubject\tBehavior\tBehavior type\tTime\nsession1\t\ttalk\tSTART\t1.0\n"
        "session1\t\ttalk\tSTOP\t2.5\n");
  WriteText(dir.path() / "notes.md", "# notes\n");
  WriteText(dir.path() / ".hidden" / "rec.tsv", kExport);
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  ASSERT_EQ(inputs.recordings.size(), 1u);
  EXPECT_EQ(inputs.recordings[0].file, "a/deep/rec.txt");
  EXPECT_EQ(inputs.recordings[0].participant_id, "sub-07");
  EXPECT_EQ(inputs.recordings[0].recording, "session1");
  EXPECT_EQ(inputs.recordings[0].group, "Patient");
  EXPECT_EQ(inputs.participants_file, "participants.tsv");
  EXPECT_EQ(Roles(inputs), (std::map<std::string, std::string>{{".hidden/", "not read"},
                                                                {"a/deep/rec.txt", "recording"},
                                                                {"boris/obs.tsv", "boris"},
                                                                {"notes.md", "not read"},
                                                                {"participants.tsv", "participants"}}));
  // The BORIS export is read and its observation joined to the recording.
  EXPECT_EQ(inputs.boris_files, std::vector<std::string>{"boris/obs.tsv"});
  ASSERT_TRUE(inputs.recordings[0].observation.has_value());
  EXPECT_EQ(inputs.recordings[0].annotation_file, "boris/obs.tsv");
  ASSERT_EQ(inputs.recordings[0].observation->bouts.size(), 1u);
  EXPECT_EQ(inputs.recordings[0].observation->bouts[0].behavior, "talk");
  EXPECT_TRUE(inputs.problems.empty());
}

TEST(Discover, BorisProblemsAreListedAndNoBorisPassesThemOver) {
  testing::TempDir dir;
  WriteText(dir.path() / "rec.tsv", kExport);
  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nsub-07\tPatient\n");
  WriteText(dir.path() / "project.json", "{\"project_format_version\": \"7.0\", \"behaviors_conf\": {},\n"
                                     "\"observations\": {\"pilot\": {\"events\": [[1.0, \"\", \"x\", \"\", \"\"]]}}}");
  WriteText(dir.path() / "broken.tsv", "Observation id\tTime\nx\t1\n");
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  EXPECT_EQ(inputs.boris_files, std::vector<std::string>{"project.json"});  // read by content, any name
  std::string messages;
  for (const Problem& p : inputs.problems) messages += p.file + ": " + p.message + "\n";
  EXPECT_NE(messages.find("broken.tsv: "), std::string::npos) << messages;
  EXPECT_NE(messages.find("expected a behavior of the ethogram, found \"x\""), std::string::npos) << messages;
  EXPECT_NE(messages.find("observation \"pilot\" of project.json annotates no recording"), std::string::npos) << messages;
  EXPECT_NE(messages.find("recording \"session1\" of participant \"sub-07\" has no BORIS observation"),
            std::string::npos)
      << messages;
  StudyInputs without;
  DiscoverOptions no_boris;
  no_boris.read_boris = false;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &without, no_boris).ok());
  EXPECT_TRUE(without.boris_files.empty());
  EXPECT_TRUE(without.problems.empty());
  EXPECT_EQ(without.NotRead(), 2u);
}

TEST(Discover, UnknownParticipantAndMissingTableAreWarnings) {
  testing::TempDir dir;
  WriteText(dir.path() / "rec.tsv", kExport);
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  ASSERT_EQ(inputs.problems.size(), 1u);
  EXPECT_EQ(inputs.problems[0].severity, Severity::kWarning);
  EXPECT_NE(inputs.problems[0].message.find("no participants table"), std::string::npos);

  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nP99\tControl\n");
  StudyInputs again;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &again).ok());
  ASSERT_EQ(again.problems.size(), 2u);
  EXPECT_NE(again.problems[0].message.find("\"sub-07\" is not in the participants table"), std::string::npos);
  // ... and the one listed has no recording: a file missed or never made.
  EXPECT_EQ(again.problems[1].file, "participants.tsv");
  EXPECT_NE(again.problems[1].message.find("participant \"P99\" (group \"Control\") is listed but has no recording"),
            std::string::npos)
      << again.problems[1].message;
}

// Every real Tobii file in ../shared/data/real is read as its format, and
// the files that are not read are named: with a warning where they look
// meant as data, quietly where they are part of a recording read through
// another file.
TEST(Discover, RealFilesAreEachReadOrNamed) {
  const fs::path real = testing::SharedDir() / "data/real";
  if (!fs::exists(real)) GTEST_SKIP() << "real data not found at " << real << ": skipped";
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(real, &inputs).ok());
  std::map<std::string, io::RecordingFormat> formats;
  for (const RecordingInput& r : inputs.recordings) formats[r.file] = r.format;
  const std::map<std::string, io::RecordingFormat> expected = {
      {"cemGr-ivt-reconstruction/I-VT-StrictAverage_frequency120_movingAverageData export_short.tsv",
       io::RecordingFormat::kProLab},
      {"cemGr-ivt-reconstruction/I-VT-normal Data export_short.tsv", io::RecordingFormat::kProLab},
      {"cemGr-ivt-reconstruction/I-VT-rightEye Data export_short.tsv", io::RecordingFormat::kProLab},
      {"d2lab-tobii-studio/data.tsv", io::RecordingFormat::kTobiiStudio},
      {"emdat-tobii-prosdk/4Ctest.csv", io::RecordingFormat::kProSdk},
      {"emdat-tobii-studio2/P63-All-Data.tsv", io::RecordingFormat::kTobiiStudio},
      {"fhp-tobii-studio-legacy/J07.csv", io::RecordingFormat::kTobiiStudio},
      {"fhp-tobii-studio-legacy/Rec 01.tsv", io::RecordingFormat::kTobiiStudio},
      {"fhp-tobii-studio-legacy/Rec 04-All-Data-2stimuli.tsv", io::RecordingFormat::kTobiiStudio},
      {"glassesviewer-glasses2/livedata.json.gz", io::RecordingFormat::kGlasses2},
      {"kallawalla-glasses3/33d63c40-27fb-4cbe-b181-7b64dfc824fe.tsv", io::RecordingFormat::kGlasses3},
      {"kallawalla-glasses3/3467c0b1-e234-455e-b1d0-53561d386f83.tsv", io::RecordingFormat::kGlasses3},
      {"kallawalla-glasses3/7ece0771-368a-46d3-847e-d226f33054f2.tsv", io::RecordingFormat::kGlasses3},
      {"kallawalla-glasses3/d1782a4b-f2fa-43db-bae8-26f56a780b62.tsv", io::RecordingFormat::kGlasses3},
  };
  for (const auto& [file, format] : expected) {
    ASSERT_TRUE(formats.contains(file)) << file;
    EXPECT_EQ(io::FormatKey(formats[file]), std::string(io::FormatKey(format))) << file;
  }
  const std::map<std::string, std::string> roles = Roles(inputs);
  const std::set<std::string> named = Named(inputs);
  for (const char* warned : {"emdat-tobii-studio2/P62-Event-Data.tsv", "emdat-tobii-studio2/P62-Fixation-Data.tsv",
                             "emdat-tobii-prosdk/4Ctest_fixation.csv"}) {
    EXPECT_EQ(roles.at(warned), "not read") << warned;
    EXPECT_TRUE(named.contains(warned)) << warned;
  }
  for (const char* quiet : {"glassesviewer-glasses2/recording.json", "glassesviewer-glasses2/sysinfo.json",
                            "MANIFEST.md"}) {
    EXPECT_EQ(roles.at(quiet), "not read") << quiet;
    EXPECT_FALSE(named.contains(quiet)) << quiet;
  }
  // Every file of the folder has its verdict.
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(real)) files += entry.is_regular_file();
  std::size_t judged = 0;
  for (const FileVerdict& f : inputs.files) judged += !f.file.ends_with("/");
  EXPECT_EQ(judged, files);
}

TEST(Discover, DamagedAndForeignFilesAreNamedNotDropped) {
  testing::TempDir dir;
  WriteText(dir.path() / "data" / "rec.tsv", kExport);
  WriteText(dir.path() / "data" / "empty.tsv", "");
  WriteText(dir.path() / "data" / "random.tsv", std::string("\x8b\x00\x13\xff\x00garbage", 12));
  WriteText(dir.path() / "data" / "P02.xlsx", std::string("PK\x03\x04", 4) + "xl/worksheets/sheet1.xml");
  WriteText(dir.path() / "data" / "mystery", "a,b,c\n1,2,3\n");
  WriteText(dir.path() / "README.md", "# notes\n");
  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nsub-07\tPatient\n");
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  EXPECT_EQ(inputs.recordings.size(), 1u);
  const std::set<std::string> named = Named(inputs);
  for (const char* warned : {"data/empty.tsv", "data/random.tsv", "data/P02.xlsx", "data/mystery"}) {
    EXPECT_TRUE(named.contains(warned)) << warned;
  }
  EXPECT_FALSE(named.contains("README.md"));
  EXPECT_EQ(Roles(inputs).at("README.md"), "not read");
}

TEST(Discover, AnExportOfSeveralRecordingsGivesOneInputEach) {
  testing::TempDir dir;
  std::string text = kExport;
  text += "8\tEye Tracker\tsub-07\tsession1\t1\t2\tValid\tValid\n";
  text += "0\tEye Tracker\tsub-08\tsession1\t1\t2\tValid\tValid\n";
  text += "8\tEye Tracker\tsub-08\tsession1\t1\t2\tValid\tValid\n";
  WriteText(dir.path() / "project.tsv", text);
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  ASSERT_EQ(inputs.recordings.size(), 2u);
  EXPECT_EQ(inputs.recordings[0].participant_id, "sub-07");
  EXPECT_EQ(inputs.recordings[1].participant_id, "sub-08");
  ASSERT_TRUE(inputs.recordings[1].select.has_value());
  EXPECT_EQ(inputs.recordings[1].select->first_line, 4);
  for (const RecordingInput& input : inputs.recordings) {
    std::unique_ptr<io::SampleReader> reader;
    ASSERT_TRUE(OpenRecordingReader(input, {}, &reader).ok());
    ASSERT_TRUE(reader->Open().ok());
    SampleChunk chunk;
    std::size_t samples = 0;
    while (reader->Next(&chunk).ok() && !chunk.empty()) samples += chunk.samples.size();
    EXPECT_EQ(samples, 2u) << input.participant_id;
  }
}

// Discovery as a user who may not list the folder `locked`: root may list
// every folder, so as root the walk runs in a child process that has
// given up root for the "nobody" user. Returns the problems' "file|severity"
// lines, or "skip: " and why the test cannot be made here.
std::string DiscoverAsNobody(const fs::path& study) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return "pipe failed";
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(pipe_fds[0]);
    constexpr uid_t kNobody = 65534;
    std::string out;
    if (::geteuid() == 0 && (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)) {
      out = "skip: root cannot become the nobody user here";
    } else if (::access(study.c_str(), R_OK | X_OK) != 0) {
      out = "skip: the temporary folder cannot be reached by a user other than its owner (TMPDIR)";
    }
    if (!out.empty()) ::_exit(::write(pipe_fds[1], out.data(), out.size()) > 0 ? 0 : 1);
    StudyInputs inputs;
    out = DiscoverStudy(study, &inputs).ok() ? "" : "discover failed\n";
    for (const Problem& p : inputs.problems)
      out.append(p.file).append("|").append(SeverityName(p.severity)).append("\n");
    out += "recordings " + std::to_string(inputs.recordings.size()) + "\n";
    const ssize_t written = ::write(pipe_fds[1], out.data(), out.size());
    ::_exit(written == static_cast<ssize_t>(out.size()) ? 0 : 1);
  }
  ::close(pipe_fds[1]);
  std::string out;
  char buffer[4096];
  for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) out.append(buffer, static_cast<std::size_t>(n));
  ::close(pipe_fds[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  return out;
}

TEST(Discover, AFolderThatCannotBeListedIsAnErrorNamingIt) {
  testing::TempDir dir;
  WriteText(dir.path() / "open" / "rec.tsv", kExport);
  WriteText(dir.path() / "locked" / "rec.tsv", kExport);
  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nsub-07\tPatient\n");
  for (const auto& entry : fs::recursive_directory_iterator(dir.path())) {
    fs::permissions(entry.path(), fs::perms::all, fs::perm_options::add);
  }
  fs::permissions(dir.path(), fs::perms::all, fs::perm_options::add);
  fs::permissions(dir.path() / "locked", fs::perms::none);
  const std::string seen = DiscoverAsNobody(dir.path());
  fs::permissions(dir.path() / "locked", fs::perms::owner_all);
  if (seen.starts_with("skip: ")) GTEST_SKIP() << seen.substr(6);
  EXPECT_EQ(seen, "locked/|error\nrecordings 1\n");
}

TEST(Discover, LinksToFoldersAreFollowedOnceWithoutLoops) {
  testing::TempDir outside, dir;
  WriteText(outside.path() / "rec.tsv", kExport);
  WriteText(dir.path() / "own" / "rec.tsv",
            std::string(kExport).replace(std::string(kExport).find("sub-07"), 6, "sub-09"));
  fs::create_directory_symlink(outside.path(), dir.path() / "linked");
  fs::create_directory_symlink(outside.path(), dir.path() / "linked_again");
  fs::create_directory_symlink(dir.path(), dir.path() / "own" / "loop");
  fs::create_directory_symlink(dir.path() / "own", dir.path() / "a_link_to_own");
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  std::set<std::string> files;
  for (const RecordingInput& r : inputs.recordings) files.insert(r.file);
  EXPECT_EQ(files, (std::set<std::string>{"linked/rec.tsv", "own/rec.tsv"}));
  const std::map<std::string, std::string> roles = Roles(inputs);
  EXPECT_EQ(roles.at("linked_again/"), "not read");
  EXPECT_EQ(roles.at("own/loop/"), "not read");
  EXPECT_EQ(roles.at("a_link_to_own/"), "not read");
}

TEST(Discover, AnEarlierRunsOutputsAreNeverInputs) {
  testing::TempDir dir;
  WriteText(dir.path() / "rec.tsv", kExport);
  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nsub-07\tPatient\n");
  WriteText(dir.path() / "old-results" / "results.json", "{\"results_file_version\": 2,\n\"recordings\": []}");
  WriteText(dir.path() / "old-results" / "summary.csv", "participant_id,recording,group,file,duration_s\nsub-07,x,Control,a,1\n");
  WriteText(dir.path() / "copy" / "behavior_metrics.csv",
            "participant_id,recording,group,behavior,kind,annotated_s\nsub-07,x,Control,talk,state,1\n");
  // An interrupted run's folder: run.json without results.json, beside a
  // table a user saved there that would pass for a participants table.
  WriteText(dir.path() / "interrupted" / "run.json",
            "{\n  \"boris_files\": [],\n  \"bytes_read\": 0,\n  \"command_line\": [\"tobii-pipeline\"]\n}\n");
  WriteText(dir.path() / "interrupted" / "groups.tsv", "participant_id\tgroup\nsub-07\tControl\n");
  // A run stopped before its first outputs: only its result cache.
  WriteText(dir.path() / "stopped" / "cache" / "CACHEDIR.TAG", std::string(results::kCacheTagText));
  WriteText(dir.path() / "stopped" / "groups.csv", "participant_id,group\nsub-07,Control\n");
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  EXPECT_EQ(inputs.participants_file, "participants.tsv");
  ASSERT_EQ(inputs.recordings.size(), 1u);
  EXPECT_EQ(inputs.recordings[0].group, "Patient");
  const std::map<std::string, std::string> roles = Roles(inputs);
  EXPECT_EQ(roles.at("old-results/"), "own output");
  EXPECT_EQ(roles.at("interrupted/"), "own output");
  EXPECT_EQ(roles.at("stopped/"), "own output");
  EXPECT_EQ(roles.at("copy/behavior_metrics.csv"), "own output");
  EXPECT_TRUE(inputs.problems.empty());
}

TEST(Discover, NamesAndGroupsFromThePathWhereFilesDoNotSayThem) {
  testing::TempDir dir;
  const std::string unnamed =
      "Recording timestamp [ms]\tGaze point X\tGaze point Y\tValidity left\tValidity right\n0\t1\t2\tValid\tValid\n";
  WriteText(dir.path() / "data_Patient" / "P01_rest.tsv", unnamed);
  WriteText(dir.path() / "data_Control" / "P02_rest.tsv", unnamed);
  WriteText(dir.path() / "data_Control" / "stray.tsv", unnamed);
  WriteText(dir.path() / "data_Control" / "named.tsv", kExport);  // names itself: sub-07 / session1
  DiscoverOptions options;
  options.names_from_path = "data_{group}/{participant}_{recording}.tsv";
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs, options).ok());
  std::map<std::string, std::string> seen;
  for (const RecordingInput& r : inputs.recordings) {
    seen[r.file] = r.participant_id + "/" + r.recording + "/" + r.group + "/" + r.participant_from;
  }
  EXPECT_EQ(seen, (std::map<std::string, std::string>{
                      {"data_Control/P02_rest.tsv", "P02/rest/Control/names-from-path"},
                      {"data_Control/named.tsv", "sub-07/session1//the file"},
                      {"data_Control/stray.tsv", "stray/stray//the file name"},
                      {"data_Patient/P01_rest.tsv", "P01/rest/Patient/names-from-path"}}));
  std::set<std::string> warned = Named(inputs);
  EXPECT_TRUE(warned.contains("data_Control/stray.tsv"));
  EXPECT_TRUE(warned.contains("data_Control/named.tsv"));  // no group for it
  EXPECT_FALSE(warned.contains("data_Patient/P01_rest.tsv"));

  options.names_from_path = "{subject}.tsv";
  EXPECT_FALSE(DiscoverStudy(dir.path(), &inputs, options).ok());
}

// Thousands of AOI columns: a header wider than the sniffed start (64 KiB)
// and the probe's buffer (256 KiB).
TEST(Discover, AnExportWithAHeaderWiderThanAnyBufferIsRead) {
  testing::TempDir dir;
  std::string header = "Recording timestamp [ms]\tSensor\tParticipant name\tRecording name\tGaze point X [DACS px]\t"
                       "Gaze point Y [DACS px]\tValidity left\tValidity right";
  std::string row = "0\tEye Tracker\tsub-07\tsession1\t1\t2\tValid\tValid";
  for (int aoi = 0; header.size() < 300 * 1024; ++aoi) {
    header += "\tAOI hit [Snapshot 1 - area of interest " + std::to_string(aoi) + "]";
    row += "\t0";
  }
  WriteText(dir.path() / "wide.tsv", header + "\n" + row + "\n");
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  ASSERT_EQ(inputs.recordings.size(), 1u);
  EXPECT_EQ(inputs.recordings[0].participant_id, "sub-07");
  std::unique_ptr<io::SampleReader> reader;
  ASSERT_TRUE(OpenRecordingReader(inputs.recordings[0], {}, &reader).ok());
  ASSERT_TRUE(reader->Open().ok());
  SampleChunk chunk;
  ASSERT_TRUE(reader->Next(&chunk).ok());
  EXPECT_EQ(chunk.samples.size(), 1u);
  EXPECT_GT(reader->columns().ignored.size(), 5000u);
}

TEST(Discover, AnExportWhoseLastRowsNameTheFirstRecordingIsStillSplit) {
  testing::TempDir dir;
  const std::string header = std::string(kExport).substr(0, std::string(kExport).find('\n') + 1);
  const auto rows = [](const char* participant, int n, int t0) {
    std::string out;
    for (int i = 0; i < n; ++i) {
      out += std::to_string(t0 + 8 * i) + "\tEye Tracker\t" + participant + "\tsession1\t1\t2\tValid\tValid\n";
    }
    return out;
  };
  WriteText(dir.path() / "export.tsv", header + rows("P01", 10, 0) + rows("P02", 10, 0) + rows("P01", 2, 1000));
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  ASSERT_EQ(inputs.recordings.size(), 2u);
  std::int64_t samples = 0;
  for (const RecordingInput& input : inputs.recordings) {
    std::unique_ptr<io::SampleReader> reader;
    ASSERT_TRUE(OpenRecordingReader(input, {}, &reader).ok());
    ASSERT_TRUE(reader->Open().ok());
    SampleChunk chunk;
    while (reader->Next(&chunk).ok() && !chunk.empty()) samples += static_cast<std::int64_t>(chunk.samples.size());
  }
  EXPECT_EQ(samples, 22);
}

// A Glasses 2 recording split into segments: each segment is read, named
// after it, never dropped as a duplicate of another.
TEST(Discover, EverySegmentOfAGlasses2RecordingIsRead) {
  testing::TempDir dir;
  const fs::path rec = dir.path() / "projects" / "p" / "recordings" / "r";
  WriteText(rec / "recording.json", "{\"rec_info\":{\"Name\":\"Recording011\"},\"rec_segments\":2}");
  WriteText(rec / "participant.json", "{\"pa_info\":{\"Name\":\"Roy005\"}}");
  for (int seg = 1; seg <= 2; ++seg) {
    std::string text;
    for (int i = 0; i < 100; ++i) {
      const std::string g = "{\"ts\":" + std::to_string(1000000 + 20000 * i) + ",\"s\":0,\"gidx\":" + std::to_string(i);
      text += g + ",\"gd\":[0.0,0.0,1.0],\"eye\":\"left\"}\n" + g + ",\"gp\":[0.5,0.5]}\n";
    }
    WriteText(rec / "segments" / std::to_string(seg) / "livedata.json", text);
  }
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  std::set<std::string> recordings;
  for (const RecordingInput& r : inputs.recordings) recordings.insert(r.participant_id + "/" + r.recording);
  EXPECT_EQ(recordings, (std::set<std::string>{"Roy005/Recording011 (segment 1)", "Roy005/Recording011 (segment 2)"}));
  for (const Problem& p : inputs.problems) EXPECT_EQ(p.message.find("duplicate"), std::string::npos) << p.message;
}

// Files named only by their file names, alike: each is its own recording,
// named after its path, with a warning saying how to name them.
TEST(Discover, FilesNamedAlikeByTheirFileNamesAreNotDuplicates) {
  testing::TempDir dir;
  const std::string unnamed =
      "Recording timestamp [ms]\tGaze point X\tGaze point Y\tValidity left\tValidity right\n0\t1\t2\tValid\tValid\n";
  WriteText(dir.path() / "P01" / "gaze.tsv", unnamed);
  WriteText(dir.path() / "P02" / "gaze.tsv", unnamed);
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  std::set<std::string> participants;
  for (const RecordingInput& r : inputs.recordings) participants.insert(r.participant_id);
  EXPECT_EQ(participants, (std::set<std::string>{"P01/gaze.tsv", "P02/gaze.tsv"}));
  EXPECT_TRUE(Named(inputs).contains("P01/gaze.tsv"));
}

// A file that names only its recording (a Glasses 3 recording.g3 without
// meta/participant) takes its participant from names-from-path.
TEST(Discover, NamesFromPathFillWhatTheFileDoesNotSay) {
  testing::TempDir dir;
  for (const char* p : {"P01", "P02"}) {
    const fs::path folder = dir.path() / p / "20240101T1000";
    WriteText(folder / "gazedata",
              "{\"type\":\"gaze\",\"timestamp\":0.02,\"data\":{\"gaze2d\":[0.5,0.5],"
              "\"eyeleft\":{\"gazedirection\":[0,0,1],\"pupildiameter\":3}}}\n");
    WriteText(folder / "recording.g3", "{\"name\":\"Recording1\",\"meta-folder\":\"meta\"}");
  }
  DiscoverOptions options;
  options.names_from_path = "{participant}/*/gazedata";
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs, options).ok());
  std::map<std::string, std::string> names;
  for (const RecordingInput& r : inputs.recordings) names[r.file] = r.participant_id + "/" + r.recording;
  EXPECT_EQ(names, (std::map<std::string, std::string>{{"P01/20240101T1000/gazedata", "P01/Recording1"},
                                                       {"P02/20240101T1000/gazedata", "P02/Recording1"}}));
}

// A link to a file of the study that the walk passes over (in a hidden
// folder) is read through the link, never reported "read there".
TEST(Discover, ALinkIntoAHiddenFolderIsReadThroughTheLink) {
  testing::TempDir dir;
  WriteText(dir.path() / ".raw" / "P01.tsv", kExport);
  fs::create_symlink(".raw/P01.tsv", dir.path() / "P01.tsv");
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  ASSERT_EQ(inputs.recordings.size(), 1u);
  EXPECT_EQ(inputs.recordings[0].file, "P01.tsv");
}

TEST(Discover, StopsBeforeItsNextFileWhenTold) {
  testing::TempDir dir;
  WriteText(dir.path() / "rec.tsv", kExport);
  std::atomic<int> stop{0};
  DiscoverOptions options;
  options.interrupt = &stop;
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs, options).ok()) << "not told: discovers";
  EXPECT_EQ(inputs.recordings.size(), 1u);
  stop = SIGINT;
  StudyInputs stopped;
  const Status s = DiscoverStudy(dir.path(), &stopped, options);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), kDiscoveryStopped);
  EXPECT_TRUE(stopped.recordings.empty());
}

TEST(Discover, MissingFolderIsAnError) {
  StudyInputs inputs;
  EXPECT_FALSE(DiscoverStudy("/nonexistent/study/folder", &inputs).ok());
}

}  // namespace
}  // namespace tobii::study
