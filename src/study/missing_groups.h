// A study whose recordings all lack a group: no participants table, one
// that names none of the recordings' participants or gives them no group,
// or names-from-path without a {group}. Such a study can be analysed (as
// one group), but a researcher who meant two groups would get no group
// comparison and might not notice, so the command line stops on it unless
// told that one group is meant (`--no-groups`).
#pragma once

#include <string_view>

#include "study/discover.h"
#include "tobii/status.h"

namespace tobii::study {

// Ok when some recording of `inputs` has a group, or when there is no
// recording at all (that is told otherwise). Else an error that says what
// discovery found (no table, a table it could not read, a table matching
// none of the participants, with the first ids on each side, a pattern
// without {group}) and what to do. `names_from_path`: the run's pattern,
// empty when none.
Status RequireSomeGroup(const StudyInputs& inputs, std::string_view names_from_path);

}  // namespace tobii::study
