// Colours: the colour maps for heat maps and the fixed colours of the groups,
// each from a published, colour-blind-safe source.
//
// Stateless and thread-safe (constant tables).
#pragma once

#include <cairo.h>

#include <cstddef>

namespace tobii::figures {

struct Rgb {
  double r = 0, g = 0, b = 0;  // sRGB, 0 to 1
};

// A colour map: t in [0, 1] (clamped; NaN gives t = 0) to a colour.
using ColorMap = Rgb (*)(double t);

// Viridis (S. van der Walt and N. Smith, 2015), sequential and perceptually
// uniform: matplotlib's 256-entry table (lib/matplotlib/_cm_listed.py, CC0),
// linearly interpolated between entries.
Rgb Viridis(double t);

// Blue - white - red, diverging: ColorBrewer's 11-class RdBu (C. A. Brewer,
// M. Harrower, Pennsylvania State University, colorbrewer2.org, Apache 2.0)
// reversed, so t = 0 is dark blue, 0.5 the neutral #F7F7F7 and 1 dark red;
// linearly interpolated as matplotlib's "RdBu_r".
Rgb BlueWhiteRed(double t);

// `value` on BlueWhiteRed centred on zero: -limit is dark blue, 0 neutral,
// +limit dark red. REQUIRES: limit > 0.
Rgb Diverging(double value, double limit);

// The group colours of every figure, from Okabe and Ito's palette for
// colour-blind readers (M. Okabe and K. Ito, "Color Universal Design", 2008):
// the first group (in the study's sorted group order) vermillion, the second
// blue; further groups take bluish green, orange, sky blue, reddish purple,
// then repeat.
inline constexpr Rgb kGroupColors[] = {
    {213 / 255.0, 94 / 255.0, 0 / 255.0},     // vermillion #D55E00
    {0 / 255.0, 114 / 255.0, 178 / 255.0},    // blue #0072B2
    {0 / 255.0, 158 / 255.0, 115 / 255.0},    // bluish green #009E73
    {230 / 255.0, 159 / 255.0, 0 / 255.0},    // orange #E69F00
    {86 / 255.0, 180 / 255.0, 233 / 255.0},   // sky blue #56B4E9
    {204 / 255.0, 121 / 255.0, 167 / 255.0},  // reddish purple #CC79A7
};
Rgb GroupColor(std::size_t group_index);

// `color` mixed with white: 0 keeps it, 1 is white (fills under outlines).
Rgb Lighter(Rgb color, double amount);

void SetColor(cairo_t* cr, Rgb color, double alpha = 1.0);

}  // namespace tobii::figures
