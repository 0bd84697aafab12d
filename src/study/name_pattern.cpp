#include "study/name_pattern.h"

#include "tobii/run.h"  // CheckNamePattern

namespace tobii::study {

namespace {

// Characters with a meaning in an ECMAScript regular expression.
constexpr std::string_view kRegexSpecial = "\\^$.|?+()[]{}";

}  // namespace

Status NamePattern::Compile(std::string_view pattern, NamePattern* compiled) {
  NamePattern p;
  p.text_ = std::string(pattern);
  std::string regex = "^";
  int captures = 0;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern.substr(i).starts_with("**")) {
      regex += ".*";
      i += 2;
    } else if (pattern[i] == '*') {
      regex += "[^/]*";
      ++i;
    } else if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i);
      if (close == std::string_view::npos) {
        return Status::Error("names-from-path \"" + p.text_ + "\": a '{' at character " + std::to_string(i + 1) +
                             " is not closed");
      }
      const std::string_view name = pattern.substr(i + 1, close - i - 1);
      int* slot = name == "participant" ? &p.participant_
                  : name == "recording"   ? &p.recording_
                  : name == "group"       ? &p.group_
                  : name == "condition"   ? &p.condition_
                  : name == "session"     ? &p.session_
                                          : nullptr;
      if (slot == nullptr) {
        return Status::Error("names-from-path \"" + p.text_ +
                             "\": expected {participant}, {recording}, {group}, {condition} or {session}, found {" +
                             std::string(name) + "}");
      }
      if (*slot != 0) {
        return Status::Error("names-from-path \"" + p.text_ + "\": {" + std::string(name) + "} is used twice");
      }
      *slot = ++captures;
      // Lazy, so that "{participant}_{recording}" splits at the first '_'.
      regex += "([^/]+?)";
      i = close + 1;
    } else {
      if (kRegexSpecial.find(pattern[i]) != std::string_view::npos) regex += '\\';
      regex += pattern[i];
      ++i;
    }
  }
  regex += "$";
  p.regex_ = std::regex(regex, std::regex::ECMAScript);
  *compiled = std::move(p);
  return Status::Ok();
}

std::optional<PathNames> NamePattern::Match(std::string_view relative_path) const {
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_match(relative_path.begin(), relative_path.end(), m, regex_)) return std::nullopt;
  PathNames names;
  if (participant_ > 0) names.participant = m[participant_].str();
  if (recording_ > 0) names.recording = m[recording_].str();
  if (group_ > 0) names.group = m[group_].str();
  if (condition_ > 0) names.condition = m[condition_].str();
  if (session_ > 0) names.session = m[session_].str();
  return names;
}

Status CheckNamePattern(const std::string& pattern) {
  NamePattern compiled;
  return NamePattern::Compile(pattern, &compiled);
}

}  // namespace tobii::study
