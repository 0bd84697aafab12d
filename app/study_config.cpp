#include "study_config.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include <cmath>
#include <set>
#include <string>

namespace tobii::app {

namespace {

// Options that make no sense in a study's config: where this run writes,
// and which config it reads.
const std::set<std::string, std::less<>> kCommandLineOnly = {"out", "config", "help", "shard"};

// Options whose value is a path: relative paths in the config are taken
// from the config's folder, not from wherever the command runs.
const std::set<std::string, std::less<>> kPathOptions = {"sync-table"};

std::string Where(const std::string& file, const toml::source_region& at) {
  return fmt::format("{}:{}:{}", file, at.begin.line, at.begin.column);
}

CLI::Option* FindOption(CLI::App* command, std::string_view key) {
  for (CLI::Option* option : command->get_options()) {
    if (!option->nonpositional()) continue;
    for (const std::string& name : option->get_lnames()) {
      if (name == key) return option;
    }
  }
  return nullptr;
}

// The value as the command line would spell it; false for tables, arrays
// and dates, which no option takes.
bool CommandLineText(const toml::node& node, std::string* text) {
  if (const auto* s = node.as_string()) {
    *text = s->get();
  } else if (const auto* i = node.as_integer()) {
    *text = std::to_string(i->get());
  } else if (const auto* d = node.as_floating_point()) {
    *text = fmt::format("{}", d->get());  // shortest text that reads back the same
  } else if (const auto* b = node.as_boolean()) {
    *text = b->get() ? "true" : "false";
  } else {
    return false;
  }
  return true;
}

Status ReadSyncEntries(const std::string& file, const toml::node& node, std::vector<study::SyncEntry>* sync) {
  const toml::array* entries = node.as_array();
  if (entries == nullptr || (!entries->empty() && !entries->is_array_of_tables())) {
    return Status::Error(Where(file, node.source()) +
                         ": expected [[sync]] tables (recording, offset_s, ...)");
  }
  for (const toml::node& entry_node : *entries) {
    const toml::table& entry = *entry_node.as_table();
    study::SyncEntry sync_entry;
    sync_entry.where = fmt::format("{}:{}", file, entry.source().begin.line);
    bool has_recording = false, has_offset = false;
    for (const auto& [key, value] : entry) {
      const std::string_view name = key.str();
      const auto number = [&](double* out) -> Status {
        const std::optional<double> v = value.value<double>();
        if (value.is_number() && v && std::isfinite(*v)) {
          *out = *v;
          return Status::Ok();
        }
        return Status::Error(Where(file, value.source()) + ": expected a number for \"" + std::string(name) +
                             "\"");
      };
      const auto text = [&](std::string* out) -> Status {
        if (!value.is_string()) {
          return Status::Error(Where(file, value.source()) + ": expected a string for \"" +
                               std::string(name) + "\"");
        }
        *out = value.as_string()->get();
        return Status::Ok();
      };
      Status s;
      if (name == "recording") {
        s = text(&sync_entry.recording);
        has_recording = true;
      } else if (name == "participant_id") {
        s = text(&sync_entry.participant_id);
      } else if (name == "offset_s") {
        s = number(&sync_entry.clock.offset_s);
        has_offset = true;
      } else if (name == "drift_ppm") {
        s = number(&sync_entry.clock.drift_ppm);
      } else {
        s = Status::Error(Where(file, key.source()) + ": unknown key \"" + std::string(name) +
                          "\" in [[sync]]: the keys are recording, offset_s, participant_id and drift_ppm");
      }
      if (!s.ok()) return s;
    }
    if (!has_recording || !has_offset || sync_entry.recording.empty()) {
      return Status::Error(Where(file, entry.source()) +
                           ": a [[sync]] table needs a recording and an offset_s");
    }
    sync->push_back(std::move(sync_entry));
  }
  return Status::Ok();
}

}  // namespace

Status ApplyStudyConfig(const std::filesystem::path& path, CLI::App* command,
                        std::vector<study::SyncEntry>* sync) {
  const std::string file = path.string();
  toml::table config;
  try {
    config = toml::parse_file(file);
  } catch (const toml::parse_error& e) {
    if (!std::filesystem::exists(path)) return Status::Error(file + ": no such config file");
    return Status::Error(Where(file, e.source()) + ": " + std::string(e.description()));
  }
  for (const auto& [key, node] : config) {
    const std::string name(key.str());
    if (name == "sync") {
      if (Status s = ReadSyncEntries(file, node, sync); !s.ok()) return s;
      continue;
    }
    if (kCommandLineOnly.contains(name)) {
      return Status::Error(Where(file, key.source()) + ": \"" + name +
                           "\" belongs on the command line, not in a study's config");
    }
    CLI::Option* option = FindOption(command, name);
    if (option == nullptr) {
      return Status::Error(
          Where(file, key.source()) + ": unknown setting \"" + name +
          "\": the keys are the options of `tobii-pipeline run --help` without their dashes, "
          "and [[sync]]");
    }
    if (option->count() > 0) continue;  // the command line wins
    // An option given several times on the command line is a TOML array.
    std::vector<std::string> texts;
    const toml::array* array = node.as_array();
    const bool many = array != nullptr && option->get_items_expected_max() > 1;
    for (std::size_t i = 0; i < (many ? array->size() : 1); ++i) {
      const toml::node& value = many ? *array->get(i) : node;
      std::string text;
      if (!CommandLineText(value, &text)) {
        return Status::Error(Where(file, value.source()) + ": expected a string, a number or true/false" +
                             (option->get_items_expected_max() > 1 ? " (or an array of them)" : "") + " for \"" +
                             name + "\"");
      }
      if (kPathOptions.contains(name) && std::filesystem::path(text).is_relative()) {
        text = (path.parent_path() / text).string();
      }
      texts.push_back(std::move(text));
    }
    const std::string text = fmt::format("{}", fmt::join(texts, ", "));
    try {
      for (const std::string& t : texts) option->add_result(t);
      option->run_callback();
    } catch (const CLI::Error& e) {
      return Status::Error(Where(file, node.source()) + ": " + name + " = " + text + ": " + e.what());
    }
  }
  return Status::Ok();
}

}  // namespace tobii::app
