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

std::vector<PasswordPolicy::Rule> PasswordPolicy::broken(std::string_view password, std::string_view confirmation,
                                                         std::string_view username) const
{
    std::vector<Rule> rules;
    if (!Utf8::isValid(password)) {
        rules.push_back(Rule::Utf8);
    } else {
        const std::size_t length = Utf8::codePointCount(password);
        if (length < minLength) {
            rules.push_back(Rule::TooShort);
        }
        if (length > maxLength) {
            rules.push_back(Rule::TooLong);
        }
    }
    if (!username.empty()) {
        // Username::key folds ASCII letters only, leaving UTF-8 bytes alone, so it suits passwords too.
        const std::string passwordKey = Username::key(password);
        const std::string usernameKey = Username::key(username);
        if (passwordKey == usernameKey) {
            rules.push_back(Rule::IsUsername);
        } else if (usernameKey.size() >= kMinUsernameLengthToSearch &&
                   passwordKey.find(usernameKey) != std::string::npos) {
            rules.push_back(Rule::ContainsUsername);
        }
    }
    // The quality check runs only on a password the other rules accept: one reason at a time.
    if (rules.empty() && weakness(password, username)) {
        rules.push_back(Rule::Weak);
    }
    if (password != confirmation) {
        rules.push_back(Rule::Mismatch);
    }
    return rules;
}

std::optional<PasswordPolicy::Weakness> PasswordPolicy::weakness(std::string_view password,
                                                                 std::string_view username) const
{
    return quality ? quality(password, username) : std::nullopt;
}

std::string PasswordPolicy::describe(Weakness weakness)
{
    switch (weakness) {
    case Weakness::Dictionary:
        return "is based on a dictionary word";
    case Weakness::Simplistic:
        return "is too simple or systematic";
    case Weakness::FewDifferent:
        return "does not contain enough different characters";
    case Weakness::Palindrome:
        return "is a palindrome";
    case Weakness::PersonalData:
        return "contains the user's name in some form";
    case Weakness::SimilarToOld:
        return "is too similar to the old password";
    case Weakness::Repetitive:
        return "repeats the same characters too often";
    case Weakness::FewClasses:
        return "needs more kinds of characters (letters, digits, symbols)";
    case Weakness::Other:
        break;
    }
    return "is too easy to guess";
}

std::vector<FieldError> PasswordPolicy::check(std::string_view password, std::string_view confirmation,
                                              std::string_view username) const
{
    std::vector<FieldError> errors;
    for (Rule rule : broken(password, confirmation, username)) {
        switch (rule) {
        case Rule::Utf8:
            errors.push_back(passwordError("must be valid UTF-8 text"));
            break;
        case Rule::TooShort:
            errors.push_back(passwordError("must be " + std::to_string(minLength) + " characters or longer"));
            break;
        case Rule::TooLong:
            errors.push_back(passwordError("must be " + std::to_string(maxLength) + " characters or shorter"));
            break;
        case Rule::IsUsername:
            errors.push_back(passwordError("must not be the username"));
            break;
        case Rule::ContainsUsername:
            errors.push_back(passwordError("must not contain the username"));
            break;
        case Rule::Mismatch:
            errors.push_back(FieldError{std::string(kConfirmation), "must match the password"});
            break;
        case Rule::Weak:
            errors.push_back(passwordError(describe(weakness(password, username).value_or(Weakness::Other))));
            break;
        }
    }
    return errors;
}

} // namespace castellan
