// The versions of the program, its compiler and the libraries that shape
// its numbers and figures, for run.json and the report: a result is
// reproduced with the same ones.
#pragma once

#include <nlohmann/json.hpp>

namespace tobii::run {

// {"tobii-pipeline": ..., "compiler": ..., "cairo": ..., ...}; the
// libraries loaded at run time where they say (Cairo, Pango, oneTBB, zlib),
// else those compiled against.
nlohmann::json Versions();

}  // namespace tobii::run
