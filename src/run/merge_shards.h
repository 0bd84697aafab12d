// `merge OUT` (tobii/shards.h): the shards' records checked against the
// study as discovered now, before the run takes each recording's result
// from the cache (run/recording_passes.h: PassOutputs::from_shards), and
// the results it could not take listed after.
//
// A merge refuses, before anything is taken, when a shard was run by
// another program or with other settings or AOIs than the shards'
// arguments give now (a study config edited since, say). A recording whose
// shard left no record, or whose record does not list it, is missing; so is
// one whose entry is not in the cache or whose file changed since its
// shard read it. Every missing recording is listed with its shard, and
// nothing is written.
//
// Memory: the records' lines (an entry name and a key per recording) and
// one verdict per recording.
#pragma once

#include <filesystem>
#include <vector>

#include "run/pass_outcome.h"
#include "run/recording_passes.h"
#include "study/discover.h"
#include "tobii/run.h"
#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii::study {

// One verdict per recording of `inputs`, from the records in OUT/shards.
Status ShardVerdicts(const std::filesystem::path& out, const Settings& settings, const StudyInputs& inputs,
                     std::vector<ShardVerdict>* verdicts);

// The recordings whose result could not be taken, into summary->missing
// in file order; when there are any, an error that counts them.
Status CheckNothingMissing(const StudyInputs& inputs, const std::vector<PassOutcome>& outcomes,
                           const std::vector<ShardVerdict>& verdicts, RunSummary* summary);

}  // namespace tobii::study
