#pragma once

#include "core/Result.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace castellan {

/// The rules a new password of a local user must meet. Lengths count Unicode code points, so "Çağrı" is 5.
struct PasswordPolicy
{
    static constexpr std::size_t kDefaultMinLength = 12;
    static constexpr std::size_t kDefaultMaxLength = 256;
    /// Shorter usernames are only refused as the whole password: "must not contain the username" would
    /// otherwise forbid every password holding, say, the letter of a one-letter username.
    static constexpr std::size_t kMinUsernameLengthToSearch = 3;

    std::size_t minLength = kDefaultMinLength;
    std::size_t maxLength = kDefaultMaxLength;

    /// A rule a password breaks, for callers that word the message themselves (the portal, in its languages).
    enum class Rule
    {
        Utf8,             ///< not valid UTF-8
        TooShort,         ///< fewer than minLength code points
        TooLong,          ///< more than maxLength code points
        IsUsername,       ///< the username, whatever the ASCII case
        ContainsUsername, ///< contains the username
        Mismatch,         ///< the confirmation differs
    };
    /// Every rule broken, in the order check() reports them.
    std::vector<Rule> broken(std::string_view password, std::string_view confirmation, std::string_view username) const;

    /// Every rule `password` breaks, as FieldErrors on "password" (valid UTF-8; "must be 12 characters or longer";
    /// "must be 256 characters or shorter"; "must not be the username"; "must not contain the username", both
    /// without regard to ASCII case), and one on "password_confirmation" ("must match the password") when
    /// `confirmation` differs. Empty when the password is acceptable.
    std::vector<FieldError> check(std::string_view password, std::string_view confirmation,
                                  std::string_view username) const;
};

} // namespace castellan
