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

bool ParseEventType(std::string_view name, EventType* type) {
  for (EventType t : {EventType::kFixation, EventType::kSaccade, EventType::kBlink}) {
    if (name == EventTypeName(t)) {
      *type = t;
      return true;
    }
  }
  return false;
}

}  // namespace tobii
