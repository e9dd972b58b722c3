#pragma once

#include "otp/OtpAlgorithm.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace castellan {

/// Parameters of a TOTP factor (RFC 6238 §4) and how far from "now" a code may be (in time steps).
struct TotpParameters
{
    int digits = 6;
    OtpAlgorithm algorithm = OtpAlgorithm::Sha1;
    int period = 30;
    std::int64_t t0 = 0;
    int window = 1; ///< steps accepted before and after the current one (RFC 6238 §5.2 resynchronisation)
};

/// The time step whose code equals `code`, searching the current step first and then outwards within the
/// window; nothing when no step matches. Comparisons are constant-time. Replay (a step accepted before) is
/// the caller's to refuse, atomically in storage, so that it holds across nodes.
std::optional<std::uint64_t> findTotpStep(std::span<const std::uint8_t> secret, std::string_view code,
                                          std::int64_t unixTime, const TotpParameters& parameters);

} // namespace castellan
