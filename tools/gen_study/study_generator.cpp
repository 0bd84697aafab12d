// The study level: participants, file layout, the parallel loop over
// recordings, participants.tsv and truth.json.
#include "gen_study/study_generator.h"

#include <fmt/format.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>
#include <system_error>
#include <utility>

#include "gen_study/gaze_model.h"
#include "gen_study/physiology.h"
#include "gen_study/recording_writer.h"
#include "gen_study/stimulus_aois.h"
#include "tobii/atomic_file.h"

namespace tobii::gen {

namespace {

// Random streams besides the per-recording ones (stream = recording index).
constexpr std::uint64_t kParticipantStream = 1ull << 40;
constexpr std::uint64_t kStyleStream = 2ull << 40;
constexpr std::uint64_t kClockStream = 3ull << 40;
// The coder's video starts up to 5 s before the eye tracker records (a
// scene camera started first), and the experimenter claps for sync 1-4 s
// into the recording.
constexpr std::int64_t kVideoLeadMaxMs = 5000;
constexpr std::int64_t kSyncMinMs = 1000, kSyncMaxMs = 4000;
// Participants are adults of working age at two sites.
constexpr int kAgeMin = 20, kAgeMax = 70;
// Session G of participant p is recorded on day 2p (cycling over a study
// year), session L a week later; all were exported at the end.
constexpr std::chrono::sys_days kFirstDay{std::chrono::year{2024} / 1 / 8};
constexpr int kStudyDays = 300;
constexpr int kSessionGapDays = 7;
constexpr int kExportDay = kStudyDays + kSessionGapDays + 14;

struct Participant {
  std::string id, group, sex, site;
  int age = 0;
  ParticipantTraits traits;
};

// Pro Lab follows the Windows locale, and studies mix machines. In each
// block of 8 recordings (1-8, 9-16, ...) a seed-chosen permutation hands out
// the 8 styles below: 4 decimal-comma files, 2 with a BOM and 2 with CR LF
// (one of them both), so any study of 8 or more recordings has all of them.
ExportStyle StyleFor(std::uint64_t seed, int recording) {
  Rng rng(seed, kStyleStream + static_cast<std::uint64_t>(recording / 8));
  int order[8];
  std::iota(order, order + 8, 0);
  for (int i = 7; i > 0; --i) std::swap(order[i], order[rng.Below(static_cast<std::uint64_t>(i) + 1)]);
  const int j = order[recording % 8];
  return {j % 2 == 0, j == 1 || j == 6, j == 3 || j == 6};
}

// Where a recording's data lies in its session's folder, as each format
// names it: Pro Glasses recordings are folders with fixed file names.
std::string DataFileName(io::RecordingFormat format, const std::string& recording) {
  switch (format) {
    case io::RecordingFormat::kProLab:
    case io::RecordingFormat::kTobiiStudio: return recording + ".tsv";
    case io::RecordingFormat::kGlasses3: return recording + "/gazedata.gz";
    case io::RecordingFormat::kGlasses2: return recording + "/livedata.json.gz";
    case io::RecordingFormat::kProSdk: return recording + ".csv";
  }
  return recording;
}

// The study's AOI definitions (stimulus_aois.h: AoisToml).
constexpr const char* kAoisFileName = "aois.toml";

// Both ways to AOIs are exercised: every study defines its AOIs in
// aois.toml, and the second session of each participant (the odd
// recordings), when a Pro Lab export, also carries `AOI hit` columns.
bool HasAoiHitColumns(int recording) { return recording % 2 == 1; }

// A Pro SDK dump does not say whose it is: the study config reads the
// participant from its file name, `<participant>_<session>.csv`.
constexpr const char* kSdkStudyConfig =
    "# Pro SDK dumps do not name their participant: take it from the file name.\n"
    "names-from-path = \"data_*/{participant}_*.csv\"\n";

// The study folder must be new, empty, or a study this generator wrote
// before (it has truth.json), whose files are then removed so that no
// export of the old study is left beside the new one.
Status PrepareFolder(const std::filesystem::path& out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(out / "truth.json", ec)) {
    for (const char* owned :
         {"data_G", "data_L", "boris", "truth", "participants.tsv", "sync.csv", "truth.json", "study.toml",
          kAoisFileName}) {
      fs::remove_all(out / owned, ec);
      if (ec) return Status::Error((out / owned).string() + ": cannot remove the old study's files: " + ec.message());
    }
  } else if (fs::exists(out, ec) && !fs::is_empty(out, ec)) {
    return Status::Error(out.string() + ": the folder is not empty and holds no generated study: choose another");
  }
  fs::create_directories(out, ec);
  if (ec) return Status::Error(out.string() + ": cannot create folder: " + ec.message());
  return Status::Ok();
}

nlohmann::ordered_json TruthJson(const StudyOptions& options, const std::vector<Participant>& participants,
                                 const std::vector<RecordingSpec>& specs, const GeneratedStudy& study) {
  using Json = nlohmann::ordered_json;
  Json truth;
  // `out` and `jobs` do not change any byte, so they are left out.
  Json formats = Json::array();
  for (io::RecordingFormat f : options.formats) formats.push_back(io::FormatKey(f));
  truth["generator"] = {{"recordings", options.recordings},
                        {"formats", formats},
                        {"minutes", options.minutes},
                        {"hz", options.hz},
                        {"seed", options.seed},
                        {"boris", options.boris}};
  truth["screen"] = {{"width_px", kScreenWidthPx},
                     {"height_px", kScreenHeightPx},
                     {"width_mm", kScreenWidthMm},
                     {"height_mm", kScreenHeightMm},
                     {"distance_mm", kViewingDistanceMm}};
  truth["planted"] = {
      {"fixation_duration_mean_ms",
       {{"Control", kFixationMeanMsControl}, {"Patient", kFixationMeanMsPatient}}},
      {"fixation_duration_range_ms", {kFixationMinMs, kFixationMaxMs}},
      // The centre of each group's fixation targets, px from the top.
      {"fixation_centre_y_px",
       {{"Control", FixationCentreYMm(false) * kScreenHeightPx / kScreenHeightMm},
        {"Patient", FixationCentreYMm(true) * kScreenHeightPx / kScreenHeightMm}}},
      {"pupil_baseline_mm", {{"Control", kPupilBaselineMmControl}, {"Patient", kPupilBaselineMmPatient}}},
      {"blink_rate_per_min", {{"Control", kBlinkRatePerMinControl}, {"Patient", kBlinkRatePerMinPatient}}},
      {"blink_duration_range_ms", {kBlinkMinMs, kBlinkMaxMs}},
      {"talking_pupil_increase_mm", kTalkingPupilMm},
      {"stimulus_pupil_peak_mm", kStimulusPupilPeakMm},
      {"saccade_duration_ms", {{"per_deg", kSaccadeMsPerDeg}, {"intercept", kSaccadeInterceptMs}}},
      {"saccade_peak_over_mean_velocity", kMinimumJerkPeakOverMean},
      {"gaze_noise_deg", options.gaze_noise_deg},
      // While an image is shown, the share of saccades aimed at each of its
      // AOIs (physiology.h); the face includes the eyes and the mouth.
      {"aoi_aim_share",
       {{"Control", {{"eyes", kAimEyesControl}, {"mouth", kAimMouthControl}, {"text", kAimText}}},
        {"Patient", {{"eyes", kAimEyesPatient}, {"mouth", kAimMouthPatient}, {"text", kAimText}}}}}};
  truth["aois_file"] = kAoisFileName;
  truth["participants"] = Json::array();
  for (const Participant& p : participants) {
    truth["participants"].push_back({{"participant_id", p.id},
                                     {"group", p.group},
                                     {"age", p.age},
                                     {"sex", p.sex},
                                     {"site", p.site},
                                     {"fixation_duration_mean_ms", p.traits.fixation_mean_ms},
                                     {"pupil_baseline_mm", p.traits.pupil_baseline_mm}});
  }
  truth["recordings"] = Json::array();
  for (std::size_t i = 0; i < study.recordings.size(); ++i) {
    const GeneratedRecording& r = study.recordings[i];
    truth["recordings"].push_back(
        {{"file", r.file},
         {"format", r.format},
         {"participant_id", r.participant_id},
         {"recording", r.recording},
         {"group", r.group},
         {"decimal_comma", r.decimal_comma},
         {"bom", r.bom},
         {"crlf", r.crlf},
         {"samples", r.samples},
         {"bytes", r.bytes},
         {"duration_s", r.duration_s},
         {"fixation_count", r.fixation_count},
         {"fixation_duration_mean_ms", r.fixation_duration_mean_ms},
         {"fixation_y_mean_px", r.fixation_y_mean_px},
         {"saccade_count", r.saccade_count},
         {"blink_count", r.blink_count},
         {"pupil_mean_mm", r.pupil_mean_mm},
         {"video_lead_s", r.video_lead_s},
         {"sync_s", r.sync_s},
         {"events_file", specs[i].events_file},
         {"aois_file", r.aois_file},
         {"aoi_hit_columns", r.aoi_hit_columns},
         {"boris_file", specs[i].boris_file.empty() ? Json(nullptr) : Json(specs[i].boris_file)},
         {"boris_format", specs[i].boris_file.empty() ? Json(nullptr) : Json(BorisFormatName(specs[i].boris_format))}});
  }
  return truth;
}

}  // namespace

Status GenerateStudy(const StudyOptions& options, GeneratedStudy* study) {
  if (options.out.empty()) return Status::Error("generate: no output folder given");
  if (options.recordings < 1) return Status::Error("generate: --recordings must be at least 1");
  if (!(options.minutes > 0) || options.minutes > 24 * 60) {
    return Status::Error("generate: --minutes must be in (0, 1440]");
  }
  if (!(options.gaze_noise_deg >= 0) || options.gaze_noise_deg > 5) {
    return Status::Error("generate: --gaze-noise-deg must be between 0 and 5 degrees");
  }
  if (!(options.hz >= 10) || options.hz > 10000) {
    return Status::Error("generate: --hz must be in [10, 10000]");
  }
  if (options.formats.empty()) return Status::Error("generate: --formats must name at least one format");
  if (Status s = PrepareFolder(options.out); !s.ok()) return s;

  std::vector<Participant> participants((options.recordings + 1) / 2);
  for (std::size_t p = 0; p < participants.size(); ++p) {
    Rng rng(options.seed, kParticipantStream + p);
    Participant& person = participants[p];
    const bool patient = p % 2 == 0;
    person.id = fmt::format("P{:03}", p + 1);
    person.group = patient ? "Patient" : "Control";
    person.traits = DrawParticipantTraits(patient, &rng);
    person.age = kAgeMin + static_cast<int>(rng.Below(kAgeMax - kAgeMin + 1));
    person.sex = rng.Chance(0.5) ? "F" : "M";
    person.site = rng.Chance(0.5) ? "A" : "B";
  }

  std::vector<RecordingSpec> specs(static_cast<std::size_t>(options.recordings));
  for (int r = 0; r < options.recordings; ++r) {
    const Participant& person = participants[static_cast<std::size_t>(r / 2)];
    const std::string session = r % 2 == 0 ? "G" : "L";
    RecordingSpec& spec = specs[static_cast<std::size_t>(r)];
    spec.index = r;
    spec.participant_id = person.id;
    spec.recording = person.id + "_" + session;
    spec.group = person.group;
    spec.traits = person.traits;
    spec.style = StyleFor(options.seed, r);
    spec.day = kFirstDay + std::chrono::days((r / 2 * 2) % kStudyDays + (r % 2) * kSessionGapDays);
    spec.export_day = kFirstDay + std::chrono::days(kExportDay);
    spec.study = options.out;
    spec.format = options.formats[static_cast<std::size_t>(r) % options.formats.size()];
    spec.export_file = "data_" + session + "/" + DataFileName(spec.format, spec.recording);
    spec.events_file = "truth/" + spec.recording + "_events.csv";
    spec.aois_file = "truth/" + spec.recording + "_aois.csv";
    spec.aoi_hit_columns = HasAoiHitColumns(r);
    // Every format BORIS writes events in, in turn, so a study of five or
    // more recordings exercises every reader.
    spec.boris_format = kBorisFormats[r % std::size(kBorisFormats)];
    if (options.boris) spec.boris_file = "boris/" + spec.recording + BorisExtension(spec.boris_format);
    Rng clock(options.seed, kClockStream + static_cast<std::uint64_t>(r));
    spec.video_lead_ms = static_cast<std::int64_t>(clock.Below(kVideoLeadMaxMs + 1));
    spec.sync_ms = kSyncMinMs + static_cast<std::int64_t>(clock.Below(kSyncMaxMs - kSyncMinMs + 1));
  }

  GeneratedStudy result;
  result.recordings.resize(specs.size());
  std::vector<Status> statuses(specs.size());
  tbb::task_arena arena(options.jobs > 0 ? options.jobs : tbb::task_arena::automatic);
  arena.execute([&] {
    tbb::parallel_for(std::size_t{0}, specs.size(), [&](std::size_t r) {
      statuses[r] = WriteRecording(options, specs[r], &result.recordings[r]);
    });
  });
  for (const Status& s : statuses) {
    if (!s.ok()) return s;
  }
  for (const GeneratedRecording& r : result.recordings) result.bytes += r.bytes;

  std::string table = "participant_id\tgroup\tage\tsex\tsite\n";
  for (const Participant& p : participants) {
    table += fmt::format("{}\t{}\t{}\t{}\t{}\n", p.id, p.group, p.age, p.sex, p.site);
  }
  if (Status s = io::WriteFileAtomically(options.out / "participants.tsv", table); !s.ok()) return s;
  if (options.boris) {
    // Each recording's video lead, as a researcher would note it.
    std::string sync = "participant_id,recording,offset_s\n";
    for (const GeneratedRecording& r : result.recordings) {
      sync += fmt::format("{},{},{:.3f}\n", r.participant_id, r.recording, r.video_lead_s);
    }
    if (Status s = io::WriteFileAtomically(options.out / "sync.csv", sync); !s.ok()) return s;
  }
  int images = 0;
  for (const GeneratedRecording& r : result.recordings) images = std::max(images, r.images_shown);
  if (Status s = io::WriteFileAtomically(options.out / kAoisFileName, AoisToml(images)); !s.ok()) return s;
  if (std::find(options.formats.begin(), options.formats.end(), io::RecordingFormat::kProSdk) != options.formats.end()) {
    if (Status s = io::WriteFileAtomically(options.out / "study.toml", kSdkStudyConfig); !s.ok()) return s;
  }
  const std::string truth = TruthJson(options, participants, specs, result).dump(2) + "\n";
  if (Status s = io::WriteFileAtomically(options.out / "truth.json", truth); !s.ok()) return s;
  if (study != nullptr) *study = std::move(result);
  return Status::Ok();
}

}  // namespace tobii::gen
