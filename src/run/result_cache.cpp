#include "run/result_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <exception>
#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

#include <nlohmann/json.hpp>

#include "io/content_hash.h"
#include "io/recording_format.h"
#include "tobii/output_names.h"
#include "results/results_file.h"
#include "settings/settings_json.h"
#include "tobii/atomic_file.h"
#include "tobii/recording_format.h"

namespace tobii::study {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// Bumped whenever an entry's fields change.
constexpr int kCacheEntryVersion = 1;


Json TimelineJson(const boris::BehaviorTimeline& timeline) {
  Json states = Json::array();
  for (const boris::StateTimeline& s : timeline.states) states.push_back({s.behavior, s.bouts, s.intervals_us});
  Json points = Json::array();
  for (const boris::PointTimeline& p : timeline.points) points.push_back({p.behavior, p.times_us});
  return {states, points};
}

// The AOIs as read, without where they were written: the same areas from
// another file, or the same file with other comments, key the same.
Json AoisJson(const aoi::AoiSet& aois) {
  Json list = Json::array();
  for (const aoi::AoiDefinition& a : aois.aois) {
    Json points = Json::array();
    for (const aoi::Point& p : a.points) points.push_back({p.x, p.y});
    list.push_back({a.name, a.stimulus, static_cast<int>(a.shape), static_cast<int>(a.space), points});
  }
  Json placements = Json::array();
  for (const auto& [stimulus, p] : aois.placements) {
    placements.push_back({stimulus, p.x_px, p.y_px, p.scale_x, p.scale_y});
  }
  return {list, placements};
}

fs::path EventsOf(const fs::path& folder, const std::string& entry) { return folder / (entry + ".events.csv"); }
fs::path RecordOf(const fs::path& folder, const std::string& entry) { return folder / (entry + ".json"); }

// `to` becomes the same file as `from` (a hard link: no copy of an events
// file), or a copy where links cannot be made.
bool LinkOrCopy(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  fs::remove(to, ec);
  if (::link(from.c_str(), to.c_str()) == 0) return true;
  return fs::copy_file(from, to, ec) && !ec;
}

std::string Dump(const Json& record) { return record.dump(-1, ' ', false, Json::error_handler_t::replace); }

// The tag that marks the folder as our cache (results/output_names.h).
// Shards on several machines may tag one cache at once.
Status TagFolder(const fs::path& folder) {
  return io::CreateFileOnce(folder / results::kCacheTag, results::kCacheTagText);
}

// The recording's intervals from the interval table, by their times (where
// a row lies in its table changes nothing).
Json IntervalsJson(const std::vector<aoi::TableInterval>& intervals) {
  Json json = Json::array();
  for (const aoi::TableInterval& i : intervals) json.push_back({i.name, i.start_us, i.end_us});
  return json;
}

}  // namespace

ResultCache::ResultCache(fs::path folder, const Settings& settings, const aoi::AoiSet& aois)
    : folder_(std::move(folder)) {
  settings_key_ = Json{{"program", TOBII_VERSION},
                       {"results_file_version", results::kResultsFileVersion},
                       {"cache_entry_version", kCacheEntryVersion},
                       {"settings", settings::ResultKeyJson(settings)},
                       {"aois", AoisJson(aois)}}
                      .dump();
}

std::string ResultCache::AoisKey(const aoi::AoiSet& aois) { return io::HashText(AoisJson(aois).dump()); }

Status ResultCache::MakeFolder() const {
  // Once, before the first entry: workers storing at once would write one
  // tag file together.
  std::call_once(tagged_, [&] {
    std::error_code ec;
    fs::create_directories(folder_, ec);
    tag_status_ = ec ? Status::Error(folder_.string() + ": cannot make the result cache: " + ec.message())
                     : TagFolder(folder_);
  });
  return tag_status_;
}

std::string ResultCache::EntryName(const RecordingInput& input, const boris::BehaviorTimeline& timeline,
                                   bool sample_trace) const {
  Json select = nullptr;
  if (input.select) {
    select = {input.select->participant, input.select->recording, input.select->first_byte,
              input.select->first_line, input.select->end_byte};
  }
  // A companion that cannot be read keys as missing: the reader then
  // cannot read it either.
  Json companions = Json::array();
  for (const std::string& file : io::SampleCompanionFiles(input.format, input.path)) {
    std::string hash;
    companions.push_back(io::HashFile(file, &hash).ok() ? hash : "");
  }
  const Json key = {{"run", settings_key_},
                    {"file", input.file},
                    {"companions", companions},
                    {"format", FormatKey(input.format)},
                    {"select", select},
                    {"annotations", TimelineJson(timeline)},
                    {"sample_trace", sample_trace},
                    {"intervals", IntervalsJson(input.intervals)},
                    // The events file's rows name the recording.
                    {"names", {input.participant_id, input.recording}}};
  return io::HashText(key.dump());
}

bool ResultCache::Find(const RecordingInput& input, const std::string& entry, const fs::path& events_file,
                       PassOutcome* outcome) const {
  std::ifstream in(RecordOf(folder_, entry), std::ios::binary);
  if (!in) return false;
  try {
    const Json record = Json::parse(in);
    const Stamp now = StampOf(input);
    if (now.mtime_ns < 0 || now.size != record.at("size").get<std::uint64_t>()) return false;
    Json restamped;
    if (now.mtime_ns != record.at("mtime_ns").get<std::int64_t>()) {
      // Touched or copied: the same bytes still make the same result.
      std::string hash;
      if (!io::HashFile(input.path, &hash).ok() || hash != record.at("content_hash").get<std::string>()) return false;
      restamped = record;
      restamped["mtime_ns"] = now.mtime_ns;
    }
    if (!events_file.empty()) {
      if (!record.at("events").get<bool>() || !LinkOrCopy(EventsOf(folder_, entry), events_file)) return false;
    }
    PassOutcome found;
    found.result = std::make_unique<RecordingResult>(results::RecordingFromJson(record.at("result")));
    found.damage = record.at("damage").get<std::vector<std::string>>();
    found.resolution_known = record.at("resolution_known").get<bool>();
    found.from_cache = true;
    *outcome = std::move(found);
    // The next run need not hash it again.
    if (!restamped.is_null()) (void)io::WriteFileAtomically(RecordOf(folder_, entry), Dump(restamped));
    return true;
  } catch (const std::exception&) {  // a damaged or foreign entry is a miss
    return false;
  }
}

ResultCache::Stamp ResultCache::StampOf(const RecordingInput& input) {
  struct stat st{};
  if (::stat(input.path.c_str(), &st) != 0) return {};
  return {.size = static_cast<std::uint64_t>(st.st_size),
          .mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

Status ResultCache::Store(const RecordingInput& input, const std::string& entry, const Stamp& before,
                          const PassOutcome& outcome, const fs::path& events_file) const {
  if (before.mtime_ns < 0) return Status::Error("its size and time could not be read");
  std::string hash;
  if (Status s = io::HashFile(input.path, &hash); !s.ok()) return s;
  const Stamp after = StampOf(input);
  if (after != before) {
    return Status::Error("the file changed while it was read");  // no entry would say what bytes it holds
  }
  if (Status s = MakeFolder(); !s.ok()) return s;
  std::error_code ec;
  bool events = false;
  if (!events_file.empty()) {
    events = LinkOrCopy(events_file, EventsOf(folder_, entry));
  } else {
    // A reused entry keeps the events it held.
    events = fs::exists(EventsOf(folder_, entry), ec);
  }
  const Json record = {{"cache_entry_version", kCacheEntryVersion},
                       {"file", input.file},
                       {"size", after.size},
                       {"mtime_ns", after.mtime_ns},
                       {"content_hash", hash},
                       {"events", events},
                       {"damage", outcome.damage},
                       {"resolution_known", outcome.resolution_known},
                       {"result", results::RecordingJson(*outcome.result)}};
  return io::WriteFileAtomically(RecordOf(folder_, entry), Dump(record));
}

void ResultCache::Prune(const std::set<std::string>& used) const {
  std::error_code ec;
  std::vector<fs::path> unused;
  for (fs::directory_iterator it(folder_, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name == results::kCacheTag) continue;
    const std::string entry = name.substr(0, name.find('.'));
    if (!used.contains(entry)) unused.push_back(it->path());
  }
  for (const fs::path& path : unused) fs::remove(path, ec);
}

}  // namespace tobii::study
