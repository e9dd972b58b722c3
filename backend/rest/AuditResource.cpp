#include "rest/AuditResource.h"

#include "core/Rfc3339.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"

namespace castellan {

AuditResource::AuditResource(AuditLog& audit) : m_audit(audit) {}

void AuditResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/audit", {Scope::Admin}, [this](const RestRequest& r) {
                    return list(r);
                }});
}

RestResponse AuditResource::list(const RestRequest& request)
{
    auto paging = Paging::fromRequest(request, AuditLog::sortColumns());
    if (!paging) {
        return Problem::fromError(paging.error());
    }
    AuditQuery q;
    q.username = request.queryValue("user");
    q.actor = request.queryValue("actor");
    q.event = request.queryValue("event");
    q.text = paging->query;
    q.offset = paging->offset;
    q.limit = paging->limit;
    q.sort = paging->sort;
    std::vector<FieldError> errors;
    for (const char* bound : {"from", "to"}) {
        const std::string value = request.queryValue(bound);
        if (value.empty()) {
            continue;
        }
        auto parsed = Rfc3339::parse(value);
        if (!parsed) {
            errors.push_back({bound, "must be an RFC 3339 time such as 2026-11-24T10:00:00Z"});
        } else if (std::string(bound) == "from") {
            q.from = parsed.value();
        } else {
            q.to = parsed.value();
        }
    }
    if (!errors.empty()) {
        return Problem::fromError(Error::invalid(errors));
    }
    AuditPage page = m_audit.query(q);
    Poco::JSON::Array items;
    for (const AuditRecord& r : page.items) {
        Poco::JSON::Object o;
        o.set("id", r.id);
        o.set("at", Rfc3339::format(r.at));
        o.set("channel", r.event.channel);
        o.set("event", r.event.event);
        o.set("actor", r.event.actor);
        o.set("username", r.event.username);
        o.set("client", r.event.client);
        o.set("result", r.event.result);
        o.set("reason", r.event.reason);
        o.set("source_ip", r.event.sourceIp);
        o.set("details", r.event.details);
        items.add(o);
    }
    return listResponse(items, page.total);
}

} // namespace castellan
