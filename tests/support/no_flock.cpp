// A file system that cannot lock, for tests: preloaded (LD_PRELOAD) into
// the program, it makes every flock fail as on Lustre mounted without
// `-o flock` (ENOSYS).
#include <cerrno>

extern "C" int flock(int /*fd*/, int /*operation*/) {
  errno = ENOSYS;
  return -1;
}
