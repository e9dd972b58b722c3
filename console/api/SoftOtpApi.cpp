#include "api/SoftOtpApi.h"

#include "api/ApiCall.h"
#include "api/JsonRead.h"
#include "api/RestClient.h"

#include <QJsonArray>

namespace castellan::console {

namespace {

QJsonObject configJson(const RemoteConfiguration& config)
{
    return {{QStringLiteral("pin_required"), config.pinRequired},
            {QStringLiteral("biometric_required"), config.biometricRequired}};
}

SoftOtpEnrollment decodeEnrollment(const RestReply& reply)
{
    const QJsonObject object = reply.json();
    SoftOtpEnrollment enrollment;
    enrollment.deviceId = json::integer(object, "device_id");
    enrollment.otpauthUri = json::text(object, "otpauth_uri");
    enrollment.qrSvg = json::text(object, "qr_svg").toUtf8();
    enrollment.secret = json::text(object, "secret");
    enrollment.accountName = json::text(object, "account_name");
    enrollment.issuer = json::text(object, "issuer");
    enrollment.expiresAt = json::time(object, "expires_at");
    return enrollment;
}

} // namespace

RestReply* SoftOtpApi::list(const ListQuery& query, QObject* context, ApiCallback<ListPage<SoftOtpDevice>> done)
{
    return deliver<ListPage<SoftOtpDevice>>(
        m_client.send(RestRequest::get(QStringLiteral("/softotp"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<SoftOtpDevice>::fromJson(reply.json()); }, std::move(done));
}

RestReply* SoftOtpApi::configure(const SoftOtpDevice& device, const RemoteConfiguration& config, QObject* context,
                                 ApiCallback<SoftOtpDevice> done)
{
    RestRequest request =
        RestRequest::withJson("PUT", QStringLiteral("/softotp/%1/config").arg(device.id), configJson(config));
    request.ifMatch = device.configTag();
    return deliver<SoftOtpDevice>(
        m_client.send(request), context, [](const RestReply& reply) { return SoftOtpDevice::fromJson(reply.json()); },
        std::move(done));
}

RestReply* SoftOtpApi::configureMany(const QList<qint64>& ids, const RemoteConfiguration& config, QObject* context,
                                     ApiCallback<qint64> done)
{
    QJsonObject body = configJson(config);
    QJsonArray array;
    for (const qint64 id : ids) {
        array.append(id);
    }
    body.insert(QStringLiteral("ids"), array);
    return deliver<qint64>(
        m_client.send(RestRequest::withJson("PUT", QStringLiteral("/softotp/config"), body)), context,
        [](const RestReply& reply) { return json::integer(reply.json(), "updated"); }, std::move(done));
}

RestReply* SoftOtpApi::remove(qint64 id, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::remove(QStringLiteral("/softotp/%1").arg(id))), context,
                            std::move(done));
}

RestReply* SoftOtpApi::enroll(qint64 userId, const QString& label, QObject* context,
                              ApiCallback<SoftOtpEnrollment> done)
{
    QJsonObject body;
    if (!label.isEmpty()) {
        body.insert(QStringLiteral("label"), label);
    }
    return deliver<SoftOtpEnrollment>(
        m_client.send(RestRequest::withJson("POST", QStringLiteral("/users/%1/enrollments").arg(userId), body)),
        context, decodeEnrollment, std::move(done));
}

} // namespace castellan::console
