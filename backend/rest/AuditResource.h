#pragma once

#include "rest/RestMessage.h"

namespace castellan {

class AuditLog;
class Router;

/// `GET /audit`: the audit log, newest first, filtered by `user`, `actor`, `event`, `from`, `to` (RFC 3339).
class AuditResource
{
public:
    explicit AuditResource(AuditLog& audit);
    void addRoutes(Router& router);
    RestResponse list(const RestRequest& request);

private:
    AuditLog& m_audit;
};

} // namespace castellan
