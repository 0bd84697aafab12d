// The command-line options that choose and tune the analysis, shared by
// every command that analyses recordings (`run`, `events`) and by the
// validation tools, so a flag means the same everywhere. The options are
// the setting table's (src/settings/setting_table.h: flag, help, the values
// taken); each writes one field of Settings (include/tobii/settings.h,
// where the defaults and their sources are).
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii::app {

// Registers the options on `command`, writing into *settings (which must
// outlive the command). Returns a function to call once the command line is
// parsed: it applies what depends on several options (the I-VT preset
// gives way to an explicit --velocity-threshold) and checks them together;
// a failed Status is a usage error.
std::function<Status()> AddAnalysisOptions(CLI::App* command, Settings* settings);

// What each recording keeps for the figures (FigureSettings: heat-map grid,
// histograms, sample figures), for the commands that draw them (`run`).
// The check AddAnalysisOptions returns covers these too.
void AddFigureDataOptions(CLI::App* command, Settings* settings);

// How much of each file is read (--nrows), for `run`.
void AddInputOptions(CLI::App* command, Settings* settings);

}  // namespace tobii::app
