#include "boris/project_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>
#include <vector>

#include "boris/pairing.h"
#include "io/byte_source.h"
#include "io/text_source.h"
#include "util/text.h"

namespace tobii::boris {

namespace {

// Keeps objects in file order: observations, independent variables.
using Json = nlohmann::ordered_json;

// Deeper JSON is refused before nlohmann, which recurses, walks into it.
constexpr int kMaxNesting = 512;
constexpr std::size_t kExcerptBytes = 24;
constexpr std::size_t kDecodeChunkBytes = std::size_t{64} << 10;
// UTF-16 shows in this many leading bytes (io/text_source.h).
constexpr std::size_t kSniffBytes = 512;
constexpr const char* kEventShape =
    "[time, subject, behavior, modifiers, comment(, frame index(, image path))]";

// ---------------------------------------------------------------------------
// Bytes to text: gzip and UTF-16, by the decoder every reader uses.

// Whether the bytes need decoding before JSON can be parsed from them.
bool NeedsDecoding(const std::string& bytes) {
  io::TextEncoding encoding;
  return io::LooksGzip(bytes) || io::LooksUtf16(std::string_view(bytes).substr(0, kSniffBytes), &encoding);
}

// The project's UTF-8 text from compressed or UTF-16 bytes (io/text_source.h),
// at most kMaxProjectBytes of it.
Status Decode(const std::string& path, const std::string& bytes, std::string* text) {
  std::unique_ptr<io::ByteSource> source;
  io::TextForm form;
  if (Status s = io::OpenText(io::StringSource(path, bytes), &source, &form); !s.ok()) return s;
  std::vector<char> chunk(kDecodeChunkBytes);
  text->clear();
  for (std::size_t n = 1; n > 0;) {
    if (Status s = source->Read(chunk.data(), chunk.size(), &n); !s.ok()) return s;
    text->append(chunk.data(), n);
    if (text->size() > kMaxProjectBytes) {
      return Status::Error(fmt::format("{}: expected a BORIS project of at most {} MiB once decoded, found more",
                                       path, kMaxProjectBytes >> 20));
    }
  }
  if (std::string why; source->ended_early(&why)) {
    return Status::Error(fmt::format("{}: expected a whole BORIS project, found that {}", path, why));
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// Positions in the text, for messages.

// 1-based line and column of byte `offset`; columns count characters (UTF-8
// sequences), not bytes, and not a byte order mark.
std::pair<std::size_t, std::size_t> LineColumn(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  if (line_start == 0 && text.compare(0, 3, "\xEF\xBB\xBF") == 0)
    line_start = std::min<std::size_t>(3, offset);
  std::size_t column = 1;
  for (std::size_t i = line_start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return {line, column};
}

// What the file holds from `offset` to the end of that line, quoted.
std::string Excerpt(const std::string& text, std::size_t offset) {
  const std::size_t end = text.find_first_of("\r\n", offset);
  return util::QuotedFound(std::string_view(text).substr(offset, end == std::string::npos ? end : end - offset));
}

std::string At(const std::string& path, const std::string& text, std::size_t offset) {
  const auto [line, column] = LineColumn(text, offset);
  return fmt::format("{}:{}:{}", path, line, column);
}

// ---------------------------------------------------------------------------
// BORIS's non-standard tokens.

// A token replaced in the text given to nlohmann: where it sits there, its
// length there and in the file.
struct Replacement {
  std::size_t at = 0;
  std::size_t length = 0;
  std::size_t original_length = 0;
};

// The text nlohmann parses: the file's, with bare NaN, Infinity and -Infinity
// outside strings replaced by null (Python's json writes them; BORIS can
// write NaN times).
struct LenientText {
  std::string replaced;  // empty when nothing had to be replaced
  std::vector<Replacement> replacements;
};

// The offset in the file's text of `offset` in the replaced text.
std::size_t OriginalOffset(const std::vector<Replacement>& replacements, std::size_t offset) {
  std::size_t original = offset;
  for (const Replacement& r : replacements) {
    if (offset < r.at) break;
    if (offset < r.at + r.length) return original - (offset - r.at);
    original = original + r.original_length - r.length;
  }
  return original;
}

// Replaces the tokens and refuses nesting deeper than kMaxNesting. Strings,
// with their escapes, are passed over, so a "NaN" inside one stays.
Status MakeLenient(const std::string& path, const std::string& text, LenientText* lenient) {
  static constexpr std::string_view kTokens[] = {"NaN", "Infinity", "-Infinity"};
  bool in_string = false;
  int depth = 0;
  std::size_t copied = 0;  // text[0, copied) is in lenient->replaced
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxNesting) {
        return Status::Error(fmt::format("{}: expected JSON nested at most {} deep, found deeper nesting",
                                         At(path, text, i), kMaxNesting));
      }
    } else if (c == ']' || c == '}') {
      --depth;
    } else if (c == 'N' || c == 'I' || c == '-') {
      for (const std::string_view token : kTokens) {
        if (std::string_view(text).substr(i, token.size()) != token) continue;
        lenient->replaced.append(text, copied, i - copied);
        lenient->replacements.push_back({lenient->replaced.size(), 4, token.size()});
        lenient->replaced += "null";
        copied = i + token.size();
        i = copied - 1;
        break;
      }
    }
  }
  if (!lenient->replacements.empty()) lenient->replaced.append(text, copied);
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// nlohmann's parse errors in our words.

bool IsLiteralChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' || c == '.';
}

// Where the token that nlohmann choked on starts. nlohmann's byte is the
// 1-based position of the last character it read: the token's last one,
// or the character that broke a literal.
std::size_t TokenStart(const std::string& parsed, std::size_t last, const std::string& detail) {
  if (last >= parsed.size()) return parsed.size();
  if (detail.rfind("unexpected string literal", 0) == 0 && parsed[last] == '"') {
    // Back to the opening quote: the first '"' before with an even number of
    // backslashes in front of it.
    for (std::size_t i = last; i-- > 0;) {
      if (parsed[i] != '"') continue;
      std::size_t backslashes = 0;
      while (backslashes < i && parsed[i - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;
    }
    return last;
  }
  if (detail.rfind("invalid string", 0) == 0) return last;
  if (detail.rfind("unexpected '", 0) == 0) return last;  // one structural character
  std::size_t start = last;
  while (start > 0 && IsLiteralChar(parsed[start - 1])) --start;
  return start;
}

std::string ExpectedFrom(const std::string& nlohmann_expected) {
  if (nlohmann_expected == "'[', '{', or a literal") return "a value";
  if (nlohmann_expected == "end of input") return "the end of the file";
  if (nlohmann_expected == "string literal") return "a string";
  return nlohmann_expected;
}

Status SyntaxError(const std::string& path, const std::string& text, const LenientText& lenient,
                   const Json::parse_error& error) {
  const std::string& parsed = lenient.replacements.empty() ? text : lenient.replaced;
  const std::string what = error.what();
  // "...parse error at line L, column C: syntax error while parsing X - DETAIL"
  const std::size_t dash = what.find(" - ");
  const std::string detail = dash == std::string::npos ? what : what.substr(dash + 3);
  const std::size_t last = error.byte == 0 ? 0 : static_cast<std::size_t>(error.byte) - 1;

  std::string expected = "valid JSON";
  if (const std::size_t e = detail.find("; expected "); e != std::string::npos) {
    const std::size_t end = detail.find("; last read", e);
    expected =
        ExpectedFrom(detail.substr(e + 11, end == std::string::npos ? std::string::npos : end - e - 11));
  } else if (detail.rfind("invalid literal", 0) == 0) {
    expected = "a value (an object, array, string, number, true, false or null)";
  } else if (detail.rfind("invalid string", 0) == 0) {
    expected = "a valid string";
  }

  const bool at_end = last >= parsed.size() || detail.rfind("unexpected end of input", 0) == 0;
  const std::size_t start = at_end ? parsed.size() : TokenStart(parsed, last, detail);
  const std::size_t original = at_end ? text.size() : OriginalOffset(lenient.replacements, start);
  std::string found;
  if (at_end) {
    found = "the end of the file";
  } else if (detail.rfind("invalid string: ", 0) == 0) {
    const std::size_t end = detail.find("; last read");
    found = "an invalid one: " + detail.substr(16, end == std::string::npos ? std::string::npos : end - 16);
  } else {
    // A number or a bad literal alone; punctuation and strings with what follows.
    std::size_t length = 0;
    while (original + length < text.size() && length < kExcerptBytes &&
           IsLiteralChar(text[original + length])) {
      ++length;
    }
    found = length > 0 ? util::QuotedFound(std::string_view(text).substr(original, length)) : Excerpt(text, original);
  }
  return Status::Error(fmt::format("{}: expected {}, found {}", At(path, text, original), expected, found));
}

// Counts a JSON text's values and stops past kMaxProjectValues; syntax
// errors are left to the parse that follows, which places them.
struct ValueCounter : nlohmann::json_sax<Json> {
  std::size_t values = 0;
  bool Count() { return ++values <= kMaxProjectValues; }
  bool null() override { return Count(); }
  bool boolean(bool) override { return Count(); }
  bool number_integer(number_integer_t) override { return Count(); }
  bool number_unsigned(number_unsigned_t) override { return Count(); }
  bool number_float(number_float_t, const string_t&) override { return Count(); }
  bool string(string_t&) override { return Count(); }
  bool binary(binary_t&) override { return Count(); }
  bool start_object(std::size_t) override { return Count(); }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return Count(); }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

// The JSON text to a tree, or a syntax error with its position.
Status ParseJson(const std::string& path, const std::string& text, Json* json) {
  std::size_t first = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (first < text.size() && std::isspace(static_cast<unsigned char>(text[first])) != 0) ++first;
  if (first == text.size()) {
    return Status::Error(path + ":1:1: expected a BORIS project (a JSON object), found an empty file");
  }
  if (text[first] != '{') {
    return Status::Error(
        fmt::format("{}: expected a BORIS project (a JSON object, starting with '{{'), found {}",
                    At(path, text, first), Excerpt(text, first)));
  }
  LenientText lenient;
  if (Status s = MakeLenient(path, text, &lenient); !s.ok()) return s;
  const std::string& parsed = lenient.replacements.empty() ? text : lenient.replaced;
  // Counted first, without a tree: a tree takes some 50 bytes a value, so a
  // text of millions of tiny values (a gzip bomb of events) would take
  // gigabytes.
  ValueCounter counter;
  if (!Json::sax_parse(parsed, &counter, Json::input_format_t::json, false) && counter.values > kMaxProjectValues) {
    return Status::Error(fmt::format("{}: expected a BORIS project of at most {} JSON values, found more: not read",
                                     path, kMaxProjectValues));
  }
  try {
    *json = Json::parse(parsed);
  } catch (const Json::parse_error& error) {
    return SyntaxError(path, text, lenient, error);
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------
// The project.

// A JSON value in a message: its text, shortened.
std::string Shown(const Json& value) {
  std::string text = value.dump();
  if (text.size() <= 40) return text;
  std::size_t cut = 37;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return text.substr(0, cut) + "...";
}

// A number, or a string holding one (older BORIS wrote some as text).
bool NumberOf(const Json& value, double* number) {
  if (value.is_number()) {
    *number = value.get<double>();
    return true;
  }
  if (!value.is_string()) return false;
  const std::string& text = value.get_ref<const std::string&>();
  char* end = nullptr;
  *number = std::strtod(text.c_str(), &end);
  return !text.empty() && end == text.c_str() + text.size();
}

// A string field; null counts as "".
bool StringOf(const Json& value, std::string* text) {
  if (value.is_null()) {
    text->clear();
    return true;
  }
  if (!value.is_string()) return false;
  *text = value.get<std::string>();
  return true;
}

// An independent variable's value as text, whatever JSON type holds it.
std::string ValueText(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  return value.dump();
}

struct Ethogram {
  std::vector<std::string> codes;
  std::vector<std::string> states;  // those whose type contains "STATE"

  bool Knows(const std::string& code) const {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
  }
};

void ReadEthogram(const std::string& path, const Json& conf, Ethogram* ethogram,
                  std::vector<Problem>* problems) {
  if (!conf.is_object() && !conf.is_array()) return;
  for (const auto& item : conf.items()) {
    const Json& entry = item.value();
    const std::string key = item.key();  // the index, for a list
    const auto code = entry.is_object() ? entry.find("code") : entry.end();
    if (!entry.is_object() || code == entry.end() || !code->is_string()) {
      problems->push_back(
          {path, Severity::kWarning, Stage::kBoris,
           fmt::format("{}: behaviors_conf \"{}\": expected a behavior with a \"code\", found {}: ignored",
                       path, key, Shown(entry))});
      continue;
    }
    std::string type;
    if (const auto it = entry.find("type"); it != entry.end() && it->is_string()) {
      type = it->get<std::string>();
    }
    std::transform(type.begin(), type.end(), type.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    ethogram->codes.push_back(code->get<std::string>());
    if (type.find("STATE") != std::string::npos) ethogram->states.push_back(code->get<std::string>());
  }
}

// BORIS 1.x stored a modifier with its shortcut key, "quadrupedal (Q)",
// where BORIS 7 and later store "quadrupedal"; the key is dropped from each
// modifier (sets are separated by "|") so that the two spellings pair and
// compare as one.
std::string LegacyModifiers(std::string_view modifiers) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = std::min(modifiers.find('|', start), modifiers.size());
    std::string_view one = modifiers.substr(start, end - start);
    // " (K)": a space, a parenthesis, one key character, a parenthesis.
    if (one.size() > 4 && one.ends_with(')') && one[one.size() - 3] == '(' && one[one.size() - 4] == ' ') {
      one.remove_suffix(4);
    }
    out += one;
    if (end == modifiers.size()) return out;
    out.push_back('|');
    start = end + 1;
  }
}

class ObservationReader {
 public:
  // `legacy_modifiers`: a project of format 1.x, whose modifiers may keep
  // their shortcut key (LegacyModifiers).
  ObservationReader(const std::string& path, const std::string& id, const Ethogram& ethogram, bool legacy_modifiers,
                    std::vector<Problem>* problems)
      : path_(path), id_(id), ethogram_(ethogram), legacy_modifiers_(legacy_modifiers), problems_(problems) {}

  void Read(const Json& json, Observation* observation) {
    observation->id = id_;
    if (!json.is_object()) {
      Warn(fmt::format("expected an observation (a JSON object), found {}: no events read", Shown(json)));
      return;
    }
    if (const auto it = json.find("date"); it != json.end()) observation->date = ValueText(*it);
    ReadMedia(json, observation);
    ReadTimeOffset(json, observation);
    if (const auto it = json.find("independent_variables"); it != json.end() && it->is_object()) {
      for (const auto& [label, value] : it->items()) {
        observation->independent_variables.emplace_back(label, ValueText(value));
      }
    }
    const auto events = json.find("events");
    if (events == json.end()) return;
    if (!events->is_array()) {
      Warn(fmt::format("expected \"events\" to be a list, found {}: no events read", Shown(*events)));
      return;
    }
    std::vector<CodedEvent> coded;
    coded.reserve(events->size());
    for (std::size_t i = 0; i < events->size(); ++i) {
      CodedEvent event;
      if (ReadEvent((*events)[i], static_cast<int>(i + 1), &event)) coded.push_back(std::move(event));
    }
    ReportUnknownAndUntimed();
    InferStatus(ethogram_.states, &coded);
    PairEvents(path_, id_, std::move(coded), &observation->bouts, problems_);
  }

 private:
  // Player 1's queue: `"file": {"1": [paths...], ...}`; `[]` or `{}` for none.
  void ReadMedia(const Json& json, Observation* observation) {
    const auto file = json.find("file");
    if (file == json.end() || !file->is_object()) return;
    const auto player1 = file->find("1");
    if (player1 == file->end()) return;
    if (player1->is_string()) observation->media_files.push_back(player1->get<std::string>());
    if (!player1->is_array()) return;
    for (const Json& media : *player1) {
      if (media.is_string()) observation->media_files.push_back(media.get<std::string>());
    }
  }

  // Absent in projects older than the offset: 0, as BORIS reads them.
  void ReadTimeOffset(const Json& json, Observation* observation) {
    observation->time_offset_s = 0;
    const auto offset = json.find("time offset");
    if (offset == json.end()) return;
    double seconds = 0;
    if (NumberOf(*offset, &seconds) && std::isfinite(seconds)) {
      observation->time_offset_s = seconds;
    } else {
      Warn(fmt::format("expected a \"time offset\" in seconds, found {}: taken as 0", Shown(*offset)));
    }
  }

  bool ReadEvent(const Json& json, int index, CodedEvent* event) {
    if (!json.is_array() || json.size() < 5) {
      WarnAt(index, fmt::format("expected an event {}, found {}: skipped", kEventShape, Shown(json)));
      return false;
    }
    if (json.size() > 7) {
      WarnAt(index,
             fmt::format("expected an event {} of 5 to 7 elements, found {}: elements after the 7th ignored",
                         kEventShape, json.size()));
    }
    double time_s = 0;
    if (json[0].is_null() || (NumberOf(json[0], &time_s) && !std::isfinite(time_s))) {
      if (untimed_count_++ == 0) first_untimed_ = index;
      return false;
    }
    if (!NumberOf(json[0], &time_s)) {
      WarnAt(index,
             fmt::format("expected the time (element 1) in seconds, found {}: skipped", Shown(json[0])));
      return false;
    }
    static constexpr const char* kNames[] = {"", "subject", "behavior", "modifiers", "comment"};
    std::string* fields[] = {nullptr, &event->subject, &event->behavior, &event->modifiers, &event->comment};
    for (int k = 1; k <= 4; ++k) {
      if (!StringOf(json[k], fields[k])) {
        WarnAt(index, fmt::format("expected the {} (element {}) to be a string, found {}: skipped", kNames[k],
                                  k + 1, Shown(json[k])));
        return false;
      }
    }
    if (event->behavior.empty()) {
      WarnAt(index, "expected a behavior (element 3), found \"\": skipped");
      return false;
    }
    if (event->subject == "No focal subject") event->subject = kNoFocalSubject;
    if (legacy_modifiers_) event->modifiers = LegacyModifiers(event->modifiers);
    event->time_s = time_s;
    event->line = index;
    event->status = EventStatus::kPoint;
    if (!ethogram_.Knows(event->behavior)) {
      auto it = std::find_if(unknown_.begin(), unknown_.end(),
                             [&](const Unknown& u) { return u.behavior == event->behavior; });
      if (it == unknown_.end()) {
        unknown_.push_back({event->behavior, index, 1});
      } else {
        ++it->count;
      }
    }
    return true;
  }

  void ReportUnknownAndUntimed() {
    for (const Unknown& u : unknown_) {
      WarnAt(u.first_index,
             fmt::format("expected a behavior of the ethogram, found \"{}\" ({} event{}): taken as {}",
                         u.behavior, u.count, u.count == 1 ? "" : "s", u.count == 1 ? "a point" : "points"));
    }
    if (untimed_count_ > 0) {
      WarnAt(first_untimed_,
             fmt::format("expected an event time, found NaN ({} event{} without a time, as an "
                         "IMAGES observation coded without timestamps has): skipped",
                         untimed_count_, untimed_count_ == 1 ? "" : "s"));
    }
  }

  void Warn(const std::string& message) {
    problems_->push_back({path_, Severity::kWarning, Stage::kBoris,
                          fmt::format("{}: observation \"{}\": {}", path_, id_, message)});
  }
  void WarnAt(int index, const std::string& message) {
    problems_->push_back({path_, Severity::kWarning, Stage::kBoris,
                          fmt::format("{}:{}: observation \"{}\": {}", path_, index, id_, message)});
  }

  struct Unknown {
    std::string behavior;
    int first_index = 0;
    int count = 0;
  };

  const std::string& path_;
  const std::string& id_;
  const Ethogram& ethogram_;
  bool legacy_modifiers_;
  std::vector<Problem>* problems_;
  std::vector<Unknown> unknown_;  // behaviours not in the ethogram, in order of appearance
  int untimed_count_ = 0;
  int first_untimed_ = 0;
};

Status ReadProject(const std::string& path, const Json& project, Annotations* out) {
  if (!project.is_object() || (!project.contains("observations") && !project.contains("behaviors_conf"))) {
    return Status::Error(fmt::format(
        "{}: expected a BORIS project (a JSON object with \"observations\" or \"behaviors_conf\"), found {}",
        path, Shown(project)));
  }
  out->format = "BORIS project";
  bool legacy = false;
  if (const auto it = project.find("project_format_version"); it != project.end() && !it->is_null()) {
    const std::string version = ValueText(*it);
    out->format += " " + version;
    legacy = version.starts_with("1.");
  }
  Ethogram ethogram;
  if (const auto it = project.find("behaviors_conf"); it != project.end()) {
    ReadEthogram(path, *it, &ethogram, &out->problems);
  }
  const auto observations = project.find("observations");
  if (observations == project.end() || (observations->is_array() && observations->empty()))
    return Status::Ok();
  if (!observations->is_object()) {
    return Status::Error(
        fmt::format("{}: expected \"observations\" to be a JSON object (id: observation), found {}", path,
                    Shown(*observations)));
  }
  out->observations.reserve(observations->size());
  for (const auto& [id, json] : observations->items()) {
    Observation observation;
    ObservationReader(path, id, ethogram, legacy, &out->problems).Read(json, &observation);
    out->observations.push_back(std::move(observation));
  }
  return Status::Ok();
}

}  // namespace

Status ReadBorisProject(const std::string& path, const std::string& bytes, Annotations* out) {
  *out = Annotations();
  out->file = path;
  if (bytes.size() > kMaxProjectBytes || bytes.size() > UINT_MAX) {
    return Status::Error(fmt::format("{}: expected a BORIS project of at most {} MiB, found {} bytes", path,
                                     kMaxProjectBytes >> 20, bytes.size()));
  }
  std::string decoded;
  const bool decode = NeedsDecoding(bytes);
  if (decode) {
    if (Status s = Decode(path, bytes, &decoded); !s.ok()) return s;
  }
  const std::string& text = decode ? decoded : bytes;
  Status status;
  try {
    Json project;
    status = ParseJson(path, text, &project);
    if (status.ok()) status = ReadProject(path, project, out);
  } catch (const Json::exception& error) {
    // Not expected: every access above checks the type first.
    status = Status::Error(
        fmt::format("{}: expected a BORIS project, found JSON it could not read ({})", path, error.what()));
  }
  if (!status.ok()) {
    out->observations.clear();
    out->problems.clear();
  }
  return status;
}

}  // namespace tobii::boris
