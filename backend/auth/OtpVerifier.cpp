#include "auth/OtpVerifier.h"

#include "crypto/ConstantTime.h"
#include "crypto/SecretBox.h"
#include "otp/Hotp.h"
#include "otp/OtpAlgorithm.h"
#include "otp/TotpVerifier.h"
#include "store/FactorRepository.h"

#include <Poco/Logger.h>

#include <algorithm>

namespace castellan {
namespace {

std::span<const std::uint8_t> bytes(const std::string& s)
{
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

bool wellFormed(const std::string& code, int digits)
{
    return static_cast<int>(code.size()) == digits &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

OtpVerifier::OtpVerifier(FactorRepository& factors, const SecretBox& secrets, Settings settings, const Clock& clock)
    : m_factors(factors), m_secrets(secrets), m_settings(settings), m_clock(clock)
{}

std::string OtpVerifier::secretAad(std::int64_t factorId)
{
    return "factors.secret:" + std::to_string(factorId);
}

std::optional<std::string> OtpVerifier::openSecret(const FactorRecord& factor) const
{
    auto secret = m_secrets.openFromBase64(factor.sealedSecret, secretAad(factor.id));
    if (!secret) {
        Poco::Logger::get("auth").error("factor %Ld: %s", static_cast<Poco::Int64>(factor.id),
                                        secret.error().logDetail);
        return std::nullopt;
    }
    return secret.value();
}

OtpVerifier::Outcome OtpVerifier::verify(const FactorRecord& factor, const std::string& code)
{
    if ((factor.type != "totp" && factor.type != "hotp") || !wellFormed(code, factor.digits)) {
        return Outcome::Wrong;
    }
    auto secret = openSecret(factor);
    if (!secret) {
        return Outcome::Wrong;
    }
    return factor.type == "totp" ? verifyTotp(factor, *secret, code) : verifyHotp(factor, *secret, code);
}

std::optional<std::int64_t> OtpVerifier::resynchronise(const FactorRecord& factor, const std::string& first,
                                                       const std::string& second)
{
    if ((factor.type != "hotp" && factor.type != "totp") || !wellFormed(first, factor.digits) ||
        !wellFormed(second, factor.digits)) {
        return std::nullopt;
    }
    auto secret = openSecret(factor);
    if (!secret) {
        return std::nullopt;
    }
    return factor.type == "hotp" ? resyncHotp(factor, *secret, first, second)
                                 : resyncTotp(factor, *secret, first, second);
}

std::optional<std::int64_t> OtpVerifier::resyncHotp(const FactorRecord& factor, const std::string& secret,
                                                    const std::string& first, const std::string& second)
{
    const OtpAlgorithm algorithm = otpAlgorithmFromName(factor.algorithm).value_or(OtpAlgorithm::Sha1);
    auto codeAt = [&](std::int64_t counter) {
        return hotp(bytes(secret), static_cast<std::uint64_t>(counter), factor.digits, algorithm);
    };
    for (std::int64_t c = factor.counter; c < factor.counter + m_settings.hotpResyncWindow; ++c) {
        if (ConstantTime::equals(codeAt(c), first) && ConstantTime::equals(codeAt(c + 1), second)) {
            if (!m_factors.advanceHotpCounter(factor.id, factor.counter, c + 2, m_clock.nowSeconds())) {
                return std::nullopt;
            }
            return c + 2;
        }
    }
    return std::nullopt;
}

std::optional<std::int64_t> OtpVerifier::resyncTotp(const FactorRecord& factor, const std::string& secret,
                                                    const std::string& first, const std::string& second)
{
    const OtpAlgorithm algorithm = otpAlgorithmFromName(factor.algorithm).value_or(OtpAlgorithm::Sha1);
    const std::int64_t period = std::max(1, factor.period);
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    const std::int64_t serverStep = nowSeconds / period;
    auto codeAt = [&](std::int64_t step) {
        return hotp(bytes(secret), static_cast<std::uint64_t>(step), factor.digits, algorithm);
    };
    // The app shows one code per step: when the second code appeared, the device was at its step.
    for (std::int64_t distance = 0; distance <= m_settings.totpResyncSteps; ++distance) {
        for (const std::int64_t sign : {1, -1}) {
            const std::int64_t step = serverStep + sign * distance;
            if ((distance == 0 && sign < 0) || step < 1) {
                continue;
            }
            if (ConstantTime::equals(codeAt(step - 1), first) && ConstantTime::equals(codeAt(step), second)) {
                const std::int64_t offset = step - serverStep;
                if (!m_factors.resyncTotp(factor.id, offset, step, nowSeconds)) {
                    return std::nullopt;
                }
                return offset;
            }
        }
    }
    return std::nullopt;
}

OtpVerifier::Outcome OtpVerifier::verifyTotp(const FactorRecord& factor, const std::string& secret,
                                             const std::string& code)
{
    TotpParameters p;
    p.digits = factor.digits;
    p.algorithm = otpAlgorithmFromName(factor.algorithm).value_or(OtpAlgorithm::Sha1);
    p.period = factor.period;
    p.window = m_settings.totpWindow;
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    // Around the device's clock, as a resynchronisation found it (RFC 6238 §6).
    auto step = findTotpStep(bytes(secret), code, nowSeconds + factor.clockOffset * factor.period, p);
    if (!step) {
        return Outcome::Wrong;
    }
    return m_factors.acceptTotpStep(factor.id, static_cast<std::int64_t>(*step), nowSeconds) ? Outcome::Accepted
                                                                                             : Outcome::Replayed;
}

OtpVerifier::Outcome OtpVerifier::verifyHotp(const FactorRecord& factor, const std::string& secret,
                                             const std::string& code)
{
    const OtpAlgorithm algorithm = otpAlgorithmFromName(factor.algorithm).value_or(OtpAlgorithm::Sha1);
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    auto matches = [&](std::int64_t counter) {
        return ConstantTime::equals(hotp(bytes(secret), static_cast<std::uint64_t>(counter), factor.digits, algorithm),
                                    code);
    };
    for (std::int64_t c = factor.counter; c < factor.counter + m_settings.hotpLookAhead; ++c) {
        if (matches(c)) {
            return m_factors.advanceHotpCounter(factor.id, factor.counter, c + 1, nowSeconds) ? Outcome::Accepted
                                                                                              : Outcome::Replayed;
        }
    }
    // RFC 4226 §7.4: far ahead, a code only counts when it follows the remembered one.
    for (std::int64_t c = factor.counter + m_settings.hotpLookAhead; c < factor.counter + m_settings.hotpResyncWindow;
         ++c) {
        if (!matches(c)) {
            continue;
        }
        if (factor.resyncCounter && *factor.resyncCounter == c - 1) {
            return m_factors.advanceHotpCounter(factor.id, factor.counter, c + 1, nowSeconds) ? Outcome::Accepted
                                                                                              : Outcome::Replayed;
        }
        m_factors.setResyncCounter(factor.id, c);
        return Outcome::ResyncPending;
    }
    // Codes before the counter were used already (or never valid): both are simply wrong here.
    return Outcome::Wrong;
}

} // namespace castellan
