#include "otp/TokenSeed.h"

#include "otp/Base32.h"
#include "otp/OtpSecret.h"

#include <optional>
#include <string>

namespace castellan {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::optional<std::vector<std::uint8_t>> fromHex(std::string_view hex)
{
    if (hex.size() % 2 != 0) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> bytes;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = hexValue(hex[i]);
        const int low = hexValue(hex[i + 1]);
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        bytes.push_back(static_cast<std::uint8_t>(high * 16 + low));
    }
    return bytes;
}

} // namespace

Result<std::vector<std::uint8_t>> decodeTokenSeed(std::string_view text, SeedEncoding encoding)
{
    std::string compact;
    for (char c : text) {
        if (c != ' ' && c != '\t' && c != '-') {
            compact.push_back(c);
        }
    }
    std::vector<std::uint8_t> seed;
    if (encoding == SeedEncoding::Hex) {
        auto decoded = fromHex(compact);
        if (!decoded) {
            return Error::of(ErrorCode::InvalidInput, "must be hexadecimal (an even number of 0-9 and a-f)");
        }
        seed = std::move(*decoded);
    } else {
        auto decoded = Base32::decode(compact);
        if (!decoded) {
            return Error::of(ErrorCode::InvalidInput, "must be base32 (RFC 4648)");
        }
        seed = std::move(decoded).value();
    }
    if (seed.size() < kOtpMinSecretBytes) {
        return Error::of(ErrorCode::InvalidInput, "must be at least 128 bits (RFC 4226 §4)");
    }
    if (seed.size() > kTokenSeedMaxBytes) {
        return Error::of(ErrorCode::InvalidInput, "must be at most 512 bits");
    }
    return seed;
}

} // namespace castellan
