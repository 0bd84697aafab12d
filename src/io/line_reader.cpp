#include "io/line_reader.h"

#include <cstring>
#include <string>

namespace tobii::io {

namespace {
constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";
}  // namespace

LineReader::LineReader(ByteSource* source, std::size_t buffer_bytes)
    : source_(source), buffer_(buffer_bytes < 2 ? 2 : buffer_bytes) {}

// Moves the unread tail to the front and reads more behind it. Returns false
// when nothing more can be read (end of input, error, or a full buffer).
bool LineReader::Refill() {
  if (at_end_of_input_ || !status_.ok()) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) {
    status_ = Status::Error(source_->name() + ":" + std::to_string(line_number_ + 1) +
                            ":1: expected a line of at most " + std::to_string(buffer_.size()) +
                            " bytes, found a longer one");
    return false;
  }
  std::size_t count = 0;
  status_ = source_->Read(buffer_.data() + end_, buffer_.size() - end_, &count);
  if (!status_.ok()) return false;
  if (count == 0) {
    at_end_of_input_ = true;
    return false;
  }
  end_ += count;
  return true;
}

bool LineReader::Next(std::string_view* line) {
  std::size_t searched = begin_;
  while (true) {
    const char* data = buffer_.data();
    const void* newline = std::memchr(data + searched, '\n', end_ - searched);
    if (newline != nullptr) {
      const std::size_t stop = static_cast<const char*>(newline) - data;
      std::size_t length = stop - begin_;
      if (length > 0 && data[begin_ + length - 1] == '\r') --length;
      *line = std::string_view(data + begin_, length);
      bytes_consumed_ += stop + 1 - begin_;
      begin_ = stop + 1;
      line_terminated_ = true;
      break;
    }
    const std::size_t unread = end_ - begin_;
    if (!Refill()) {
      if (!status_.ok() || begin_ == end_) return false;
      // The input ended inside a line: hand it out and say so.
      *line = std::string_view(buffer_.data() + begin_, end_ - begin_);
      if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
      bytes_consumed_ += end_ - begin_;
      begin_ = end_;
      line_terminated_ = false;
      break;
    }
    searched = begin_ + unread;  // Refill moved the tail to the front
  }
  ++line_number_;
  if (line_number_ == 1 && line->substr(0, kUtf8ByteOrderMark.size()) == kUtf8ByteOrderMark) {
    line->remove_prefix(kUtf8ByteOrderMark.size());
  }
  return true;
}

}  // namespace tobii::io
