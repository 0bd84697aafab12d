#include "io/sniff.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <memory>
#include <vector>

#include "io/byte_source.h"
#include "io/column_name.h"
#include "io/fields.h"
#include "io/participants.h"
#include "util/text.h"

namespace tobii::io {

namespace {

// Keys every BORIS project has (format 1.6 to 7.0), near its start.
constexpr std::string_view kBorisProjectKeys[] = {"\"behaviors_conf\"", "\"project_format_version\""};

// The first columns of the tables tobii-pipeline writes (report/), so that
// a copy of one found in a study is never read as input: summary.csv and
// behavior_metrics.csv have participant_id and group columns, and would
// otherwise pass for a participants table. tests/io/sniff_test.cpp checks
// these against a real run's outputs.
constexpr std::string_view kOwnTableHeads[] = {
    "participant_id,recording,group,condition,session,",  // summary, behavior_metrics, observations
    "metric,group,condition,reference,",                  // condition_stats.csv
    "behavior,metric,group,condition,reference,",         // behavior_condition_stats.csv
    "participant_id,recording,group,file,",      // summary.csv
    "participant_id,recording,group,behavior,",  // behavior_metrics.csv
    "behavior,metric,group,reference,",          // behavior_summary.csv
    "metric,group,reference,",                   // group_stats.csv
    "file,severity,stage,message",               // problems.csv
    "participant_id,recording,type,index,",      // events/*.csv
    "type,index,onset_ms,offset_ms,",            // events/*.csv before they named the recording
    "table,column,unit,definition,",             // columns.csv
    "type,onset_ms,offset_ms,duration_ms,",      // truth/*_events.csv of `tobii-pipeline generate`
    "stimulus,occurrence,start_ms,end_ms,aoi,",  // truth/*_aois.csv of `tobii-pipeline generate`
};

// The signatures of a zip archive (an .xlsx or .ods workbook is one) and of
// an OLE2 compound file (an Excel 97-2003 .xls is one).
constexpr std::string_view kZipSignature("PK\x03\x04", 4);
constexpr std::string_view kOle2Signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
// The streams an OLE2 file holds a workbook in ("Workbook"; Excel 5's "Book"),
// named in UTF-16LE in its directory.
constexpr std::string_view kOle2WorkbookStreams[] = {std::string_view("W\0o\0r\0k\0b\0o\0o\0k\0", 16),
                                                     std::string_view("B\0o\0o\0k\0", 8)};
// File name endings of workbooks, for one whose content alone does not say
// so (its parts named past the sniffed start).
constexpr std::string_view kSpreadsheetExtensions[] = {".xlsx", ".xlsm", ".xls", ".ods"};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view TrimLeft(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  return text;
}

bool Has(std::string_view text, std::string_view what) { return text.find(what) != std::string_view::npos; }

// "text", as JSON writes a key or a string (a pattern to look for, not a
// message).
std::string JsonString(std::string_view text) {
  std::string out(1, '"');
  out.append(text);
  out.push_back('"');
  return out;
}

// Whether JSON text holds "key" followed (after optional spaces and a
// colon) by the string "value".
bool HasKeyValue(std::string_view text, std::string_view key, std::string_view value) {
  const std::string quoted_key = JsonString(key);
  for (std::size_t at = text.find(quoted_key); at != std::string_view::npos; at = text.find(quoted_key, at + 1)) {
    std::string_view rest = TrimLeft(text.substr(at + quoted_key.size()));
    if (rest.empty() || rest.front() != ':') continue;
    rest = TrimLeft(rest.substr(1));
    if (rest.starts_with(JsonString(value))) return true;
  }
  return false;
}

bool HasKey(std::string_view text, std::string_view key) { return Has(text, JsonString(key)); }

Sniffed Verdict(FileKind kind, std::string what = {}) {
  Sniffed s;
  s.kind = kind;
  s.what = std::move(what);
  return s;
}

// A workbook: never read. Most often a participants table kept in a
// spreadsheet, or BORIS events exported as a workbook, so the reason says
// how to have either as text.
Sniffed Spreadsheet(std::string_view which) {
  std::string what(kSpreadsheet);
  what.append(" (");
  what.append(which);
  what.append(
      "): tables are read as text: save it as TSV or CSV (File > Save As > CSV), or export BORIS events as "
      "TSV");
  return Verdict(FileKind::kUnreadable, std::move(what));
}

Sniffed Recording(RecordingFormat format) {
  Sniffed s;
  s.kind = FileKind::kRecording;
  s.format = format;
  return s;
}

// The text of the start of a file as the readers will see it, and how it
// was stored.
std::string Decode(std::string_view raw, TextForm* form) {
  std::unique_ptr<ByteSource> text;
  if (!OpenText(StringSource("prefix", std::string(raw)), &text, form).ok()) return {};
  std::string out(kSniffBytes, '\0');
  std::size_t filled = 0, count = 0;
  do {
    if (!text->Read(out.data() + filled, kSniffBytes - filled, &count).ok()) break;
    filled += count;
  } while (count > 0 && filled < kSniffBytes);
  out.resize(filled);
  return out;
}

// The lines of a text prefix; a last line that may go on past the prefix
// is kept (a header longer than the prefix is judged by its first columns).
std::vector<std::string_view> Lines(std::string_view text, int max_lines) {
  std::vector<std::string_view> lines;
  while (!text.empty() && static_cast<int>(lines.size()) < max_lines) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    while (line.ends_with('\r')) line.remove_suffix(1);  // CR LF, and the Pro SDK dumps' CR CR LF
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

// Pro Glasses files are JSON: one object per line (gaze, IMU and event
// data, Glasses 2 live data), or one pretty-printed object (a recording's
// metadata).
Sniffed JudgeJson(std::string_view text) {
  const std::vector<std::string_view> lines = Lines(text, 8);
  const std::string_view first = lines.empty() ? std::string_view() : lines.front();
  if (HasKey(text, "results_file_version")) return Verdict(FileKind::kOwnOutput, "results.json of a tobii-pipeline run");
  if (HasKey(text, "command_line") && HasKey(text, "bytes_read")) {
    return Verdict(FileKind::kOwnOutput, "run.json of a tobii-pipeline run");
  }
  if (HasKey(text, "shard_record_version")) {
    return Verdict(FileKind::kOwnOutput, "a shard's record of a tobii-pipeline run (run --shard)");
  }
  if (HasKey(text, "generator") && HasKey(text, "planted")) {
    return Verdict(FileKind::kOwnOutput, "the ground truth written by tobii-pipeline generate");
  }
  // Glasses 3: {"type":"gaze","timestamp":0.02,"data":{...}} per line; a
  // gaze stream may open with a sync-port or event line.
  for (std::string_view line : lines) {
    if (HasKeyValue(line, "type", "gaze") && HasKey(line, "timestamp")) return Recording(RecordingFormat::kGlasses3);
  }
  if (HasKeyValue(first, "type", "imu")) {
    return Verdict(FileKind::kCompanion, "Pro Glasses 3 IMU data (head motion), not used: gaze comes from gazedata");
  }
  if (HasKeyValue(first, "type", "event") || HasKeyValue(first, "type", "syncport")) {
    return Verdict(FileKind::kCompanion, "Pro Glasses 3 event data, not used: gaze comes from gazedata");
  }
  // Glasses 2: every packet has its time "ts" and status "s".
  if (HasKey(first, "ts") && HasKey(first, "s") && first.find('{') == 0) return Recording(RecordingFormat::kGlasses2);
  // Metadata of a Glasses recording, read with its gaze data.
  if (HasKey(text, "rec_id") || HasKey(text, "rec_info") || HasKey(text, "pa_id") || HasKey(text, "pa_info") ||
      HasKey(text, "seg_id") || HasKey(text, "servicemanager_version")) {
    return Verdict(FileKind::kCompanion, "Pro Glasses 2 recording metadata, read with its livedata.json");
  }
  if ((HasKey(text, "scenecamera") && HasKey(text, "gaze")) || HasKey(text, "meta-folder")) {
    return Verdict(FileKind::kCompanion, "Pro Glasses 3 recording metadata, read with its gazedata");
  }
  return Verdict(FileKind::kOther, "JSON of no format tobii-pipeline reads");
}

std::vector<std::string> HeaderKeys(const std::vector<std::string_view>& cells) {
  std::vector<std::string> keys;
  for (std::string_view cell : cells) keys.push_back(ParseColumnName(cell).base_key);
  return keys;
}

}  // namespace

bool IsStudioPreambleLine(std::string_view line) {
  if (TrimLeft(line).empty()) return true;
  const std::size_t colon = line.find(':');
  return colon != std::string_view::npos && colon > 0 && line.find('\t') >= colon;
}

bool LooksLikeBorisProject(std::string_view prefix) {
  std::string inflated;
  if (LooksGzip(prefix)) {
    TextForm form;
    inflated = Decode(prefix, &form);
    prefix = inflated;
  }
  if (prefix.starts_with("\xEF\xBB\xBF")) prefix.remove_prefix(3);
  const std::string_view text = TrimLeft(prefix);
  if (text.empty() || text.front() != '{') return false;
  for (std::string_view key : kBorisProjectKeys) {
    if (Has(text, key)) return true;
  }
  return false;
}

Sniffed SniffHeaderLine(std::string_view line) {
  for (std::string_view head : kOwnTableHeads) {
    if (line.starts_with(head)) return Verdict(FileKind::kOwnOutput, "a table written by tobii-pipeline");
  }
  const std::size_t tabs = std::count(line.begin(), line.end(), '\t');
  const std::size_t commas = std::count(line.begin(), line.end(), ',');
  const std::size_t semicolons = std::count(line.begin(), line.end(), ';');
  const char separator = tabs > 0 ? '\t' : semicolons > commas ? ';' : ',';
  const std::vector<std::string_view> cells = SplitFields(line, separator);
  const std::vector<std::string> keys = HeaderKeys(cells);
  const auto has = [&](std::string_view key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
  Sniffed other = Verdict(FileKind::kOther, "text of no format tobii-pipeline reads");
  other.tabular = cells.size() >= 3;

  if (has("recording") && has("offset_s")) return Verdict(FileKind::kSyncTable);
  if (has("aoi") && has("shape")) return Verdict(FileKind::kAoiTable);
  std::vector<std::string> participant_keys;
  for (std::string_view cell : cells) participant_keys.push_back(HeaderKey(cell));
  // Before the participants table: a design table may have a
  // participant_id column, and a participants table has no recording.
  const auto has_key = [&](std::string_view key) {
    return std::find(participant_keys.begin(), participant_keys.end(), key) != participant_keys.end();
  };
  if (has_key("recording") && has_key("interval") && has_key("startms") && has_key("endms")) {
    return Verdict(FileKind::kIntervalTable);
  }
  if (has_key("recording") && (has_key("condition") || has_key("session"))) return Verdict(FileKind::kDesignTable);
  if (IsParticipantsHeader(participant_keys)) return Verdict(FileKind::kParticipantsTable);
  if (has("observationid")) return Verdict(FileKind::kBorisExport);
  // The Pro SDK's GazeData fields, as a script wrote them (any separator).
  if (has("device_time_stamp") && (has("left_gaze_point_on_display_area") || has("left_gaze_point_validity"))) {
    return Recording(RecordingFormat::kProSdk);
  }
  bool pro_lab_time = false, studio_time = false;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (keys[i] != "recordingtimestamp") continue;
    // Pro Lab writes `Recording timestamp`; Tobii Studio `RecordingTimestamp`.
    (cells[i].find(' ') == std::string_view::npos ? studio_time : pro_lab_time) = true;
  }
  const bool gaze = has("gazepointx") || has("validityleft");
  if (pro_lab_time && gaze) {
    if (separator == '\t') return Recording(RecordingFormat::kProLab);
    return Verdict(FileKind::kUnreadable,
                   "a Tobii Pro Lab export saved with commas or semicolons between its fields (a spreadsheet's "
                   "CSV): export it again from Pro Lab, or save it as tab-separated text");
  }
  if (pro_lab_time && (has("sensor") || has("eyemovementtype"))) {
    return Verdict(FileKind::kUnreadable,
                   "a Tobii Pro Lab export without gaze columns (Gaze point X and Y, Validity left and right): export "
                   "it again with them");
  }
  // Tobii Studio: 3.x Data Export, 1.x/2.x All-Data.
  const bool studio_gaze = has("gazepointxleft") || has("validityleft") || has("gazepointx");
  if ((studio_time || has("timestamp")) && studio_gaze) return Recording(RecordingFormat::kTobiiStudio);
  if (has("timestamp") && has("event") && has("eventkey")) {
    return Verdict(FileKind::kUnreadable,
                   "a Tobii Studio Event-Data export: it holds events and no gaze samples; export All-Data (or the "
                   "Data Export) instead");
  }
  if (has("fixationindex") && has("fixationduration") && !studio_gaze) {
    return Verdict(FileKind::kUnreadable,
                   "a Tobii Studio Fixation-Data export: it holds fixations and no gaze samples; export All-Data (or "
                   "the Data Export) instead");
  }
  return other;
}

Sniffed SniffPrefix(std::string_view raw, bool whole_file) {
  if (raw.empty()) {
    Sniffed s = Verdict(FileKind::kOther, "an empty file");
    s.empty = true;
    return s;
  }
  if (raw.starts_with(kZipSignature)) {
    if (Has(raw, "xl/")) return Spreadsheet("an Excel workbook");
    if (Has(raw, "opendocument.spreadsheet")) return Spreadsheet("an OpenDocument spreadsheet");
    Sniffed s = Verdict(FileKind::kOther, "a ZIP archive");
    s.binary = true;
    return s;
  }
  if (raw.starts_with(kOle2Signature) &&
      std::any_of(std::begin(kOle2WorkbookStreams), std::end(kOle2WorkbookStreams),
                  [&](std::string_view stream) { return Has(raw, stream); })) {
    return Spreadsheet("an Excel 97-2003 workbook");
  }
  TextForm form;
  const std::string text = Decode(raw, &form);
  Sniffed verdict;
  if (text.empty()) {
    verdict = Verdict(FileKind::kOther, form.gzip ? "an empty compressed file" : "an empty file");
    verdict.empty = true;
  } else if (LooksLikeBorisProject(text)) {
    verdict = Verdict(FileKind::kBorisProject);
  } else if (text.find('\0') != std::string::npos) {
    verdict = Verdict(FileKind::kOther, form.gzip ? "compressed binary content" : "binary content");
    verdict.binary = true;
  } else if (const std::string_view start = TrimLeft(text); !start.empty() && start.front() == '{') {
    verdict = JudgeJson(start);
  } else {
    // A header, perhaps after a Tobii Studio preamble. The prefix's last
    // line may be cut; only a first line (a header wider than the prefix)
    // is judged from what there is of it.
    std::string_view body = text;
    if (!whole_file && text.size() == kSniffBytes) {
      const std::size_t last_end = body.rfind('\n');
      if (last_end != std::string_view::npos) body = body.substr(0, last_end + 1);
    }
    const std::vector<std::string_view> lines = Lines(body, kMaxStudioPreambleLines + 1);
    verdict = SniffHeaderLine(lines.front());
    for (std::size_t i = 1;
         verdict.kind == FileKind::kOther && i < lines.size() && IsStudioPreambleLine(lines[i - 1]); ++i) {
      const Sniffed after_preamble = SniffHeaderLine(lines[i]);
      if (after_preamble.kind == FileKind::kRecording || after_preamble.kind == FileKind::kUnreadable) {
        verdict = after_preamble;
      }
    }
  }
  verdict.form = form;
  return verdict;
}

Status SniffFile(const std::string& path, Sniffed* sniffed) {
  std::unique_ptr<ByteSource> source;
  if (Status s = OpenFileSource(path, &source); !s.ok()) return s;
  std::string prefix(kSniffBytes, '\0');
  std::size_t filled = 0, count = 0;
  do {
    if (Status s = source->Read(prefix.data() + filled, kSniffBytes - filled, &count); !s.ok()) return s;
    filled += count;
  } while (count > 0 && filled < kSniffBytes);
  prefix.resize(filled);
  *sniffed = SniffPrefix(prefix, filled < kSniffBytes);
  // A workbook whose start does not name its parts: its name and signature
  // say enough.
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = util::LowerAscii(c);
  const bool workbook_name = std::find(std::begin(kSpreadsheetExtensions), std::end(kSpreadsheetExtensions),
                                       extension) != std::end(kSpreadsheetExtensions);
  if (workbook_name && sniffed->kind != FileKind::kUnreadable &&
      (prefix.starts_with(kZipSignature) || prefix.starts_with(kOle2Signature))) {
    *sniffed = Spreadsheet(extension + " workbook");
  }
  return Status::Ok();
}

}  // namespace tobii::io
