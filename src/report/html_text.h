// Text into HTML: escaping, and the small pieces every section of
// report.html writes (a note where something is missing).
#pragma once

#include <string>
#include <string_view>

namespace tobii::report {

// `text` with &, <, > and " escaped, for element text and attribute values.
std::string Escape(std::string_view text);

// <p class="missing">text</p>, `text` escaped.
std::string MissingNote(std::string_view text);

}  // namespace tobii::report
