#pragma once

#include "core/Result.h"
#include "validation/PasswordPolicy.h"
#include "validation/PhoneNumber.h"
#include "validation/UserInput.h"
#include "validation/ValidatedUser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace castellan {

/// Checks the fields of a local user for creation or a partial update (PATCH) and reports every invalid field
/// at once, as Error::invalid with one FieldError per broken rule, in the order of UserInput's fields.
/// Rules: username per Username; password per the PasswordPolicy with a matching password_confirmation;
/// first_name, last_name and sponsor_name up to 100 characters, description up to 1000 (line breaks allowed),
/// none with control characters; email and sponsor_email per EmailAddress; phone per PhoneNumber; framed_ip
/// per Ipv4Address; expires_at an RFC 3339 timestamp, or a date "2027-01-31" meaning 23:59:59 UTC that day.
/// Optional fields given as empty (or white space) strings come out empty, meaning "no value".
class UserValidator
{
public:
    static constexpr std::size_t kMaxNameLength = 100;
    static constexpr std::size_t kMaxDescriptionLength = 1000;

    /// How a new user gets a password.
    enum class PasswordSource
    {
        Given,     ///< password and password_confirmation are required
        Generated, ///< the caller generates a temporary password; both fields must be left out
    };

    /// A validator applying `policy` and reading national phone numbers with `defaultCallingCode` (1–999).
    explicit UserValidator(PasswordPolicy policy = {}, int defaultCallingCode = PhoneNumber::kDefaultCallingCode);

    /// Validates a new user: username is required, and the password as `source` says.
    Result<ValidatedUser> validateCreate(const UserInput& input, PasswordSource source = PasswordSource::Given) const;

    /// Seconds since the epoch of an expires_at value: an RFC 3339 timestamp, or a date "2027-01-31" meaning 23:59:59
    /// UTC that day; surrounding white space is ignored. Fails with InvalidInput and one FieldError on expires_at.
    static Result<std::int64_t> parseExpiry(std::string_view text);

    /// Validates the present fields of an update of the user now called `currentUsername`; a new password is
    /// checked against the new username if the update renames the user, else against `currentUsername`.
    Result<ValidatedUser> validateUpdate(const UserInput& input, std::string_view currentUsername) const;

private:
    enum class Mode
    {
        Create,
        Update,
    };

    Result<ValidatedUser> validate(const UserInput& input, Mode mode, PasswordSource source,
                                   std::string_view currentUsername) const;
    void checkPassword(const UserInput& input, bool required, PasswordSource source, std::string_view username,
                       ValidatedUser& out, std::vector<FieldError>& errors) const;

    PasswordPolicy m_policy;
    int m_defaultCallingCode;
};

} // namespace castellan
