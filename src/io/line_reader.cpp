#include "io/line_reader.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace tobii::io {

namespace {
constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";
}  // namespace

LineReader::LineReader(ByteSource* source, std::size_t buffer_bytes, DamageLog* damage, std::size_t max_line_bytes)
    : source_(source),
      damage_(damage),
      max_line_bytes_(std::max(max_line_bytes, buffer_bytes < 2 ? 2 : buffer_bytes)),
      buffer_(buffer_bytes < 2 ? 2 : buffer_bytes) {}

// Moves the unread tail to the front and reads more behind it, growing a
// full buffer up to max_line_bytes_. Returns false when nothing more can be
// read (end of input, error, or a line longer than max_line_bytes_: then
// status_ is ok and the buffer is full).
bool LineReader::Refill() {
  if (at_end_of_input_ || !status_.ok()) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) {
    if (buffer_.size() >= max_line_bytes_) return false;
    buffer_.resize(std::min(2 * buffer_.size(), max_line_bytes_));
  }
  std::size_t count = 0;
  status_ = source_->Read(buffer_.data() + end_, buffer_.size() - end_, &count);
  if (!status_.ok()) return false;
  if (count == 0) {
    at_end_of_input_ = true;
    std::string why;
    if (damage_ != nullptr && source_->ended_early(&why)) {
      damage_->Add(Damage::kCutShort, source_->name() + ":" + std::to_string(line_number_ + 1) + ":1: " + why);
    }
    return false;
  }
  end_ += count;
  return true;
}

bool LineReader::SkipLongLine() {
  const std::int64_t line = line_number_ + 1;
  while (true) {
    const void* newline = std::memchr(buffer_.data() + begin_, '\n', end_ - begin_);
    if (newline != nullptr) {
      const std::size_t stop = static_cast<const char*>(newline) - buffer_.data();
      bytes_consumed_ += stop + 1 - begin_;
      begin_ = stop + 1;
      break;
    }
    bytes_consumed_ += end_ - begin_;
    begin_ = end_ = 0;
    if (!Refill()) break;
  }
  ++line_number_;
  damage_->Add(Damage::kLineTooLong, source_->name() + ":" + std::to_string(line) + ":1: expected a line of at most " +
                                         std::to_string(max_line_bytes_) + " bytes, found a longer one");
  return status_.ok() && (begin_ < end_ || !at_end_of_input_);
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
      line_start_byte_ = bytes_consumed_;
      bytes_consumed_ += stop + 1 - begin_;
      begin_ = stop + 1;
      line_terminated_ = true;
      break;
    }
    const std::size_t unread = end_ - begin_;
    if (!Refill()) {
      if (!status_.ok()) return false;
      if (!at_end_of_input_) {  // a line longer than max_line_bytes_
        if (damage_ == nullptr) {
          status_ = Status::Error(source_->name() + ":" + std::to_string(line_number_ + 1) +
                                  ":1: expected a line of at most " + std::to_string(max_line_bytes_) +
                                  " bytes, found a longer one");
          return false;
        }
        if (!SkipLongLine()) return false;
        searched = begin_;
        continue;
      }
      if (begin_ == end_) return false;
      // The input ended inside a line: hand it out and say so.
      *line = std::string_view(buffer_.data() + begin_, end_ - begin_);
      if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
      line_start_byte_ = bytes_consumed_;
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

Status LineReader::SkipTo(std::uint64_t byte, std::int64_t line_number) {
  if (byte < bytes_consumed_) return Status::Error(source_->name() + ": cannot go back to byte " + std::to_string(byte));
  const std::uint64_t buffered = end_ - begin_;
  const std::uint64_t ahead = byte - bytes_consumed_;
  if (ahead <= buffered) {
    begin_ += static_cast<std::size_t>(ahead);
  } else {
    begin_ = end_ = 0;
    if (Status s = source_->Skip(ahead - buffered); !s.ok()) return status_ = s;
  }
  bytes_consumed_ = byte;
  line_number_ = line_number - 1;
  return Status::Ok();
}

}  // namespace tobii::io
