#!/usr/bin/env bash
# Submits a study to Slurm: a job array of SHARDS tasks (shards.sbatch),
# then a merge (merge.sbatch) that starts once every task has succeeded.
#
#   bash submit.sh STUDY OUT [SHARDS]
#
# OUT must be on a file system every node sees (the shards write into it
# side by side), and the jobs run in this folder, which relative paths in
# the command line are relative to. TOBII_PIPELINE names the program when
# it is not on PATH. A shard that failed can be run again alone:
#   sbatch --array=K --export=ALL,STUDY=...,OUT=...,SHARDS=N shards.sbatch
# and the merge after it; what the other shards left is kept.
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: bash $0 STUDY OUT [SHARDS]" >&2
  exit 2
fi
study=$1
out=$2
shards=${3:-16}
here=$(cd "$(dirname "$0")" && pwd)
array=$(sbatch --parsable --array="1-${shards}" \
  --export="ALL,STUDY=${study},OUT=${out},SHARDS=${shards}" "${here}/shards.sbatch")
array=${array%%;*}  # "id" or "id;cluster"
merge=$(sbatch --parsable --dependency="afterok:${array}" --export="ALL,OUT=${out}" "${here}/merge.sbatch")
echo "submitted: shards as job array ${array} (${shards} tasks), merge as job ${merge%%;*} after them"
echo "when it has run: ${out}/report.html"
