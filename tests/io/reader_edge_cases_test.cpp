// Flaws at the edges of the readers, each once seen to cost more than it
// should: a byte count that wrapped round, a cut row that became a
// recording of its own or was never counted, one corrupt index or time that
// cost the whole recording, a gaze stream opening with an event line.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/glasses2_reader.h"
#include "io/glasses3_reader.h"
#include "io/pro_lab_reader.h"
#include "io/sniff.h"
#include "io/studio_reader.h"
#include "io/text_source.h"
#include "support/gzip.h"

namespace tobii::io {
namespace {

struct Read {
  Status status;
  std::int64_t samples = 0;
  DamageLog damage;
  std::uint64_t bytes = 0;
};

Read ReadAll(SampleReader* reader) {
  Read r;
  r.status = reader->Open();
  SampleChunk chunk;
  while (r.status.ok()) {
    r.status = reader->Next(&chunk);
    if (!r.status.ok() || chunk.empty()) break;
    r.samples += static_cast<std::int64_t>(chunk.samples.size());
  }
  r.damage = reader->damage();
  r.bytes = reader->bytes_consumed();
  return r;
}

const std::string kProLabHeader =
    "Recording timestamp [ms]\tSensor\tParticipant name\tRecording name\tGaze point X [DACS px]\t"
    "Gaze point Y [DACS px]\tValidity left\tValidity right\n";

std::string ProLabRows(const std::string& participant, const std::string& recording, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += std::to_string(8 * i) + "\tEye Tracker\t" + participant + "\t" + recording + "\t100\t200\tValid\tValid\n";
  }
  return out;
}

// The part of a compressed export read for one recording counts the file's
// (compressed) bytes, never more than the file has.
TEST(ReaderEdgeCases, OneRecordingOfAGzipExportCountsTheFilesBytes) {
  const std::string text = kProLabHeader + ProLabRows("P01", "R1", 20000) + ProLabRows("P02", "R1", 20000);
  const std::string packed = tobii::testing::Gzip(text);
  std::unique_ptr<ByteSource> source;
  TextForm form;
  ASSERT_TRUE(OpenText(StringSource("x.tsv.gz", packed), &source, &form).ok());
  ProLabReader scanner(std::move(source));
  ASSERT_TRUE(scanner.Open().ok());
  std::vector<RecordingSelector> parts;
  ASSERT_TRUE(scanner.ListRecordings(&parts).ok());
  ASSERT_EQ(parts.size(), 2u);
  ASSERT_TRUE(OpenText(StringSource("x.tsv.gz", packed), &source, &form).ok());
  ReaderOptions options;
  options.select = parts[1];
  ProLabReader second(std::move(source), options);
  const Read r = ReadAll(&second);
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(r.samples, 20000);
  EXPECT_LE(r.bytes, packed.size());
  EXPECT_GT(r.bytes, 0u);
}

const std::string kStudioHeader =
    "ParticipantName\tRecordingName\tRecordingTimestamp\tGazePointX (ADCSpx)\tGazePointY (ADCSpx)\t"
    "ValidityLeft\tValidityRight\n";

std::string StudioRows(const std::string& recording, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "P01\t" + recording + "\t" + std::to_string(8 * i) + "\t100\t200\t0\t0\n";
  return out;
}

TEST(ReaderEdgeCases, AStudioRowCutInsideItsNamesNamesNoRecordingOfItsOwn) {
  const std::string text = kStudioHeader + StudioRows("Rec 01", 50) + "P01\tRec 0";
  StudioReader scanner(StringSource("s.tsv", text));
  ASSERT_TRUE(scanner.Open().ok());
  std::vector<RecordingSelector> parts;
  ASSERT_TRUE(scanner.ListRecordings(&parts).ok());
  ASSERT_EQ(parts.size(), 1u) << "a cut row became recording \"" << parts.back().recording << "\"";
  ReaderOptions options;
  options.select = parts[0];
  StudioReader reader(StringSource("s.tsv", text), options);
  const Read r = ReadAll(&reader);
  EXPECT_EQ(r.samples, 50);
  EXPECT_EQ(r.damage.count(Damage::kTruncatedLastRow), 1);  // counted where it lies
}

TEST(ReaderEdgeCases, AStudioCutRowWithoutNamesIsCountedByTheRecordingBeforeIt) {
  const std::string text = kStudioHeader + StudioRows("Rec 01", 50) + StudioRows("Rec 02", 50) + "\t\t40";
  StudioReader scanner(StringSource("s.tsv", text));
  ASSERT_TRUE(scanner.Open().ok());
  std::vector<RecordingSelector> parts;
  ASSERT_TRUE(scanner.ListRecordings(&parts).ok());
  ASSERT_EQ(parts.size(), 2u);
  std::int64_t cut = 0;
  for (const RecordingSelector& part : parts) {
    ReaderOptions options;
    options.select = part;
    StudioReader reader(StringSource("s.tsv", text), options);
    cut += ReadAll(&reader).damage.count(Damage::kTruncatedLastRow);
  }
  EXPECT_EQ(cut, 1);
}

std::string G2Packet(std::int64_t ts, const std::string& rest) {
  return "{\"ts\":" + std::to_string(ts) + ",\"s\":0," + rest + "}\n";
}

std::string G2Sample(std::int64_t gidx, std::int64_t ts) {
  const std::string g = "\"gidx\":" + std::to_string(gidx) + ",";
  return G2Packet(ts, g + "\"gd\":[0.0,0.0,1.0],\"eye\":\"left\"") +
         G2Packet(ts, g + "\"gd\":[0.0,0.0,1.0],\"eye\":\"right\"") + G2Packet(ts, g + "\"gp\":[0.5,0.5]");
}

TEST(ReaderEdgeCases, OneCorruptGazeIndexCostsItsLineNotTheRecording) {
  std::string text;
  for (int i = 0; i < 500; ++i) {
    if (i == 100) text += G2Packet(1000000 + 20000 * i, "\"gidx\":1000100,\"gp\":[0.5,0.5]");
    text += G2Sample(i, 1000000 + 20000 * i);
  }
  Glasses2Reader reader(StringSource("livedata.json", text));
  const Read r = ReadAll(&reader);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples, 500);
  EXPECT_EQ(r.damage.count(Damage::kBadRecord), 1);
}

TEST(ReaderEdgeCases, AGazeIndexJumpConfirmedByThePacketsAfterItIsFollowed) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += G2Sample(i, 1000000 + 20000 * i);
  for (int i = 0; i < 100; ++i) text += G2Sample(5000 + i, 3000000 + 20000 * i);  // the unit skipped 4900 samples
  Glasses2Reader reader(StringSource("livedata.json", text));
  const Read r = ReadAll(&reader);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_GE(r.samples, 197);  // the first packets after the jump are spent confirming it
  EXPECT_LE(r.damage.total(), static_cast<std::int64_t>(kJumpConfirmPackets));
}

TEST(ReaderEdgeCases, OneCorruptGlasses3TimeCostsItsLineNotTheRecording) {
  std::string text;
  for (int i = 0; i < 300; ++i) {
    const double t = i == 150 ? 900.0 : 0.02 * i;
    text += "{\"type\":\"gaze\",\"timestamp\":" + std::to_string(t) +
            ",\"data\":{\"gaze2d\":[0.5,0.5],\"eyeleft\":{\"gazedirection\":[0,0,1],\"pupildiameter\":3}}}\n";
  }
  Glasses3Reader reader(StringSource("gazedata", text));
  const Read r = ReadAll(&reader);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples, 299);
  EXPECT_EQ(r.damage.count(Damage::kTimeBackwards), 1);
}

TEST(ReaderEdgeCases, AGazeStreamOpeningWithAnEventLineIsARecording) {
  const std::string text =
      "{\"type\":\"syncport\",\"timestamp\":0.001,\"data\":{\"direction\":\"in\",\"value\":1}}\n"
      "{\"type\":\"gaze\",\"timestamp\":0.02,\"data\":{\"gaze2d\":[0.5,0.5]}}\n";
  const Sniffed sniffed = SniffPrefix(text, true);
  EXPECT_EQ(sniffed.kind, FileKind::kRecording) << sniffed.what;
  EXPECT_EQ(sniffed.format, RecordingFormat::kGlasses3);
}

}  // namespace
}  // namespace tobii::io
