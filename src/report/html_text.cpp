#include "report/html_text.h"

namespace tobii::report {

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string MissingNote(std::string_view text) {
  std::string html = "<p class=\"missing\">";
  html += Escape(text);
  html += "</p>\n";
  return html;
}

}  // namespace tobii::report
