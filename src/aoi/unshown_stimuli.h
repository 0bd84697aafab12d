// An AOI the study defines on a stimulus no recording shows is never hit,
// and its metrics would be zeros a researcher could take for a finding:
// usually the file names the stimulus otherwise than the export does
// ("face_01.png" for "face_01"). Found after the passes, from the
// recordings' stimulus intervals.
#pragma once

#include <string>
#include <vector>

#include "aoi/aoi_definition.h"
#include "tobii/recording_result.h"

namespace tobii::aoi {

// A line naming the stimuli of `aois` that no result shows, the AOIs on
// them and the stimuli that were shown; none when the study defines no
// AOIs, or every AOI's stimulus was shown.
std::vector<std::string> UnshownStimuli(const AoiSet& aois, const std::vector<RecordingResult>& results);

}  // namespace tobii::aoi
