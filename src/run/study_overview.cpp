#include "run/study_overview.h"

namespace tobii::study {

StudyOverview Overview(const StudyInputs& inputs) {
  StudyOverview overview;
  overview.root = inputs.root;
  overview.recordings = inputs.recordings.size();
  for (const RecordingInput& r : inputs.recordings) {
    overview.bytes += r.bytes;
    ++overview.recordings_per_group[r.group];
    if (r.observation) {
      ++overview.annotated;
      if (r.clock_sync) ++overview.annotated_own_clock;
    }
  }
  overview.participants_file = inputs.participants_file;
  overview.files_not_read = inputs.NotRead();
  overview.boris_files = inputs.boris_files.size();
  overview.boris_observations = inputs.boris_observations;
  overview.problems = inputs.problems;
  return overview;
}

}  // namespace tobii::study
