#include "io/glasses2_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "io/recording_format.h"
#include "support/gzip.h"
#include "support/temp_dir.h"

namespace tobii::io {
namespace {

// A packet line: `{"ts":T,"s":S,<rest>}`.
std::string Packet(std::int64_t ts, int status, const std::string& rest) {
  return "{\"ts\":" + std::to_string(ts) + ",\"s\":" + std::to_string(status) + "," + rest + "}\n";
}

// The statuses of one sample's packets (0 ok).
struct Statuses {
  int left = 0;
  int right = 0;
  int point = 0;
};

// The eight packets of one gaze sample, in the device's order. The left eye
// looks a little left and down as the wearer sees it (HUCS: x left, y up,
// z forward), the right eye straight ahead; a packet whose status is not 0
// has its values zeroed, as the device writes it.
std::vector<std::string> SamplePackets(std::int64_t gidx, std::int64_t ts, Statuses s = {}) {
  const std::string g = "\"gidx\":" + std::to_string(gidx) + ",";
  const auto eye = [&](int status, const std::string& name, const std::string& centre,
                       const std::string& pupil, const std::string& direction) {
    const bool ok = status == 0;
    return std::vector<std::string>{
        Packet(ts, status, g + "\"pc\":" + (ok ? centre : "[0.00,0.00,0.00]") + ",\"eye\":\"" + name + "\""),
        Packet(ts, status, g + "\"pd\":" + (ok ? pupil : "0.00") + ",\"eye\":\"" + name + "\""),
        Packet(ts, status,
               g + "\"gd\":" + (ok ? direction : "[0.0000,0.0000,0.0000]") + ",\"eye\":\"" + name + "\"")};
  };
  std::vector<std::string> packets =
      eye(s.left, "left", "[27.72,-22.74,-34.50]", "5.40", "[0.6000,-0.8000,0.0000]");
  for (std::string& p : eye(s.right, "right", "[-29.32,-19.36,-35.32]", "5.44", "[0.0000,0.0000,1.0000]")) {
    packets.push_back(p);
  }
  packets.push_back(Packet(
      ts, s.point, g + "\"l\":434102,\"gp\":" + (s.point == 0 ? "[0.5000,0.2500]" : "[0.0000,0.0000]")));
  packets.push_back(
      Packet(ts, s.point, g + "\"gp3\":" + (s.point == 0 ? "[-42.68,74.56,669.47]" : "[0.00,0.00,0.00]")));
  return packets;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& l : lines) text += l;
  return text;
}

// Samples 1..n at 50 Hz from ts 1 000 000, in order.
std::vector<std::string> Samples(int n) {
  std::vector<std::string> lines;
  for (int i = 1; i <= n; ++i) {
    for (std::string& p : SamplePackets(i, 1000000 + 20000 * (i - 1))) lines.push_back(p);
  }
  return lines;
}

struct ReadResult {
  Status status;
  std::vector<Sample> samples;
  std::vector<RecordingEvent> events;
  RecordingInfo info;
  DamageLog damage;
  std::int64_t rows = 0;
  std::vector<std::size_t> chunk_sizes;
};

ReadResult ReadReader(SampleReader* reader) {
  ReadResult result;
  result.status = reader->Open();
  SampleChunk chunk;
  while (result.status.ok()) {
    result.status = reader->Next(&chunk);
    if (chunk.empty()) break;
    result.samples.insert(result.samples.end(), chunk.samples.begin(), chunk.samples.end());
    result.events.insert(result.events.end(), chunk.events.begin(), chunk.events.end());
    result.chunk_sizes.push_back(chunk.samples.size());
  }
  result.info = reader->info();
  result.damage = reader->damage();
  result.rows = reader->rows_read();
  return result;
}

// Through the registry, as the study run makes it.
ReadResult Read(const std::string& text, ReaderOptions options = {}) {
  std::unique_ptr<SampleReader> reader =
      MakeSampleReader(RecordingFormat::kGlasses2, StringSource("livedata.json", text), options);
  EXPECT_NE(reader, nullptr);
  return ReadReader(reader.get());
}

ReadResult ReadFile(const std::filesystem::path& path) {
  std::unique_ptr<SampleReader> reader;
  ReadResult result;
  result.status = OpenSampleReader(RecordingFormat::kGlasses2, path.string(), {}, &reader);
  if (!result.status.ok()) return result;
  return ReadReader(reader.get());
}

// Whether the sample is one of SamplePackets' with every status 0.
void ExpectWhole(const Sample& s) {
  EXPECT_TRUE(s.left.valid);
  EXPECT_TRUE(s.right.valid);
  EXPECT_FLOAT_EQ(s.gaze_x_px, 960);
  EXPECT_FLOAT_EQ(s.left.pupil_mm, 5.40f);
  EXPECT_FLOAT_EQ(s.right.pupil_mm, 5.44f);
}

TEST(Glasses2Reader, AssemblesASampleFromItsPackets) {
  const ReadResult r = Read(Join(SamplePackets(2765, 484678568)));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 1u);
  const Sample& s = r.samples[0];
  EXPECT_EQ(s.time_us, 0);
  // gp is normalised to the scene camera's 1920 x 1080 image.
  EXPECT_FLOAT_EQ(s.gaze_x_px, 960);
  EXPECT_FLOAT_EQ(s.gaze_y_px, 270);
  ASSERT_TRUE(s.left.valid);
  ASSERT_TRUE(s.right.valid);
  // HUCS (x left, y up, z forward) turned round into the screen frame.
  EXPECT_FLOAT_EQ(s.left.gaze_dir_x, -0.6f);
  EXPECT_FLOAT_EQ(s.left.gaze_dir_y, 0.8f);
  EXPECT_FLOAT_EQ(s.right.gaze_dir_z, -1.0f);
  EXPECT_FLOAT_EQ(s.left.pupil_mm, 5.40f);
  EXPECT_FLOAT_EQ(s.right.pupil_mm, 5.44f);
  EXPECT_TRUE(std::isnan(s.left.eye_z_mm));  // the pupil centre is not a position before a screen
  EXPECT_TRUE(r.info.head_mounted);
  EXPECT_EQ(r.info.screen_width_px, kGlasses2SceneWidthPx);
  EXPECT_EQ(r.info.screen_height_px, kGlasses2SceneHeightPx);
  EXPECT_EQ(r.rows, 8);
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(Glasses2Reader, TimeRunsFromTheFirstSample) {
  const ReadResult r = Read(Join(Samples(3)));
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[0].time_us, 0);
  EXPECT_EQ(r.samples[1].time_us, 20000);
  EXPECT_EQ(r.samples[2].time_us, 40000);
  for (const Sample& s : r.samples) ExpectWhole(s);
}

TEST(Glasses2Reader, ANonZeroStatusLosesWhatItQualifies) {
  std::vector<std::string> lines = SamplePackets(1, 1000000, {.left = 16, .right = 0, .point = 1});
  for (std::string& p : SamplePackets(2, 1020000, {.left = 0, .right = 4, .point = 0})) lines.push_back(p);
  const ReadResult r = Read(Join(lines));
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_FALSE(r.samples[0].left.valid);
  EXPECT_TRUE(std::isnan(r.samples[0].left.pupil_mm));
  EXPECT_TRUE(std::isnan(r.samples[0].left.gaze_dir_x));
  EXPECT_TRUE(std::isnan(r.samples[0].gaze_x_px));
  EXPECT_TRUE(r.samples[0].right.valid);
  EXPECT_TRUE(r.samples[1].left.valid);
  EXPECT_FALSE(r.samples[1].right.valid);
  EXPECT_FLOAT_EQ(r.samples[1].gaze_x_px, 960);
  EXPECT_EQ(r.damage.total(), 0);  // the device said so: no damage
}

TEST(Glasses2Reader, PacketsOutOfOrderWithinTheLookAheadAreAssembled) {
  // As in the real file: a packet comes after the packets of later samples,
  // and a whole sample before the one it follows.
  std::vector<std::string> s1 = SamplePackets(1, 1000000), s2 = SamplePackets(2, 1020000),
                           s3 = SamplePackets(3, 1040000), s4 = SamplePackets(4, 1060000);
  std::vector<std::string> lines = {s1[0], s1[1], s1[2], s1[3], s1[4]};
  for (const std::string& p : s2) lines.push_back(p);
  for (const std::string& p : s4) lines.push_back(p);
  for (const std::string& p : s3) lines.push_back(p);
  lines.push_back(s1[5]);
  lines.push_back(s1[6]);
  lines.push_back(s1[7]);
  lines.insert(lines.begin(),
               Packet(1060000, 0, "\"pts\":622438,\"pv\":4"));  // a later ts first, as in the real file
  const ReadResult r = Read(Join(lines));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 4u);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(r.samples[i].time_us, 20000 * i);
    ExpectWhole(r.samples[i]);
  }
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(Glasses2Reader, PacketsShuffledWithinHalfTheLookAheadLoseNothing) {
 for (const unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
  SCOPED_TRACE("seed " + std::to_string(seed));
  // std::mt19937's output is fixed by the standard, a distribution's is
  // not: a plain remainder keeps every run the same.
  std::mt19937 random(seed);
  const auto delay = [&](std::mt19937& r) { return static_cast<int>(r() % (kLookAheadSamples / 2 + 1)); };
  // Each packet moved up to half the window later.
  struct Keyed {
    int key;
    std::string line;
  };
  std::vector<Keyed> keyed;
  constexpr int kSamples = 500;
  for (int i = 1; i <= kSamples; ++i) {
    for (std::string& p : SamplePackets(i, 1000000 + 20000 * (i - 1)))
      keyed.push_back({i + delay(random), p});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) { return a.key < b.key; });
  std::string text;
  for (const Keyed& k : keyed) text += k.line;
  ReaderOptions options;
  options.chunk_samples = 7;
  const ReadResult r = Read(text, options);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), static_cast<std::size_t>(kSamples));
  for (int i = 0; i < kSamples; ++i) {
    ASSERT_EQ(r.samples[i].time_us, 20000 * i);
    ExpectWhole(r.samples[i]);
  }
  EXPECT_EQ(r.damage.total(), 0);
 }
}

TEST(Glasses2Reader, APacketBeyondTheLookAheadIsDamageNotACrash) {
  std::vector<std::string> first = SamplePackets(1, 1000000);
  const std::string late = first[5];  // the right eye's gaze direction
  first.erase(first.begin() + 5);
  std::vector<std::string> lines = first;
  for (int i = 2; i <= kLookAheadSamples + 2; ++i) {
    for (std::string& p : SamplePackets(i, 1000000 + 20000 * (i - 1))) lines.push_back(p);
  }
  lines.push_back(late);
  const ReadResult r = Read(Join(lines));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), static_cast<std::size_t>(kLookAheadSamples + 2));
  // Handed on without it: that eye had no direction.
  EXPECT_TRUE(r.samples[0].left.valid);
  EXPECT_FALSE(r.samples[0].right.valid);
  ExpectWhole(r.samples[1]);
  EXPECT_EQ(r.damage.count(Damage::kTimeBackwards), 1);
  const std::int64_t line = static_cast<std::int64_t>(lines.size());
  EXPECT_EQ(r.damage.first_message(Damage::kTimeBackwards),
            "livedata.json:" + std::to_string(line) +
                ":21: expected a packet of gaze index 3 or later (packets come at most " +
                std::to_string(kLookAheadSamples) + " samples out of order), found \"1\"");
}

TEST(Glasses2Reader, AFileInNoOrderFailsWithoutHoldingIt) {
  // Gaze indices that only go down: past the first window every packet is
  // late. The window never holds more than its width; the recording fails
  // once the damage is past saving.
  std::string text;
  for (int i = 5000; i > 0; --i)
    text += Packet(1000000 + 20000 * i, 0, "\"gidx\":" + std::to_string(i) + ",\"gp\":[0.5,0.5]");
  const ReadResult r = Read(text);
  EXPECT_FALSE(r.status.ok());
  EXPECT_NE(r.status.message().find("expected a packet of gaze index"), std::string::npos)
      << r.status.message();
  EXPECT_LE(r.samples.size(), static_cast<std::size_t>(kLookAheadSamples));
}

TEST(Glasses2Reader, ALineThatIsNotJsonCostsTheLine) {
  std::vector<std::string> lines = Samples(2);
  lines.insert(lines.begin() + 8, "{\"ts\":1010000,\"s\":0,\"gy\":[-1.26,\n");
  std::string text = Join(lines);
  text.resize(text.size() - 10);  // and a cut last line
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  ExpectWhole(r.samples[1]);  // the cut packet was gp3, not used
  EXPECT_EQ(r.damage.count(Damage::kBadRecord), 1);
  EXPECT_EQ(r.damage.count(Damage::kTruncatedLastRow), 1);
  EXPECT_EQ(r.damage.first_message(Damage::kBadRecord)
                .rfind("livedata.json:9:1: expected one JSON object per line, found "
                       "\"{\"ts\":1010000,\"s\":0,\"gy\":[-1.26,\" (simdjson: ",
                       0),
            0u)
      << r.damage.first_message(Damage::kBadRecord);
}

TEST(Glasses2Reader, AGazePacketWithoutWhatItNeedsCostsTheLine) {
  std::vector<std::string> lines = Samples(1);
  lines.push_back("{\"ts\":1000000,\"s\":0,\"gd\":[0,0,1],\"eye\":\"left\"}\n");               // no gidx
  lines.push_back("{\"ts\":1000000,\"s\":0,\"gidx\":1,\"gd\":[0,0,1]}\n");                     // no eye
  lines.push_back("{\"ts\":1000000,\"s\":0,\"gidx\":1,\"gd\":[0,0,1],\"eye\":\"middle\"}\n");  // no such eye
  lines.push_back("{\"ts\":1000000,\"gidx\":1,\"pd\":5.1,\"eye\":\"left\"}\n");                // no status
  lines.push_back("{\"ts\":1000000,\"s\":0,\"gidx\":1.5,\"gp\":[0.5,0.5]}\n");  // no whole index
  lines.push_back("{\"s\":0,\"gidx\":1,\"gp\":[0.5,0.5]}\n");                   // no time
  lines.push_back("{\"ts\":1000000,\"s\":0,\"gidx\":1,\"gp\":[0.5,0.5]}\n");    // a second gp
  lines.push_back("{\"ts\":1000001,\"s\":0,\"gidx\":1,\"gp3\":[1,2,3]}\n");     // another time
  const ReadResult r = Read(Join(lines));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 1u);
  ExpectWhole(r.samples[0]);
  EXPECT_EQ(r.damage.count(Damage::kBadRecord), 8);
  EXPECT_EQ(r.damage.first_message(Damage::kBadRecord),
            "livedata.json:9:1: expected a gaze packet with \"ts\", \"s\", \"gidx\" and one of \"gd\", "
            "\"pd\", \"pc\", "
            "\"gp\", \"gp3\", found \"{\"ts\":1000000,\"s\":0,\"gd\":[0,0,1],\"eye\":\"...\"");
}

TEST(Glasses2Reader, ATimeThatIsNotANumberCostsTheLine) {
  std::vector<std::string> lines = Samples(1);
  lines[6] = "{\"ts\":\"1000000\",\"s\":0,\"gidx\":1,\"l\":434102,\"gp\":[0.5,0.25]}\n";
  const ReadResult r = Read(Join(lines));
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_TRUE(std::isnan(r.samples[0].gaze_x_px));  // its gp never came
  EXPECT_EQ(r.damage.count(Damage::kBadTime), 1);
  EXPECT_EQ(r.damage.first_message(Damage::kBadTime),
            "livedata.json:7:2: expected a time in microseconds in \"ts\", found \"\"1000000\"\"");
}

TEST(Glasses2Reader, AValueThatIsNotANumberCostsItsSample) {
  std::vector<std::string> lines = Samples(3);
  lines[2] = "{\"ts\":1000000,\"s\":0,\"gidx\":1,\"gd\":[\"a\",0,1],\"eye\":\"left\"}\n";
  lines[8 + 3] = "{\"ts\":1020000,\"s\":\"x\",\"gidx\":2,\"pc\":[1,2,3],\"eye\":\"right\"}\n";
  lines[16 + 5] =
      "{\"ts\":1040000,\"s\":0,\"gidx\":3,\"gd\":[0,0,0],\"eye\":\"right\"}\n";  // zeroed yet "ok"
  const ReadResult r = Read(Join(lines));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    // Kept as lost, so the clock stays whole.
    EXPECT_EQ(r.samples[i].time_us, 20000 * i);
    EXPECT_FALSE(r.samples[i].left.valid);
    EXPECT_FALSE(r.samples[i].right.valid);
    EXPECT_TRUE(std::isnan(r.samples[i].gaze_x_px));
  }
  EXPECT_EQ(r.damage.count(Damage::kBadValue), 3);
  EXPECT_EQ(r.damage.first_message(Damage::kBadValue),
            "livedata.json:3:30: expected a unit vector of three numbers in \"gd\", found \"[\"a\",0,1]\"");
}

TEST(Glasses2Reader, ASampleTimedBeforeTheOneBeforeItCostsItself) {
  std::vector<std::string> lines = Samples(1);
  for (std::string& p : SamplePackets(2, 990000)) lines.push_back(p);
  for (std::string& p : SamplePackets(3, 1040000)) lines.push_back(p);
  const ReadResult r = Read(Join(lines));
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.samples[1].time_us, 40000);
  EXPECT_EQ(r.damage.count(Damage::kTimeBackwards), 1);
  EXPECT_EQ(r.damage.first_message(Damage::kTimeBackwards),
            "livedata.json:9:1: expected a sample timed not before the previous one (gaze index 2), found "
            "\"990000\"");
}

TEST(Glasses2Reader, OtherPacketsArePassedOver) {
  std::vector<std::string> lines = Samples(2);
  for (const char* rest :
       {"\"ac\":[0.039,-10.146,0.840]", "\"gy\":[-1.260,-1.334,-1.301]", "\"pts\":622438,\"pv\":4",
        "\"vts\":0", "\"evts\":499739", "\"epts\":100,\"pv\":4", "\"future\":[1,2]"}) {
    lines.insert(lines.begin() + 4, Packet(1010000, 0, rest));
  }
  const ReadResult r = Read(Join(lines));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.rows, 16 + 7);
  EXPECT_TRUE(r.events.empty());
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(Glasses2Reader, SyncPortSignalsAreEventsOnTheSamplesClock) {
  std::vector<std::string> lines = {Packet(990000, 0, "\"dir\":\"out\",\"sig\":1")};  // before any sample
  for (const std::string& p : Samples(3)) lines.push_back(p);
  lines.push_back(Packet(1030000, 0, "\"dir\":\"out\",\"sig\":0"));
  lines.push_back(Packet(1035000, 0, "\"dir\":\"in\",\"sig\":1"));
  lines.push_back(Packet(1036000, 1, "\"dir\":\"in\",\"sig\":0"));  // not read right: passed over
  const ReadResult r = Read(Join(lines));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[0].name, "SyncPortOutHigh");
  EXPECT_EQ(r.events[0].time_us, -10000);
  EXPECT_EQ(r.events[1].name, "SyncPortOutLow");
  EXPECT_EQ(r.events[1].time_us, 30000);
  EXPECT_EQ(r.events[2].name, "SyncPortInHigh");
  EXPECT_EQ(r.events[2].time_us, 35000);
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(Glasses2Reader, ReadsGzipThroughOpenText) {
  std::unique_ptr<ByteSource> inflated;
  TextForm form;
  ASSERT_TRUE(
      OpenText(StringSource("livedata.json.gz", testing::Gzip(Join(Samples(3)))), &inflated, &form).ok());
  EXPECT_TRUE(form.gzip);
  Glasses2Reader reader(std::move(inflated));
  const ReadResult r = ReadReader(&reader);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[2].time_us, 40000);
  ExpectWhole(r.samples[2]);
}

TEST(Glasses2Reader, ChunksAndSampleLimitDoNotChangeTheSamples) {
  ReaderOptions small;
  small.chunk_samples = 4;
  small.buffer_bytes = 16;
  const ReadResult r = Read(Join(Samples(10)), small);
  ASSERT_EQ(r.samples.size(), 10u);
  EXPECT_EQ(r.chunk_sizes, (std::vector<std::size_t>{4, 4, 2}));
  EXPECT_EQ(r.samples[9].time_us, 180000);
  ReaderOptions limited;
  limited.max_samples = 3;
  const ReadResult l = Read(Join(Samples(10)), limited);
  ASSERT_EQ(l.samples.size(), 3u);
  EXPECT_EQ(l.samples[2].time_us, 40000);
}

// The SD card's layout: projects/<p>/recordings/<r>/ holds the recording's
// metadata, segments/<n>/ its live data.
TEST(Glasses2Reader, NamesComeFromTheRecordingFolderTwoAbove) {
  testing::TempDir dir;
  const std::filesystem::path recording = dir.path() / "projects/raoscyb/recordings/gzz7stc";
  testing::WriteText(recording / "segments/1/livedata.json", Join(Samples(2)));
  testing::WriteText(recording / "recording.json", R"({"rec_id":"gzz7stc","rec_info":{"Name":"Walk 1"}})");
  testing::WriteText(recording / "participant.json",
                     R"({"pa_id":"vx","pa_info":{"Name":"P 03","Notes":""}})");
  testing::WriteText(recording / "sysinfo.json", R"({"servicemanager_version":"1.25.3-citronkola"})");
  testing::WriteText(recording / "segments/1/segment.json", R"({"seg_id":1})");
  const ReadResult r = ReadFile(recording / "segments/1/livedata.json");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.info.recording, "Walk 1");
  EXPECT_EQ(r.info.participant, "P 03");
  EXPECT_EQ(r.info.software, "Tobii Pro Glasses 2 1.25.3-citronkola");
  EXPECT_EQ(r.samples.size(), 2u);
}

TEST(Glasses2Reader, WithoutMetadataTheNamesAreEmpty) {
  testing::TempDir dir;
  testing::WriteText(dir.path() / "a/b/c/livedata.json", Join(Samples(1)));
  // Three folders up is beyond the recording's folder: not looked at.
  testing::WriteText(dir.path() / "recording.json", R"({"rec_info":{"Name":"Other"}})");
  testing::WriteText(dir.path() / "a/b/c/participant.json", R"({"pa_info":{"Name":7}})");  // not a string
  const ReadResult r = ReadFile(dir.path() / "a/b/c/livedata.json");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.info.recording, "");
  EXPECT_EQ(r.info.participant, "");
  EXPECT_EQ(r.info.software, "");
  EXPECT_EQ(r.samples.size(), 1u);
}

// Pearson's correlation of two equally long series.
double Correlation(const std::vector<double>& a, const std::vector<double>& b) {
  const double n = static_cast<double>(a.size());
  double ma = 0, mb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) ma += a[i] / n, mb += b[i] / n;
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
  }
  return sab / std::sqrt(saa * sbb);
}

// A real Glasses 2 SD-card recording (MIT, see ../shared/data/real/MANIFEST.md),
// its metadata beside it.
TEST(Glasses2Reader, ReadsARealGlasses2Recording) {
  const std::filesystem::path folder = testing::SharedDir() / "data/real/glassesviewer-glasses2";
  if (!std::filesystem::exists(folder)) GTEST_SKIP() << "real data not found at " << folder << ": skipped";
  const ReadResult r = ReadFile(folder / "livedata.json.gz");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.damage.total(), 0);
  EXPECT_EQ(r.rows, 17221);
  // MANIFEST and recording.json: 1424 eye-tracker samples, 1331 of them
  // valid (at least one eye).
  ASSERT_EQ(r.samples.size(), 1424u);
  const auto tracked = std::count_if(r.samples.begin(), r.samples.end(),
                                     [](const Sample& s) { return s.left.valid || s.right.valid; });
  EXPECT_EQ(tracked, 1331);
  // 50 Hz on the device's clock; 28.5 s by the segment's length, 28.72 s
  // from the first sample to the last (the segment's clock starts later).
  std::vector<std::int64_t> steps;
  for (std::size_t i = 1; i < r.samples.size(); ++i) {
    ASSERT_GE(r.samples[i].time_us, r.samples[i - 1].time_us);
    steps.push_back(r.samples[i].time_us - r.samples[i - 1].time_us);
  }
  std::nth_element(steps.begin(), steps.begin() + steps.size() / 2, steps.end());
  EXPECT_NEAR(1e6 / steps[steps.size() / 2], 50.0, 0.5);
  EXPECT_EQ(r.samples.front().time_us, 0);
  EXPECT_EQ(r.samples.back().time_us, 28723466);
  EXPECT_EQ(r.info.participant, "Roy005");
  EXPECT_EQ(r.info.recording, "Recording011");
  EXPECT_EQ(r.info.software, "Tobii Pro Glasses 2 1.25.3-citronkola");
  EXPECT_TRUE(r.info.head_mounted);
  // 33 sync-port packets, every one with status 0, all out: on, off, ...
  ASSERT_EQ(r.events.size(), 33u);
  EXPECT_EQ(r.events.front().name, "SyncPortOutHigh");
  EXPECT_EQ(r.events.front().time_us, 875112);
  EXPECT_EQ(r.events[1].name, "SyncPortOutLow");
  EXPECT_EQ(r.events.back().time_us, 22352712);

  // After the turn into the screen frame, a gaze point further right (or
  // down) on the scene video goes with a direction further right (or
  // down), and straight ahead is -z (samples of both eyes, averaged).
  std::vector<double> x_px, dir_x, y_px, dir_y;
  double mean_z = 0;
  for (const Sample& s : r.samples) {
    if (!s.left.valid || !s.right.valid || std::isnan(s.gaze_x_px)) continue;
    x_px.push_back(s.gaze_x_px);
    y_px.push_back(s.gaze_y_px);
    dir_x.push_back(0.5 * (s.left.gaze_dir_x + s.right.gaze_dir_x));
    dir_y.push_back(0.5 * (s.left.gaze_dir_y + s.right.gaze_dir_y));
    mean_z += 0.5 * (s.left.gaze_dir_z + s.right.gaze_dir_z);
  }
  ASSERT_EQ(x_px.size(), 1313u);
  EXPECT_GT(Correlation(x_px, dir_x), 0.9);
  EXPECT_GT(Correlation(y_px, dir_y), 0.9);
  EXPECT_LT(mean_z / static_cast<double>(x_px.size()), -0.8);
}

}  // namespace
}  // namespace tobii::io
