// Sample figures: one per recording that kept a trace (FigureData::sample;
// chosen by --sample or the first --sample-count). Gaze x and y over time
// with fixations, saccades and blinks shaded behind them; the velocity with
// I-VT's threshold; the pupil; and the scan path on the screen, fixations
// sized by duration and coloured by time.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "figures/canvas.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::plot {

// report::kSampleFigurePrefix + participant_recording, made safe as a file
// name.
std::string SampleFigureName(const RecordingResult& result);

// The sample figure of `result` drawn (what the layout tests look at).
// REQUIRES: result.figure_data.sample.
std::unique_ptr<figures::Canvas> DrawSampleFigure(const RecordingResult& result);

// Draws the sample figure of every result with a trace, and removes sample
// figures of earlier runs that this one does not draw.
Status WriteSampleFigures(const std::filesystem::path& out, const std::vector<RecordingResult>& results);

}  // namespace tobii::plot
