#include "aoi/aoi_entries.h"

#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <span>

#include "util/text.h"

namespace tobii::aoi {

namespace {

// A polygon encloses an area from three corners on.
constexpr std::size_t kMinPolygonPoints = 3;

constexpr std::string_view kRectangleKeys[] = {"x", "y", "width", "height"};
constexpr std::string_view kEllipseKeys[] = {"cx", "cy", "rx", "ry"};
constexpr std::string_view kPolygonKeys[] = {"points"};

struct ShapeKeys {
  std::string_view word;  // as the file writes it
  Shape shape;
  std::span<const std::string_view> keys;  // its geometry
};
constexpr ShapeKeys kShapes[] = {
    {"rectangle", Shape::kRectangle, kRectangleKeys},
    {"ellipse", Shape::kEllipse, kEllipseKeys},
    {"polygon", Shape::kPolygon, kPolygonKeys},
};
// A placement's keys besides the stimulus.
constexpr std::string_view kPlacementKeys[] = {"x", "y", "width", "height", "media_width", "media_height"};
// Keys that any entry may hold.
constexpr std::string_view kCommonKeys[] = {"stimulus", "notes"};

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = util::LowerAscii(c);
  return lower;
}

template <typename Keys>
std::string KeyList(const Keys& keys) {
  std::string list;
  for (std::string_view key : keys) list.append(list.empty() ? "" : ", ").append(key);
  return list;
}

template <typename Keys>
bool Among(const Keys& keys, std::string_view key) {
  return std::find(std::begin(keys), std::end(keys), key) != std::end(keys);
}

// Reads one entry's values, naming where each mistake is.
class EntryReader {
 public:
  explicit EntryReader(const Entry& entry) : entry_(entry) {}

  const EntryValue* Given(std::string_view key) const {
    const auto it = entry_.values.find(key);
    return it != entry_.values.end() && it->second.given ? &it->second : nullptr;
  }
  // Where a missing value belongs: its empty field, else the entry.
  const std::string& WhereOf(std::string_view key) const {
    const auto it = entry_.values.find(key);
    return it != entry_.values.end() ? it->second.where : entry_.where;
  }

  Status Text(std::string_view key, std::string_view what, std::string* text) const {
    const EntryValue* value = Given(key);
    if (value == nullptr || value->text.empty()) {
      return Status::Error(fmt::format("{}: expected {}, found none", WhereOf(key), what));
    }
    *text = value->text;
    return Status::Ok();
  }

  // A number above 0 when `positive`.
  Status Number(std::string_view key, bool positive, double* number) const {
    const EntryValue* value = Given(key);
    if (value == nullptr) return Status::Error(fmt::format("{}: expected a number for {}, found none", WhereOf(key), key));
    if (positive && !(value->number > 0)) {
      return Status::Error(fmt::format("{}: expected {} greater than 0, found {}", value->where, value->spelled,
                                       value->number));
    }
    *number = value->number;
    return Status::Ok();
  }

  // Every given value is one of `geometry`, `also` or kCommonKeys; the
  // message lists the geometry.
  template <typename Keys>
  Status OnlyKeys(const Keys& geometry, std::initializer_list<std::string_view> also, std::string_view what) const {
    for (const auto& [key, value] : entry_.values) {
      if (!value.given || Among(geometry, key) || Among(also, key) || Among(kCommonKeys, key)) continue;
      return Status::Error(fmt::format("{}: {} is not a key of {} ({})", value.where, value.spelled, what,
                                       KeyList(geometry)));
    }
    return Status::Ok();
  }

 private:
  const Entry& entry_;
};

Status ReadPlacement(const Entry& entry, std::string* stimulus, MediaPlacement* placement) {
  const EntryReader reader(entry);
  if (Status s = reader.Text("stimulus", "the name of the stimulus it places", stimulus); !s.ok()) return s;
  if (Status s = reader.OnlyKeys(kPlacementKeys, {}, "a stimulus's placement"); !s.ok()) return s;
  double width = 0, height = 0;
  if (Status s = reader.Number("x", false, &placement->x_px); !s.ok()) return s;
  if (Status s = reader.Number("y", false, &placement->y_px); !s.ok()) return s;
  if (Status s = reader.Number("width", true, &width); !s.ok()) return s;
  if (Status s = reader.Number("height", true, &height); !s.ok()) return s;
  // Without its own size, the image is shown at it: one media px per screen px.
  double media_width = width, media_height = height;
  if (reader.Given("media_width") != nullptr) {
    if (Status s = reader.Number("media_width", true, &media_width); !s.ok()) return s;
  }
  if (reader.Given("media_height") != nullptr) {
    if (Status s = reader.Number("media_height", true, &media_height); !s.ok()) return s;
  }
  placement->scale_x = width / media_width;
  placement->scale_y = height / media_height;
  return Status::Ok();
}

Status ReadAoi(const Entry& entry, AoiDefinition* aoi) {
  const EntryReader reader(entry);
  if (Status s = reader.Text("name", "the AOI's name", &aoi->name); !s.ok()) return s;
  if (const EntryValue* stimulus = reader.Given("stimulus")) aoi->stimulus = stimulus->text;
  std::string shape_word;
  if (Status s = reader.Text("shape", "a shape (rectangle, ellipse or polygon)", &shape_word); !s.ok()) return s;
  const auto shape = std::find_if(std::begin(kShapes), std::end(kShapes),
                                  [&](const ShapeKeys& k) { return k.word == Lower(shape_word); });
  if (shape == std::end(kShapes)) {
    const EntryValue& value = *reader.Given("shape");
    return Status::Error(fmt::format("{}: expected a shape (rectangle, ellipse or polygon), found {}", value.where,
                                     util::QuotedFound(value.text)));
  }
  aoi->shape = shape->shape;
  if (const EntryValue* space = reader.Given("space")) {
    const std::string word = Lower(space->text);
    if (word != "screen" && word != "media") {
      return Status::Error(fmt::format("{}: expected a space (screen or media), found {}", space->where,
                                       util::QuotedFound(space->text)));
    }
    aoi->space = word == "media" ? Space::kMedia : Space::kScreen;
  }
  const std::string what = fmt::format("{} {}", shape->shape == Shape::kEllipse ? "an" : "a", shape->word);
  if (Status s = reader.OnlyKeys(shape->keys, {"name", "shape", "space"}, what); !s.ok()) return s;
  switch (aoi->shape) {
    case Shape::kRectangle: {
      double x = 0, y = 0, width = 0, height = 0;
      if (Status s = reader.Number("x", false, &x); !s.ok()) return s;
      if (Status s = reader.Number("y", false, &y); !s.ok()) return s;
      if (Status s = reader.Number("width", true, &width); !s.ok()) return s;
      if (Status s = reader.Number("height", true, &height); !s.ok()) return s;
      aoi->points = {{x, y}, {x + width, y + height}};
      break;
    }
    case Shape::kEllipse: {
      Point centre, radii;
      if (Status s = reader.Number("cx", false, &centre.x); !s.ok()) return s;
      if (Status s = reader.Number("cy", false, &centre.y); !s.ok()) return s;
      if (Status s = reader.Number("rx", true, &radii.x); !s.ok()) return s;
      if (Status s = reader.Number("ry", true, &radii.y); !s.ok()) return s;
      aoi->points = {centre, radii};
      break;
    }
    case Shape::kPolygon: {
      const EntryValue* points = reader.Given("points");
      if (points == nullptr) {
        return Status::Error(fmt::format("{}: expected the polygon's points, found none", reader.WhereOf("points")));
      }
      if (points->points.size() < kMinPolygonPoints) {
        return Status::Error(fmt::format("{}: expected a polygon of at least {} points, found {}", points->where,
                                         kMinPolygonPoints, points->points.size()));
      }
      aoi->points = points->points;
      break;
    }
  }
  aoi->where = entry.line;
  return Status::Ok();
}

}  // namespace

const EntryKey* FindEntryKey(std::string_view name) {
  const auto it =
      std::find_if(std::begin(kEntryKeys), std::end(kEntryKeys), [&](const EntryKey& k) { return k.name == name; });
  return it == std::end(kEntryKeys) ? nullptr : &*it;
}

Status BuildAoiSet(const std::vector<Entry>& entries, const EntryForm& form, AoiSet* set) {
  std::map<std::string, std::string> placed_at;  // stimulus -> "file:line"
  std::vector<const Entry*> aoi_entries;
  for (const Entry& entry : entries) {
    if (entry.kind == EntryKind::kAoi) {
      AoiDefinition aoi;
      if (Status s = ReadAoi(entry, &aoi); !s.ok()) return s;
      set->aois.push_back(std::move(aoi));
      aoi_entries.push_back(&entry);
      continue;
    }
    std::string stimulus;
    MediaPlacement placement;
    if (Status s = ReadPlacement(entry, &stimulus, &placement); !s.ok()) return s;
    const auto [it, inserted] = placed_at.try_emplace(stimulus, entry.line);
    if (!inserted) {
      return Status::Error(fmt::format("{}: stimulus \"{}\" is placed twice: also at {}", entry.where, stimulus,
                                       it->second));
    }
    set->placements[stimulus] = placement;
  }
  // Placements may follow the AOIs that use them: checked once all are read.
  for (std::size_t i = 0; i < set->aois.size(); ++i) {
    const AoiDefinition& aoi = set->aois[i];
    if (aoi.space != Space::kMedia) continue;
    const EntryReader reader(*aoi_entries[i]);
    if (aoi.stimulus.empty()) {
      return Status::Error(fmt::format("{}: AOI \"{}\" is in media px but names no stimulus whose image they are",
                                       reader.WhereOf("space"), aoi.name));
    }
    if (set->PlacementOf(aoi.stimulus) == nullptr) {
      return Status::Error(fmt::format("{}: AOI \"{}\" is in media px, and stimulus \"{}\" is not placed on the "
                                       "screen: give it {} (x, y, width, height, media_width, media_height)",
                                       reader.WhereOf("stimulus"), aoi.name, aoi.stimulus, form.placement));
    }
  }
  return Status::Ok();
}

}  // namespace tobii::aoi
