#pragma once

#include "radius/RadiusPacket.h"

#include <string>

namespace castellan {

class AuditLog;
struct RadiusClient;

/// RADIUS accounting (RFC 2866): each Accounting-Request is recorded in the audit log (event `radius.accounting`,
/// result the Acct-Status-Type, details the session's attributes) before it is acknowledged, since a NAS takes an
/// Accounting-Response to mean the record is safe (RFC 2866 §2). A failure to record throws: no response is sent
/// and the NAS retransmits.
class AccountingHandler
{
public:
    explicit AccountingHandler(AuditLog& audit);

    /// Records `request` from `client` and returns the (unsigned) Accounting-Response.
    RadiusPacket handle(const RadiusPacket& request, const RadiusClient& client, const std::string& sourceAddress);

    /// The request's attributes as a JSON object (dictionary names; passwords left out).
    static std::string details(const RadiusPacket& request);

private:
    AuditLog& m_audit;
};

} // namespace castellan
