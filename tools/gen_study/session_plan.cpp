#include "gen_study/session_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tobii::gen {

namespace {

// Protocol: a new image about every 10 s, 8-10 s on screen with a short
// blank between, cycling through the set of images.
constexpr double kFirstStimulusS = 1.0;
constexpr double kStimulusMinS = 8.0;
constexpr double kStimulusMaxS = 10.0;
constexpr double kBlankMinS = 1.0;
constexpr double kBlankMaxS = 2.0;

// Conversation with the experimenter: bouts of talking or listening, never
// both at once, separated by pauses of at least a second.
constexpr double kTalkingMinS = 1.5;
constexpr double kTalkingMaxS = 8.0;
constexpr double kListeningMinS = 2.0;
constexpr double kListeningMaxS = 10.0;
constexpr double kPauseMinS = 1.0;
constexpr double kPauseMaxS = 8.0;
// Handling an object, independent of speech.
constexpr double kHandlingMinS = 3.0;
constexpr double kHandlingMaxS = 12.0;
constexpr double kHandlingGapMinS = 10.0;
constexpr double kHandlingGapMaxS = 40.0;
// Glances at the experimenter (BORIS point events).
constexpr double kLookMeanIntervalS = 15.0;
// Annotations end this long before the recording does.
constexpr double kEndMarginS = 0.5;

std::int64_t ToMs(double seconds) { return std::llround(seconds * 1000.0); }

void AddState(double start_s, double length_s, const char* behavior, const char* category,
              SessionPlan* plan) {
  const std::int64_t start = ToMs(start_s), stop = ToMs(start_s + length_s);
  plan->behaviours.push_back({start, behavior, category, "START"});
  plan->behaviours.push_back({stop, behavior, category, "STOP"});
  if (std::strcmp(behavior, "talking") == 0) plan->talking.push_back({start * 1000, stop * 1000});
}

}  // namespace

std::string StimulusName(int image) { return fmt::format("scene_{:02}", image); }

SessionPlan PlanSession(std::int64_t duration_us, Rng* rng) {
  SessionPlan plan;
  const double end_s = duration_us / 1e6 - kEndMarginS;

  for (double t = kFirstStimulusS;;) {
    const double shown = rng->Uniform(kStimulusMinS, kStimulusMaxS);
    if (t + shown > end_s) break;
    const int image = static_cast<int>(plan.stimuli.size() % kStimulusImageCount) + 1;
    plan.stimuli.push_back({ToMs(t) * 1000, ToMs(t + shown) * 1000, StimulusName(image), image});
    t += shown + rng->Uniform(kBlankMinS, kBlankMaxS);
  }

  for (double t = rng->Uniform(kPauseMinS, kPauseMaxS);;) {
    const bool talking = rng->Chance(0.5);
    const double length =
        talking ? rng->Uniform(kTalkingMinS, kTalkingMaxS) : rng->Uniform(kListeningMinS, kListeningMaxS);
    if (t + length > end_s) break;
    AddState(t, length, talking ? "talking" : "listening", "speech", &plan);
    t += length + rng->Uniform(kPauseMinS, kPauseMaxS);
  }

  for (double t = rng->Uniform(0.0, kHandlingGapMaxS);;) {
    const double length = rng->Uniform(kHandlingMinS, kHandlingMaxS);
    if (t + length > end_s) break;
    AddState(t, length, "handling object", "manual", &plan);
    t += length + rng->Uniform(kHandlingGapMinS, kHandlingGapMaxS);
  }

  for (double t = rng->Exponential(kLookMeanIntervalS); t < end_s;
       t += rng->Exponential(kLookMeanIntervalS)) {
    plan.behaviours.push_back({ToMs(t), "looks at experimenter", "gaze", "POINT"});
  }

  // Time order as BORIS exports it; at equal times a STOP closes before a
  // START opens.
  std::stable_sort(plan.behaviours.begin(), plan.behaviours.end(),
                   [](const BehaviourEvent& a, const BehaviourEvent& b) {
                     if (a.time_ms != b.time_ms) return a.time_ms < b.time_ms;
                     return std::strcmp(a.status, "STOP") == 0 && std::strcmp(b.status, "STOP") != 0;
                   });
  return plan;
}

}  // namespace tobii::gen
