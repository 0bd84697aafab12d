// Where the study's figures lie in a run's output folder: the names the
// plotting library (src/plot/) writes and the report (html_report.h)
// reads back, here so that the report needs no drawing code.
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include "tobii/output_names.h"

namespace tobii::report {

// The figures' sub-folder of a run's output folder.
inline constexpr const char* kFiguresFolder = results::kFiguresFolder;

// OUT/figures/NAME.png, .svg and .pdf.
inline constexpr const char* kFigure1Name = "figure1_group_comparison";
inline constexpr const char* kFigure2Name = "figure2_data_quality";
inline constexpr const char* kFigure3Name = "figure3_behavior";
// Drawn only for a study with AOIs (plot/figure_aois.h).
inline constexpr const char* kFigure4Name = "figure4_aois";

// Every sample figure's name starts so: OUT/figures/sample_<participant>_<recording>.*
inline constexpr const char* kSampleFigurePrefix = "sample_";

// The names of the sample figures in OUT/figures/, in order.
std::set<std::string> SampleFiguresIn(const std::filesystem::path& out);

}  // namespace tobii::report
