#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

/// The fields of a UserInput after UserValidator accepted them, in the form the store keeps. Absent fields are
/// std::nullopt (on update: leave unchanged); an empty string clears an optional field.
struct ValidatedUser
{
    std::optional<std::string> username;    ///< as typed
    std::optional<std::string> usernameKey; ///< Username::key(username), unique across users
    std::optional<std::string> password;    ///< plain text, to be hashed; absent when one is to be generated
    std::optional<std::string> firstName;   ///< trimmed
    std::optional<std::string> lastName;    ///< trimmed
    std::optional<std::string> email;       ///< trimmed, domain in lower case
    std::optional<std::string> phone;       ///< E.164, "+905554443322"
    std::optional<std::int64_t> expiresAt;  ///< seconds since the epoch; absent also when clearExpiresAt is set
    bool clearExpiresAt = false;            ///< the input's expires_at was empty: the account never expires
    std::optional<std::string> framedIp;    ///< dotted decimal
    std::optional<std::string> sponsorName; ///< trimmed
    std::optional<std::string> sponsorEmail;
    std::optional<std::string> description; ///< trimmed; may hold line breaks

    bool operator==(const ValidatedUser&) const = default;
};

} // namespace castellan
