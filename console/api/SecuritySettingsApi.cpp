#include "api/SecuritySettingsApi.h"

#include "api/ApiCall.h"
#include "api/RestClient.h"

namespace castellan::console {

namespace {

const QString kPath = QStringLiteral("/settings/security");

SecuritySettings decodeSettings(const RestReply& reply)
{
    SecuritySettings settings = SecuritySettings::fromJson(reply.json());
    settings.etag = reply.etag();
    return settings;
}

} // namespace

RestReply* SecuritySettingsApi::get(QObject* context, ApiCallback<SecuritySettings> done)
{
    return deliver<SecuritySettings>(m_client.send(RestRequest::get(kPath)), context, decodeSettings, std::move(done));
}

RestReply* SecuritySettingsApi::save(const SecuritySettings& settings, QObject* context,
                                     ApiCallback<SecuritySettings> done)
{
    RestRequest request = RestRequest::withJson("PUT", kPath, settings.toJson());
    request.ifMatch = settings.etag;
    return deliver<SecuritySettings>(m_client.send(request), context, decodeSettings, std::move(done));
}

} // namespace castellan::console
