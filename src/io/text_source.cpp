#include "io/text_source.h"

#include <iconv.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include <fmt/format.h>

namespace tobii::io {

namespace {

constexpr std::size_t kBlockBytes = std::size_t{1} << 16;
// Enough leading bytes to tell UTF-16 from UTF-8 and to see gzip's magic.
constexpr std::size_t kPeekBytes = 64;
constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";
// Of the leading UTF-16 code units, this share must be ASCII (one zero byte)
// for text without a byte order mark to be taken as UTF-16: every header of
// every format we read is ASCII.
constexpr double kUtf16AsciiShare = 0.9;
// U+FFFD, written in place of a UTF-16 sequence that does not decode.
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Serves bytes already read (the peeked start), then the rest of `inner`.
// `raw`: the prefix is the file's own bytes (not inflated ones), so that
// bytes_read() does not count it before it is served.
class PrefixedSource final : public ByteSource {
 public:
  PrefixedSource(std::string prefix, std::unique_ptr<ByteSource> inner, bool raw)
      : prefix_(std::move(prefix)), inner_(std::move(inner)), raw_(raw) {}

  Status Read(char* buffer, std::size_t capacity, std::size_t* count) override {
    if (at_ < prefix_.size()) {
      *count = std::min(capacity, prefix_.size() - at_);
      std::memcpy(buffer, prefix_.data() + at_, *count);
      at_ += *count;
      return Status::Ok();
    }
    return inner_->Read(buffer, capacity, count);
  }
  const std::string& name() const override { return inner_->name(); }
  std::uint64_t bytes_read() const override {
    return inner_->bytes_read() - (raw_ ? prefix_.size() - at_ : 0);
  }
  // Past the prefix, a file's own Skip (a seek) where the prefix was its
  // own bytes.
  Status Skip(std::uint64_t bytes) override {
    const std::uint64_t from_prefix = std::min<std::uint64_t>(bytes, prefix_.size() - at_);
    at_ += static_cast<std::size_t>(from_prefix);
    return raw_ ? inner_->Skip(bytes - from_prefix) : ByteSource::Skip(bytes - from_prefix);
  }
  bool ended_early(std::string* why) const override { return inner_->ended_early(why); }

 private:
  std::string prefix_;
  std::size_t at_ = 0;
  std::unique_ptr<ByteSource> inner_;
  bool raw_;
};

// Inflates gzip (several members one after another, as `cat a.gz b.gz`
// makes, included).
class GzipSource final : public ByteSource {
 public:
  GzipSource(std::unique_ptr<ByteSource> inner, std::uint64_t max_inflated)
      : inner_(std::move(inner)), in_(kBlockBytes), max_inflated_(max_inflated) {
    ok_ = inflateInit2(&z_, 16 + MAX_WBITS) == Z_OK;
  }
  ~GzipSource() override {
    if (ok_) inflateEnd(&z_);
  }

  Status Read(char* buffer, std::size_t capacity, std::size_t* count) override {
    *count = 0;
    if (!ok_) return Status::Error(name() + ": cannot start zlib's inflate");
    z_.next_out = reinterpret_cast<Bytef*>(buffer);
    z_.avail_out = static_cast<uInt>(std::min<std::size_t>(capacity, kBlockBytes));
    const uInt wanted = z_.avail_out;
    while (z_.avail_out == wanted && !done_) {
      if (z_.avail_in == 0) {
        std::size_t n = 0;
        if (Status s = inner_->Read(in_.data(), in_.size(), &n); !s.ok()) return s;
        if (n == 0) {
          // The input ended: cleanly between members, or inside one.
          if (in_member_) early_ = "the compressed data ends before its end (truncated?)";
          done_ = true;
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(n);
      }
      in_member_ = true;
      const int r = inflate(&z_, Z_NO_FLUSH);
      if (r == Z_STREAM_END) {
        in_member_ = false;
        inflateReset(&z_);  // another member may follow
      } else if (r != Z_OK && !(r == Z_BUF_ERROR && z_.avail_in == 0)) {
        early_ = fmt::format("the compressed data is damaged after {} bytes inflated ({})", inflated_ + wanted - z_.avail_out,
                             z_.msg != nullptr ? z_.msg : "zlib error");
        done_ = true;
      }
    }
    *count = wanted - z_.avail_out;
    inflated_ += *count;
    if (inflated_ > max_inflated_) {
      return Status::Error(fmt::format("{}: inflates to more than {} bytes: not read (a compressed file this "
                                       "large is no recording)",
                                       name(), max_inflated_));
    }
    return Status::Ok();
  }
  const std::string& name() const override { return inner_->name(); }
  std::uint64_t bytes_read() const override { return inner_->bytes_read(); }
  bool ended_early(std::string* why) const override {
    if (early_.empty()) return inner_->ended_early(why);
    *why = early_;
    return true;
  }

 private:
  std::unique_ptr<ByteSource> inner_;
  std::vector<char> in_;
  z_stream z_{};
  bool ok_ = false;
  bool done_ = false;
  bool in_member_ = false;
  std::uint64_t inflated_ = 0;
  std::uint64_t max_inflated_;
  std::string early_;
};

// Converts UTF-16 to UTF-8 with iconv; a code unit sequence that does not
// decode (a lone surrogate) becomes U+FFFD.
class Utf16Source final : public ByteSource {
 public:
  Utf16Source(std::unique_ptr<ByteSource> inner, TextEncoding encoding)
      : inner_(std::move(inner)), in_(kBlockBytes), out_(2 * kBlockBytes) {
    cd_ = iconv_open("UTF-8", encoding == TextEncoding::kUtf16Le ? "UTF-16LE" : "UTF-16BE");
  }
  ~Utf16Source() override {
    if (cd_ != reinterpret_cast<iconv_t>(-1)) iconv_close(cd_);
  }

  Status Read(char* buffer, std::size_t capacity, std::size_t* count) override {
    *count = 0;
    if (cd_ == reinterpret_cast<iconv_t>(-1)) return Status::Error(name() + ": cannot start iconv for UTF-16");
    while (out_begin_ == out_end_) {
      if (Status s = Convert(); !s.ok()) return s;
      if (out_begin_ == out_end_ && eof_ && in_begin_ == in_end_) return Status::Ok();
    }
    *count = std::min(capacity, out_end_ - out_begin_);
    std::memcpy(buffer, out_.data() + out_begin_, *count);
    out_begin_ += *count;
    return Status::Ok();
  }
  const std::string& name() const override { return inner_->name(); }
  std::uint64_t bytes_read() const override { return inner_->bytes_read(); }
  bool ended_early(std::string* why) const override { return inner_->ended_early(why); }

 private:
  // Refills the input when it holds less than a code unit pair, then
  // converts as much as fits into the (empty) output.
  Status Convert() {
    out_begin_ = out_end_ = 0;
    if (!eof_ && in_end_ - in_begin_ < 4) {
      std::memmove(in_.data(), in_.data() + in_begin_, in_end_ - in_begin_);
      in_end_ -= in_begin_;
      in_begin_ = 0;
      std::size_t n = 0;
      if (Status s = inner_->Read(in_.data() + in_end_, in_.size() - in_end_, &n); !s.ok()) return s;
      if (n == 0) eof_ = true;
      in_end_ += n;
    }
    char* in = in_.data() + in_begin_;
    std::size_t in_left = in_end_ - in_begin_;
    char* out = out_.data();
    std::size_t out_left = out_.size();
    const std::size_t r = iconv(cd_, &in, &in_left, &out, &out_left);
    const int error = r == static_cast<std::size_t>(-1) ? errno : 0;
    in_begin_ = static_cast<std::size_t>(in - in_.data());
    out_end_ = out_.size() - out_left;
    if (error == EILSEQ || (error == EINVAL && eof_)) {
      // Not UTF-16 here, or a file that ends inside a code unit pair.
      const std::size_t skip = std::min<std::size_t>(2, in_end_ - in_begin_);
      in_begin_ += skip;
      if (out_left >= kReplacementCharacter.size()) {
        std::memcpy(out_.data() + out_end_, kReplacementCharacter.data(), kReplacementCharacter.size());
        out_end_ += kReplacementCharacter.size();
      }
    }
    return Status::Ok();
  }

  std::unique_ptr<ByteSource> inner_;
  iconv_t cd_;
  std::vector<char> in_, out_;
  std::size_t in_begin_ = 0, in_end_ = 0, out_begin_ = 0, out_end_ = 0;
  bool eof_ = false;
};

// Reads up to kPeekBytes from the start of `source`.
Status Peek(ByteSource* source, std::string* prefix) {
  prefix->assign(kPeekBytes, '\0');
  std::size_t filled = 0, count = 0;
  do {
    if (Status s = source->Read(prefix->data() + filled, kPeekBytes - filled, &count); !s.ok()) return s;
    filled += count;
  } while (count > 0 && filled < kPeekBytes);
  prefix->resize(filled);
  return Status::Ok();
}

}  // namespace

std::string DescribeTextForm(const TextForm& form) {
  const char* encoding = "UTF-8";
  switch (form.encoding) {
    case TextEncoding::kUtf8: encoding = "UTF-8"; break;
    case TextEncoding::kUtf8Bom: encoding = "UTF-8 with BOM"; break;
    case TextEncoding::kUtf16Le: encoding = "UTF-16 LE"; break;
    case TextEncoding::kUtf16Be: encoding = "UTF-16 BE"; break;
  }
  return form.gzip ? fmt::format("gzip, {}", encoding) : std::string(encoding);
}

bool LooksGzip(std::string_view raw) {
  return raw.size() >= 2 && static_cast<unsigned char>(raw[0]) == 0x1f && static_cast<unsigned char>(raw[1]) == 0x8b;
}

bool LooksUtf16(std::string_view raw, TextEncoding* encoding) {
  if (raw.starts_with("\xFF\xFE")) {
    *encoding = TextEncoding::kUtf16Le;
    return true;
  }
  if (raw.starts_with("\xFE\xFF")) {
    *encoding = TextEncoding::kUtf16Be;
    return true;
  }
  // Without a BOM: ASCII text has a zero byte in every code unit.
  const std::size_t units = raw.size() / 2;
  if (units < 2) return false;
  std::size_t low_zero = 0, high_zero = 0;  // zero in the second byte (LE) or the first (BE)
  for (std::size_t i = 0; i < units; ++i) {
    const bool first = raw[2 * i] == '\0', second = raw[2 * i + 1] == '\0';
    if (second && !first) ++low_zero;
    if (first && !second) ++high_zero;
  }
  const auto enough = [&](std::size_t n) { return static_cast<double>(n) >= kUtf16AsciiShare * static_cast<double>(units); };
  if (enough(low_zero)) *encoding = TextEncoding::kUtf16Le;
  else if (enough(high_zero)) *encoding = TextEncoding::kUtf16Be;
  else return false;
  return true;
}

Status OpenText(std::unique_ptr<ByteSource> raw, std::unique_ptr<ByteSource>* text, TextForm* form,
                const TextOptions& options) {
  *form = TextForm();
  std::string prefix;
  if (Status s = Peek(raw.get(), &prefix); !s.ok()) return s;
  std::unique_ptr<ByteSource> source;
  if (LooksGzip(prefix)) {
    form->gzip = true;
    auto gzip = std::make_unique<GzipSource>(std::make_unique<PrefixedSource>(prefix, std::move(raw), true),
                                             options.max_inflated_bytes);
    if (Status s = Peek(gzip.get(), &prefix); !s.ok()) return s;
    source = std::move(gzip);
  } else {
    source = std::move(raw);
  }
  const bool raw_prefix = !form->gzip;
  TextEncoding utf16;
  if (LooksUtf16(prefix, &utf16)) {
    form->encoding = utf16;
    const bool bom = prefix.starts_with("\xFF\xFE") || prefix.starts_with("\xFE\xFF");
    auto inner = std::make_unique<PrefixedSource>(prefix.substr(bom ? 2 : 0), std::move(source), raw_prefix);
    *text = std::make_unique<Utf16Source>(std::move(inner), utf16);
    return Status::Ok();
  }
  const bool bom = prefix.starts_with(kUtf8ByteOrderMark);
  if (bom) form->encoding = TextEncoding::kUtf8Bom;
  *text = std::make_unique<PrefixedSource>(prefix.substr(bom ? kUtf8ByteOrderMark.size() : 0), std::move(source),
                                           raw_prefix);
  return Status::Ok();
}

Status OpenTextFile(const std::string& path, std::unique_ptr<ByteSource>* text, TextForm* form,
                    const TextOptions& options) {
  std::unique_ptr<ByteSource> raw;
  if (Status s = OpenFileSource(path, &raw); !s.ok()) return s;
  return OpenText(std::move(raw), text, form, options);
}

}  // namespace tobii::io
