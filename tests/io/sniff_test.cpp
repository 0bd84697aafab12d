#include "io/sniff.h"

#include <gtest/gtest.h>

namespace tobii::io {
namespace {

TEST(Sniff, ProLabHeaderIsAnExport) {
  EXPECT_EQ(SniffFirstLine("Recording timestamp [ms]\tSensor\tGaze point X [DACS px]\tValidity left"),
            FileKind::kProLabExport);
  EXPECT_EQ(SniffFirstLine("Recording timestamp\tGaze point X\tGaze point Y\tValidity left"),
            FileKind::kProLabExport);
}

TEST(Sniff, TobiiStudioSpellingIsRecognisedApart) {
  EXPECT_EQ(SniffFirstLine("RecordingTimestamp\tGazePointX (ADCSpx)\tValidityLeft"), FileKind::kTobiiStudioExport);
  // Studio 1.x/2.x "All-Data" exports, plain and quoted.
  EXPECT_EQ(SniffFirstLine("Timestamp\tDateTimeStamp\tNumber\tGazePointXLeft\tGazePointYLeft\t"),
            FileKind::kTobiiStudioExport);
  EXPECT_EQ(SniffFirstLine("\"Timestamp\"\t\"Number\"\t\"GazePointXLeft\""), FileKind::kTobiiStudioExport);
}

TEST(Sniff, ParticipantsAndBorisFilesAreNotExports) {
  EXPECT_EQ(SniffFirstLine("participant_id\tgroup\tage"), FileKind::kParticipantsTable);
  EXPECT_EQ(SniffFirstLine("participant_id,group"), FileKind::kParticipantsTable);
  EXPECT_EQ(SniffFirstLine("Observation id\tObservation date\tDescription"), FileKind::kBorisExport);
  EXPECT_EQ(SniffFirstLine("{\"type\":\"gaze\",\"timestamp\":0.01}"), FileKind::kOther);
  EXPECT_EQ(SniffFirstLine("Recording timestamp,Gaze point X,Validity left"), FileKind::kOther);  // not TSV
  EXPECT_EQ(SniffFirstLine(""), FileKind::kOther);
}

TEST(Sniff, BorisProjectsAreJsonWithTheirKeys) {
  EXPECT_TRUE(LooksLikeBorisProject("{\n  \"time_format\": \"hh:mm:ss\",\n  \"behaviors_conf\": {}"));
  EXPECT_TRUE(LooksLikeBorisProject("\xEF\xBB\xBF {\"project_format_version\": \"7.0\"}"));
  EXPECT_FALSE(LooksLikeBorisProject("{\"generator\": {\"recordings\": 8}}"));  // other JSON
  EXPECT_FALSE(LooksLikeBorisProject("{\"type\":\"gaze\",\"timestamp\":0.01}"));  // Glasses gaze data
  EXPECT_FALSE(LooksLikeBorisProject("Observation id\tbehaviors_conf"));
  EXPECT_FALSE(LooksLikeBorisProject(""));
}

}  // namespace
}  // namespace tobii::io
