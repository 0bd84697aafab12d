#include "study/sample_choice.h"

#include <fmt/format.h>

#include <algorithm>

#include "util/text.h"

namespace tobii::study {

namespace {

bool Names(const RecordingInput& input, const std::string& name) {
  using util::EqualsNoCase;
  const std::filesystem::path file(input.file);
  return EqualsNoCase(name, input.recording) || EqualsNoCase(name, file.filename().string()) ||
         EqualsNoCase(name, file.stem().string()) ||
         EqualsNoCase(name, input.participant_id + "/" + input.recording);
}

}  // namespace

std::vector<bool> ChooseSampleRecordings(const std::vector<RecordingInput>& recordings,
                                         const FigureSettings& settings, std::vector<Problem>* problems) {
  std::vector<bool> chosen(recordings.size(), false);
  if (settings.samples.empty()) {
    const std::size_t count =
        std::min(recordings.size(), static_cast<std::size_t>(std::max(0, settings.sample_count)));
    std::fill_n(chosen.begin(), count, true);
    return chosen;
  }
  for (const std::string& name : settings.samples) {
    std::size_t matches = 0;
    for (std::size_t i = 0; i < recordings.size(); ++i) {
      if (!Names(recordings[i], name)) continue;
      chosen[i] = true;
      ++matches;
    }
    if (matches == 0) {
      problems->push_back(
          {"", Severity::kWarning, Stage::kDiscover,
           fmt::format("--sample \"{}\": no recording of that name, file or participant/recording: "
                       "no sample figure for it",
                       name)});
    } else if (matches > 1) {
      problems->push_back({"", Severity::kWarning, Stage::kDiscover,
                           fmt::format("--sample \"{}\" names {} recordings: each gets a sample figure (name "
                                       "participant/recording to choose one)",
                                       name, matches)});
    }
  }
  return chosen;
}

}  // namespace tobii::study
