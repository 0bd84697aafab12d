"""Recomputes the run's statistics with SciPy from its results.json.

Usage: check_statistics.py OUT. For every metric results.json stores in
full precision, the participants' means (per condition) are formed as the
run forms them (analysis/group_values.h), and SciPy's tests are run on them:
Mann-Whitney U and Welch's t for each row of group_stats.csv, the Wilcoxon
signed-rank and paired t-tests for each row of condition_stats.csv. Prints
one line per compared statistic whose relative difference exceeds 1e-5
(the CSVs keep six significant digits), then "checked N" with the number of
statistics compared.
"""
import csv
import json
import math
import sys
import warnings
from collections import defaultdict

from scipy import stats

# SciPy warns where a test falls back to its normal approximation (zeros,
# few pairs); the run follows the same fallback, so the warnings are noise.
warnings.simplefilter("ignore")

out = sys.argv[1]
recordings = json.load(open(f"{out}/results.json"))["recordings"]
stored = {k for k, v in recordings[0].items() if isinstance(v, float)}


def means(metric, condition):
    """group -> participant -> mean of its recordings (in `condition`)."""
    sums = defaultdict(lambda: defaultdict(list))
    for r in recordings:
        if condition and r["condition"] != condition:
            continue
        value = r.get(metric)
        if value is not None and math.isfinite(value):
            sums[r["group"]][r["participant_id"]].append(value)
    return {g: {p: sum(v) / len(v) for p, v in ps.items()} for g, ps in sums.items()}


checked = 0
failures = []


def compare(what, ours, theirs):
    global checked
    if ours == "" and (theirs is None or not math.isfinite(theirs)):
        return
    checked += 1
    if ours == "" or not math.isclose(float(ours), theirs, rel_tol=1e-5, abs_tol=1e-12):
        failures.append(f"{what}: ours {ours}, SciPy {theirs}")


for row in csv.DictReader(open(f"{out}/group_stats.csv")):
    if row["metric"] not in stored or not row["reference"]:
        continue
    m = means(row["metric"], row["condition"])
    x = [m[row["group"]][p] for p in sorted(m[row["group"]])]
    y = [m[row["reference"]][p] for p in sorted(m[row["reference"]])]
    what = f"group_stats {row['metric']} {row['condition']}"
    mw = stats.mannwhitneyu(x, y)
    compare(what + " mann_whitney_u", row["mann_whitney_u"], mw.statistic)
    compare(what + " mann_whitney_p", row["mann_whitney_p"], mw.pvalue)
    welch = stats.ttest_ind(x, y, equal_var=False)
    compare(what + " welch_t", row["welch_t"], welch.statistic)
    compare(what + " welch_p", row["welch_p"], welch.pvalue)

for row in csv.DictReader(open(f"{out}/condition_stats.csv")):
    if row["metric"] not in stored:
        continue
    a = means(row["metric"], row["condition"]).get(row["group"], {})
    b = means(row["metric"], row["reference"]).get(row["group"], {})
    pairs = sorted(set(a) & set(b))
    x = [a[p] for p in pairs]
    y = [b[p] for p in pairs]
    what = f"condition_stats {row['metric']} {row['group']}"
    w = stats.wilcoxon(x, y)
    compare(what + " wilcoxon_w", row["wilcoxon_w"], w.statistic)
    compare(what + " wilcoxon_p", row["wilcoxon_p"], w.pvalue)
    t = stats.ttest_rel(x, y)
    compare(what + " paired_t", row["paired_t"], t.statistic)
    compare(what + " paired_t_p", row["paired_t_p"], t.pvalue)

for line in failures:
    print(line)
print(f"checked {checked}")
