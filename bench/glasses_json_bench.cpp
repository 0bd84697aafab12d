// Parses the real Pro Glasses files with nlohmann/json and with simdjson
// (its DOM and its On-Demand API), doing the same work with each: every
// line parsed whole and the fields a reader takes from it summed, and
// prints lines per second and MB/s, so the Glasses readers' parser is
// chosen on figures (src/io/json_line.h says which and why).
//
// Usage: build/bench/glasses_json_bench [REAL_DATA_DIR]
// (default ../shared/data/real: kallawalla-glasses3/*.tsv and
// glassesviewer-glasses2/livedata.json.gz, see its MANIFEST.md).
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "io/line_reader.h"
#include "io/text_source.h"

namespace {

using tobii::io::ByteSource;
using tobii::io::LineReader;

// Every line of a file as text (gzip inflated), one string per line.
std::vector<std::string> ReadLines(const std::string& path) {
  std::unique_ptr<ByteSource> text;
  tobii::io::TextForm form;
  std::vector<std::string> lines;
  if (!tobii::io::OpenTextFile(path, &text, &form).ok()) return lines;
  LineReader reader(text.get());
  std::string_view line;
  while (reader.Next(&line)) {
    if (!line.empty()) lines.emplace_back(line);
  }
  return lines;
}

// What both parsers take from a line, summed so that no work is elided
// and the parsers can be seen to agree.
struct Tally {
  double sum = 0;
  long values = 0;
  long bad_lines = 0;
};

// --- nlohmann/json: a DOM per line (allocates its nodes) ------------------

void NlohmannArray(const nlohmann::json& j, Tally* t) {
  if (!j.is_array()) return;
  for (const auto& v : j) {
    if (v.is_number()) {
      t->sum += v.get<double>();
      ++t->values;
    }
  }
}

void NlohmannGlasses3(std::string_view line, Tally* t) {
  const nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    ++t->bad_lines;
    return;
  }
  const auto type = j.find("type");
  const auto time = j.find("timestamp");
  const auto data = j.find("data");
  if (type == j.end() || time == j.end() || data == j.end() || *type != "gaze" || !time->is_number()) {
    ++t->bad_lines;
    return;
  }
  t->sum += time->get<double>();
  if (const auto g = data->find("gaze2d"); g != data->end()) NlohmannArray(*g, t);
  for (const char* eye : {"eyeleft", "eyeright"}) {
    const auto e = data->find(eye);
    if (e == data->end() || !e->is_object()) continue;
    if (const auto d = e->find("gazedirection"); d != e->end()) NlohmannArray(*d, t);
    if (const auto p = e->find("pupildiameter"); p != e->end() && p->is_number()) t->sum += p->get<double>();
  }
}

void NlohmannGlasses2(std::string_view line, Tally* t) {
  const nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    ++t->bad_lines;
    return;
  }
  for (const auto& [key, value] : j.items()) {
    if (key == "ts" || key == "s" || key == "gidx" || key == "pd") {
      if (value.is_number()) t->sum += value.get<double>();
    } else if (key == "eye") {
      t->sum += value == "left" ? 1 : 2;
    } else if (key == "pc" || key == "gd" || key == "gp" || key == "gp3") {
      NlohmannArray(value, t);
    }
  }
}

// --- simdjson: one parser reused, each line copied into a padded buffer ----

class Padded {
 public:
  std::string_view Copy(std::string_view line) {
    if (buffer_.size() < line.size() + simdjson::SIMDJSON_PADDING)
      buffer_.resize(line.size() + simdjson::SIMDJSON_PADDING);
    std::memcpy(buffer_.data(), line.data(), line.size());
    return {buffer_.data(), line.size()};
  }
  std::size_t capacity() const { return buffer_.size(); }

 private:
  std::vector<char> buffer_;
};

void DomArray(simdjson::dom::element e, Tally* t) {
  simdjson::dom::array array;
  if (e.get_array().get(array)) return;
  for (simdjson::dom::element v : array) {
    double x;
    if (!v.get_double().get(x)) {
      t->sum += x;
      ++t->values;
    }
  }
}

void DomGlasses3(simdjson::dom::parser& parser, Padded& pad, std::string_view line, Tally* t) {
  const std::string_view text = pad.Copy(line);
  simdjson::dom::object o;
  if (parser.parse(text.data(), text.size(), false).get_object().get(o)) {
    ++t->bad_lines;
    return;
  }
  std::string_view type;
  double time;
  simdjson::dom::object data;
  if (o["type"].get_string().get(type) || type != "gaze" || o["timestamp"].get_double().get(time) ||
      o["data"].get_object().get(data)) {
    ++t->bad_lines;
    return;
  }
  t->sum += time;
  simdjson::dom::element g;
  if (!data["gaze2d"].get(g)) DomArray(g, t);
  for (const char* name : {"eyeleft", "eyeright"}) {
    simdjson::dom::object eye;
    if (data[name].get_object().get(eye)) continue;
    simdjson::dom::element d;
    if (!eye["gazedirection"].get(d)) DomArray(d, t);
    double p;
    if (!eye["pupildiameter"].get_double().get(p)) t->sum += p;
  }
}

void DomGlasses2(simdjson::dom::parser& parser, Padded& pad, std::string_view line, Tally* t) {
  const std::string_view text = pad.Copy(line);
  simdjson::dom::object o;
  if (parser.parse(text.data(), text.size(), false).get_object().get(o)) {
    ++t->bad_lines;
    return;
  }
  for (auto [key, value] : o) {
    if (key == "ts" || key == "s" || key == "gidx" || key == "pd") {
      double x;
      if (!value.get_double().get(x)) t->sum += x;
    } else if (key == "eye") {
      std::string_view eye;
      if (!value.get_string().get(eye)) t->sum += eye == "left" ? 1 : 2;
    } else if (key == "pc" || key == "gd" || key == "gp" || key == "gp3") {
      DomArray(value, t);
    }
  }
}

void OnDemandArray(simdjson::ondemand::value v, Tally* t) {
  simdjson::ondemand::array array;
  if (v.get_array().get(array)) return;
  for (auto item : array) {
    double x;
    if (!item.get_double().get(x)) {
      t->sum += x;
      ++t->values;
    }
  }
}

// On-Demand reads only what is asked for; each object's fields are walked
// once, in file order, so the work matches the DOM's.
void OnDemandGlasses3(simdjson::ondemand::parser& parser, Padded& pad, std::string_view line, Tally* t) {
  const std::string_view text = pad.Copy(line);
  simdjson::ondemand::document doc;
  simdjson::ondemand::object o;
  if (parser.iterate(text.data(), text.size(), pad.capacity()).get(doc) || doc.get_object().get(o)) {
    ++t->bad_lines;
    return;
  }
  bool ok = true;
  for (auto field : o) {
    std::string_view key;
    if (field.unescaped_key().get(key)) {
      ok = false;
      break;
    }
    if (key == "timestamp") {
      double time;
      if (field.value().get_double().get(time))
        ok = false;
      else
        t->sum += time;
    } else if (key == "data") {
      simdjson::ondemand::object data;
      if (field.value().get_object().get(data)) {
        ok = false;
        continue;
      }
      for (auto d : data) {
        std::string_view name;
        if (d.unescaped_key().get(name)) break;
        if (name == "gaze2d") {
          OnDemandArray(d.value(), t);
        } else if (name == "eyeleft" || name == "eyeright") {
          simdjson::ondemand::object eye;
          if (d.value().get_object().get(eye)) continue;
          for (auto e : eye) {
            std::string_view k;
            if (e.unescaped_key().get(k)) break;
            if (k == "gazedirection") {
              OnDemandArray(e.value(), t);
            } else if (k == "pupildiameter") {
              double p;
              if (!e.value().get_double().get(p)) t->sum += p;
            }
          }
        }
      }
    }
  }
  if (!ok) ++t->bad_lines;
}

void OnDemandGlasses2(simdjson::ondemand::parser& parser, Padded& pad, std::string_view line, Tally* t) {
  const std::string_view text = pad.Copy(line);
  simdjson::ondemand::document doc;
  simdjson::ondemand::object o;
  if (parser.iterate(text.data(), text.size(), pad.capacity()).get(doc) || doc.get_object().get(o)) {
    ++t->bad_lines;
    return;
  }
  for (auto field : o) {
    std::string_view key;
    if (field.unescaped_key().get(key)) break;
    if (key == "ts" || key == "s" || key == "gidx" || key == "pd") {
      double x;
      if (!field.value().get_double().get(x)) t->sum += x;
    } else if (key == "eye") {
      std::string_view eye;
      if (!field.value().get_string().get(eye)) t->sum += eye == "left" ? 1 : 2;
    } else if (key == "pc" || key == "gd" || key == "gp" || key == "gp3") {
      OnDemandArray(field.value(), t);
    }
  }
}

// Runs `parse_line` over all lines until at least kMinSeconds have passed
// (whole passes only) and prints the rate.
void Measure(const char* parser_name, const char* files, const std::vector<std::string>& lines,
             const std::function<void(std::string_view, Tally*)>& parse_line) {
  constexpr double kMinSeconds = 1.0;  // long enough to steady the clock on a shared machine
  std::size_t bytes = 0;
  for (const std::string& l : lines) bytes += l.size() + 1;
  Tally first;
  for (const std::string& l : lines) parse_line(l, &first);  // warm-up, and the checksum
  const auto start = std::chrono::steady_clock::now();
  double seconds = 0;
  long passes = 0;
  do {
    Tally t;
    for (const std::string& l : lines) parse_line(l, &t);
    ++passes;
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  } while (seconds < kMinSeconds);
  const double line_count = static_cast<double>(lines.size()) * static_cast<double>(passes);
  std::printf("%-22s %-9s %8.0f ns/line %8.1f MB/s   (checksum %.6e, %ld values, %ld bad lines)\n",
              parser_name, files, seconds * 1e9 / line_count,
              static_cast<double>(bytes) * static_cast<double>(passes) / seconds / 1e6, first.sum,
              first.values, first.bad_lines);
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path dir = argc > 1 ? argv[1] : "../shared/data/real";
  std::vector<std::string> g3, g2;
  for (const auto& entry : std::filesystem::directory_iterator(dir / "kallawalla-glasses3")) {
    if (entry.path().extension() != ".tsv") continue;
    const std::vector<std::string> lines = ReadLines(entry.path().string());
    g3.insert(g3.end(), lines.begin(), lines.end());
  }
  g2 = ReadLines((dir / "glassesviewer-glasses2/livedata.json.gz").string());
  if (g3.empty() || g2.empty()) {
    std::fprintf(stderr, "glasses_json_bench: no real Glasses files under %s\n", dir.c_str());
    return 1;
  }
  // The DOM picks its kernel when it runs; On-Demand's is fixed when this
  // file is compiled (without -march flags: the portable "fallback").
  std::printf("Glasses 3: %zu lines; Glasses 2: %zu lines; simdjson kernels: DOM %s, On-Demand %s\n",
              g3.size(), g2.size(), simdjson::get_active_implementation()->name().c_str(),
              simdjson::builtin_implementation()->name().c_str());

  Measure("nlohmann/json DOM", "glasses3", g3, NlohmannGlasses3);
  Measure("nlohmann/json DOM", "glasses2", g2, NlohmannGlasses2);
  simdjson::dom::parser dom;
  Padded pad;
  Measure("simdjson DOM", "glasses3", g3, [&](std::string_view l, Tally* t) { DomGlasses3(dom, pad, l, t); });
  Measure("simdjson DOM", "glasses2", g2, [&](std::string_view l, Tally* t) { DomGlasses2(dom, pad, l, t); });
  simdjson::ondemand::parser on_demand;
  Measure("simdjson On-Demand", "glasses3", g3,
          [&](std::string_view l, Tally* t) { OnDemandGlasses3(on_demand, pad, l, t); });
  Measure("simdjson On-Demand", "glasses2", g2,
          [&](std::string_view l, Tally* t) { OnDemandGlasses2(on_demand, pad, l, t); });
  return 0;
}
