#include "notify/OtpDelivery.h"

#include "notify/CodeMessages.h"
#include "notify/MailSender.h"
#include "notify/OneTimeCodes.h"
#include "notify/SmsGateway.h"
#include "store/AuditLog.h"

#include <algorithm>

namespace castellan {
namespace {

const char* const kNotSent = "The code could not be sent; try again or use another factor";

const char* channelName(FactorTarget::Type type)
{
    return type == FactorTarget::Type::Sms ? "SMS" : "e-mail";
}

} // namespace

OtpDelivery::OtpDelivery(OneTimeCodes& codes, SmsGateway* sms, MailSender* mail, std::string issuer, AuditLog* audit)
    : m_codes(codes), m_sms(sms), m_mail(mail), m_issuer(std::move(issuer)), m_audit(audit)
{}

Result<void> OtpDelivery::sendCode(const FactorTarget& target, const std::string& transactionId,
                                   const std::string& language)
{
    const bool configured =
        target.type == FactorTarget::Type::Sms ? m_sms && m_sms->available() : m_mail && m_mail->available();
    if (!configured) {
        return failed(target, std::string("no ") + channelName(target.type) + " channel is configured (factor " +
                                  std::to_string(target.factorId) + ")");
    }
    auto issued = m_codes.issue(target.factorId, transactionId);
    if (!issued) {
        return issued.error();
    }
    auto sent = deliver(target, issued->code, language);
    if (sent) {
        return {};
    }
    std::string detail = std::string(channelName(target.type)) + " code for factor " + std::to_string(target.factorId) +
                         " not sent: " + sent.error().logDetail;
    if (auto withdrawn = m_codes.withdraw(issued->deliveryId); !withdrawn) {
        detail += "; withdrawing the code failed too: " + withdrawn.error().logDetail;
    }
    return failed(target, detail);
}

Error OtpDelivery::failed(const FactorTarget& target, const std::string& detail)
{
    if (m_audit) {
        // The destination stays out: the audit log names the user and the factor, not the phone or address.
        m_audit->record({.channel = target.type == FactorTarget::Type::Sms ? "sms" : "mail",
                         .event = "delivery.send",
                         .actor = "system",
                         .username = target.username,
                         .result = "failure",
                         .reason = detail});
    }
    return Error::of(ErrorCode::Unavailable, kNotSent, detail);
}

Result<void> OtpDelivery::deliver(const FactorTarget& target, const std::string& code, const std::string& language)
{
    const int minutes = OneTimeCodes::kLifetimeSeconds / 60;
    if (target.type == FactorTarget::Type::Sms) {
        return m_sms->send(target.destination, codeSmsText(code, m_issuer, language, minutes));
    }
    return m_mail->send(codeMail(target.destination, code, m_issuer, language, minutes));
}

Result<CarriedCode> OtpDelivery::carryOverCode(std::int64_t factorId, const std::string& transactionId)
{
    return m_codes.carryOver(factorId, transactionId);
}

Result<bool> OtpDelivery::checkCode(std::int64_t factorId, const std::string& code, const std::string& transactionId)
{
    return m_codes.verify(factorId, code, transactionId);
}

std::string OtpDelivery::maskedDestination(const FactorTarget& target)
{
    const std::string& d = target.destination;
    if (target.type == FactorTarget::Type::Sms) {
        // Keep the country code's first digits and the last four: enough to recognise one's own phone.
        const std::size_t keepStart = std::min<std::size_t>(3, d.size());
        const std::size_t keepEnd = d.size() > keepStart + 4 ? 4 : 0;
        return d.substr(0, keepStart) + std::string(d.size() - keepStart - keepEnd, '*') + d.substr(d.size() - keepEnd);
    }
    const std::size_t at = d.rfind('@');
    if (at == std::string::npos || at == 0) {
        return std::string(d.size(), '*');
    }
    return d.substr(0, 1) + "***" + d.substr(at);
}

} // namespace castellan
