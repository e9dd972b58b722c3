#include "validation/Utf8.h"

#include <cstdint>
#include <cstring>

namespace castellan {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// The length of the well-formed sequence starting at text[pos] (which is not ASCII), or 0.
// Table 3-7: the second byte's range depends on the first byte; later bytes are 80..BF.
std::size_t sequenceLength(std::string_view text, std::size_t pos)
{
    const auto first = static_cast<unsigned char>(text[pos]);
    std::size_t length = 0;
    unsigned char secondLow = 0x80;
    unsigned char secondHigh = 0xBF;
    if (first >= 0xC2 && first <= 0xDF) {
        length = 2;
    } else if (first >= 0xE0 && first <= 0xEF) {
        length = 3;
        secondLow = first == 0xE0 ? 0xA0 : 0x80;  // E0 80..9F would be overlong
        secondHigh = first == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
    } else if (first >= 0xF0 && first <= 0xF4) {
        length = 4;
        secondLow = first == 0xF0 ? 0x90 : 0x80;  // F0 80..8F would be overlong
        secondHigh = first == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
    } else {
        return 0;
    }
    if (pos + length > text.size()) {
        return 0;
    }
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    if (second < secondLow || second > secondHigh) {
        return 0;
    }
    for (std::size_t i = 2; i < length; ++i) {
        if (!isContinuation(static_cast<unsigned char>(text[pos + i]))) {
            return 0;
        }
    }
    return length;
}

} // namespace

std::size_t Utf8::validPrefixLength(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Most text (CSV files in particular) is ASCII: skip it eight bytes at a time.
        if (pos + 8 <= text.size()) {
            std::uint64_t block = 0;
            std::memcpy(&block, text.data() + pos, sizeof block);
            if ((block & kHighBits) == 0) {
                pos += 8;
                continue;
            }
        }
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t length = sequenceLength(text, pos);
        if (length == 0) {
            return pos;
        }
        pos += length;
    }
    return text.size();
}

std::size_t Utf8::codePointCount(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text) {
        count += isContinuation(static_cast<unsigned char>(c)) ? 0 : 1;
    }
    return count;
}

} // namespace castellan
