// The study config: `study.toml` in the study folder, or `run --config
// FILE`. Every key is one of `run`'s options without its dashes, with the
// value it takes on the command line; the command line wins over the file,
// and the file over the built-in defaults (include/tobii/settings.h):
//
//   detector = "idt"
//   screen-width-mm = 531.0
//   boris-subject = "participant"
//   sync-table = "sync.csv"      # a path: relative to the config's folder
//
//   [[sync]]                     # a recording's own clock offset
//   recording = "Recording1"     # (the sync table's columns)
//   participant_id = "P01"
//   offset_s = 2.5
//   drift_ppm = 0.0
//
// A TOML syntax error, an unknown key, or a value of the wrong type or out
// of range is a usage error naming the file, line and column.
#pragma once

#include <filesystem>
#include <vector>

#include <CLI/CLI.hpp>

#include "tobii/status.h"
#include "tobii/sync_entry.h"

namespace tobii::app {

// The config's file name in a study folder.
inline constexpr const char* kStudyConfigName = "study.toml";

// Reads `file` and gives each of `command`'s options that the command line
// left unset the config's value, as if typed; the [[sync]] entries go to
// *sync. REQUIRES: `command` already parsed; call before the option
// checks that look at several options together (AddAnalysisOptions'
// function).
Status ApplyStudyConfig(const std::filesystem::path& file, CLI::App* command, std::vector<study::SyncEntry>* sync);

}  // namespace tobii::app
