"""Recomputes the run's statistics with SciPy from its results.json.

Usage: check_statistics.py OUT. For every metric results.json stores in
full precision, the participants' means (per condition) are formed as the
run forms them (analysis/group_values.h), and SciPy's tests are run on them:
Mann-Whitney U and Welch's t for each row of group_stats.csv and of
aoi_summary.csv (a recording's value there the mean over the interval's
occurrences that have one: analysis/aoi_comparisons.h), the Wilcoxon
signed-rank and paired t-tests for each row of condition_stats.csv; a table
the folder lacks is passed over. Prints
one line per compared statistic whose relative difference exceeds 1e-5
(the CSVs keep six significant digits), then "checked N" with the number of
statistics compared.
"""
import csv
import json
import math
import os
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


def finite(value):
    return value is not None and math.isfinite(value)


def means(metric, condition, value_of=None):
    """group -> participant -> mean of its recordings (in `condition`);
    `value_of(recording)` reads the metric, by default its stored field."""
    sums = defaultdict(lambda: defaultdict(list))
    for r in recordings:
        if condition and r["condition"] != condition:
            continue
        value = value_of(r) if value_of else r.get(metric)
        if finite(value):
            sums[r["group"]][r["participant_id"]].append(value)
    return {g: {p: sum(v) / len(v) for p, v in ps.items()} for g, ps in sums.items()}


def occurrence_mean(interval, aoi, metric):
    """A recording's value in aoi_summary.csv: the mean over the interval's
    occurrences that have one (of the AOI's metric, or the interval's own
    when `aoi` is empty)."""
    def value_of(r):
        values = []
        for i in r["intervals"]:
            # "(all stimuli)" pools every stimulus presentation.
            pooled = interval == "(all stimuli)" and i["kind"] == "stimulus"
            if i["interval"] != interval and not pooled:
                continue
            if not aoi:
                values.append(i[metric])
            values += [a[metric] for a in i["aois"] if a["aoi"] == aoi]
        values = [v for v in values if finite(v)]
        return sum(values) / len(values) if values else None
    return value_of


checked = 0
failures = []


def compare(what, ours, theirs):
    global checked
    if ours == "" and (theirs is None or not math.isfinite(theirs)):
        return
    checked += 1
    if ours == "" or not math.isclose(float(ours), theirs, rel_tol=1e-5, abs_tol=1e-12):
        failures.append(f"{what}: ours {ours}, SciPy {theirs}")


def rows(table):
    path = f"{out}/{table}"
    return csv.DictReader(open(path)) if os.path.exists(path) else []


def compare_groups(what, row, m):
    x = [m.get(row["group"], {})[p] for p in sorted(m.get(row["group"], {}))]
    y = [m.get(row["reference"], {})[p] for p in sorted(m.get(row["reference"], {}))]
    if not x or not y:
        return
    mw = stats.mannwhitneyu(x, y)
    compare(what + " mann_whitney_u", row["mann_whitney_u"], mw.statistic)
    compare(what + " mann_whitney_p", row["mann_whitney_p"], mw.pvalue)
    welch = stats.ttest_ind(x, y, equal_var=False)
    compare(what + " welch_t", row["welch_t"], welch.statistic)
    compare(what + " welch_p", row["welch_p"], welch.pvalue)


for row in rows("group_stats.csv"):
    if row["metric"] not in stored or not row["reference"]:
        continue
    compare_groups(f"group_stats {row['metric']} {row['condition']}", row,
                   means(row["metric"], row["condition"]))

for row in rows("aoi_summary.csv"):
    if not row["reference"]:
        continue
    value_of = occurrence_mean(row["interval"], row["aoi"], row["metric"])
    compare_groups(f"aoi_summary {row['interval']} {row['aoi']} {row['metric']} {row['condition']}", row,
                   means(row["metric"], row["condition"], value_of))

for row in rows("condition_stats.csv"):
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
