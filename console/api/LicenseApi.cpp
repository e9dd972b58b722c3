#include "api/LicenseApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

namespace {

LicenseInfo decodeLicense(const RestReply& reply)
{
    return LicenseInfo::fromJson(reply.json());
}

LicenseAlarmSettings decodeAlarms(const RestReply& reply)
{
    return LicenseAlarmSettings::fromJson(reply.json());
}

} // namespace

RestReply* LicenseApi::get(QObject* context, ApiCallback<LicenseInfo> done)
{
    return deliver<LicenseInfo>(m_client.send(RestRequest::get(QStringLiteral("/license"))), context, decodeLicense,
                                std::move(done));
}

RestReply* LicenseApi::install(const QString& licenseKey, QObject* context, ApiCallback<LicenseInfo> done)
{
    const QJsonObject body{{QStringLiteral("license_key"), licenseKey.trimmed()}};
    return deliver<LicenseInfo>(m_client.send(RestRequest::withJson("PUT", QStringLiteral("/license"), body)), context,
                                decodeLicense, std::move(done));
}

RestReply* LicenseApi::usage(const ListQuery& query, QObject* context, ApiCallback<ListPage<LicenseUsage>> done)
{
    return deliver<ListPage<LicenseUsage>>(
        m_client.send(RestRequest::get(QStringLiteral("/license/usage"), query.toUrlQuery())), context,
        [](const RestReply& reply) { return ListPage<LicenseUsage>::fromJson(reply.json()); }, std::move(done));
}

RestReply* LicenseApi::analytics(QObject* context, ApiCallback<LicenseAnalytics> done)
{
    return deliver<LicenseAnalytics>(
        m_client.send(RestRequest::get(QStringLiteral("/license/analytics"))), context,
        [](const RestReply& reply) { return LicenseAnalytics::fromJson(reply.json()); }, std::move(done));
}

RestReply* LicenseApi::appKeyFile(QObject* context, ApiCallback<QByteArray> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    return deliver<QByteArray>(
        m_client.send(RestRequest::get(QStringLiteral("/license/app-key-file"), query)), context,
        [](const RestReply& reply) { return reply.body(); }, std::move(done));
}

RestReply* LicenseApi::alarms(QObject* context, ApiCallback<LicenseAlarmSettings> done)
{
    return deliver<LicenseAlarmSettings>(m_client.send(RestRequest::get(QStringLiteral("/license/alarms"))), context,
                                         decodeAlarms, std::move(done));
}

RestReply* LicenseApi::saveAlarms(const LicenseAlarmSettings& settings, QObject* context,
                                  ApiCallback<LicenseAlarmSettings> done)
{
    return deliver<LicenseAlarmSettings>(
        m_client.send(RestRequest::withJson("PUT", QStringLiteral("/license/alarms"), settings.toJson())), context,
        decodeAlarms, std::move(done));
}

} // namespace castellan::console
