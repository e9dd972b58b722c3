#pragma once

#include "core/Result.h"

#include <cstddef>
#include <functional>
#include <optional>
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
        Weak,             ///< the quality check finds it weak (see weakness())
    };
    /// Why the quality check (libpwquality with cracklib's dictionary, in the backend) finds a password weak.
    enum class Weakness
    {
        Dictionary,   ///< based on a dictionary word
        Simplistic,   ///< too simple or systematic ("abcdefghijkl", "123456789012")
        FewDifferent, ///< not enough different characters
        Palindrome,   ///< reads the same backwards ("aaaaaaaaaaaa")
        PersonalData, ///< contains the user's name in some form
        SimilarToOld, ///< too close to the old password (case changes, rotation)
        Repetitive,   ///< too many same characters or classes in a row
        FewClasses,   ///< too few kinds of characters
        Other,        ///< any other reason the checker gives
    };
    /// A check beyond these rules; it returns the weakness found, or nothing. Unset: no such check.
    using QualityCheck = std::function<std::optional<Weakness>(std::string_view password, std::string_view username)>;
    QualityCheck quality;

    /// The quality check's finding for a password that meets the other rules; nothing when there is no check.
    std::optional<Weakness> weakness(std::string_view password, std::string_view username) const;
    /// The English text of a weakness as a REST field error completes it ("password" + " is based on ...").
    static std::string describe(Weakness weakness);
    /// Every rule broken, in the order check() reports them.
    std::vector<Rule> broken(std::string_view password, std::string_view confirmation, std::string_view username) const;

    /// Every rule `password` breaks, as FieldErrors on "password" (valid UTF-8; "must be 12 characters or longer";
    /// "must be 256 characters or shorter"; "must not be the username"; "must not contain the username", both
    /// without regard to ASCII case; the quality check's describe() text), and one on "password_confirmation" ("must
    /// match the password") when `confirmation` differs. Empty when the password is acceptable.
    std::vector<FieldError> check(std::string_view password, std::string_view confirmation,
                                  std::string_view username) const;
};

} // namespace castellan
