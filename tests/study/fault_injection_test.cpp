// Faults injected under a recording's pass: a byte source that fails (an
// I/O error: a disk or network share going away) or ends early (a file cut
// short) at chosen points. The pass must stop with a message naming the
// file, or finish on what it could read and say what was lost; never crash,
// never invent samples.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

#include "gen_study/study_generator.h"
#include "io/byte_source.h"
#include "io/pro_lab_reader.h"
#include "study/recording_pass.h"
#include "support/temp_dir.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;

// Serves `content` in reads of at most `piece` bytes, and at byte `at`
// either fails every read from then on or ends the input there.
class FaultySource final : public io::ByteSource {
 public:
  enum class Fault { kFail, kEnd };
  FaultySource(std::string content, std::size_t at, Fault fault, std::size_t piece = 4096)
      : content_(std::move(content)), at_(at), fault_(fault), piece_(piece) {}

  Status Read(char* buffer, std::size_t capacity, std::size_t* count) override {
    *count = 0;
    if (position_ >= at_) {
      if (fault_ == Fault::kFail) return Status::Error(name_ + ": cannot read: Input/output error (injected)");
      return Status::Ok();
    }
    const std::size_t n = std::min({capacity, piece_, at_ - position_});
    std::memcpy(buffer, content_.data() + position_, n);
    position_ += n;
    *count = n;
    return Status::Ok();
  }
  const std::string& name() const override { return name_; }
  std::uint64_t bytes_read() const override { return position_; }

 private:
  std::string content_;
  std::string name_ = "faulty/P01.tsv";
  std::size_t at_;
  Fault fault_;
  std::size_t piece_;
  std::size_t position_ = 0;
};

class FaultInjectionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir("fault_injection");
    gen::StudyOptions options;
    options.out = dir_->path() / "study";
    options.recordings = 1;
    options.minutes = 20.0 / 60.0;
    options.hz = 120;
    options.seed = 3;
    options.boris = false;
    gen::GeneratedStudy study;
    ASSERT_TRUE(gen::GenerateStudy(options, &study).ok());
    bytes_ = new std::string(testing::ReadFile(options.out / study.recordings.at(0).file));
  }
  static void TearDownTestSuite() {
    delete bytes_;
    delete dir_;
  }

  // One pass over the export served by a faulty source.
  static Status Pass(std::size_t at, FaultySource::Fault fault, RecordingResult* result, std::size_t* lost_rows) {
    io::ProLabReader reader(std::make_unique<FaultySource>(*bytes_, at, fault));
    const Status status = AnalyseRecording(&reader, Settings{}, {}, result);
    *lost_rows = reader.damage().count(io::Damage::kTruncatedLastRow);
    return status;
  }

  // Where to cut: in the header, at the first row, and through the rows.
  static std::vector<std::size_t> CutPoints() {
    const std::size_t header_end = bytes_->find('\n') + 1;
    std::vector<std::size_t> points = {0, header_end / 2, header_end};
    for (int percent : {1, 10, 37, 50, 90, 99}) points.push_back(bytes_->size() * percent / 100);
    return points;
  }

  static inline testing::TempDir* dir_ = nullptr;
  static inline std::string* bytes_ = nullptr;
};

TEST_F(FaultInjectionTest, AReadErrorAnywhereFailsThePassNamingTheFile) {
  for (std::size_t at : CutPoints()) {
    RecordingResult result;
    std::size_t lost = 0;
    const Status status = Pass(at, FaultySource::Fault::kFail, &result, &lost);
    ASSERT_FALSE(status.ok()) << "failing at byte " << at;
    EXPECT_NE(status.message().find("faulty/P01.tsv"), std::string::npos) << status.message();
    EXPECT_NE(status.message().find("Input/output error"), std::string::npos) << status.message();
  }
}

TEST_F(FaultInjectionTest, AFileCutShortGivesFewerSamplesAndSaysWhatWasLost) {
  RecordingResult whole;
  std::size_t lost = 0;
  ASSERT_TRUE(Pass(bytes_->size(), FaultySource::Fault::kEnd, &whole, &lost).ok());
  EXPECT_EQ(lost, 0u);
  std::int64_t previous = -1;
  for (std::size_t at : CutPoints()) {
    RecordingResult result;
    const Status status = Pass(at, FaultySource::Fault::kEnd, &result, &lost);
    if (!status.ok()) {
      // Too little left to be a recording: said, with the file's name.
      EXPECT_NE(status.message().find("faulty/P01.tsv"), std::string::npos) << status.message();
      continue;
    }
    EXPECT_LT(result.samples, whole.samples) << "cut at byte " << at;
    EXPECT_GE(result.samples, previous) << "more bytes never give fewer samples (cut at byte " << at << ")";
    previous = result.samples;
    const bool mid_row = (*bytes_)[at - 1] != '\n';
    EXPECT_EQ(lost, mid_row ? 1u : 0u) << "cut at byte " << at << ": a row cut in two is counted as lost";
  }
  EXPECT_GT(previous, 0) << "the later cut points leave a usable recording";
}

}  // namespace
}  // namespace tobii::study
