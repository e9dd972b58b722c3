#include "notify/EncodedWord.h"

#include "crypto/Base64.h"

#include <algorithm>
#include <cstdint>

namespace castellan {
namespace {

// "=?UTF-8?B?" + "?=" take 12 of the 75 characters; 63 leave room for 15 base64 groups of 3 bytes.
constexpr std::size_t kMaxBytesPerWord = 45;

bool isPrintableAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::string EncodedWord::encode(std::string_view utf8)
{
    if (isPrintableAscii(utf8)) {
        return std::string(utf8);
    }
    std::string out;
    while (!utf8.empty()) {
        std::size_t take = std::min(kMaxBytesPerWord, utf8.size());
        // Never split a character: back up to the start of the one the cut would fall into.
        while (take < utf8.size() && take > 0 && isContinuationByte(utf8[take])) {
            --take;
        }
        if (take == 0) {
            take = std::min(kMaxBytesPerWord, utf8.size()); // not UTF-8 at all; split anywhere
        }
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
        if (!out.empty()) {
            out += "\r\n ";
        }
        out += "=?UTF-8?B?" + Base64::encode({bytes, take}) + "?=";
        utf8.remove_prefix(take);
    }
    return out;
}

} // namespace castellan
