#include "auth/OpaqueToken.h"

#include "crypto/Sha256.h"

namespace castellan {

std::string OpaqueToken::generate(std::string_view prefix, const Random& random)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const std::vector<std::uint8_t> bytes = random.bytes(32);
    std::string token(prefix);
    // base64url without padding (RFC 4648 §5): 32 bytes -> 43 characters.
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            token.push_back(kAlphabet[(buffer >> bits) & 0x3f]);
        }
    }
    if (bits > 0) {
        token.push_back(kAlphabet[(buffer << (6 - bits)) & 0x3f]);
    }
    return token;
}

std::string OpaqueToken::digest(std::string_view token)
{
    return sha256Hex(token);
}

} // namespace castellan
