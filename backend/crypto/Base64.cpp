#include "crypto/Base64.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <climits>
#include <stdexcept>

namespace castellan {

std::string Base64::encode(std::span<const std::uint8_t> bytes)
{
    if (bytes.empty()) {
        return {};
    }
    // EVP_EncodeBlock takes an int length and writes a terminating NUL after the 4*ceil(n/3) characters.
    if (bytes.size() > static_cast<std::size_t>(INT_MAX / 4 * 3)) {
        throw std::length_error("Base64::encode: input too large");
    }
    std::string text(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int written =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(text.data()), bytes.data(), static_cast<int>(bytes.size()));
    text.resize(static_cast<std::size_t>(written));
    return text;
}

std::optional<std::vector<std::uint8_t>> Base64::decode(std::string_view text)
{
    if (text.empty()) {
        return std::vector<std::uint8_t>{};
    }
    if (text.size() % 4 != 0 || text.size() > static_cast<std::size_t>(INT_MAX)) {
        return std::nullopt;
    }
    // EVP_DecodeBlock accepts some non-canonical input (surrounding whitespace, non-zero trailing bits) and
    // counts padding as zero bytes; trimming the padding and re-encoding to compare rejects all of that.
    std::size_t padding = 0;
    if (text.back() == '=') {
        padding = text[text.size() - 2] == '=' ? 2 : 1;
    }
    std::vector<std::uint8_t> bytes(text.size() / 4 * 3);
    const int decoded = EVP_DecodeBlock(bytes.data(), reinterpret_cast<const unsigned char*>(text.data()),
                                        static_cast<int>(text.size()));
    if (decoded < 0 || static_cast<std::size_t>(decoded) != bytes.size()) {
        OPENSSL_cleanse(bytes.data(), bytes.size());
        return std::nullopt;
    }
    bytes.resize(bytes.size() - padding);
    std::string canonical = encode(bytes);
    const bool same = canonical == text;
    OPENSSL_cleanse(canonical.data(), canonical.size());
    if (!same) {
        OPENSSL_cleanse(bytes.data(), bytes.size());
        return std::nullopt;
    }
    return bytes;
}

} // namespace castellan
