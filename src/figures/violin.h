// Violins: one group's distribution as its kernel density (kde.h) mirrored
// about a centre line, with the median and interquartile range marked
// (J. L. Hintze and R. D. Nelson, "Violin plots: a box plot-density trace
// synergism", The American Statistician 52(2), 1998), and the values
// themselves as jittered points.
//
// Vertical violins: the values run along the y axis, groups sit at x.
// Stateless; thread-safety as the cairo_t of the Axes.
#pragma once

#include <cstddef>
#include <limits>
#include <span>

#include "figures/axes.h"
#include "figures/kde.h"
#include "figures/palette.h"

namespace tobii::figures {

// The summary's marks: a thick black bar from q1 to q3 and a white dot at
// the median (figures name them in a caption line).
inline constexpr double kIqrBarWidthPt = 2.5;
inline constexpr double kMedianDotRadiusPt = 2.6;

// A violin draws at most this many of its points, every k-th by value (so
// that the quantiles stay where they are): beyond some hundreds across a
// violin's width the points are a solid band, and each is a path in every
// file format, so that more would grow the figures, the report that holds
// them and the memory drawing them with the number of participants.
inline constexpr std::size_t kMaxViolinPoints = 1000;

struct ViolinSummary {
  double median = 0;
  double q1 = 0;  // the quartiles, ends of the thick bar
  double q3 = 0;
};

// The outline of `density` (density.x along y), widest at `half_width` x units
// either side of x, filled with a light `color`; then `values` as jittered
// points (may be empty); on top a thick black bar from q1 to q3 and a white
// dot at the median. An empty density leaves the outline out.
void Violin(const Axes& axes, double x, const Density& density, const ViolinSummary& summary,
            std::span<const double> values, Rgb color, double half_width = 0.4);

// Too few values for a density: `values` as points left of x and the
// median and IQR right of it, within ±half_width.
void PointsWithSummary(const Axes& axes, double x, const ViolinSummary& summary, std::span<const double> values,
                       Rgb color, double half_width = 0.4);

// The median dot and IQR bar at x.
void MedianAndIqr(const Axes& axes, double x, const ViolinSummary& summary);

// `values` as points spread across ±jitter x units about x. The spread is
// deterministic (the golden-ratio sequence over the values' ranks), so
// figures come out the same every run. Beyond `max_points` values, every
// k-th by rank is drawn, k chosen so that at most `max_points` are.
void JitteredPoints(const Axes& axes, double x, std::span<const double> values, Rgb color,
                    double jitter = 0.1, double radius_pt = 1.5,
                    std::size_t max_points = std::numeric_limits<std::size_t>::max());

}  // namespace tobii::figures
