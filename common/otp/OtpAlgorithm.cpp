#include "otp/OtpAlgorithm.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace castellan {

std::string_view otpAlgorithmName(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return "SHA1";
    case OtpAlgorithm::Sha256:
        return "SHA256";
    case OtpAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA1";
}

std::optional<OtpAlgorithm> otpAlgorithmFromName(std::string_view name)
{
    constexpr std::array kAll{OtpAlgorithm::Sha1, OtpAlgorithm::Sha256, OtpAlgorithm::Sha512};
    const auto sameIgnoringCase = [](char a, char b) {
        return std::toupper(static_cast<unsigned char>(a)) == std::toupper(static_cast<unsigned char>(b));
    };
    for (OtpAlgorithm algorithm : kAll) {
        if (std::ranges::equal(name, otpAlgorithmName(algorithm), sameIgnoringCase)) {
            return algorithm;
        }
    }
    return std::nullopt;
}

} // namespace castellan
