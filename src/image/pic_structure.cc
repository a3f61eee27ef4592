#include "image/pic_structure.h"

#include <algorithm>
#include <bit>
#include <vector>

namespace handout {
namespace {

constexpr size_t kHeaderBytes = 104;  // magic, version, comment, "PICT", size, ratio, fields
constexpr size_t kMostPackets = 10;   // stb_image's limit

struct ChannelPacket {
  int type = 0;          // 0 uncompressed, 1 runs, 2 runs and literal stretches
  int channel_mask = 0;  // 0x80 red, 0x40 green, 0x20 blue, 0x10 alpha
};

const char* const kTruncated =
    "its pixel data ends before its last row (the file may be truncated)";

// Reads the file the way stb_image does, failing wherever stb_image would.
class PicWalk {
 public:
  PicWalk(std::string_view bytes, uint64_t width, uint64_t height)
      : bytes_(bytes), width_(width), height_(height) {}

  std::optional<std::string> damage() {
    if (auto damage = read_packets()) return damage;
    for (uint64_t row = 0; row < height_; ++row) {
      for (const ChannelPacket& packet : packets_) {
        if (auto damage = read_row(packet)) return damage;
      }
    }
    return std::nullopt;
  }

 private:
  bool at_end() const { return at_ >= bytes_.size(); }

  // Takes `count` bytes; false when the file ends first.
  bool take(size_t count) {
    if (bytes_.size() - at_ < count) return false;
    at_ += count;
    return true;
  }

  int next_byte() { return static_cast<uint8_t>(bytes_[at_++]); }

  std::optional<std::string> read_packets() {
    at_ = kHeaderBytes;
    for (bool chained = true; chained;) {
      if (packets_.size() == kMostPackets) {
        return std::string("it has more than 10 channel packets (the file may be corrupted)");
      }
      if (bytes_.size() < at_ + 4 + 1) return std::string(kTruncated);
      chained = next_byte() != 0;
      const int bits = next_byte();
      ChannelPacket packet{next_byte(), next_byte()};
      if (bits != 8) return "a channel packet has " + std::to_string(bits) + " bits, not 8";
      if (packet.type > 2) {
        return "a channel packet has compression type " + std::to_string(packet.type) +
               ", which PIC does not have (the file may be corrupted)";
      }
      packets_.push_back(packet);
    }
    return std::nullopt;
  }

  // One pixel's samples of the packet's channels.
  bool take_value(const ChannelPacket& packet) {
    return take(std::popcount(static_cast<unsigned>(packet.channel_mask & 0xF0)));
  }

  std::optional<std::string> read_row(const ChannelPacket& packet) {
    for (uint64_t left = width_; left > 0;) {
      if (packet.type == 0) {
        if (!take_value(packet)) return std::string(kTruncated);
        --left;
        continue;
      }
      // stb_image fails when the file ends right after a count, even before an empty value.
      if (!take(1) || at_end()) return std::string(kTruncated);
      const uint64_t code = static_cast<uint8_t>(bytes_[at_ - 1]);
      std::optional<uint64_t> count = packet.type == 1 ? std::min(code, left) : mixed_count(code);
      if (!count) return std::string(kTruncated);
      if (*count > left) {
        return std::string("a run of its pixel data overruns its row (the file may be corrupted)");
      }
      const bool repeated = packet.type == 1 || code >= 128;
      for (uint64_t value = 0; value < (repeated ? 1 : *count); ++value) {
        if (!take_value(packet)) return std::string(kTruncated);
      }
      left -= *count;
    }
    return std::nullopt;
  }

  // In mixed packets a code below 128 is a stretch of code + 1 pixels; above 128 a repeat of
  // code - 127 pixels; 128 a repeat whose 16-bit count follows.
  std::optional<uint64_t> mixed_count(uint64_t code) {
    if (code < 128) return code + 1;
    if (code > 128) return code - 127;
    if (!take(2)) return std::nullopt;
    return (static_cast<uint64_t>(static_cast<uint8_t>(bytes_[at_ - 2])) << 8) |
           static_cast<uint8_t>(bytes_[at_ - 1]);
  }

  std::string_view bytes_;
  uint64_t width_;
  uint64_t height_;
  size_t at_ = 0;
  std::vector<ChannelPacket> packets_;
};

}  // namespace

std::optional<std::string> find_pic_damage(std::string_view bytes, uint64_t width,
                                           uint64_t height) {
  return PicWalk(bytes, width, height).damage();
}

}  // namespace handout
