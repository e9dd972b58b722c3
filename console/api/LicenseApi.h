#pragma once

#include "api/ApiResult.h"
#include "api/LicenseAnalytics.h"
#include "api/LicenseInfo.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// `/license`: the license in force, entering a key, users per month, the monthly history, the App Key file
/// for the vendor, and the alarm e-mails.
class LicenseApi
{
public:
    explicit LicenseApi(RestClient& client) : m_client(client) {}

    RestReply* get(QObject* context, ApiCallback<LicenseInfo> done);
    /// Installs a license key; a key the server refuses comes back as a field error on `license_key`.
    RestReply* install(const QString& licenseKey, QObject* context, ApiCallback<LicenseInfo> done);
    /// The users of a month; `query.filters` holds `month` (YYYY-MM), empty for the current month.
    RestReply* usage(const ListQuery& query, QObject* context, ApiCallback<ListPage<LicenseUsage>> done);
    RestReply* analytics(QObject* context, ApiCallback<LicenseAnalytics> done);
    /// The App Key file as the vendor wants it (JSON with this month's users).
    RestReply* appKeyFile(QObject* context, ApiCallback<QByteArray> done);
    RestReply* alarms(QObject* context, ApiCallback<LicenseAlarmSettings> done);
    RestReply* saveAlarms(const LicenseAlarmSettings& settings, QObject* context,
                          ApiCallback<LicenseAlarmSettings> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
