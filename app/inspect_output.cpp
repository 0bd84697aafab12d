#include "inspect_output.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "tobii/escape_controls.h"
#include "tobii/recording_format.h"

namespace tobii::app {

namespace {

using study::FileInspection;
using study::RecordingInspection;
using study::SampleFigures;

constexpr double kPercent = 100.0;

std::string Shown(std::string_view text) { return util::EscapeControls(text); }

std::string Stated(const std::string& text) { return text.empty() ? "not stated" : Shown(text); }

std::string Joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) out += ", ";
    out += Shown(name);
  }
  return out;
}

std::string DecimalMark(char mark) {
  switch (mark) {
    case ',':
      return "comma";
    case '.':
      return "point";
    default:
      return "none read";
  }
}

// The kind, or for a recording its format's key: the table's second column.
std::string KindOrFormat(const FileInspection& file) {
  return file.is_recording() ? io::FormatKey(file.sniffed.format) : file.kind;
}

// The reason a table row gives: why the file is not read, or else why a
// run would not use (one of) its recordings.
std::string Reason(const FileInspection& file) {
  if (!file.not_read.empty()) return file.not_read;
  for (const RecordingInspection& r : file.recordings) {
    if (!r.error.empty()) return "not used: " + r.error;
  }
  return {};
}

class Block {
 public:
  void Line(const std::string& key, const std::string& value) {
    text_ += fmt::format("{}{}: {}\n", indent_, key, value);
  }
  void Indent(bool on) { indent_ = on ? "  " : ""; }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
  std::string indent_;
};

void FigureLines(const SampleFigures& f, Block* block) {
  block->Line("samples", std::to_string(f.samples));
  block->Line("rows", std::to_string(f.rows));
  if (std::isnan(f.rate_hz)) {
    block->Line("median step", f.median_step_us < 0 ? "unknown (fewer than two samples)"
                                                    : fmt::format("{} \xC2\xB5s", f.median_step_us));
    block->Line("rate", "unknown");
  } else {
    block->Line("median step", fmt::format("{} \xC2\xB5s", f.median_step_us));
    block->Line("rate", fmt::format("{:.1f} Hz", f.rate_hz));
  }
  if (f.samples == 0) {
    block->Line("duration", "unknown (no sample)");
    block->Line("validity", "unknown (no sample)");
    return;
  }
  block->Line("duration", fmt::format("{:.3f} s", f.duration_s));
  block->Line("validity", fmt::format("{:.1f} % with at least one eye (left {:.1f} %, right {:.1f} %)",
                                      kPercent * f.valid_share, kPercent * f.left_valid_share,
                                      kPercent * f.right_valid_share));
}

void RecordingLines(const RecordingInspection& r, Block* block) {
  const io::RecordingInfo& info = r.info;
  block->Line("participant", Stated(info.participant));
  block->Line("recording", Stated(info.recording));
  block->Line("software", Stated(info.software));
  const std::string size = info.screen_width_px > 0 && info.screen_height_px > 0
                               ? fmt::format("{} x {} px", info.screen_width_px, info.screen_height_px)
                               : "not stated";
  block->Line(info.head_mounted ? "scene camera" : "screen", size);
  block->Line("head-mounted", info.head_mounted ? "yes" : "no");
  block->Line("decimal mark", DecimalMark(info.decimal_mark));
  FigureLines(r.figures, block);
}

// Display width of UTF-8 text: one column per code point.
std::size_t Width(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

nlohmann::json Number(double value) { return std::isnan(value) ? nlohmann::json(nullptr) : nlohmann::json(value); }

nlohmann::json TextOrNull(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

void FigureJson(const SampleFigures& f, nlohmann::json* out) {
  (*out)["samples"] = f.samples;
  (*out)["rows"] = f.rows;
  (*out)["median_step_us"] = f.median_step_us < 0 ? nlohmann::json(nullptr) : nlohmann::json(f.median_step_us);
  (*out)["rate_hz"] = Number(f.rate_hz);
  (*out)["duration_s"] = Number(f.duration_s);
  (*out)["validity_percent"] = Number(kPercent * f.valid_share);
  (*out)["left_validity_percent"] = Number(kPercent * f.left_valid_share);
  (*out)["right_validity_percent"] = Number(kPercent * f.right_valid_share);
}

nlohmann::json RecordingJson(const RecordingInspection& r) {
  const io::RecordingInfo& info = r.info;
  nlohmann::json out = {
      {"participant", TextOrNull(info.participant)},
      {"recording", TextOrNull(info.recording)},
      {"software", TextOrNull(info.software)},
      {"screen_width_px", info.screen_width_px > 0 ? nlohmann::json(info.screen_width_px) : nlohmann::json(nullptr)},
      {"screen_height_px", info.screen_height_px > 0 ? nlohmann::json(info.screen_height_px) : nlohmann::json(nullptr)},
      {"head_mounted", info.head_mounted},
      {"decimal_mark", info.decimal_mark == 0 ? nlohmann::json(nullptr) : nlohmann::json(std::string(1, info.decimal_mark))},
  };
  FigureJson(r.figures, &out);
  out["damage"] = r.damage;
  out["error"] = TextOrNull(r.error);
  return out;
}

nlohmann::json FileJson(const FileInspection& file) {
  nlohmann::json out = {
      {"file", file.path},
      {"opened", file.opened},
      {"kind", file.kind},
      {"read", file.read()},
      {"not_read", TextOrNull(file.not_read)},
  };
  if (file.judged) {
    out["what"] = TextOrNull(file.sniffed.what);
    out["text"] = io::DescribeTextForm(file.sniffed.form);
  }
  if (file.is_recording()) {
    out["format"] = io::FormatKey(file.sniffed.format);
    out["format_name"] = io::FormatName(file.sniffed.format);
    out["columns"] = {{"used", file.columns.used}, {"ignored", file.columns.ignored}};
    if (file.read()) FigureJson(file.totals, &out);
    nlohmann::json recordings = nlohmann::json::array();
    for (const RecordingInspection& r : file.recordings) recordings.push_back(RecordingJson(r));
    out["recordings"] = std::move(recordings);
  }
  out["problems"] = file.Problems();
  return out;
}

}  // namespace

std::string InspectionBlock(const FileInspection& file) {
  Block block;
  block.Line("file", Shown(file.path));
  block.Line("kind", file.kind);
  if (file.is_recording()) {
    block.Line("format", fmt::format("{} ({})", io::FormatName(file.sniffed.format), io::FormatKey(file.sniffed.format)));
  }
  if (file.judged) block.Line("text", io::DescribeTextForm(file.sniffed.form));
  if (!file.not_read.empty()) block.Line("not read", Shown(file.not_read));
  if (!file.columns.used.empty() || !file.columns.ignored.empty()) {
    block.Line(fmt::format("columns used ({})", file.columns.used.size()), Joined(file.columns.used));
    block.Line(fmt::format("columns ignored ({})", file.columns.ignored.size()), Joined(file.columns.ignored));
  }
  if (file.recordings.size() == 1) {
    RecordingLines(file.recordings.front(), &block);
  } else if (file.recordings.size() > 1) {
    block.Line("recordings", std::to_string(file.recordings.size()));
    FigureLines(file.totals, &block);
    for (std::size_t i = 0; i < file.recordings.size(); ++i) {
      block.Line(fmt::format("recording {} of {}", i + 1, file.recordings.size()), "");
      block.Indent(true);
      RecordingLines(file.recordings[i], &block);
      block.Indent(false);
    }
  }
  const std::vector<std::string> problems = file.Problems();
  block.Line("problems", std::to_string(problems.size()));
  for (const std::string& problem : problems) block.Line("problem", Shown(problem));
  return block.text();
}

std::string InspectionTable(const std::vector<FileInspection>& files) {
  const std::vector<std::string> header = {"file",       "kind/format", "samples",  "rate Hz",
                                           "duration s", "validity %",  "problems", "reason"};
  // Numbers read best right-aligned.
  const std::vector<bool> right = {false, false, true, true, true, true, true, false};
  std::vector<std::vector<std::string>> rows = {header};
  for (const FileInspection& file : files) {
    std::vector<std::string> row = {Shown(file.path), KindOrFormat(file), "-", "-", "-", "-",
                                    std::to_string(file.Problems().size()), Shown(Reason(file))};
    if (file.read()) {
      const SampleFigures& f = file.totals;
      row[2] = std::to_string(f.samples);
      if (!std::isnan(f.rate_hz)) row[3] = fmt::format("{:.1f}", f.rate_hz);
      if (f.samples > 0) {
        row[4] = fmt::format("{:.1f}", f.duration_s);
        row[5] = fmt::format("{:.1f}", kPercent * f.valid_share);
      }
    }
    rows.push_back(std::move(row));
  }
  std::vector<std::size_t> widths(header.size(), 0);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], Width(row[c]));
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const std::string pad(widths[c] - Width(row[c]), ' ');
      const bool last = c + 1 == row.size();
      line += right[c] ? pad + row[c] : last ? row[c] : row[c] + pad;
      if (!last) line += "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

nlohmann::json InspectionJson(const std::vector<FileInspection>& files) {
  nlohmann::json list = nlohmann::json::array();
  for (const FileInspection& file : files) list.push_back(FileJson(file));
  return {{"files", std::move(list)}};
}

}  // namespace tobii::app
