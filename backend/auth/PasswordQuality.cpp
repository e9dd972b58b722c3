#include "auth/PasswordQuality.h"

#include <pwquality.h>

#include <filesystem>
#include <string>

namespace castellan {

namespace {

// Length is PasswordPolicy's rule; libpwquality's own minimum (its lowest allowed) never decides.
constexpr int kPwqualityMinLength = 6;
// cracklib's packed dictionary (cracklib-runtime, a dependency of the package). Without it every cracklib look-up
// fails, which would refuse every password, so the dictionary check is then left out and the others remain.
constexpr const char* kCracklibDictionary = "/var/cache/cracklib/cracklib_dict.pwd";

} // namespace

PasswordQuality& PasswordQuality::instance()
{
    static PasswordQuality quality;
    return quality;
}

PasswordQuality::PasswordQuality() : m_settings(pwquality_default_settings())
{
    if (m_settings) {
        pwquality_set_int_value(m_settings, PWQ_SETTING_MIN_LENGTH, kPwqualityMinLength);
        std::error_code error;
        if (!std::filesystem::exists(kCracklibDictionary, error)) {
            pwquality_set_int_value(m_settings, PWQ_SETTING_DICT_CHECK, 0);
        }
    }
}

PasswordQuality::~PasswordQuality()
{
    if (m_settings) {
        pwquality_free_settings(m_settings);
    }
}

PasswordPolicy PasswordQuality::policy(std::size_t minLength)
{
    PasswordPolicy policy;
    policy.minLength = minLength;
    policy.quality = [](std::string_view password, std::string_view username) {
        return instance().weakness(password, username);
    };
    return policy;
}

std::optional<PasswordPolicy::Weakness> PasswordQuality::weakness(std::string_view password, std::string_view username)
{
    if (!m_settings) {
        return std::nullopt;
    }
    const std::string text(password);
    const std::string user(username);
    void* auxiliary = nullptr;
    std::lock_guard<std::mutex> lock(m_mutex);
    const int score =
        pwquality_check(m_settings, text.c_str(), nullptr, user.empty() ? nullptr : user.c_str(), &auxiliary);
    if (score >= 0) {
        return std::nullopt;
    }
    // For a cracklib refusal the auxiliary information is cracklib's reason (a static string).
    const std::string reason =
        score == PWQ_ERROR_CRACKLIB_CHECK && auxiliary ? static_cast<const char*>(auxiliary) : std::string();
    char buffer[PWQ_MAX_ERROR_MESSAGE_LEN];
    pwquality_strerror(buffer, sizeof buffer, score, auxiliary); // frees what the auxiliary information holds
    return weaknessOf(score, reason);
}

PasswordPolicy::Weakness PasswordQuality::weaknessOf(int errorCode, std::string_view cracklibReason)
{
    using Weakness = PasswordPolicy::Weakness;
    switch (errorCode) {
    case PWQ_ERROR_CRACKLIB_CHECK:
        if (cracklibReason.find("DIFFERENT") != std::string_view::npos) {
            return Weakness::FewDifferent;
        }
        if (cracklibReason.find("simplistic") != std::string_view::npos ||
            cracklibReason.find("whitespace") != std::string_view::npos) {
            return Weakness::Simplistic;
        }
        return Weakness::Dictionary;
    case PWQ_ERROR_BAD_WORDS:
        return Weakness::Dictionary;
    case PWQ_ERROR_PALINDROME:
        return Weakness::Palindrome;
    case PWQ_ERROR_USER_CHECK:
    case PWQ_ERROR_GECOS_CHECK:
        return Weakness::PersonalData;
    case PWQ_ERROR_SAME_PASSWORD:
    case PWQ_ERROR_CASE_CHANGES_ONLY:
    case PWQ_ERROR_TOO_SIMILAR:
    case PWQ_ERROR_ROTATED:
        return Weakness::SimilarToOld;
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
        return Weakness::Repetitive;
    case PWQ_ERROR_MAX_SEQUENCE:
        return Weakness::Simplistic;
    case PWQ_ERROR_MIN_CLASSES:
    case PWQ_ERROR_MIN_DIGITS:
    case PWQ_ERROR_MIN_UPPERS:
    case PWQ_ERROR_MIN_LOWERS:
    case PWQ_ERROR_MIN_OTHERS:
        return Weakness::FewClasses;
    default:
        return Weakness::Other;
    }
}

} // namespace castellan
