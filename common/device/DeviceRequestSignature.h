#pragma once

#include "crypto/Random.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace castellan {

/// What an enrolled device signs with its P-256 key (DeviceKey) to authenticate to the device API (DESIGN §5).
///
/// A request carries four headers: X-Castellan-Device (the device id), X-Castellan-Timestamp (Unix seconds),
/// X-Castellan-Nonce (16 to 64 characters of A-Z a-z 0-9 '-' '_', never reused by the device) and
/// X-Castellan-Signature (base64 of the DER ECDSA-SHA256 signature) over the canonical text
///
///     METHOD \n PATH \n TIMESTAMP \n NONCE \n lower-case hex SHA-256 of the body (also of an empty body)
///
/// with PATH the request path without a query (device routes take none). The server accepts a timestamp
/// within kMaxSkewSeconds of its clock and each nonce once per device.
///
/// An answer to a push or QR-login challenge is signed separately over challengeAnswer(), so that the
/// decision is bound to the challenge it answers.
class DeviceRequestSignature
{
public:
    static constexpr std::string_view kDeviceHeader = "X-Castellan-Device";
    static constexpr std::string_view kTimestampHeader = "X-Castellan-Timestamp";
    static constexpr std::string_view kNonceHeader = "X-Castellan-Nonce";
    static constexpr std::string_view kSignatureHeader = "X-Castellan-Signature";
    static constexpr std::int64_t kMaxSkewSeconds = 300;
    static constexpr std::size_t kMinNonceLength = 16;
    static constexpr std::size_t kMaxNonceLength = 64;

    /// The text a request's signature covers.
    static std::string canonical(std::string_view method, std::string_view path, std::int64_t timestamp,
                                 std::string_view nonce, std::string_view body);
    /// The text an answer to a challenge is signed over: "castellan-challenge-answer\nCHALLENGE\nDECISION\nNUMBER".
    static std::string challengeAnswer(std::string_view challenge, std::string_view decision, std::string_view number);

    /// Whether `nonce` has the length and alphabet a nonce must have.
    static bool isWellFormedNonce(std::string_view nonce);
    /// The timestamp header's value: 1 to 12 decimal digits, nothing else.
    [[nodiscard]] static std::optional<std::int64_t> parseTimestamp(std::string_view text);
    /// A fresh nonce: 24 base64url characters (144 random bits).
    static std::string newNonce(const Random& random = Random::system());
};

} // namespace castellan
