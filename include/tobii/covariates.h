// A participant's other columns in the participants table (age, sex,
// site...), name and value in the table's order. Read once per participant
// and shared by its recordings' inputs and results, so that a study of
// many recordings holds each participant's row once.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace tobii {

using Covariates = std::vector<std::pair<std::string, std::string>>;

// Null: the participant has none (or is not in a participants table).
using SharedCovariates = std::shared_ptr<const Covariates>;

}  // namespace tobii
