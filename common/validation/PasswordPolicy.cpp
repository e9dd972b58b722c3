#include "validation/PasswordPolicy.h"

#include "validation/Username.h"
#include "validation/Utf8.h"

#include <string>

namespace castellan {

namespace {

constexpr std::string_view kPassword = "password";
constexpr std::string_view kConfirmation = "password_confirmation";

FieldError passwordError(std::string message)
{
    return FieldError{std::string(kPassword), std::move(message)};
}

} // namespace

std::vector<FieldError> PasswordPolicy::check(std::string_view password, std::string_view confirmation,
                                              std::string_view username) const
{
    std::vector<FieldError> errors;
    if (!Utf8::isValid(password)) {
        errors.push_back(passwordError("must be valid UTF-8 text"));
    } else {
        const std::size_t length = Utf8::codePointCount(password);
        if (length < minLength) {
            errors.push_back(passwordError("must be " + std::to_string(minLength) + " characters or longer"));
        }
        if (length > maxLength) {
            errors.push_back(passwordError("must be " + std::to_string(maxLength) + " characters or shorter"));
        }
    }
    if (!username.empty()) {
        // Username::key folds ASCII letters only, leaving UTF-8 bytes alone, so it suits passwords too.
        const std::string passwordKey = Username::key(password);
        const std::string usernameKey = Username::key(username);
        if (passwordKey == usernameKey) {
            errors.push_back(passwordError("must not be the username"));
        } else if (usernameKey.size() >= kMinUsernameLengthToSearch &&
                   passwordKey.find(usernameKey) != std::string::npos) {
            errors.push_back(passwordError("must not contain the username"));
        }
    }
    if (password != confirmation) {
        errors.push_back(FieldError{std::string(kConfirmation), "must match the password"});
    }
    return errors;
}

} // namespace castellan
