// The event detectors a run can use (Settings::detector names one): I-VT,
// I-DT and Engbert-Kliegl, each with a line saying what it is and its
// source, for the command line's choices and the validation tools.
#pragma once

#include <span>
#include <string_view>

namespace tobii::events {

// The registered detectors, in the order `--help` lists them.
struct DetectorInfo {
  std::string_view name;         // the `--detector` value
  std::string_view description;  // one line, with its source
};
std::span<const DetectorInfo> RegisteredDetectors();

}  // namespace tobii::events
