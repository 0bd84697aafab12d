// Which recordings get a sample figure (FigureSettings::samples and
// sample_count): decided before the passes, since only those recordings
// keep a trace during theirs.
#pragma once

#include <vector>

#include "study/discover.h"
#include "tobii/problem.h"
#include "tobii/settings.h"

namespace tobii::study {

// One flag per recording. A name picks every recording whose recording
// name, file name (with or without its extension) or
// "participant/recording" it equals, without case; a name that picks none,
// or several, is a warning. With no names, the first `sample_count`
// recordings of the study are picked.
std::vector<bool> ChooseSampleRecordings(const std::vector<RecordingInput>& recordings,
                                         const FigureSettings& settings, std::vector<Problem>* problems);

}  // namespace tobii::study
