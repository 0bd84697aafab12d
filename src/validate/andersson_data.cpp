#include "tobii/validate/andersson_data.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <memory>
#include <system_error>

#include <fmt/format.h>

#include "events/detector.h"
#include "io/fields.h"
#include "study/recording_pass.h"
#include "tobii/recording_result.h"

namespace tobii::validate {

namespace {

constexpr std::string_view kSamplesHeader = "t_us,pupil_h_px,pupil_v_px,x_px,y_px,label";
constexpr std::string_view kSampleColumns[] = {"t_us", "pupil_h_px", "pupil_v_px", "x_px", "y_px", "label"};
enum SampleColumn { kTime = 0, kPupilH, kPupilV, kX, kY, kCode, kSampleColumnCount };
constexpr std::string_view kPublishedHeader = "sample,coderMN,coderRA,CDT,EK,IDT,IDTk,IKF,IMST,IHMM,IVT,NH,BIT,LNS";
constexpr std::size_t kPublishedFirstAlgorithm = 3;  // after sample, coderMN, coderRA
constexpr Label kLastCoderCode = kUndefinedCode;
constexpr Label kLastAlgorithmCode = kUndefinedCode;  // LNS gives blinks (5) too
constexpr std::size_t kChunkSamples = 4096;  // as the Pro Lab reader's chunks

// One row of a coder's file as read.
struct Row {
  bool has_time = false;
  std::int64_t t_us = 0;
  double pupil_h = 0, pupil_v = 0;
  double x_px = 0, y_px = 0;
  Label label = 0;
  int line = 0;
};

// One coder's file: its rows, padding dropped.
struct CoderFile {
  std::string name;
  std::vector<Row> rows;
};

std::string Where(const std::string& file, int line, std::size_t column) {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

Status Expected(const std::string& file, int line, std::size_t column, std::string_view what,
                std::string_view found) {
  return Status::Error(Where(file, line, column) + "expected " + std::string(what) + ", found \"" +
                       std::string(found) + "\"");
}

bool ParseInt(std::string_view text, std::int64_t* value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

bool ParseDouble(std::string_view text, double* value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

// A label code 0..last.
bool ParseLabel(std::string_view text, Label last, Label* label) {
  std::int64_t value = 0;
  if (!ParseInt(text, &value) || value < 0 || value > last) return false;
  *label = static_cast<Label>(value);
  return true;
}

// The file's lines, without a BOM or line-end characters. The header must
// be `header`.
Status ReadLines(const std::filesystem::path& path, std::string_view header, std::vector<std::string>* lines) {
  const std::string name = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(name + ": cannot open");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (lines->empty() && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    lines->push_back(line);
  }
  if (lines->empty() || (*lines)[0] != header) {
    return Expected(name, 1, 1, "the header \"" + std::string(header) + "\"", lines->empty() ? "" : (*lines)[0]);
  }
  return Status::Ok();
}

Status ReadCoderFile(const std::filesystem::path& path, CoderFile* file) {
  file->name = path.string();
  std::vector<std::string> lines;
  if (Status s = ReadLines(path, kSamplesHeader, &lines); !s.ok()) return s;
  for (std::size_t l = 1; l < lines.size(); ++l) {
    const int line = static_cast<int>(l) + 1;
    if (lines[l].empty() && l + 1 == lines.size()) break;
    const auto fields = io::SplitFields(lines[l], ',');
    if (fields.size() != kSampleColumnCount) {
      return Expected(file->name, line, 1, "6 fields (" + std::string(kSamplesHeader) + ")", lines[l]);
    }
    Row row;
    row.line = line;
    row.has_time = !fields[kTime].empty();
    if (row.has_time && !ParseInt(fields[kTime], &row.t_us)) {
      return Expected(file->name, line, kTime + 1, "whole microseconds or nothing in 't_us'", fields[kTime]);
    }
    double* const numbers[] = {nullptr, &row.pupil_h, &row.pupil_v, &row.x_px, &row.y_px};
    for (int c = kPupilH; c <= kY; ++c) {
      // An empty field is a NaN of the original (MANIFEST.md): data loss.
      if (fields[c].empty()) {
        *numbers[c] = 0;
        continue;
      }
      if (!ParseDouble(fields[c], numbers[c])) {
        return Expected(file->name, line, c + 1, "a number in '" + std::string(kSampleColumns[c]) + "'", fields[c]);
      }
    }
    if (!ParseLabel(fields[kCode], kLastCoderCode, &row.label) || row.label == kNoCode) {
      return Expected(file->name, line, kCode + 1, "a label code 1-6 in 'label'", fields[kCode]);
    }
    file->rows.push_back(row);
  }
  // The labelling tool pads some files with rows of zeros at the end.
  while (!file->rows.empty()) {
    const Row& last = file->rows.back();
    const bool padding = last.has_time && last.t_us == 0 && last.pupil_h == 0 && last.pupil_v == 0 &&
                         last.x_px == 0 && last.y_px == 0;
    if (!padding) break;
    file->rows.pop_back();
  }
  if (file->rows.empty()) return Expected(file->name, 2, 1, "samples", "");
  return Status::Ok();
}

// The samples of `file`'s first `count` rows.
Status ToSamples(const CoderFile& file, std::size_t count, std::vector<Sample>* samples) {
  const bool stamped = file.rows[0].has_time;
  samples->clear();
  samples->reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const Row& row = file.rows[i];
    Sample sample;
    if (row.has_time != stamped) {
      return Expected(file.name, row.line, kTime + 1,
                      stamped ? "a time stamp, as in the first row" : "no time stamp, as in the first row",
                      row.has_time ? std::to_string(row.t_us) : "");
    }
    sample.time_us = stamped ? row.t_us - file.rows[0].t_us
                             : static_cast<std::int64_t>(i) * kAnderssonSampleIntervalUs;
    if (i > 0 && sample.time_us <= samples->back().time_us) {
      return Expected(file.name, row.line, kTime + 1,
                      "a time after the previous row's " + std::to_string(file.rows[i - 1].t_us),
                      std::to_string(row.t_us));
    }
    const bool lost = row.x_px == 0 && row.y_px == 0;
    if (!lost) {
      sample.left.valid = true;
      sample.left.gaze_x_px = static_cast<float>(row.x_px);
      sample.left.gaze_y_px = static_cast<float>(row.y_px);
      sample.gaze_x_px = sample.left.gaze_x_px;
      sample.gaze_y_px = sample.left.gaze_y_px;
    }
    samples->push_back(sample);
  }
  return Status::Ok();
}

Status ReadPublished(const std::filesystem::path& path, AnderssonRecording* recording) {
  const std::string name = path.string();
  std::vector<std::string> lines;
  if (Status s = ReadLines(path, kPublishedHeader, &lines); !s.ok()) return s;
  while (lines.size() > 1 && lines.back().empty()) lines.pop_back();
  const std::size_t n = recording->samples.size();
  const std::size_t rows = lines.size() - 1;
  if (rows != n) {
    return Expected(name, static_cast<int>(std::min(rows, n)) + 2, 1,
                    std::to_string(n) + " rows, one per sample of the coders' shorter file",
                    std::to_string(rows) + " rows");
  }
  const std::size_t columns = kPublishedFirstAlgorithm + kPublishedAlgorithms.size();
  for (auto& labels : recording->published) labels.assign(n, kNoCode);
  for (std::size_t i = 0; i < n; ++i) {
    const int line = static_cast<int>(i) + 2;
    const auto fields = io::SplitFields(lines[i + 1], ',');
    if (fields.size() != columns) {
      return Expected(name, line, 1, std::to_string(columns) + " fields (" + std::string(kPublishedHeader) + ")",
                      lines[i + 1]);
    }
    std::int64_t sample = 0;
    if (!ParseInt(fields[0], &sample) || sample != static_cast<std::int64_t>(i)) {
      return Expected(name, line, 1, "sample " + std::to_string(i), fields[0]);
    }
    const Label coders[] = {recording->coder_mn[i], recording->coder_ra[i]};
    for (std::size_t c = 0; c < 2; ++c) {
      Label label = 0;
      if (!ParseLabel(fields[1 + c], kLastCoderCode, &label) || label != coders[c]) {
        return Expected(name, line, 2 + c,
                        std::string("the label of the coder file, ") + std::to_string(int{coders[c]}), fields[1 + c]);
      }
    }
    for (std::size_t a = 0; a < kPublishedAlgorithms.size(); ++a) {
      const std::size_t column = kPublishedFirstAlgorithm + a;
      if (!ParseLabel(fields[column], kLastAlgorithmCode, &recording->published[a][i])) {
        return Expected(name, line, column + 1,
                        "a label code 0-6 in '" + std::string(kPublishedAlgorithms[a]) + "'", fields[column]);
      }
    }
  }
  return Status::Ok();
}

}  // namespace

ScreenGeometry AnderssonScreen() {
  return {.width_px = kAnderssonScreenWidthPx,
          .height_px = kAnderssonScreenHeightPx,
          .width_mm = kAnderssonScreenWidthMm,
          .height_mm = kAnderssonScreenHeightMm,
          .distance_mm = kAnderssonViewingDistanceMm};
}

std::string_view StimulusName(Stimulus stimulus) {
  switch (stimulus) {
    case Stimulus::kImages:
      return "images";
    case Stimulus::kDots:
      return "dots";
    case Stimulus::kVideos:
      return "videos";
  }
  return "?";
}

Status ReadAnderssonRecording(const std::filesystem::path& mn_csv, const std::filesystem::path& ra_csv,
                              const std::filesystem::path& published_csv, Stimulus stimulus,
                              AnderssonRecording* recording) {
  CoderFile mn, ra;
  if (Status s = ReadCoderFile(mn_csv, &mn); !s.ok()) return s;
  if (Status s = ReadCoderFile(ra_csv, &ra); !s.ok()) return s;
  const std::size_t n = std::min(mn.rows.size(), ra.rows.size());
  // Both coders labelled the same samples.
  for (std::size_t i = 0; i < n; ++i) {
    const Row& a = mn.rows[i];
    const Row& b = ra.rows[i];
    const std::string same = "the sample of " + mn.name + ":" + std::to_string(a.line);
    if (a.has_time != b.has_time || a.t_us != b.t_us) {
      return Expected(ra.name, b.line, kTime + 1, same, b.has_time ? std::to_string(b.t_us) : "");
    }
    if (a.x_px != b.x_px || a.y_px != b.y_px) {
      return Expected(ra.name, b.line, a.x_px != b.x_px ? kX + 1 : kY + 1, same,
                      fmt::format("{},{}", b.x_px, b.y_px));
    }
  }
  std::string stem = mn_csv.stem().string();
  if (const std::size_t at = stem.rfind("_labelled_"); at != std::string::npos) stem.erase(at);
  recording->name = stem;
  recording->stimulus = stimulus;
  if (Status s = ToSamples(mn, n, &recording->samples); !s.ok()) return s;
  recording->coder_mn.resize(n);
  recording->coder_ra.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    recording->coder_mn[i] = mn.rows[i].label;
    recording->coder_ra[i] = ra.rows[i].label;
  }
  for (auto& labels : recording->published) labels.clear();
  if (!published_csv.empty()) return ReadPublished(published_csv, recording);
  return Status::Ok();
}

Status ReadAndersson(const std::filesystem::path& folder, std::vector<AnderssonRecording>* recordings) {
  const std::filesystem::path article = folder / "csv" / "article";
  const std::filesystem::path published = folder / "reference_results" / "algorithm_labels";
  const char* const folders[] = {"img", "dots", "video"};
  recordings->clear();
  for (std::size_t k = 0; k < kStimuli.size(); ++k) {
    const std::filesystem::path dir = article / folders[k];
    std::error_code error;
    std::vector<std::filesystem::path> mn_files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
      const std::string file = entry.path().filename().string();
      if (file.ends_with("_labelled_MN.csv")) mn_files.push_back(entry.path());
    }
    if (error) {
      return Status::Error(dir.string() + ": expected the folder of Andersson et al. (2017) CSV files, found " +
                           error.message());
    }
    if (mn_files.empty()) {
      return Status::Error(dir.string() + ": expected *_labelled_MN.csv files, found none");
    }
    std::sort(mn_files.begin(), mn_files.end());
    for (const std::filesystem::path& mn : mn_files) {
      std::string ra_name = mn.filename().string();
      ra_name.replace(ra_name.size() - std::string_view("MN.csv").size(), 2, "RA");
      const std::filesystem::path ra = mn.parent_path() / ra_name;
      std::string stem = mn.filename().string();
      stem.erase(stem.size() - std::string_view("_labelled_MN.csv").size());
      AnderssonRecording recording;
      if (Status s = ReadAnderssonRecording(mn, ra, published / (stem + ".csv"), kStimuli[k], &recording); !s.ok()) {
        return s;
      }
      recordings->push_back(std::move(recording));
    }
  }
  return Status::Ok();
}

Status LabelWithDetector(const AnderssonRecording& recording, const Settings& settings, const ScreenGeometry& screen,
                         std::vector<Label>* labels, std::int64_t* claimed_twice) {
  std::unique_ptr<events::Detector> detector;
  if (Status s = events::MakeDetector(settings, screen, &detector); !s.ok()) return s;
  std::vector<Event> events;
  study::PassCallbacks callbacks;
  callbacks.on_events = [&events](std::span<const Event> batch) {
    events.insert(events.end(), batch.begin(), batch.end());
  };
  study::SamplePass pass(settings, screen, std::move(detector), callbacks);
  const std::span<const Sample> samples = recording.samples;
  for (std::size_t at = 0; at < samples.size(); at += kChunkSamples) {
    pass.Push(samples.subspan(at, std::min(kChunkSamples, samples.size() - at)));
  }
  RecordingResult result;
  pass.Finish(&result);
  std::vector<std::int64_t> times_us;
  times_us.reserve(samples.size());
  for (const Sample& sample : samples) times_us.push_back(sample.time_us);
  *claimed_twice = EventsToLabels(times_us, events, labels);
  return Status::Ok();
}

}  // namespace tobii::validate
