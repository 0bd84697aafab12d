// Marks: the basic shapes drawn in data coordinates inside an Axes, clipped
// to its plot area. Each takes parallel spans; pairs run to the shorter one,
// and a NaN coordinate leaves its item out.
//
// Stateless; thread-safety as the cairo_t of the Axes.
#pragma once

#include <span>

#include "figures/axes.h"
#include "figures/palette.h"

namespace tobii::figures {

// Filled circles (scatter plots, a saccade main sequence).
void Points(const Axes& axes, std::span<const double> xs, std::span<const double> ys, Rgb color,
            double radius_pt = 1.8, double alpha = 1.0);

// Circles of their own size and fill, outlined in dark grey (fixations of
// a scan path, sized by duration). Runs to the shortest span.
void Circles(const Axes& axes, std::span<const double> xs, std::span<const double> ys,
             std::span<const double> radii_pt, std::span<const Rgb> fills, double alpha = 1.0);

// A polyline; a NaN breaks it, so gaps in a signal stay gaps.
void Line(const Axes& axes, std::span<const double> xs, std::span<const double> ys, Rgb color,
          double width_pt = 0.8);

// Bars from `baseline` to each value, `width` x units wide, centred on x,
// filled and outlined in black.
void Bars(const Axes& axes, std::span<const double> xs, std::span<const double> values, double width,
          Rgb color, double baseline = 0.0);

// Vertical error bars from low to high (a 95 % CI) with caps `cap_pt` wide.
void ErrorBars(const Axes& axes, std::span<const double> xs, std::span<const double> lows,
               std::span<const double> highs, double cap_pt = 5.0);

// Bands over the plot's whole height from start to end (blinks, annotated
// behaviours behind a time series).
void Spans(const Axes& axes, std::span<const double> starts, std::span<const double> ends, Rgb color,
           double alpha = 1.0);

}  // namespace tobii::figures
