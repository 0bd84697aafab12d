// Our event detectors against the human coders of Andersson et al. (2017),
// on their hand-labelled 500 Hz data (../shared/data/real/andersson2017/,
// MANIFEST.md; the paper's numbers in
// ../shared/reference/andersson2017-table.md; doc/algorithms/andersson2017.md).
//
// First the scorer itself: applied to the published algorithms' own
// per-sample output it must give the paper's kappas, misclassification
// and event statistics. Then every registered detector of ours is scored
// and printed, and the default one held to floors it reaches.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "events/detector.h"
#include "support/temp_dir.h"
#include "tobii/validate/agreement_scores.h"
#include "tobii/validate/andersson_data.h"

namespace tobii::validate {
namespace {

std::filesystem::path DataDir() { return testing::SharedDir() / "data/real/andersson2017"; }

std::size_t PublishedIndex(std::string_view name) {
  for (std::size_t a = 0; a < kPublishedAlgorithms.size(); ++a) {
    if (kPublishedAlgorithms[a] == name) return a;
  }
  ADD_FAILURE() << "no published algorithm " << name;
  return 0;
}

class AnderssonAgreement : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(DataDir() / "csv/article")) return;
    recordings_ = new std::vector<AnderssonRecording>;
    read_ = ReadAndersson(DataDir(), recordings_);
  }
  static void TearDownTestSuite() {
    delete recordings_;
    recordings_ = nullptr;
  }
  void SetUp() override {
    if (recordings_ == nullptr) GTEST_SKIP() << "Andersson et al. (2017) data not found at " << DataDir();
    ASSERT_TRUE(read_.ok()) << read_.message();
  }

  // One labelling per recording of `stimulus`, scored against both coders.
  static CoderAgreement Score(Stimulus stimulus,
                              const std::function<std::vector<Label>(const AnderssonRecording&)>& labels) {
    CoderAgreement scores;
    for (const AnderssonRecording& r : *recordings_) {
      if (r.stimulus == stimulus) scores.Add(labels(r), r.coder_mn, r.coder_ra);
    }
    return scores;
  }
  static CoderAgreement ScorePublished(Stimulus stimulus, std::string_view name) {
    const std::size_t a = PublishedIndex(name);
    return Score(stimulus, [a](const AnderssonRecording& r) { return r.published[a]; });
  }
  static CoderAgreement ScoreOurs(Stimulus stimulus, const std::string& detector,
                                  const IvtSettings& ivt = IvtSettings::Fixation()) {
    Settings settings;
    settings.detector = detector;
    settings.ivt = ivt;
    return Score(stimulus, [&settings](const AnderssonRecording& r) {
      std::vector<Label> labels;
      std::int64_t claimed_twice = 0;
      const Status s = LabelWithDetector(r, settings, AnderssonScreen(), &labels, &claimed_twice);
      EXPECT_TRUE(s.ok()) << s.message();
      EXPECT_EQ(claimed_twice, 0) << r.name << ": samples in two events";
      return labels;
    });
  }

  static std::vector<AnderssonRecording>* recordings_;
  static Status read_;
};

std::vector<AnderssonRecording>* AnderssonAgreement::recordings_ = nullptr;
Status AnderssonAgreement::read_;

TEST_F(AnderssonAgreement, ReadsThePapersSamples) {
  int count[3] = {0, 0, 0};
  std::int64_t samples[3] = {0, 0, 0};
  for (const AnderssonRecording& r : *recordings_) {
    const auto k = static_cast<std::size_t>(r.stimulus);
    ++count[k];
    samples[k] += static_cast<std::int64_t>(r.samples.size());
    ASSERT_EQ(r.coder_mn.size(), r.samples.size());
    ASSERT_EQ(r.published[0].size(), r.samples.size());
  }
  // 14 / 11 / 9 recordings; the paper's noStimSamp.
  EXPECT_EQ(count[0], 14);
  EXPECT_EQ(count[1], 11);
  EXPECT_EQ(count[2], 9);
  EXPECT_EQ(samples[0], 63849);
  EXPECT_EQ(samples[1], 10994);
  EXPECT_EQ(samples[2], 29029);
}

TEST_F(AnderssonAgreement, ScoringThePublishedLabelsReproducesThePaper) {
  constexpr double kKappaTolerance = 0.001;  // the table gives three decimals
  // Fixation kappa (the paper's, both coders stacked).
  EXPECT_NEAR(ScorePublished(Stimulus::kImages, "IVT").KappaStacked(kFixationCode), 0.667, kKappaTolerance);
  EXPECT_NEAR(ScorePublished(Stimulus::kImages, "IHMM").KappaStacked(kFixationCode), 0.674, kKappaTolerance);
  EXPECT_NEAR(ScorePublished(Stimulus::kVideos, "IVT").KappaStacked(kFixationCode), 0.128, kKappaTolerance);
  EXPECT_NEAR(ScorePublished(Stimulus::kDots, "NH").KappaStacked(kFixationCode), -0.198, kKappaTolerance);
  // Saccade kappa.
  EXPECT_NEAR(ScorePublished(Stimulus::kImages, "LNS").KappaStacked(kSaccadeCode), 0.807, kKappaTolerance);
  EXPECT_NEAR(ScorePublished(Stimulus::kImages, "EK").KappaStacked(kSaccadeCode), 0.635, kKappaTolerance);
  EXPECT_NEAR(ScorePublished(Stimulus::kImages, "IVT").KappaStacked(kSaccadeCode), 0.750, kKappaTolerance);
  EXPECT_NEAR(ScorePublished(Stimulus::kDots, "IVT").KappaStacked(kSaccadeCode), 0.626, kKappaTolerance);
  EXPECT_NEAR(ScorePublished(Stimulus::kVideos, "LNS").KappaStacked(kSaccadeCode), 0.806, kKappaTolerance);

  // The coders: MN against both (itself included, as the paper does) and
  // MN against RA directly.
  const CoderAgreement mn = Score(Stimulus::kImages, [](const AnderssonRecording& r) { return r.coder_mn; });
  EXPECT_NEAR(mn.KappaStacked(kFixationCode), 0.918, kKappaTolerance);
  EXPECT_NEAR(mn.KappaStacked(kSaccadeCode), 0.953, kKappaTolerance);
  EXPECT_NEAR(mn.KappaVsRa(kFixationCode), 0.840, kKappaTolerance);
  EXPECT_NEAR(mn.KappaVsRa(kSaccadeCode), 0.906, kKappaTolerance);
  const CoderAgreement mn_dots = Score(Stimulus::kDots, [](const AnderssonRecording& r) { return r.coder_mn; });
  EXPECT_NEAR(mn_dots.KappaVsRa(kSaccadeCode), 0.813, kKappaTolerance);

  // Misclassification, percent, mean over the two coders; for a coder the
  // paper gives its disagreement with the other one.
  EXPECT_NEAR(100 * ScorePublished(Stimulus::kImages, "IVT").Misclassification(), 19.4, 0.1);
  EXPECT_NEAR(100 * ScorePublished(Stimulus::kImages, "EK").Misclassification(), 91.9, 0.1);
  EXPECT_NEAR(100 * ScorePublished(Stimulus::kVideos, "IHMM").Misclassification(), 59.3, 0.1);
  EXPECT_NEAR(100 * mn.MisclassificationVsRa(), 6.8, 0.1);

  // Event statistics: runs not touching a recording's ends, 2 ms a sample.
  const EventStats ivt_fixations = ScorePublished(Stimulus::kImages, "IVT").Fixations(kAnderssonSampleRateHz);
  EXPECT_EQ(ivt_fixations.count, 827);
  EXPECT_NEAR(ivt_fixations.mean_ms, 113.7, 0.05);
  EXPECT_NEAR(ivt_fixations.sd_ms, 204.2, 0.05);
  const EventStats mn_fixations = mn.Fixations(kAnderssonSampleRateHz);
  EXPECT_EQ(mn_fixations.count, 380);
  EXPECT_NEAR(mn_fixations.mean_ms, 248.2, 0.05);
  const EventStats mn_saccades = mn.Saccades(kAnderssonSampleRateHz);
  EXPECT_EQ(mn_saccades.count, 376);
  EXPECT_NEAR(mn_saccades.mean_ms, 29.5, 0.05);
  EXPECT_NEAR(mn_saccades.sd_ms, 16.8, 0.05);
  const EventStats lns_saccades = ScorePublished(Stimulus::kImages, "LNS").Saccades(kAnderssonSampleRateHz);
  EXPECT_EQ(lns_saccades.count, 390);
  EXPECT_NEAR(lns_saccades.mean_ms, 29.2, 0.05);
}

void PrintRow(const std::string& name, const CoderAgreement& s) {
  const EventStats f = s.Fixations(kAnderssonSampleRateHz);
  const EventStats c = s.Saccades(kAnderssonSampleRateHz);
  std::printf(
      "images %-16s fixation kappa %.3f (MN %.3f, RA %.3f), saccade kappa %.3f (MN %.3f, RA %.3f), "
      "misclassified %.1f %%, fixations %lld %.1f +- %.1f ms, saccades %lld %.1f +- %.1f ms\n",
      name.c_str(), s.KappaStacked(kFixationCode), s.KappaVsMn(kFixationCode), s.KappaVsRa(kFixationCode),
      s.KappaStacked(kSaccadeCode), s.KappaVsMn(kSaccadeCode), s.KappaVsRa(kSaccadeCode),
      100 * s.Misclassification(), static_cast<long long>(f.count), f.mean_ms, f.sd_ms,
      static_cast<long long>(c.count), c.mean_ms, c.sd_ms);
}

TEST_F(AnderssonAgreement, EveryDetectorOfOursIsScoredOnImages) {
  PrintRow("published IVT", ScorePublished(Stimulus::kImages, "IVT"));
  for (const events::DetectorInfo& detector : events::RegisteredDetectors()) {
    const CoderAgreement s = ScoreOurs(Stimulus::kImages, std::string(detector.name));
    PrintRow("ours " + std::string(detector.name), s);
    EXPECT_EQ(s.samples(), 63849);
    EXPECT_GT(s.Labelled(kFixationCode), 0) << detector.name;
    EXPECT_GT(s.Labelled(kSaccadeCode), 0) << detector.name;
  }
}

TEST_F(AnderssonAgreement, DefaultDetectorBeatsThePublishedFixationKappasOnImages) {
  const CoderAgreement ours = ScoreOurs(Stimulus::kImages, kDefaultDetector);
  double best_published = -1;
  for (const std::string_view name : kPublishedAlgorithms) {
    best_published = std::max(best_published, ScorePublished(Stimulus::kImages, name).KappaStacked(kFixationCode));
  }
  EXPECT_NEAR(best_published, 0.674, 0.001);  // IHMM
  // Floors a little below what our default (I-VT, 30 deg/s, 20 ms window,
  // merging and discarding) measured; doc/algorithms/andersson2017.md.
  // Fixation kappa measured 0.748, above every published algorithm.
  EXPECT_GT(ours.KappaStacked(kFixationCode), best_published);
  EXPECT_GE(ours.KappaStacked(kFixationCode), 0.72);
  // Saccade kappa measured 0.667: below the paper's IVT (0.750) and LNS
  // (0.807). Human PSO becomes extra saccades, blink edges too.
  EXPECT_GE(ours.KappaStacked(kSaccadeCode), 0.64);
  // Misclassification measured 16.1 %, every published algorithm >= 19.4 %.
  EXPECT_LE(100 * ours.Misclassification(), 17.0);
  // Fixations measured 372 (coders 380 and 369), mean 262.9 ms (248, 243).
  const EventStats fixations = ours.Fixations(kAnderssonSampleRateHz);
  EXPECT_GE(fixations.count, 330);
  EXPECT_LE(fixations.count, 420);
  EXPECT_NEAR(fixations.mean_ms, 255, 25);
  // Saccades measured 588, mean 30.8 ms (coders 376 and 372, 29.5 and
  // 30.6 ms): their durations are the humans', their number is not.
  const EventStats saccades = ours.Saccades(kAnderssonSampleRateHz);
  EXPECT_NEAR(saccades.mean_ms, 30, 5);
}

// The "coders" preset: Pro Lab's filter without saccades at blink edges and
// post-saccadic oscillations. Its 40 ms was chosen on this same data, so
// this is a check of the preset, not an independent validation.
TEST_F(AnderssonAgreement, CodersPresetBeatsEveryPublishedAlgorithmOnImages) {
  const CoderAgreement ours = ScoreOurs(Stimulus::kImages, "ivt", IvtSettings::Coders());
  PrintRow("ours ivt --ivt-preset coders", ours);
  double best_fixation = -1, best_saccade = -1;
  for (const std::string_view name : kPublishedAlgorithms) {
    const CoderAgreement published = ScorePublished(Stimulus::kImages, name);
    best_fixation = std::max(best_fixation, published.KappaStacked(kFixationCode));
    best_saccade = std::max(best_saccade, published.KappaStacked(kSaccadeCode));
  }
  EXPECT_NEAR(best_saccade, 0.807, 0.001);  // LNS
  // Measured 0.748 and 0.820.
  EXPECT_GT(ours.KappaStacked(kFixationCode), best_fixation);
  EXPECT_GT(ours.KappaStacked(kSaccadeCode), best_saccade);
  // Saccades measured 371 (coders 376 and 372).
  const EventStats saccades = ours.Saccades(kAnderssonSampleRateHz);
  EXPECT_GE(saccades.count, 340);
  EXPECT_LE(saccades.count, 410);
}

// The reader, on small files written here (no shared data needed).
class AnderssonData : public ::testing::Test {
 protected:
  std::filesystem::path Write(const std::string& name, const std::string& text) {
    const std::filesystem::path path = dir_.path() / name;
    std::ofstream(path) << text;
    return path;
  }
  Status Read(const std::string& mn, const std::string& ra, AnderssonRecording* recording) {
    return ReadAnderssonRecording(Write("X_img_a_labelled_MN.csv", mn), Write("X_img_a_labelled_RA.csv", ra), {},
                                  Stimulus::kImages, recording);
  }
  testing::TempDir dir_;
};

const std::string kHeader = "t_us,pupil_h_px,pupil_v_px,x_px,y_px,label\n";

TEST_F(AnderssonData, PaddingIsDroppedAndTheCodersAreTruncatedToTheShorterFile) {
  const std::string rows = "5000,19,20,512.5,384.25,1\n7002,19,20,0,0,5\n9001,19,20,520,390,2\n";
  AnderssonRecording r;
  const Status s = Read(kHeader + rows + "11000,19,20,530,391,2\n0,0,0,0,0,2\n", kHeader + rows + "0,0,0,0,0,2\n", &r);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(r.name, "X_img_a");
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[0].time_us, 0);
  EXPECT_EQ(r.samples[1].time_us, 2002);
  EXPECT_EQ(r.samples[2].time_us, 4001);
  EXPECT_TRUE(r.samples[0].left.valid);
  EXPECT_FLOAT_EQ(r.samples[0].left.gaze_x_px, 512.5f);
  EXPECT_FLOAT_EQ(r.samples[0].gaze_y_px, 384.25f);
  EXPECT_FALSE(r.samples[0].right.valid);
  EXPECT_FALSE(r.samples[1].left.valid);  // (0, 0) is data loss
  EXPECT_FALSE(IsPresent(r.samples[1].gaze_x_px));
  EXPECT_EQ(r.coder_mn, (std::vector<Label>{kFixationCode, kBlinkCode, kSaccadeCode}));
}

TEST_F(AnderssonData, FilesWithoutTimeStampsAreAt500Hz) {
  const std::string rows = ",24,21,123.25,22.5,1\n,24,20,123.5,22.75,1\n,24,20,124,23,4\n";
  AnderssonRecording r;
  const Status s = Read(kHeader + rows, kHeader + rows, &r);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[2].time_us, 2 * kAnderssonSampleIntervalUs);
}

TEST_F(AnderssonData, BadInputNamesFileLineAndColumn) {
  const std::string good = "5000,19,20,512.5,384.25,1\n";
  AnderssonRecording r;
  Status s = Read(kHeader + good + "7000,19,20,abc,384,1\n", kHeader + good, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("X_img_a_labelled_MN.csv:3:4: expected a number in 'x_px', found \"abc\""),
            std::string::npos)
      << s.message();

  s = Read(kHeader + "5000,19,20,512.5,384.25,7\n", kHeader + good, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("X_img_a_labelled_MN.csv:2:6: expected a label code 1-6 in 'label', found \"7\""),
            std::string::npos)
      << s.message();

  s = Read("t,x,y\n" + good, kHeader + good, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("X_img_a_labelled_MN.csv:1:1: expected the header"), std::string::npos) << s.message();

  s = Read(kHeader + good, kHeader + "5000,19,20,600,384.25,1\n", &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("X_img_a_labelled_RA.csv:2:4: expected the sample of"), std::string::npos)
      << s.message();

  s = Read(kHeader + good + "4000,19,20,512,384,1\n", kHeader + good + "4000,19,20,512,384,1\n", &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("X_img_a_labelled_MN.csv:3:1: expected a time after the previous row's 5000, found "
                             "\"4000\""),
            std::string::npos)
      << s.message();
}

}  // namespace
}  // namespace tobii::validate
