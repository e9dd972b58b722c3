#pragma once

#include "api/ApiResult.h"
#include "api/ApplicationProfile.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "api/RadiusDictionaryEntry.h"
#include "api/Tagged.h"

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// `/applications` (profiles: list, get, create, change, delete) and `/radius-dictionary`, the attribute names a
/// radius profile's reply attributes may use. Deleting a profile that RADIUS clients or service providers use
/// is refused with 409; the error's problem() carries `used_by`.
class ApplicationsApi
{
public:
    explicit ApplicationsApi(RestClient& client) : m_client(client) {}

    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<ApplicationProfile>> done);
    RestReply* get(qint64 id, QObject* context, ApiCallback<Tagged<ApplicationProfile>> done);
    RestReply* create(const ApplicationProfile& profile, QObject* context, ApiCallback<ApplicationProfile> done);
    RestReply* update(const ApplicationProfile& profile, const QByteArray& etag, QObject* context,
                      ApiCallback<ApplicationProfile> done);
    RestReply* remove(qint64 id, QObject* context, ApiCallback<NoContent> done);
    RestReply* dictionary(QObject* context, ApiCallback<ListPage<RadiusDictionaryEntry>> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
