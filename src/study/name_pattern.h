// Names from a file's path: for recordings whose files do not say whose they
// are (Pro SDK dumps, files named by hand), and for studies without a
// participants table, a pattern in study.toml (`names-from-path`, or
// `run --names-from-path`) reads the participant, the recording and the
// group from where the file lies:
//
//   names-from-path = "data_{group}/{participant}_{recording}.*"
//   names-from-path = "{session}/{condition}/{participant}.tsv"
//
// matched against the file's path relative to the study folder, '/'
// between folders. `{participant}`, `{recording}`, `{group}`, `{condition}`
// (the condition a recording was made in, compared within participants)
// and `{session}` (a visit or session, kept in the tables) each take one
// or more characters other than '/'; `*` any characters other than
// '/'; `**` any characters, '/' included. Anything else stands for itself.
// Where the pattern does not match, nothing is taken from it.
//
// Thread-safety: a compiled pattern may be shared.
#pragma once

#include <optional>
#include <regex>
#include <string>
#include <string_view>

#include "tobii/status.h"

namespace tobii::study {

struct PathNames {
  std::string participant;  // empty where the pattern has no {participant}
  std::string recording;
  std::string group;
  std::string condition;
  std::string session;
};

class NamePattern {
 public:
  // Compiles `pattern`; a placeholder other than the five above, or one
  // used twice, is an error.
  static Status Compile(std::string_view pattern, NamePattern* compiled);

  // The names in `relative_path`, or none when it does not match.
  std::optional<PathNames> Match(std::string_view relative_path) const;

  const std::string& text() const { return text_; }
  bool has_group() const { return group_ > 0; }

 private:
  std::string text_;
  std::regex regex_;
  int participant_ = 0, recording_ = 0, group_ = 0, condition_ = 0, session_ = 0;  // capture numbers; 0 = absent
};

}  // namespace tobii::study
