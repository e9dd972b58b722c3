#include "device/DeviceRequestSignature.h"

#include "crypto/Sha256.h"

#include <algorithm>

namespace castellan {
namespace {

constexpr std::string_view kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

} // namespace

std::string DeviceRequestSignature::canonical(std::string_view method, std::string_view path, std::int64_t timestamp,
                                              std::string_view nonce, std::string_view body)
{
    std::string text;
    text.reserve(method.size() + path.size() + nonce.size() + 96);
    text.append(method).append("\n");
    text.append(path).append("\n");
    text.append(std::to_string(timestamp)).append("\n");
    text.append(nonce).append("\n");
    text.append(sha256Hex(body));
    return text;
}

std::string DeviceRequestSignature::challengeAnswer(std::string_view challenge, std::string_view decision,
                                                    std::string_view number)
{
    std::string text = "castellan-challenge-answer\n";
    text.append(challenge).append("\n").append(decision).append("\n").append(number);
    return text;
}

bool DeviceRequestSignature::isWellFormedNonce(std::string_view nonce)
{
    return nonce.size() >= kMinNonceLength && nonce.size() <= kMaxNonceLength &&
           std::ranges::all_of(nonce, [](char c) { return kBase64Url.find(c) != std::string_view::npos; });
}

std::optional<std::int64_t> DeviceRequestSignature::parseTimestamp(std::string_view text)
{
    if (text.empty() || text.size() > 12) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string DeviceRequestSignature::newNonce(const Random& random)
{
    std::string nonce;
    for (std::uint8_t byte : random.bytes(24)) {
        nonce.push_back(kBase64Url[byte & 0x3f]); // 6 of each byte's 8 random bits: 144 bits in all
    }
    return nonce;
}

} // namespace castellan
