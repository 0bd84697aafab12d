"""The study's analysis written plainly in pandas, as a researcher would.

The benchmark's yardstick for `tobii-pipeline run`: every export read whole
with pandas.read_csv, then per recording the sample count, validity, mean
pupil and a simple velocity-threshold fixation count; the groups compared
with a Mann-Whitney U test per metric; a gaze heat map per group and a violin
plot of the metrics. Deliberately not tuned (no usecols, no dtypes, no
chunks, no parallelism): this is what a first script looks like.

Usage: python3 bench/pandas_plain.py MANIFEST OUT
MANIFEST is a TSV with the columns file (an export's path), recording and
group; OUT is a folder for recordings.csv, comparisons.csv and two PNGs.
"""

import itertools
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from scipy.stats import mannwhitneyu  # noqa: E402

# The screen the generated study was recorded on, as tobii-pipeline assumes
# where an export does not say (its --screen-* defaults).
SCREEN_WIDTH_PX, SCREEN_HEIGHT_PX = 1920, 1080
SCREEN_WIDTH_MM = 527.0
VIEWING_DISTANCE_MM = 650.0
# Tobii I-VT fixation filter defaults (Olsen 2012, "The Tobii I-VT Fixation
# Filter"): 30 deg/s velocity threshold, fixations shorter than 60 ms dropped.
VELOCITY_THRESHOLD_DEG_PER_S = 30.0
MIN_FIXATION_MS = 60.0
# The heat maps' grid: 64 columns, rows in the screen's aspect ratio.
HEATMAP_BINS = (64, 36)

METRICS = ["validity_pct", "pupil_mean_mm", "fixation_rate_per_min"]


def read_export(path):
    """One Pro Lab export; a quarter of them write decimal commas, so look first."""
    head = pd.read_csv(path, sep="\t", nrows=500)
    comma = head["Pupil diameter left [mm]"].dtype == object
    return pd.read_csv(path, sep="\t", decimal="," if comma else ".", low_memory=False)


def fixation_count(samples):
    """Runs of samples slower than the threshold that last long enough."""
    deg_per_px = np.degrees(SCREEN_WIDTH_MM / SCREEN_WIDTH_PX / VIEWING_DISTANCE_MM)
    x = samples["Gaze point X [DACS px]"].to_numpy(dtype=float)
    y = samples["Gaze point Y [DACS px]"].to_numpy(dtype=float)
    t_ms = samples["Eyetracker timestamp [μs]"].to_numpy(dtype=float) / 1000.0
    velocity = np.hypot(np.diff(x), np.diff(y)) * deg_per_px / (np.diff(t_ms) / 1000.0)
    slow = velocity < VELOCITY_THRESHOLD_DEG_PER_S  # NaN gaze is never slow
    count = 0
    start = None
    for i, is_slow in enumerate(slow):
        if is_slow and start is None:
            start = i
        elif not is_slow and start is not None:
            if t_ms[i] - t_ms[start] >= MIN_FIXATION_MS:
                count += 1
            start = None
    if start is not None and t_ms[-1] - t_ms[start] >= MIN_FIXATION_MS:
        count += 1
    return count


def main():
    manifest_path, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    manifest = pd.read_csv(manifest_path, sep="\t")

    rows = []
    heatmaps = {}
    for _, rec in manifest.iterrows():
        df = read_export(rec["file"])
        samples = df[df["Sensor"] == "Eye Tracker"]
        valid = (samples["Validity left"] == "Valid") | (samples["Validity right"] == "Valid")
        minutes = (samples["Eyetracker timestamp [μs]"].max()
                   - samples["Eyetracker timestamp [μs]"].min()) / 60e6
        rows.append({
            "recording": rec["recording"],
            "group": rec["group"],
            "samples": len(samples),
            "validity_pct": 100.0 * valid.mean(),
            "pupil_mean_mm": samples["Pupil diameter filtered [mm]"].mean(),
            "fixation_rate_per_min": fixation_count(samples) / minutes,
        })
        gaze = samples.dropna(subset=["Gaze point X [DACS px]", "Gaze point Y [DACS px]"])
        counts, _, _ = np.histogram2d(
            gaze["Gaze point X [DACS px]"], gaze["Gaze point Y [DACS px]"],
            bins=HEATMAP_BINS, range=[[0, SCREEN_WIDTH_PX], [0, SCREEN_HEIGHT_PX]])
        heatmaps[rec["group"]] = heatmaps.get(rec["group"], 0) + counts

    recordings = pd.DataFrame(rows)
    recordings.to_csv(os.path.join(out, "recordings.csv"), index=False)

    groups = sorted(recordings["group"].unique())
    comparisons = []
    for metric in METRICS:
        for a, b in itertools.combinations(groups, 2):
            xa = recordings.loc[recordings["group"] == a, metric].dropna()
            xb = recordings.loc[recordings["group"] == b, metric].dropna()
            u, p = mannwhitneyu(xa, xb)
            comparisons.append({"metric": metric, "group": a, "reference": b,
                                "n": len(xa), "reference_n": len(xb), "u": u, "p": p})
    pd.DataFrame(comparisons).to_csv(os.path.join(out, "comparisons.csv"), index=False)

    fig, axes = plt.subplots(1, len(groups), figsize=(6 * len(groups), 3.5), squeeze=False)
    for ax, group in zip(axes[0], groups):
        ax.imshow(heatmaps[group].T / heatmaps[group].sum(), origin="upper", cmap="inferno",
                  extent=[0, SCREEN_WIDTH_PX, SCREEN_HEIGHT_PX, 0])
        ax.set_title(f"gaze: {group}")
    fig.savefig(os.path.join(out, "heatmap.png"), dpi=100)
    plt.close(fig)

    fig, axes = plt.subplots(1, len(METRICS), figsize=(4 * len(METRICS), 3.5), squeeze=False)
    for ax, metric in zip(axes[0], METRICS):
        data = [recordings.loc[recordings["group"] == g, metric].dropna() for g in groups]
        ax.violinplot(data, showmedians=True)
        ax.set_xticks(range(1, len(groups) + 1), groups)
        ax.set_title(metric)
    fig.tight_layout()
    fig.savefig(os.path.join(out, "violins.png"), dpi=100)
    plt.close(fig)
    print(f"pandas: {len(recordings)} recordings, {len(comparisons)} comparisons -> {out}")


if __name__ == "__main__":
    main()
