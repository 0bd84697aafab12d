// Legends: a key of labelled swatches, points or lines in a corner of the plot
// area, on a white ground so that marks under it don't show through.
//
// Stateless; thread-safety as the cairo_t of the Axes.
#pragma once

#include <span>
#include <string>

#include "figures/axes.h"
#include "figures/palette.h"

namespace tobii::figures {

enum class LegendKey { kSwatch, kPoint, kLine };

struct LegendEntry {
  std::string label;
  Rgb color;
  LegendKey key = LegendKey::kSwatch;
};

enum class Corner { kTopLeft, kTopRight };

// One entry per line, sized by the measured labels.
void Legend(const Axes& axes, std::span<const LegendEntry> entries, Corner corner = Corner::kTopRight);
// The same in a corner of any area of the canvas (a key for several panels,
// beside them).
void Legend(cairo_t* cr, const Rect& area, std::span<const LegendEntry> entries,
            Corner corner = Corner::kTopLeft);

}  // namespace tobii::figures
