// Runs the built tobii-pipeline as a user does, from a shell, for the
// end-to-end tests: its exit status, and what it printed when asked.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace tobii::testing {

// `tobii-pipeline ARGUMENTS`, its output thrown away.
inline int RunProgram(const std::string& arguments) {
  const std::string command = std::string("\"") + TOBII_PIPELINE_EXE + "\" " + arguments + " >/dev/null 2>&1";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The same, with everything it printed (both streams) appended to *output.
inline int RunProgram(const std::string& arguments, std::string* output) {
  const std::string command = std::string("\"") + TOBII_PIPELINE_EXE + "\" " + arguments + " 2>&1";
  std::FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return -1;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output->append(buffer, n);
  const int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace tobii::testing
