#include "terminal_observer.h"

#include "util/text.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace tobii::app {
namespace {

// What the observer printed, read back from its stream.
std::string Printed(std::FILE* stream) {
  std::rewind(stream);
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, stream)) > 0;) text.append(buffer, n);
  return text;
}

// A behaviour named with an escape sequence (xterm's "set window title")
// and a carriage return must reach the terminal as text, not as commands.
TEST(TerminalObserver, NamesFromInputFilesAreEscaped) {
  std::FILE* stream = std::tmpfile();
  ASSERT_NE(stream, nullptr);
  {
    TerminalObserver observer(stream);
    study::StudyOverview study;
    study.problems.push_back({"boris/obs\r.tsv", Severity::kWarning, Stage::kBoris,
                              "behaviour \"\x1b]0;pwned\x07\" is not in the ethogram \xC2\x9b"
                              "2J"});
    observer.OnDiscovered(study);
    observer.OnRecordingWarning({"data/rec\x1b[2J.tsv", Severity::kWarning, Stage::kRead, "1 row skipped"});
    observer.OnRecordingFailed({"data/bad.tsv", Severity::kError, Stage::kRead, "found \"\x07\""});
  }
  const std::string text = Printed(stream);
  std::fclose(stream);
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_EQ(text.find('\x07'), std::string::npos) << text;
  EXPECT_EQ(text.find('\r'), std::string::npos) << text;
  EXPECT_EQ(text.find("\xC2\x9b"), std::string::npos) << text;  // the C1 control sequence introducer
  EXPECT_NE(text.find("behaviour \"\\x1b]0;pwned\\x07\""), std::string::npos) << text;
  EXPECT_NE(text.find("boris/obs\\x0d.tsv"), std::string::npos) << text;
  EXPECT_NE(text.find("warning: data/rec\\x1b[2J.tsv: 1 row skipped"), std::string::npos) << text;
  EXPECT_NE(text.find("\\u009b2J"), std::string::npos) << text;
}

TEST(TerminalObserver, TextOfEveryScriptPassesAndLoneControlBytesDoNot) {
  EXPECT_EQ(util::EscapeControls("Pupil \xC2\xB5m, \xE2\x82\xAC, \xF0\x9F\x98\x80"),
            "Pupil \xC2\xB5m, \xE2\x82\xAC, \xF0\x9F\x98\x80");
  EXPECT_EQ(util::EscapeControls("a\x9B" "2Jb"), "a\\x9b2Jb");      // a lone 8-bit CSI
  EXPECT_EQ(util::EscapeControls("\xE2\x82"), "\xE2\\x82");        // a cut sequence: its lone 0x82 is a C1 byte
  EXPECT_EQ(util::EscapeControls("\xC2\x9B"), "\\u009b");          // CSI as UTF-8
}

}  // namespace
}  // namespace tobii::app
