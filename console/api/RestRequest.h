#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace castellan::console {

/// One call of the REST API, relative to the server's `/api/v1` root.
struct RestRequest
{
    static constexpr int kDefaultTimeoutMs = 30'000;

    QByteArray method = "GET";
    QString path; ///< "/users", "/users/12/password"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QByteArray ifMatch;                ///< the ETag a GET answered, for optimistic concurrency
    bool authenticated = true;         ///< sends the bearer token and renews it on 401
    bool fromServerRoot = false;       ///< `path` is from the server's root, not `/api/v1` (the SAML metadata)
    int timeoutMs = kDefaultTimeoutMs; ///< without progress for this long, the call fails

    static RestRequest get(const QString& path, const QUrlQuery& query = {});
    static RestRequest withJson(const QByteArray& method, const QString& path, const QJsonObject& body);
    static RestRequest remove(const QString& path);

    /// A variable path segment (a username) percent-encoded for `path`.
    static QString pathSegment(const QString& value);
};

} // namespace castellan::console
