#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace castellan {

/// The fields of a local user as a request brings them (REST JSON, a CSV row, a console dialog), before any
/// checking. An absent field is std::nullopt; for optional fields a present empty string means "no value"
/// (on update: clear it). The kField names are the snake_case API names that field errors carry.
struct UserInput
{
    static constexpr std::string_view kUsername = "username";
    static constexpr std::string_view kPassword = "password";
    static constexpr std::string_view kPasswordConfirmation = "password_confirmation";
    static constexpr std::string_view kFirstName = "first_name";
    static constexpr std::string_view kLastName = "last_name";
    static constexpr std::string_view kEmail = "email";
    static constexpr std::string_view kPhone = "phone";
    static constexpr std::string_view kExpiresAt = "expires_at";
    static constexpr std::string_view kFramedIp = "framed_ip";
    static constexpr std::string_view kSponsorName = "sponsor_name";
    static constexpr std::string_view kSponsorEmail = "sponsor_email";
    static constexpr std::string_view kDescription = "description";

    std::optional<std::string> username;
    std::optional<std::string> password;
    std::optional<std::string> passwordConfirmation;
    std::optional<std::string> firstName;
    std::optional<std::string> lastName;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> expiresAt; ///< RFC 3339 timestamp, or a date meaning the end of that day (UTC)
    std::optional<std::string> framedIp;
    std::optional<std::string> sponsorName;
    std::optional<std::string> sponsorEmail;
    std::optional<std::string> description;
};

} // namespace castellan
