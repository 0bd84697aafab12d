#include "tobii/event.h"

namespace tobii {

std::string_view EventTypeName(EventType type) {
  switch (type) {
    case EventType::kFixation: return "fixation";
    case EventType::kSaccade: return "saccade";
    case EventType::kBlink: return "blink";
  }
  return "unknown";
}

}  // namespace tobii
