#pragma once

#include "api/ApiResult.h"
#include "api/AuditEntry.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"

#include <QUrlQuery>

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// The audit log (`/audit`), newest first, filtered by user, actor, event and time.
class AuditApi
{
public:
    explicit AuditApi(RestClient& client) : m_client(client) {}

    /// The query items of a filter, for ListQuery::filters.
    static QUrlQuery filterQuery(const AuditFilter& filter);

    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<AuditEntry>> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
