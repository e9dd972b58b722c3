#pragma once

#include "api/ApiResult.h"
#include "api/SecuritySettings.h"

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// `/settings/security`: read the lockout rules with their ETag, and save them against it.
class SecuritySettingsApi
{
public:
    explicit SecuritySettingsApi(RestClient& client) : m_client(client) {}

    RestReply* get(QObject* context, ApiCallback<SecuritySettings> done);
    /// Saves against `settings.etag`; a 412 means someone else saved first.
    RestReply* save(const SecuritySettings& settings, QObject* context, ApiCallback<SecuritySettings> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
