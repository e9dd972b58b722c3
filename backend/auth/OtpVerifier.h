#pragma once

#include "core/Clock.h"

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

class FactorRepository;
class SecretBox;
struct FactorRecord;

/// Checks a one-time code against a TOTP or HOTP factor (RFC 6238 / RFC 4226).
///
/// TOTP: the code of any step within ±`totpWindow` of now, accepted once per step (atomic SQL, so a code is
/// never accepted twice on any node or channel). HOTP: counters `counter` .. `counter + lookAhead - 1`; a code
/// further ahead (up to `resyncWindow`) starts a resynchronisation that the next consecutive code completes
/// (RFC 4226 §7.4).
class OtpVerifier
{
public:
    enum class Outcome
    {
        Accepted,
        Wrong,
        Replayed,      ///< a valid code already used
        ResyncPending, ///< HOTP: far ahead; the next code will resynchronise
    };

    struct Settings
    {
        int totpWindow = 1;
        int hotpLookAhead = 10;
        int hotpResyncWindow = 100;
    };

    OtpVerifier(FactorRepository& factors, const SecretBox& secrets, Settings settings,
                const Clock& clock = SystemClock::instance());

    Outcome verify(const FactorRecord& factor, const std::string& code);

    /// HOTP resynchronisation by an administrator (RFC 4226 §7.4): finds two consecutive codes, `first` then
    /// `second`, among the next `hotpResyncWindow` counter values and moves the counter past them. The new counter,
    /// or nothing when the codes do not follow each other there (or another login moved the counter meanwhile).
    std::optional<std::int64_t> resynchronise(const FactorRecord& factor, const std::string& first,
                                              const std::string& second);
    /// The counter values resynchronise() searches.
    int resyncWindow() const { return m_settings.hotpResyncWindow; }

    /// The associated data a factor's sealed secret is bound to.
    static std::string secretAad(std::int64_t factorId);

private:
    Outcome verifyTotp(const FactorRecord& factor, const std::string& secret, const std::string& code);
    Outcome verifyHotp(const FactorRecord& factor, const std::string& secret, const std::string& code);

    FactorRepository& m_factors;
    const SecretBox& m_secrets;
    Settings m_settings;
    const Clock& m_clock;
};

} // namespace castellan
