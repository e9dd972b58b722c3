#pragma once

#include <cstdint>
#include <optional>

namespace castellan {

/// A relative change of a user's expiry: whole days or whole calendar months (a year is 12 months), never both.
struct ExpiryExtension
{
    int days = 0;
    int months = 0;

    static constexpr int kMaxDays = 3650;
    static constexpr int kMaxMonths = 120;

    /// The expiry of a user whose expiry is `expiresAt` after this extension, at `now` (seconds since the epoch,
    /// UTC):
    /// - no expiry stays no expiry (extending "never" cannot shorten it);
    /// - an expiry still ahead moves by the days or calendar months and keeps its time of day; a month later than
    ///   31 January is the last day of February (28 or 29), a year later than 29 February 2028 is 28 February 2029;
    /// - an expiry already passed is extended from the end of today, so the user gets the whole extension.
    std::optional<std::int64_t> apply(std::optional<std::int64_t> expiresAt, std::int64_t now) const;
};

} // namespace castellan
