// Runs the built tobii-pipeline as a user does, from a shell, for the
// end-to-end tests: its exit status, and what it printed when asked.
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace tobii::testing {

// `tobii-pipeline ARGUMENTS`, its output thrown away.
inline int RunProgram(const std::string& arguments) {
  const std::string command = std::string("\"") + TOBII_PIPELINE_EXE + "\" " + arguments + " >/dev/null 2>&1";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A shell command: its exit status, its standard output appended to *output.
inline int RunCommand(const std::string& command, std::string* output) {
  std::FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return -1;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output->append(buffer, n);
  const int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// `tobii-pipeline ARGUMENTS`, with everything it printed (both streams)
// appended to *output.
inline int RunProgram(const std::string& arguments, std::string* output) {
  return RunCommand(std::string("\"") + TOBII_PIPELINE_EXE + "\" " + arguments + " 2>&1", output);
}

// `tobii-pipeline ARGUMENTS...` started in the background, everything it
// prints going to `log`: its process number (-1 when it could not start),
// for a test that signals it.
inline pid_t StartProgram(const std::vector<std::string>& arguments, const std::string& log) {
  std::vector<std::string> words = {TOBII_PIPELINE_EXE};
  words.insert(words.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = -1;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// Waits for a program StartProgram started: its exit status, or 128 + the
// signal that ended it (as a shell says).
inline int WaitProgram(pid_t pid) {
  int status = 0;
  if (::waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Waits until the log of a program StartProgram started shows `text`;
// false when it ended first or never showed it in some 10 s (then it has
// been stopped). On false the program has been waited for: its number may
// already belong to another process, and must not be signalled.
inline bool WaitForLog(const std::filesystem::path& log, const std::string& text, pid_t pid) {
  for (int i = 0; i < 20000; ++i) {
    std::ifstream in(log, std::ios::binary);
    const std::string shown{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (shown.find(text) != std::string::npos) return true;
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  }
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return false;
}

}  // namespace tobii::testing
