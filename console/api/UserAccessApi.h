#pragma once

#include "api/ApiResult.h"
#include "api/PortalSession.h"
#include "api/SecurityKey.h"

#include <QList>
#include <optional>

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// Whether and when a user was counted for the license in the current month.
struct LicenseStanding
{
    bool counted = false;
    QString month; ///< YYYY-MM
    QDateTime firstSeen;
    QDateTime lastLogin;
};

/// What gives a user access besides factors: security keys, portal sessions; and the user's license standing.
class UserAccessApi
{
public:
    explicit UserAccessApi(RestClient& client) : m_client(client) {}

    RestReply* securityKeys(qint64 userId, QObject* context, ApiCallback<QList<SecurityKey>> done);
    RestReply* removeSecurityKey(qint64 userId, qint64 keyId, QObject* context, ApiCallback<NoContent> done);
    RestReply* sessions(qint64 userId, QObject* context, ApiCallback<QList<PortalSession>> done);
    RestReply* endSession(qint64 userId, const QString& sessionId, QObject* context, ApiCallback<NoContent> done);
    RestReply* licenseStanding(const QString& username, QObject* context, ApiCallback<LicenseStanding> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
