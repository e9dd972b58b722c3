#pragma once

#include "api/ApiResult.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "api/SoftOtpDevice.h"

#include <QList>

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// A started SoftOTP enrollment: what the user's app scans (`POST /users/{id}/enrollments`).
struct SoftOtpEnrollment
{
    qint64 deviceId = 0;
    QString otpauthUri;
    QByteArray qrSvg;
    QString secret;
    QString accountName;
    QString issuer;
    QDateTime expiresAt;
};

/// SoftOTP devices (`/softotp`), their remote configuration, and enrollment of a user's app.
class SoftOtpApi
{
public:
    explicit SoftOtpApi(RestClient& client) : m_client(client) {}

    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<SoftOtpDevice>> done);
    /// One device, guarded by its configuration's version (If-Match).
    RestReply* configure(const SoftOtpDevice& device, const RemoteConfiguration& config, QObject* context,
                         ApiCallback<SoftOtpDevice> done);
    /// Many devices at once; answers how many were changed.
    RestReply* configureMany(const QList<qint64>& ids, const RemoteConfiguration& config, QObject* context,
                             ApiCallback<qint64> done);
    RestReply* remove(qint64 id, QObject* context, ApiCallback<NoContent> done);
    RestReply* enroll(qint64 userId, const QString& label, QObject* context, ApiCallback<SoftOtpEnrollment> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
