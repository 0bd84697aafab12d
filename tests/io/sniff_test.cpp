#include "io/sniff.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/temp_dir.h"

namespace tobii::io {
namespace {

namespace fs = std::filesystem;

FileKind KindOfHeader(std::string_view line) { return SniffHeaderLine(line).kind; }

bool IsRecordingOf(const Sniffed& s, RecordingFormat format) {
  return s.kind == FileKind::kRecording && s.format == format;
}

TEST(Sniff, ProLabHeaderIsAnExport) {
  EXPECT_TRUE(IsRecordingOf(SniffHeaderLine("Recording timestamp [ms]\tSensor\tGaze point X [DACS px]\tValidity left"),
                            RecordingFormat::kProLab));
  EXPECT_TRUE(IsRecordingOf(SniffHeaderLine("Recording timestamp\tGaze point X\tGaze point Y\tValidity left"),
                            RecordingFormat::kProLab));
}

TEST(Sniff, TobiiStudioSpellingIsRecognisedApart) {
  EXPECT_TRUE(IsRecordingOf(SniffHeaderLine("RecordingTimestamp\tGazePointX (ADCSpx)\tValidityLeft"),
                            RecordingFormat::kTobiiStudio));
  // Studio 1.x/2.x "All-Data" exports, plain and quoted.
  EXPECT_TRUE(IsRecordingOf(SniffHeaderLine("Timestamp\tDateTimeStamp\tNumber\tGazePointXLeft\tGazePointYLeft\t"),
                            RecordingFormat::kTobiiStudio));
  EXPECT_TRUE(IsRecordingOf(SniffHeaderLine("\"Timestamp\"\t\"Number\"\t\"GazePointXLeft\""),
                            RecordingFormat::kTobiiStudio));
}

TEST(Sniff, StudioExportsWithoutSamplesAreNamedAndNotRead) {
  const Sniffed events = SniffHeaderLine("Timestamp\tEvent\tEventKey\tData1\tData2\tDescriptor\t");
  EXPECT_EQ(events.kind, FileKind::kUnreadable);
  EXPECT_NE(events.what.find("Event-Data"), std::string::npos) << events.what;
  const Sniffed fixations =
      SniffHeaderLine("FixationIndex\tTimestamp\tFixationDuration\tMappedFixationPointX\tMappedFixationPointY\t");
  EXPECT_EQ(fixations.kind, FileKind::kUnreadable);
  EXPECT_NE(fixations.what.find("Fixation-Data"), std::string::npos) << fixations.what;
}

TEST(Sniff, ProSdkDumpsAreRecognisedByTheirFields) {
  EXPECT_TRUE(IsRecordingOf(
      SniffHeaderLine("right_pupil_validity;right_gaze_point_on_display_area;left_gaze_point_on_display_area;"
                      "device_time_stamp"),
      RecordingFormat::kProSdk));
}

TEST(Sniff, ParticipantsAndBorisFilesAreNotExports) {
  EXPECT_EQ(KindOfHeader("participant_id\tgroup\tage"), FileKind::kParticipantsTable);
  EXPECT_EQ(KindOfHeader("participant_id,group"), FileKind::kParticipantsTable);
  // Its usual other names, any case, any separator.
  EXPECT_EQ(KindOfHeader("Participant\tGroup"), FileKind::kParticipantsTable);
  EXPECT_EQ(KindOfHeader("Subject ID;Group;Age"), FileKind::kParticipantsTable);
  EXPECT_EQ(KindOfHeader("id,group,sex"), FileKind::kParticipantsTable);
  // An id without a group is some other table.
  EXPECT_NE(KindOfHeader("id,value"), FileKind::kParticipantsTable);
  EXPECT_EQ(KindOfHeader("Observation id\tObservation date\tDescription"), FileKind::kBorisExport);
  EXPECT_EQ(KindOfHeader("recording,offset_s"), FileKind::kSyncTable);
  EXPECT_EQ(KindOfHeader(""), FileKind::kOther);
}

TEST(Sniff, AnIntervalTableIsKnownByItsFourColumns) {
  EXPECT_EQ(KindOfHeader("recording,interval,start_ms,end_ms"), FileKind::kIntervalTable);
  EXPECT_EQ(KindOfHeader("Participant ID\tRecording\tInterval\tStart ms\tEnd ms"), FileKind::kIntervalTable);
  // A condition column beside them does not make it a design table.
  EXPECT_EQ(KindOfHeader("recording;condition;interval;start_ms;end_ms"), FileKind::kIntervalTable);
  EXPECT_NE(KindOfHeader("recording,interval,start_ms"), FileKind::kIntervalTable);
}

TEST(Sniff, ADesignTableIsNeitherAParticipantsNorASyncTable) {
  // A recording column with a condition or a session: the design, even
  // with the participant_id that alone makes a participants table.
  EXPECT_EQ(KindOfHeader("participant_id,recording,condition"), FileKind::kDesignTable);
  EXPECT_EQ(KindOfHeader("Recording\tSession"), FileKind::kDesignTable);
  EXPECT_EQ(KindOfHeader("Subject ID;Recording;Condition;Session"), FileKind::kDesignTable);
  // A participants table that has a condition, but no recording column,
  // stays one; an offset keeps a sync table a sync table.
  EXPECT_EQ(KindOfHeader("participant_id,group,condition"), FileKind::kParticipantsTable);
  EXPECT_EQ(KindOfHeader("participant_id,recording"), FileKind::kParticipantsTable);
  EXPECT_EQ(KindOfHeader("recording,offset_s,condition"), FileKind::kSyncTable);
  // A recording alone is no design.
  EXPECT_NE(KindOfHeader("recording,notes"), FileKind::kDesignTable);
}

TEST(Sniff, AnAoiTableHasAnAoiAndAShape) {
  EXPECT_EQ(KindOfHeader("aoi,stimulus,shape,space,x,y,width,height"), FileKind::kAoiTable);
  EXPECT_EQ(KindOfHeader("AOI\tShape\tPoints"), FileKind::kAoiTable);
  EXPECT_EQ(KindOfHeader("Shape;AOI;cx;cy;rx;ry"), FileKind::kAoiTable);
  // An AOI without a shape is some other table (a list of AOI names, our
  // own per-AOI tables).
  EXPECT_NE(KindOfHeader("aoi,stimulus"), FileKind::kAoiTable);
  EXPECT_NE(KindOfHeader("interval,aoi,metric,group"), FileKind::kAoiTable);
}

TEST(Sniff, AProLabExportSavedWithCommasIsNamedNotRead) {
  const Sniffed s = SniffHeaderLine("Recording timestamp,Gaze point X,Validity left");
  EXPECT_EQ(s.kind, FileKind::kUnreadable);
  EXPECT_NE(s.what.find("commas"), std::string::npos) << s.what;
}

TEST(Sniff, OurOwnTablesAreNeverInputs) {
  // summary.csv has participant_id and group, like a participants table.
  EXPECT_EQ(KindOfHeader("participant_id,recording,group,file,duration_s,samples"), FileKind::kOwnOutput);
  EXPECT_EQ(KindOfHeader("participant_id,recording,group,behavior,kind,annotated_s"), FileKind::kOwnOutput);
  EXPECT_EQ(KindOfHeader("file,severity,stage,message"), FileKind::kOwnOutput);
}

TEST(Sniff, GlassesJsonLinesAreRecordingsAndTheirMetadataCompanions) {
  EXPECT_TRUE(IsRecordingOf(SniffPrefix("{\"type\":\"gaze\",\"timestamp\":0.01,\"data\":{}}\n", true),
                            RecordingFormat::kGlasses3));
  EXPECT_TRUE(IsRecordingOf(SniffPrefix("{\"ts\":484838561,\"s\":0,\"pts\":622438,\"pv\":4}\n", true),
                            RecordingFormat::kGlasses2));
  EXPECT_EQ(SniffPrefix("{\"type\":\"imu\",\"timestamp\":0.01,\"data\":{}}\n", true).kind, FileKind::kCompanion);
  // A gaze stream that opens with a sync-port line is still a recording.
  EXPECT_TRUE(IsRecordingOf(SniffPrefix("{\"type\":\"syncport\",\"timestamp\":0.001,\"data\":{\"value\":1}}\n"
                                        "{\"type\":\"gaze\",\"timestamp\":0.02,\"data\":{}}\n",
                                        true),
                            RecordingFormat::kGlasses3));
  EXPECT_EQ(SniffPrefix("{\n    \"rec_id\": \"gzz7stc\",\n    \"rec_info\": {}\n}\n", true).kind, FileKind::kCompanion);
  EXPECT_EQ(SniffPrefix("{\"results_file_version\": 2,\n\"recordings\": []}", true).kind, FileKind::kOwnOutput);
  EXPECT_EQ(SniffPrefix("{\n \"shard_record_version\": 1,\n \"program\": \"0.1.0\"", true).kind,
            FileKind::kOwnOutput);
  EXPECT_EQ(SniffPrefix("{\"something\": 1}", true).kind, FileKind::kOther);
}

TEST(Sniff, EmptyBinaryAndSpreadsheetFilesAreNamed) {
  const Sniffed empty = SniffPrefix("", true);
  EXPECT_TRUE(empty.empty);
  EXPECT_EQ(empty.what, "an empty file");
  const Sniffed binary = SniffPrefix(std::string("\x01\x02\x00\xff\x10rubbish", 10), true);
  EXPECT_TRUE(binary.binary);
  EXPECT_EQ(binary.kind, FileKind::kOther);
  const Sniffed xlsx = SniffPrefix(std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml xl/workbook.xml", true);
  EXPECT_EQ(xlsx.kind, FileKind::kUnreadable);
  EXPECT_NE(xlsx.what.find("Excel"), std::string::npos);
  EXPECT_TRUE(SniffPrefix("just some notes\nabout the study\n", true).kind == FileKind::kOther);
  EXPECT_FALSE(SniffPrefix("just some notes\nabout the study\n", true).tabular);
  EXPECT_TRUE(SniffPrefix("a\tb\tc\n1\t2\t3\n", true).tabular);
}

// A participants table or BORIS events kept as a workbook: the reason says
// how to have them as text, whichever spreadsheet wrote it.
constexpr std::string_view kSaveAsText =
    "tables are read as text: save it as TSV or CSV (File > Save As > CSV), or export BORIS events as TSV";

TEST(Sniff, WorkbooksAreSpreadsheetsToSaveAsText) {
  const std::string zip("PK\x03\x04\x14\x00\x06\x00", 8);
  const std::string ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  const std::string workbook_stream("W\0o\0r\0k\0b\0o\0o\0k\0", 16);
  struct Case {
    const char* name;
    std::string prefix;
    const char* which;
  };
  const Case cases[] = {
      {"xlsx", zip + "[Content_Types].xml xl/workbook.xml", "(an Excel workbook)"},
      {"ods", zip + "mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "(an OpenDocument spreadsheet)"},
      {"xls", ole2 + std::string(504, '\0') + workbook_stream, "(an Excel 97-2003 workbook)"},
  };
  for (const Case& c : cases) {
    const Sniffed s = SniffPrefix(c.prefix, true);
    EXPECT_EQ(s.kind, FileKind::kUnreadable) << c.name;
    EXPECT_TRUE(s.what.starts_with(kSpreadsheet)) << c.name << ": " << s.what;
    EXPECT_NE(s.what.find(c.which), std::string::npos) << c.name << ": " << s.what;
    EXPECT_NE(s.what.find(kSaveAsText), std::string::npos) << c.name << ": " << s.what;
  }
  // Another zip, or an OLE2 file holding no workbook (an old Word
  // document), is no spreadsheet.
  EXPECT_EQ(SniffPrefix(zip + "notes.txt", true).what, "a ZIP archive");
  const std::string word_stream("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24);
  EXPECT_FALSE(SniffPrefix(ole2 + std::string(504, '\0') + word_stream, true).what.starts_with(kSpreadsheet));
}

TEST(Sniff, AWorkbookIsKnownByItsNameAndSignatureWhenItsStartSaysNoMore) {
  testing::TempDir dir;
  // Parts named past the sniffed start (a zip's first entry may be large).
  const std::string zip = std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml";
  const std::string ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  for (const char* name : {"participants.xlsx", "Participants.XLSX", "participants.ods"}) {
    testing::WriteText(dir.path() / name, zip);
    Sniffed s;
    ASSERT_TRUE(SniffFile((dir.path() / name).string(), &s).ok());
    EXPECT_EQ(s.kind, FileKind::kUnreadable) << name;
    EXPECT_NE(s.what.find(kSaveAsText), std::string::npos) << name << ": " << s.what;
  }
  testing::WriteText(dir.path() / "participants.xls", ole2 + std::string(100, '\0'));
  Sniffed xls;
  ASSERT_TRUE(SniffFile((dir.path() / "participants.xls").string(), &xls).ok());
  EXPECT_EQ(xls.what, std::string(kSpreadsheet) + " (.xls workbook): " + std::string(kSaveAsText));
  // The name alone is not enough: text named .xlsx is judged as text.
  testing::WriteText(dir.path() / "table.xlsx", "participant_id\tgroup\nP01\tA\n");
  Sniffed text;
  ASSERT_TRUE(SniffFile((dir.path() / "table.xlsx").string(), &text).ok());
  EXPECT_EQ(text.kind, FileKind::kParticipantsTable);
  // A zip not named as a workbook stays a zip.
  testing::WriteText(dir.path() / "archive.zip", zip);
  Sniffed archive;
  ASSERT_TRUE(SniffFile((dir.path() / "archive.zip").string(), &archive).ok());
  EXPECT_EQ(archive.what, "a ZIP archive");
}

// UTF-16 (a spreadsheet's "Unicode text"), with or without BOM, is judged
// by its text.
std::string Utf16Le(std::string_view ascii, bool bom) {
  std::string out = bom ? std::string("\xFF\xFE", 2) : std::string();
  for (char c : ascii) {
    out.push_back(c);
    out.push_back('\0');
  }
  return out;
}

TEST(Sniff, Utf16TextIsDecodedBeforeItIsJudged) {
  const std::string header = "Recording timestamp [ms]\tGaze point X [DACS px]\tValidity left\n0\t1\tValid\n";
  for (bool bom : {true, false}) {
    const Sniffed s = SniffPrefix(Utf16Le(header, bom), true);
    EXPECT_TRUE(IsRecordingOf(s, RecordingFormat::kProLab)) << "bom " << bom;
    EXPECT_EQ(s.form.encoding, TextEncoding::kUtf16Le);
  }
}

TEST(Sniff, StudioPreambleIsSkippedToTheHeader) {
  const std::string text =
      "System Properties:\nOperating System:\t Windows\n\nRecording name:\t Rec 62\nFilter settings:\n\n"
      "Eye: Average\nFixation radius: 35\n\n"
      "Timestamp\tDateTimeStamp\tNumber\tGazePointXLeft\tGazePointYLeft\tValidityLeft\t\n0\t\t\t\t\t\t\n";
  EXPECT_TRUE(IsRecordingOf(SniffPrefix(text, true), RecordingFormat::kTobiiStudio));
}

TEST(Sniff, AHeaderWiderThanThePrefixIsJudgedByItsFirstColumns) {
  std::string header = "Recording timestamp [ms]\tSensor\tGaze point X [DACS px]\tGaze point Y [DACS px]\tValidity left";
  while (header.size() < 2 * kSniffBytes) header += "\tAOI hit [Snapshot - some area of interest]";
  const Sniffed s = SniffPrefix(std::string_view(header).substr(0, kSniffBytes), false);
  EXPECT_TRUE(IsRecordingOf(s, RecordingFormat::kProLab));
}

TEST(Sniff, BorisProjectsAreJsonWithTheirKeys) {
  EXPECT_TRUE(LooksLikeBorisProject("{\n  \"time_format\": \"hh:mm:ss\",\n  \"behaviors_conf\": {}"));
  EXPECT_TRUE(LooksLikeBorisProject("\xEF\xBB\xBF {\"project_format_version\": \"7.0\"}"));
  EXPECT_FALSE(LooksLikeBorisProject("{\"generator\": {\"recordings\": 8}}"));  // other JSON
  EXPECT_FALSE(LooksLikeBorisProject("{\"type\":\"gaze\",\"timestamp\":0.01}"));  // Glasses gaze data
  EXPECT_FALSE(LooksLikeBorisProject("Observation id\tbehaviors_conf"));
  EXPECT_FALSE(LooksLikeBorisProject(""));
}

// Every real Tobii file in ../shared/data/real is judged as the manifest
// describes it.
TEST(Sniff, RealFilesAreJudgedAsTheManifestSays) {
  const fs::path real = tobii::testing::SharedDir() / "data/real";
  if (!fs::exists(real)) GTEST_SKIP() << "real data not found at " << real << ": skipped";
  const auto judge = [&](const char* file) {
    Sniffed s;
    EXPECT_TRUE(SniffFile((real / file).string(), &s).ok()) << file;
    return s;
  };
  EXPECT_TRUE(IsRecordingOf(judge("cemGr-ivt-reconstruction/I-VT-normal Data export_short.tsv"), RecordingFormat::kProLab));
  EXPECT_TRUE(IsRecordingOf(judge("d2lab-tobii-studio/data.tsv"), RecordingFormat::kTobiiStudio));
  EXPECT_TRUE(IsRecordingOf(judge("fhp-tobii-studio-legacy/J07.csv"), RecordingFormat::kTobiiStudio));
  EXPECT_TRUE(IsRecordingOf(judge("fhp-tobii-studio-legacy/Rec 01.tsv"), RecordingFormat::kTobiiStudio));
  EXPECT_TRUE(IsRecordingOf(judge("emdat-tobii-studio2/P63-All-Data.tsv"), RecordingFormat::kTobiiStudio));
  EXPECT_EQ(judge("emdat-tobii-studio2/P62-Event-Data.tsv").kind, FileKind::kUnreadable);
  EXPECT_EQ(judge("emdat-tobii-studio2/P62-Fixation-Data.tsv").kind, FileKind::kUnreadable);
  EXPECT_TRUE(IsRecordingOf(judge("emdat-tobii-prosdk/4Ctest.csv"), RecordingFormat::kProSdk));
  EXPECT_EQ(judge("emdat-tobii-prosdk/4Ctest_fixation.csv").kind, FileKind::kOther);
  EXPECT_TRUE(IsRecordingOf(judge("kallawalla-glasses3/33d63c40-27fb-4cbe-b181-7b64dfc824fe.tsv"),
                            RecordingFormat::kGlasses3));
  const Sniffed g2 = judge("glassesviewer-glasses2/livedata.json.gz");
  EXPECT_TRUE(IsRecordingOf(g2, RecordingFormat::kGlasses2));
  EXPECT_TRUE(g2.form.gzip);
  for (const char* meta : {"glassesviewer-glasses2/recording.json", "glassesviewer-glasses2/participant.json",
                           "glassesviewer-glasses2/segment.json", "glassesviewer-glasses2/sysinfo.json"}) {
    EXPECT_EQ(judge(meta).kind, FileKind::kCompanion) << meta;
  }
}

}  // namespace
}  // namespace tobii::io
