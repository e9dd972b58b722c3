#pragma once

#include "core/Result.h"
#include "notify/FactorTarget.h"
#include "notify/OneTimeCodes.h"

#include <cstdint>
#include <string>

namespace castellan {

class AuditLog;
class MailSender;
class OneTimeCodes;
class SmsGateway;

/// What the authentication pipeline calls for SMS and e-mail factors: issue a code, word it in the user's
/// language and send it; later, check what the user typed. A code whose message could not be sent is
/// withdrawn at once, so there is never a usable code that nobody received.
class OtpDelivery
{
public:
    /// `sms` or `mail` may be null when that channel is not configured; sending through it then fails with
    /// Unavailable before any code is issued. `issuer` names the service in the message texts. Given `audit`, every
    /// code that could not be sent is recorded as event `delivery.send`, result `failure`, channel `sms` or `mail`,
    /// with the gateway's or SMTP server's answer as the reason (what the dashboard counts).
    OtpDelivery(OneTimeCodes& codes, SmsGateway* sms, MailSender* mail, std::string issuer = "Castellan",
                AuditLog* audit = nullptr);

    /// Issues a code for `target` within `transactionId` and sends it in `language` ("en", "tr", ...).
    /// RateLimited when codes were asked for too often (OneTimeCodes::issue); Unavailable ("The code could
    /// not be sent; try again or use another factor") when the channel is missing or the send failed, with
    /// the gateway's or SMTP server's answer in the log detail; NotFound for an unknown factor.
    Result<void> sendCode(const FactorTarget& target, const std::string& transactionId, const std::string& language);

    /// After sendCode() was refused as RateLimited: the code already sent (if still live) serves `transactionId`
    /// too; the seconds before a new one may be sent (OneTimeCodes::carryOver).
    Result<CarriedCode> carryOverCode(std::int64_t factorId, const std::string& transactionId);

    /// True, once, when `code` is the factor's live code sent in `transactionId` (OneTimeCodes::verify).
    Result<bool> checkCode(std::int64_t factorId, const std::string& code, const std::string& transactionId);

    /// `target`'s destination with most of it hidden, for the challenge text: "+90******4422", "a***@example.com".
    static std::string maskedDestination(const FactorTarget& target);

private:
    Result<void> deliver(const FactorTarget& target, const std::string& code, const std::string& language);
    Error failed(const FactorTarget& target, const std::string& detail);

    OneTimeCodes& m_codes;
    SmsGateway* m_sms;
    MailSender* m_mail;
    std::string m_issuer;
    AuditLog* m_audit;
};

} // namespace castellan
