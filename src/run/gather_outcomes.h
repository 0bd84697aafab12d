// The third step of a study run: the passes' outcomes, in file order, into
// the summary's results and problems. A failed pass is an error; an
// analysed recording's doubts (damage its reader counted, a screen
// resolution assumed, annotations past its end, a sample figure with no
// samples) are warnings.
//
// Memory: moves each result out of its outcome into the summary; nothing
// is copied.
#pragma once

#include <vector>

#include "run/pass_outcome.h"
#include "study/discover.h"
#include "tobii/run.h"
#include "tobii/settings.h"

namespace tobii::study {

// REQUIRES: one outcome per recording of `inputs`, in its order.
// summary->problems becomes the inputs' problems, then those of the passes,
// recording by recording; the latter's warnings are told to the observer
// (may be null; failures were told as they happened). Each outcome keeps
// its status and seconds (for run.json); its result is moved out and let
// go.
void GatherOutcomes(const StudyInputs& inputs, const Settings& settings, std::vector<PassOutcome>* outcomes,
                    RunObserver* observer, RunSummary* summary);

}  // namespace tobii::study
