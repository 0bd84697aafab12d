#include "boris/pairing.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

namespace tobii::boris {

namespace {

using StateKey = std::tuple<std::string, std::string, std::string>;  // subject, behaviour, modifiers

StateKey KeyOf(const CodedEvent& e) { return {e.subject, e.behavior, e.modifiers}; }

void SortByTime(std::vector<CodedEvent>* events) {
  std::stable_sort(events->begin(), events->end(),
                   [](const CodedEvent& a, const CodedEvent& b) { return a.time_s < b.time_s; });
}

std::string Describe(const CodedEvent& e) {
  std::string what = fmt::format("\"{}\"", e.behavior);
  if (!e.subject.empty()) what += fmt::format(" of \"{}\"", e.subject);
  if (!e.modifiers.empty()) what += fmt::format(" with modifiers \"{}\"", e.modifiers);
  return what;
}

}  // namespace

void PairEvents(const std::string& file, const std::string& observation_id, std::vector<CodedEvent> events,
                std::vector<Bout>* bouts, std::vector<Problem>* problems) {
  SortByTime(&events);
  std::vector<std::pair<int, std::string>> warnings;  // line, message
  const auto warn = [&](const CodedEvent& e, const std::string& message) { warnings.emplace_back(e.line, message); };
  std::map<StateKey, CodedEvent> running;
  const std::size_t first_new = bouts->size();
  for (const CodedEvent& e : events) {
    switch (e.status) {
      case EventStatus::kPoint:
        bouts->push_back({e.subject, e.behavior, e.modifiers, BoutKind::kPoint, e.time_s, e.time_s, e.comment});
        break;
      case EventStatus::kStart:
        if (const auto it = running.find(KeyOf(e)); it != running.end()) {
          warn(e, fmt::format("START of {} at {:.3f} s while it runs since {:.3f} s: ignored", Describe(e), e.time_s,
                              it->second.time_s));
        } else {
          running.emplace(KeyOf(e), e);
        }
        break;
      case EventStatus::kStop: {
        const auto it = running.find(KeyOf(e));
        if (it == running.end()) {
          warn(e, fmt::format("STOP of {} at {:.3f} s without a START: ignored", Describe(e), e.time_s));
          break;
        }
        const CodedEvent start = it->second;
        running.erase(it);
        if (e.time_s <= start.time_s) {
          warn(e, fmt::format("{} starts and stops at {:.3f} s: a zero-length state, ignored", Describe(e), e.time_s));
          break;
        }
        bouts->push_back({e.subject, e.behavior, e.modifiers, BoutKind::kState, start.time_s, e.time_s, start.comment});
        break;
      }
    }
  }
  for (const auto& [key, start] : running) {
    warn(start, fmt::format("START of {} at {:.3f} s is never stopped: ignored", Describe(start), start.time_s));
  }
  std::stable_sort(bouts->begin() + static_cast<std::ptrdiff_t>(first_new), bouts->end(),
                   [](const Bout& a, const Bout& b) { return a.start_s < b.start_s; });
  std::stable_sort(warnings.begin(), warnings.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [line, message] : warnings) {
    problems->push_back({file, Severity::kWarning, Stage::kBoris,
                         fmt::format("{}:{}: observation \"{}\": {}", file, line, observation_id, message)});
  }
}

void InferStatus(const std::vector<std::string>& state_behaviors, std::vector<CodedEvent>* events) {
  SortByTime(events);
  std::map<StateKey, int> seen;
  for (CodedEvent& e : *events) {
    if (std::find(state_behaviors.begin(), state_behaviors.end(), e.behavior) == state_behaviors.end()) {
      e.status = EventStatus::kPoint;
      continue;
    }
    e.status = seen[KeyOf(e)]++ % 2 == 0 ? EventStatus::kStart : EventStatus::kStop;
  }
}

}  // namespace tobii::boris
