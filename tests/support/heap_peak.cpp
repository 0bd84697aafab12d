// The most heap a program ever held, for tests: preloaded (LD_PRELOAD)
// into the program, it counts every block malloc and its kin hand out and
// take back, and at exit writes the peak, in bytes, to the file named by
// TOBII_HEAP_PEAK_FILE.
//
// Why not the kernel's peak resident set: glibc keeps freed memory for
// reuse, so a run's resident peak depends on whether a block of 14 MiB (a
// figure's image) finds a hole left by earlier work or extends the heap,
// which moves with the order of earlier allocations. Two machines measured
// the same program 7 MiB apart. The blocks in use do not move. Why not
// heaptrack (a Debian package): it records every call, and
// made a run five times slower; this adds an atomic add per call.
//
// Blocks are counted at their usable size, glibc's own rounding, so a
// block counts the same when it is taken back as when it was handed out.
#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstddef>
#include <cstdlib>

// glibc's own allocator, under the names it exports for wrappers like this.
extern "C" {
void* __libc_malloc(std::size_t size);
void* __libc_calloc(std::size_t count, std::size_t size);
void* __libc_realloc(void* block, std::size_t size);
void* __libc_memalign(std::size_t alignment, std::size_t size);
void __libc_free(void* block);
}

namespace {

std::atomic<long long> in_use{0};
std::atomic<long long> peak{0};

void Taken(void* block) {
  if (block == nullptr) return;
  const auto size = static_cast<long long>(malloc_usable_size(block));
  const long long now = in_use.fetch_add(size) + size;
  long long seen = peak.load();
  while (now > seen && !peak.compare_exchange_weak(seen, now)) {
  }
}

void Given(void* block) {
  if (block != nullptr) in_use.fetch_sub(static_cast<long long>(malloc_usable_size(block)));
}

// Written without allocating: the allocator may be half torn down.
__attribute__((destructor)) void WritePeak() {
  const char* name = std::getenv("TOBII_HEAP_PEAK_FILE");
  if (name == nullptr) return;
  char digits[24];
  char* end = digits + sizeof digits;
  char* start = end;
  for (long long value = peak.load(); start == end || value > 0; value /= 10)
    *--start = static_cast<char>('0' + value % 10);
  const int fd = ::open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return;
  (void)!::write(fd, start, static_cast<std::size_t>(end - start));
  ::close(fd);
}

}  // namespace

extern "C" {

void* malloc(std::size_t size) {
  void* block = __libc_malloc(size);
  Taken(block);
  return block;
}

void* calloc(std::size_t count, std::size_t size) {
  void* block = __libc_calloc(count, size);
  Taken(block);
  return block;
}

void* realloc(void* block, std::size_t size) {
  const long long before = block != nullptr ? static_cast<long long>(malloc_usable_size(block)) : 0;
  void* moved = __libc_realloc(block, size);
  // Null with a size: the block is untouched. Null without: it was freed.
  if (moved == nullptr && size != 0) return nullptr;
  in_use.fetch_sub(before);
  Taken(moved);
  return moved;
}

void free(void* block) {
  Given(block);
  __libc_free(block);
}

void* memalign(std::size_t alignment, std::size_t size) {
  void* block = __libc_memalign(alignment, size);
  Taken(block);
  return block;
}

void* aligned_alloc(std::size_t alignment, std::size_t size) { return memalign(alignment, size); }

int posix_memalign(void** out, std::size_t alignment, std::size_t size) {
  if (alignment % sizeof(void*) != 0 || (alignment & (alignment - 1)) != 0) return EINVAL;
  void* block = memalign(alignment, size);
  if (block == nullptr) return ENOMEM;
  *out = block;
  return 0;
}

void* valloc(std::size_t size) { return memalign(static_cast<std::size_t>(::sysconf(_SC_PAGESIZE)), size); }

}  // extern "C"
