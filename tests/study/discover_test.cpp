#include "study/discover.h"

#include <gtest/gtest.h>

#include <set>

#include "support/temp_dir.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;

using testing::WriteText;

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
  EXPECT_EQ(inputs.other_files, std::vector<std::string>{"notes.md"});
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
  EXPECT_EQ(without.other_files.size(), 2u);
}

TEST(Discover, UnknownParticipantAndMissingTableAreWarnings) {
  testing::TempDir dir;
  WriteText(dir.path() / "rec.tsv", kExport);
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  ASSERT_EQ(inputs.problems.size(), 1u);
  EXPECT_EQ(inputs.problems[0].severity, "warning");
  EXPECT_NE(inputs.problems[0].message.find("no participants table"), std::string::npos);

  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nP99\tControl\n");
  StudyInputs again;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &again).ok());
  ASSERT_EQ(again.problems.size(), 1u);
  EXPECT_NE(again.problems[0].message.find("\"sub-07\" is not in the participants table"), std::string::npos);
}

// Every real file in ../shared/data/real: only the Pro Lab exports are taken
// as recordings, and the Tobii Studio export is named as such.
TEST(Discover, RealFilesOfOtherKindsAreNotTakenForExports) {
  const fs::path real = testing::SharedDir() / "data/real";
  if (!fs::exists(real)) GTEST_SKIP() << "real data not found at " << real << ": skipped";
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(real, &inputs).ok());
  std::set<std::string> recordings;
  for (const RecordingInput& r : inputs.recordings) recordings.insert(r.file);
  EXPECT_EQ(recordings, (std::set<std::string>{
                            "cemGr-ivt-reconstruction/I-VT-StrictAverage_frequency120_movingAverageData export_short.tsv",
                            "cemGr-ivt-reconstruction/I-VT-normal Data export_short.tsv",
                            "cemGr-ivt-reconstruction/I-VT-rightEye Data export_short.tsv"}));
  std::set<std::string> studio;
  for (const Problem& p : inputs.problems) {
    if (p.message.find("Tobii Studio") != std::string::npos) studio.insert(p.file);
  }
  EXPECT_EQ(studio, (std::set<std::string>{"d2lab-tobii-studio/data.tsv", "fhp-tobii-studio-legacy/J07.csv",
                                           "fhp-tobii-studio-legacy/Rec 01.tsv",
                                           "fhp-tobii-studio-legacy/Rec 04-All-Data-2stimuli.tsv"}));
}

TEST(Discover, MissingFolderIsAnError) {
  StudyInputs inputs;
  EXPECT_FALSE(DiscoverStudy("/nonexistent/study/folder", &inputs).ok());
}

}  // namespace
}  // namespace tobii::study
