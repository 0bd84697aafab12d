#include "tobii/validate/pro_lab_agreement.h"

#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include "io/byte_source.h"
#include "io/column_name.h"
#include "io/fields.h"
#include "io/recording_format.h"
#include "study/recording_pass.h"

namespace tobii::validate {

namespace {

struct TobiiLabels {
  std::vector<SampleLabel> labels;  // one per `Eye Tracker` row
  std::int64_t fixations = 0;       // distinct fixation indices
};

// Tobii's labels, read with a plain whole-file parse that shares nothing
// with the streaming reader but the field splitter.
Status ReadTobiiLabels(const std::string& path, TobiiLabels* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open");
  std::string line;
  std::getline(in, line);
  if (line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
  int sensor = -1, type = -1, index = -1;
  const auto header = io::SplitFields(line, '\t');
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string key = io::ParseColumnName(header[i]).base_key;
    if (key == "sensor") sensor = static_cast<int>(i);
    if (key == "eyemovementtype") type = static_cast<int>(i);
    if (key == "eyemovementtypeindex") index = static_cast<int>(i);
  }
  if (sensor < 0 || type < 0 || index < 0) {
    return Status::Error(path + ":1:1: expected the columns Sensor, Eye movement type and Eye movement type index");
  }
  std::set<std::string> fixation_indices;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto fields = io::SplitFields(line, '\t');
    if (static_cast<int>(fields.size()) <= std::max({sensor, type, index}) || fields[sensor] != "Eye Tracker") continue;
    const std::string_view t = fields[type];
    out->labels.push_back(t == "Fixation" ? kFixationLabel : t == "Saccade" ? kSaccadeLabel : kOtherLabel);
    if (t == "Fixation") fixation_indices.emplace(fields[index]);
  }
  out->fixations = static_cast<std::int64_t>(fixation_indices.size());
  return Status::Ok();
}

// Our label for each sample time, from the events (onset <= t < offset).
Status OurLabels(const std::string& path, const Settings& settings, std::vector<SampleLabel>* labels,
                 std::int64_t* fixations) {
  std::vector<std::int64_t> times;
  {
    std::unique_ptr<io::SampleReader> reader;
    if (Status s = io::OpenSampleReader(io::RecordingFormat::kProLab, path, {}, &reader); !s.ok()) return s;
    if (Status s = reader->Open(); !s.ok()) return s;
    SampleChunk chunk;
    while (true) {
      if (Status s = reader->Next(&chunk); !s.ok()) return s;
      if (chunk.empty()) break;
      for (const Sample& sample : chunk.samples) times.push_back(sample.time_us);
    }
  }
  std::vector<Event> events;
  std::unique_ptr<io::SampleReader> reader;
  if (Status s = io::OpenSampleReader(io::RecordingFormat::kProLab, path, {}, &reader); !s.ok()) return s;
  study::PassCallbacks callbacks;
  callbacks.on_events = [&](std::span<const Event> batch) { events.insert(events.end(), batch.begin(), batch.end()); };
  RecordingResult result;
  if (Status s = study::AnalyseRecording(reader.get(), settings, callbacks, &result); !s.ok()) return s;
  *fixations = result.fixation_count;
  labels->assign(times.size(), kOtherLabel);
  std::size_t e = 0;
  for (std::size_t i = 0; i < times.size(); ++i) {
    while (e < events.size() && events[e].offset_us <= times[i]) ++e;
    if (e < events.size() && events[e].onset_us <= times[i]) {
      if (events[e].type == EventType::kFixation) (*labels)[i] = kFixationLabel;
      if (events[e].type == EventType::kSaccade) (*labels)[i] = kSaccadeLabel;
    }
  }
  return Status::Ok();
}

}  // namespace

Status CompareWithProLab(const std::string& path, const Settings& settings, Agreement* agreement) {
  TobiiLabels tobii;
  if (Status s = ReadTobiiLabels(path, &tobii); !s.ok()) return s;
  std::vector<SampleLabel> ours;
  if (Status s = OurLabels(path, settings, &ours, &agreement->our_fixations); !s.ok()) return s;
  if (ours.size() != tobii.labels.size()) {
    return Status::Error(path + ": " + std::to_string(ours.size()) + " samples read, but " +
                         std::to_string(tobii.labels.size()) + " Eye Tracker rows");
  }
  agreement->samples = static_cast<std::int64_t>(ours.size());
  for (std::size_t i = 0; i < ours.size(); ++i) ++agreement->confusion[tobii.labels[i]][ours[i]];
  agreement->tobii_fixations = tobii.fixations;
  return Status::Ok();
}

}  // namespace tobii::validate
