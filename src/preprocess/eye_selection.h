// Eye selection (Olsen 2012, section 2.5): one gaze point per sample from
// the eyes the settings choose, with millimetre coordinates, an eye
// position and a gaze direction (the mean of the eyes' unit vectors) for
// every valid sample. Where the export has no millimetre
// columns they come from the pixels and the screen geometry; where it has
// no eye position, the eye sits in front of the screen centre at the
// configured viewing distance. Stateless.
#pragma once

#include "preprocess/gaze_sample.h"
#include "tobii/sample.h"
#include "tobii/settings.h"

namespace tobii::preprocess {

GazeSample SelectEyes(const Sample& sample, EyeSelection selection, const ScreenGeometry& screen);

}  // namespace tobii::preprocess
