#pragma once

#include "api/ApiResult.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "api/SsoSession.h"

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// Every user's SAML SSO sessions (`/sso-sessions`): list them, end one.
class SsoSessionsApi
{
public:
    explicit SsoSessionsApi(RestClient& client) : m_client(client) {}

    /// A page of sessions, newest first. The route filters by username (`user`, the whole name) rather than by
    /// `q`, so the query's search text goes as `user`.
    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<SsoSession>> done);
    /// Ends a session and its portal session: the browser signs in again for its next application.
    RestReply* end(const QString& id, QObject* context, ApiCallback<NoContent> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
