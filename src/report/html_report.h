// report.html: one self-contained page a researcher can hand on: the study
// overview (recordings, groups, files left out and why), the tables, the
// figures inlined as SVG, and the settings and versions of run.json. It
// links to nothing and loads nothing, so it opens offline.
//
// Built from the run's outputs (the CSV tables and SVG figures already
// written, and run.json), so `figures OUT` rebuilds it as well.
#pragma once

#include <filesystem>

#include <nlohmann/json.hpp>

#include "tobii/output_names.h"
#include "tobii/status.h"

namespace tobii::report {

inline constexpr const char* kReportFileName = results::kReportFileName;

// `run`: run.json's content (null when there is none: the page then says
// so). Written whole or not at all.
Status WriteHtmlReport(const std::filesystem::path& out, const nlohmann::json& run);

// Cairo numbers the ids of every SVG from 1 (glyph0-1, clip1, ...), so
// two inlined figures would share them; this prefixes each id and each
// reference to one.
std::string PrefixSvgIds(std::string_view svg, std::string_view prefix);

}  // namespace tobii::report
