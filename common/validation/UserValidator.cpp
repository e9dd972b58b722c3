#include "validation/UserValidator.h"

#include "core/Rfc3339.h"
#include "validation/EmailAddress.h"
#include "validation/FreeText.h"
#include "validation/Ipv4Address.h"
#include "validation/Username.h"

#include <stdexcept>
#include <utility>

namespace castellan {

namespace {

constexpr std::int64_t kLastSecondOfDay = 86399;
constexpr std::size_t kDateLength = 10; // "2027-01-31"

// The FieldErrors of one request, gathered field by field so that all of them are reported together.
class FieldErrors
{
public:
    void add(std::string_view field, std::string message)
    {
        m_errors.push_back(FieldError{std::string(field), std::move(message)});
    }
    void add(std::vector<FieldError> errors)
    {
        m_errors.insert(m_errors.end(), std::make_move_iterator(errors.begin()), std::make_move_iterator(errors.end()));
    }

    // Stores the value of `result` in `out`, or keeps its field errors.
    template <typename T> void take(Result<T> result, std::optional<T>& out)
    {
        if (result) {
            out = std::move(result).value();
        } else {
            add(result.error().fields);
        }
    }

    bool empty() const { return m_errors.empty(); }
    std::vector<FieldError> release() { return std::move(m_errors); }

private:
    std::vector<FieldError> m_errors;
};

// An empty optional value clears the field; other values go through `normalise`.
template <typename Normalise>
void takeOptional(const std::optional<std::string>& in, std::optional<std::string>& out, FieldErrors& errors,
                  Normalise normalise)
{
    if (!in) {
        return;
    }
    if (FreeText::trimmed(*in).empty()) {
        out = std::string();
        return;
    }
    errors.take(normalise(*in), out);
}

Result<std::string> framedIp(std::string_view text)
{
    const auto octets = Ipv4Address::parse(FreeText::trimmed(text), UserInput::kFramedIp);
    if (!octets) {
        return octets.error();
    }
    return Ipv4Address::toString(*octets);
}

} // namespace

UserValidator::UserValidator(PasswordPolicy policy, int defaultCallingCode)
    : m_policy(policy), m_defaultCallingCode(defaultCallingCode)
{
    if (defaultCallingCode < 1 || defaultCallingCode > 999) {
        throw std::invalid_argument("UserValidator: calling code outside 1 to 999");
    }
}

// A date alone means the account expires at the end of that day, UTC.
Result<std::int64_t> UserValidator::parseExpiry(std::string_view text)
{
    const std::string_view value = FreeText::trimmed(text);
    auto seconds = value.size() == kDateLength ? Rfc3339::parseDate(value) : Rfc3339::parse(value);
    if (!seconds) {
        return Error::invalid({FieldError{std::string(UserInput::kExpiresAt), seconds.error().message}});
    }
    return value.size() == kDateLength ? *seconds + kLastSecondOfDay : *seconds;
}

Result<ValidatedUser> UserValidator::validateCreate(const UserInput& input, PasswordSource source) const
{
    return validate(input, Mode::Create, source, {});
}

Result<ValidatedUser> UserValidator::validateUpdate(const UserInput& input, std::string_view currentUsername) const
{
    return validate(input, Mode::Update, PasswordSource::Given, currentUsername);
}

void UserValidator::checkPassword(const UserInput& input, bool required, PasswordSource source,
                                  std::string_view username, ValidatedUser& out, std::vector<FieldError>& errors) const
{
    if (source == PasswordSource::Generated) {
        if (input.password) {
            errors.push_back({std::string(UserInput::kPassword), "must be left out when a password is generated"});
        }
        if (input.passwordConfirmation) {
            errors.push_back(
                {std::string(UserInput::kPasswordConfirmation), "must be left out when a password is generated"});
        }
        return;
    }
    if (!input.password) {
        if (required) {
            errors.push_back({std::string(UserInput::kPassword), "is required"});
        } else if (input.passwordConfirmation) {
            errors.push_back({std::string(UserInput::kPasswordConfirmation), "must come with a password"});
        }
        return;
    }
    auto policyErrors = m_policy.check(*input.password, input.passwordConfirmation.value_or(*input.password), username);
    if (!input.passwordConfirmation) {
        policyErrors.push_back({std::string(UserInput::kPasswordConfirmation), "is required"});
    }
    if (policyErrors.empty()) {
        out.password = *input.password;
    }
    errors.insert(errors.end(), policyErrors.begin(), policyErrors.end());
}

Result<ValidatedUser> UserValidator::validate(const UserInput& input, Mode mode, PasswordSource source,
                                              std::string_view currentUsername) const
{
    ValidatedUser out;
    FieldErrors errors;
    std::vector<FieldError> passwordErrors;
    if (input.username) {
        const auto valid = Username::validate(*input.username, UserInput::kUsername);
        if (valid) {
            out.username = *input.username;
            out.usernameKey = Username::key(*input.username);
        } else {
            errors.add(valid.error().fields);
        }
    } else if (mode == Mode::Create) {
        errors.add(UserInput::kUsername, "is required");
    }
    checkPassword(input, mode == Mode::Create, source, input.username ? *input.username : currentUsername, out,
                  passwordErrors);
    errors.add(std::move(passwordErrors));

    const auto name = [](std::string_view field) {
        return [field](std::string_view text) {
            return FreeText::normalise(text, kMaxNameLength, field);
        };
    };
    takeOptional(input.firstName, out.firstName, errors, name(UserInput::kFirstName));
    takeOptional(input.lastName, out.lastName, errors, name(UserInput::kLastName));
    takeOptional(input.email, out.email, errors,
                 [](std::string_view text) { return EmailAddress::normalise(text, UserInput::kEmail); });
    takeOptional(input.phone, out.phone, errors, [this](std::string_view text) {
        return PhoneNumber::normalise(text, m_defaultCallingCode, UserInput::kPhone);
    });
    if (input.expiresAt && FreeText::trimmed(*input.expiresAt).empty()) {
        out.clearExpiresAt = true;
    } else if (input.expiresAt) {
        errors.take(parseExpiry(*input.expiresAt), out.expiresAt);
    }
    takeOptional(input.framedIp, out.framedIp, errors, framedIp);
    takeOptional(input.sponsorName, out.sponsorName, errors, name(UserInput::kSponsorName));
    takeOptional(input.sponsorEmail, out.sponsorEmail, errors,
                 [](std::string_view text) { return EmailAddress::normalise(text, UserInput::kSponsorEmail); });
    takeOptional(input.description, out.description, errors, [](std::string_view text) {
        return FreeText::normalise(text, kMaxDescriptionLength, UserInput::kDescription, FreeText::Lines::Multiple);
    });
    if (!errors.empty()) {
        return Error::invalid(errors.release());
    }
    return out;
}

} // namespace castellan
