#!/usr/bin/env bash
# Submits a study to Slurm: a job array of SHARDS tasks (shards.sbatch),
# then a merge (merge.sbatch) that starts once every task has succeeded.
#
#   bash submit.sh STUDY OUT [SHARDS]
#
# OUT must be on a file system every node sees (the tasks write into it
# side by side), and the jobs run in this folder, which relative paths are
# relative to. TOBII_PIPELINE names the program when it is not on PATH.
#
# When a task fails, the merge stays pending for good
# (DependencyNeverSatisfied): cancel it, run the failed task again, and
# submit the merge after it; what the other tasks left is kept:
#   scancel MERGE_JOB_ID
#   sbatch --array=K shards.sbatch STUDY OUT SHARDS      # prints NEW_JOB_ID
#   sbatch --dependency=afterok:NEW_JOB_ID merge.sbatch OUT
set -euo pipefail
if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: bash $0 STUDY OUT [SHARDS]" >&2
  exit 2
fi
study=$1
out=$2
shards=${3:-16}
here=$(cd "$(dirname "$0")" && pwd)
array=$(sbatch --parsable --array="1-${shards}" "${here}/shards.sbatch" "$study" "$out" "$shards")
array=${array%%;*}  # "id" or "id;cluster"
merge=$(sbatch --parsable --dependency="afterok:${array}" "${here}/merge.sbatch" "$out")
echo "submitted: the shards as job array ${array} (${shards} tasks), the merge as job ${merge%%;*} after them"
echo "when it has run: ${out}/report.html"
