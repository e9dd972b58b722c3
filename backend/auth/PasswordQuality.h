#pragma once

#include "validation/PasswordPolicy.h"

#include <cstddef>
#include <mutex>
#include <optional>
#include <string_view>

struct pwquality_settings;

namespace castellan {

/// The password quality check behind PasswordPolicy's rules: libpwquality with cracklib's dictionary (Debian's
/// cracklib-runtime), refusing dictionary words and trivial patterns ("aaaaaaaaaaaa", "abcdefghijkl"). Every
/// place a password is set takes its policy from policy(), so the check is written once.
class PasswordQuality
{
public:
    static PasswordQuality& instance();
    ~PasswordQuality();
    PasswordQuality(const PasswordQuality&) = delete;
    PasswordQuality& operator=(const PasswordQuality&) = delete;

    /// PasswordPolicy's rules with `minLength`, and this check behind them.
    static PasswordPolicy policy(std::size_t minLength = PasswordPolicy::kDefaultMinLength);

    /// libpwquality's finding for `password` of `username`; nothing when it accepts it.
    std::optional<PasswordPolicy::Weakness> weakness(std::string_view password, std::string_view username);

    /// libpwquality's error code (and, for a cracklib refusal, cracklib's reason) as our weakness, so the texts
    /// are ours in every language rather than libpwquality's English.
    static PasswordPolicy::Weakness weaknessOf(int errorCode, std::string_view cracklibReason);

private:
    PasswordQuality();

    pwquality_settings* m_settings;
    std::mutex m_mutex; // cracklib keeps static state while it looks a word up
};

} // namespace castellan
