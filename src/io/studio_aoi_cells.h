// The AOIs a Tobii Studio 1.x/2.x sample row is on, read from its `AoiIds`
// and `AoiNames` cells (doc/formats/tobii-studio.md).
//
// Studio writes on every sample row the id and the name of the AOI its
// gaze point lies on. Id 0, named `Content`, is the media as a whole (it
// is also written on rows of no media, `StimuliName` = `No media`): no AOI
// the user drew. The real exports show one AOI at a time (`AOI_1`, id 1);
// how Studio writes a point inside several overlapping AOIs is documented
// nowhere we could find, so the ids cell is read as a list of whole numbers
// and whatever separates them there (`1;2`) cuts the names cell the same
// way. A names cell that does not cut into as many names as there are ids
// is one name (the separator was part of it).
#pragma once

#include <string_view>
#include <vector>

namespace tobii::io {

// Replaces *aois with the names of the row's AOIs (views into `names`), in
// the cell's order; none for `Content`/id 0 or empty cells. `ids` is empty
// when the export has no `AoiIds` column.
void StudioRowAois(std::string_view ids, std::string_view names, std::vector<std::string_view>* aois);

}  // namespace tobii::io
