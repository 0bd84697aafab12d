// The first step of a study run: everything decided before the heavy work,
// so that its problems are listed, and told, before any recording is read.
//
//   discover -> sync by event -> align BORIS timelines -> choose the
//   sample-figure recordings
//
// Memory: one RecordingInput per recording (an annotated one keeps its
// BORIS observation's id, the rest let go once aligned) and one
// aligned behaviour timeline per annotated recording (kilobytes: the run
// lets them go after the passes); no samples, except the sync-by-event
// reads, which stream each export up to its event.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "boris/alignment.h"
#include "study/discover.h"
#include "tobii/run.h"
#include "tobii/status.h"

namespace tobii::study {

struct PreparedStudy {
  StudyInputs inputs;  // its problems so far: discovery's, sync's, alignment's, the sample choice's
  // One per recording, in file order: its behaviours on its own clock
  // (empty when unannotated; the observation's bouts aligned), and whether
  // it keeps a sample-figure trace.
  std::vector<boris::BehaviorTimeline> timelines;
  std::vector<bool> sample_traces;
  // RunOptions::require_groups, and no recording has a group: PrepareStudy
  // stopped after discovery (study/missing_groups.h).
  bool no_groups = false;
  // What discovery found, before `keep` (PrepareStudy) kept some.
  std::size_t recordings_found = 0;
};

// Fails when the BORIS matching rule is unknown, the study cannot be
// discovered (study/discover.h), or it has no groups and they are required
// (then before any recording is read), and with kDiscoveryStopped once
// RunOptions::interrupt is set (it is asked between files);
// problems with single files go to prepared->inputs.problems.
// `keep` (a shard's share; none: all) keeps some of the recordings once
// the sample-figure recordings are chosen from the whole study: only those
// are synced by event and have their annotations aligned.
Status PrepareStudy(const RunOptions& options, PreparedStudy* prepared,
                    const std::function<bool(const RecordingInput&)>& keep = {});

}  // namespace tobii::study
