#include "otp/Base32.h"

#include <array>

namespace castellan {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int kInvalid = -1;
constexpr int kSeparator = -2;
constexpr int kPad = -3;

// The value of each input character: 0–31 for the alphabet in either case, or one of the markers above.
constexpr std::array<int, 256> makeDecodeTable()
{
    std::array<int, 256> table{};
    table.fill(kInvalid);
    for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
        const auto upper = static_cast<unsigned char>(kAlphabet[i]);
        table[upper] = static_cast<int>(i);
        if (upper >= 'A' && upper <= 'Z') {
            table[upper - 'A' + 'a'] = static_cast<int>(i);
        }
    }
    table[' '] = kSeparator;
    table['-'] = kSeparator;
    table['='] = kPad;
    return table;
}

constexpr std::array<int, 256> kDecodeTable = makeDecodeTable();

Error decodeError(std::string message, std::size_t position)
{
    // The offending character is not quoted: the text is usually a secret and errors reach logs.
    return Error::of(ErrorCode::InvalidInput, std::move(message), "at position " + std::to_string(position));
}

// RFC 4648 §6: the last quantum of 1, 2, 3 or 4 bytes leaves 2, 4, 5 or 7 characters; 1, 3 or 6 cannot occur.
bool isPossibleLength(std::size_t symbols)
{
    const std::size_t tail = symbols % 8;
    return tail != 1 && tail != 3 && tail != 6;
}

} // namespace

std::string Base32::encode(std::span<const std::uint8_t> data, Padding padding)
{
    std::string out;
    out.reserve((data.size() + 4) / 5 * 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::uint8_t byte : data) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.push_back(kAlphabet[(buffer >> bits) & 0x1f]);
        }
    }
    if (bits > 0) {
        out.push_back(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    }
    if (padding == Padding::Include) {
        out.append((8 - out.size() % 8) % 8, '=');
    }
    return out;
}

Result<std::vector<std::uint8_t>> Base32::decode(std::string_view text)
{
    std::vector<std::uint8_t> out;
    out.reserve(text.size() * 5 / 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t symbols = 0;
    bool padding = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const int value = kDecodeTable[static_cast<unsigned char>(text[i])];
        if (value == kSeparator) {
            continue;
        }
        if (value == kPad) {
            padding = true;
            continue;
        }
        if (value == kInvalid) {
            return decodeError("The Base32 text contains a character outside the alphabet", i);
        }
        if (padding) {
            return decodeError("The Base32 padding is followed by more text", i);
        }
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>(buffer >> bits));
        }
    }
    if (!isPossibleLength(symbols)) {
        return decodeError("The Base32 text has a length no encoding produces", text.size());
    }
    return out;
}

} // namespace castellan
