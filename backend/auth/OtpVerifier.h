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
        int totpResyncSteps = 120; ///< an hour either side with 30-second steps
    };

    OtpVerifier(FactorRepository& factors, const SecretBox& secrets, Settings settings,
                const Clock& clock = SystemClock::instance());

    Outcome verify(const FactorRecord& factor, const std::string& code);

    /// Resynchronisation by an administrator with two consecutive codes, `first` then `second`.
    /// HOTP (RFC 4226 §7.4): searched among the next `hotpResyncWindow` counter values; the counter moves past them.
    /// TOTP (RFC 6238 §6): searched within `totpResyncSteps` time steps either side of the server's clock; the
    /// device's clock offset is stored and later codes are checked around it. The answer is the new HOTP counter or
    /// the TOTP clock offset in time steps; nothing when the codes do not follow each other there (or were used).
    std::optional<std::int64_t> resynchronise(const FactorRecord& factor, const std::string& first,
                                              const std::string& second);
    /// How far resynchronise() searches: HOTP counter values ahead.
    int resyncWindow() const { return m_settings.hotpResyncWindow; }
    /// How far resynchronise() searches: TOTP time steps either side of now.
    int totpResyncSteps() const { return m_settings.totpResyncSteps; }

    /// The associated data a factor's sealed secret is bound to.
    static std::string secretAad(std::int64_t factorId);

private:
    /// The factor's secret, unsealed; nothing (and a log line) when it cannot be opened.
    std::optional<std::string> openSecret(const FactorRecord& factor) const;
    std::optional<std::int64_t> resyncHotp(const FactorRecord& factor, const std::string& secret,
                                           const std::string& first, const std::string& second);
    std::optional<std::int64_t> resyncTotp(const FactorRecord& factor, const std::string& secret,
                                           const std::string& first, const std::string& second);
    Outcome verifyTotp(const FactorRecord& factor, const std::string& secret, const std::string& code);
    Outcome verifyHotp(const FactorRecord& factor, const std::string& secret, const std::string& code);

    FactorRepository& m_factors;
    const SecretBox& m_secrets;
    Settings m_settings;
    const Clock& m_clock;
};

} // namespace castellan
