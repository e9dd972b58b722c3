#pragma once

#include "store/ApplicationRepository.h"

#include <string>

namespace castellan {

/// What a login asks for when no enabled application profile of its channel's type exists (a fresh installation,
/// or every profile of the type disabled or deleted). An MFA server must not silently become single-factor, so it
/// fails closed: a user who has a second factor must pass one of them, and a user without follows the explicit
/// setting `auth.password_only_without_profile` (default false: refused).
class ProfilelessLogin
{
public:
    enum class Rule
    {
        SecondFactor,  ///< the password, then one of the user's second factors (any type the channel can use)
        PasswordAlone, ///< the password decides (user without factors, setting on)
        Refuse,        ///< user without factors, setting off
    };

    /// `userHasSecondFactor`: a verified factor of any type (TOTP, HOTP, SMS, e-mail, WebAuthn) or a verified
    /// Castellan app that receives push requests.
    static Rule ruleFor(bool userHasSecondFactor, bool passwordOnlyWithoutProfile);

    /// The profile such a login runs under: password and a second factor required, every factor type allowed. Its
    /// id is 0 (not stored), so a transaction it opens names no application.
    static ApplicationRecord standIn(const std::string& type);

    /// The reason audited for Rule::Refuse.
    static std::string refusalReason(const std::string& type);
};

} // namespace castellan
