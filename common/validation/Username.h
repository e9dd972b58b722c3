#pragma once

#include "core/Result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace castellan {

/// Usernames of local users: 1 to 64 characters, Latin letters, digits and `_ - @ ! # % + . $` only, so that
/// they pass unchanged through RADIUS, SAML NameIDs, CSV files and the console. Unique without regard to case.
class Username
{
public:
    static constexpr std::size_t kMaxLength = 64;
    /// The characters besides ASCII letters and digits that a username may hold.
    static constexpr std::string_view kPunctuation = "_-@!#%+.$";

    /// Checks `text` as typed (no trimming). Fails with InvalidInput and one FieldError on `field`:
    /// "must not be empty", "must be 64 characters or shorter" or "may contain only Latin letters, digits and
    /// _ - @ ! # % + . $".
    static Result<void> validate(std::string_view text, std::string_view field = "username");

    /// The key under which usernames are unique and looked up: ASCII lower case (usernames are ASCII, so this is
    /// their full case folding). Works on any text, so a login can look up whatever was typed.
    static std::string key(std::string_view username);

    /// Whether `c` may appear in a username.
    static bool isAllowedCharacter(char c);
};

} // namespace castellan
