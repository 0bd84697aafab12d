// Memory figures of this process, for run.json and the benchmarks.
#pragma once

namespace tobii::util {

// Peak resident set size of this process so far, in MiB (getrusage).
double PeakResidentMiB();

}  // namespace tobii::util
