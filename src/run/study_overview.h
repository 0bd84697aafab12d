// What the run tells its observer of a study's discovery (tobii/run.h's
// StudyOverview), counted from the inputs discovery found.
#pragma once

#include "study/discover.h"
#include "tobii/run.h"

namespace tobii::study {

StudyOverview Overview(const StudyInputs& inputs);

}  // namespace tobii::study
