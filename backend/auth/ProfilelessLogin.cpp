#include "auth/ProfilelessLogin.h"

namespace castellan {

ProfilelessLogin::Rule ProfilelessLogin::ruleFor(bool userHasSecondFactor, bool passwordOnlyWithoutProfile)
{
    if (userHasSecondFactor) {
        return Rule::SecondFactor; // whatever the setting says: the password alone is never enough for this user
    }
    return passwordOnlyWithoutProfile ? Rule::PasswordAlone : Rule::Refuse;
}

ApplicationRecord ProfilelessLogin::standIn(const std::string& type)
{
    ApplicationRecord profile;
    profile.id = 0;
    profile.name = "(no " + type + " profile)";
    profile.type = type;
    profile.allowedFactors = {"totp", "hotp", "sms", "email", "push", "webauthn"};
    profile.passwordRequired = true;
    profile.secondFactorRequired = true;
    profile.enabled = true;
    return profile;
}

std::string ProfilelessLogin::refusalReason(const std::string& type)
{
    return "no enabled " + type +
           " profile and the user has no second factor (auth.password_only_without_profile is false)";
}

} // namespace castellan
