#include "terminal_observer.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <string>

#include "tobii/escape_controls.h"

namespace tobii::app {

namespace {
constexpr int kBarWidth = 30;
constexpr double kBytesPerMegabyte = 1e6;
}  // namespace

TerminalObserver::TerminalObserver(std::FILE* stream)
    : stream_(stream), is_terminal_(::isatty(::fileno(stream)) == 1) {}

TerminalObserver::~TerminalObserver() { EndBar(); }

void TerminalObserver::EndBar() {
  if (bar_shown_) fmt::print(stream_, "\n");
  bar_shown_ = false;
}

void TerminalObserver::OnDiscovered(const study::StudyOverview& study) {
  std::map<std::string, std::size_t> groups;
  for (const auto& [group, count] : study.recordings_per_group) groups[group.empty() ? "(no group)" : group] += count;
  fmt::print(stream_, "study {}: {} recordings, {:.1f} MB", util::EscapeControls(study.root.string()),
             study.recordings, static_cast<double>(study.bytes) / kBytesPerMegabyte);
  for (const auto& [group, count] : groups) fmt::print(stream_, "; {} {}", util::EscapeControls(group), count);
  fmt::print(stream_, "\n  participants table: {}; {} files not read (each in run.json, with the reason)\n",
             study.participants_file.empty() ? "none" : util::EscapeControls(study.participants_file),
             study.files_not_read);
  if (study.boris_files > 0) {
    fmt::print(
        stream_,
        "  BORIS: {} files, {} observations; {} of {} recordings annotated, {} with their own clock offset\n",
        study.boris_files, study.boris_observations, study.annotated, study.recordings, study.annotated_own_clock);
  }
  for (const Problem& p : study.problems) {
    fmt::print(stream_, "  {}: {}{}\n", SeverityName(p.severity),
               p.file.empty() ? "" : util::EscapeControls(p.file) + ": ", util::EscapeControls(p.message));
  }
  std::fflush(stream_);
}

void TerminalObserver::OnProgress(std::uint64_t bytes_done, std::uint64_t bytes_total,
                                  std::size_t recordings_done, std::size_t recordings_total) {
  const double fraction =
      bytes_total > 0 ? static_cast<double>(bytes_done) / static_cast<double>(bytes_total) : 1.0;
  if (is_terminal_) {
    const int filled = static_cast<int>(fraction * kBarWidth + 0.5);
    fmt::print(stream_, "\r[{:<{}}] {:3.0f}%  {}/{} recordings",
               std::string(std::min(filled, kBarWidth), '#'), kBarWidth, 100.0 * fraction, recordings_done,
               recordings_total);
    bar_shown_ = true;
  } else if (recordings_done > recordings_reported_) {
    recordings_reported_ = recordings_done;
    fmt::print(stream_, "analysed {}/{} recordings ({:.0f}% of the data)\n", recordings_done,
               recordings_total, 100.0 * fraction);
  }
  std::fflush(stream_);
}

void TerminalObserver::OnRecordingFailed(const Problem& problem) {
  EndBar();
  fmt::print(stream_, "error: {} skipped: {}\n", util::EscapeControls(problem.file),
             util::EscapeControls(problem.message));
  std::fflush(stream_);
}

void TerminalObserver::OnRecordingWarning(const Problem& problem) {
  EndBar();
  fmt::print(stream_, "warning: {}: {}\n", util::EscapeControls(problem.file), util::EscapeControls(problem.message));
  std::fflush(stream_);
}

}  // namespace tobii::app
