#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

#include <string>
#include <vector>

namespace castellan {

class AuditLog;
class DeliveryChannels;
class DeliverySettingsRepository;
class Router;
class SecretBox;

/// `/settings/mail` and `/settings/sms`: the SMTP server and the SMS gateway, stored in the database (secrets
/// sealed under the master key, never answered), each with "send a test message" that answers the server's or
/// gateway's exact error. A channel the configuration file sets is shown with source "file" and cannot be changed
/// here. Every node follows a change within DeliveryChannels::kRecheckSeconds.
class DeliverySettingsResource
{
public:
    DeliverySettingsResource(DeliverySettingsRepository& store, DeliveryChannels& channels, const SecretBox& secrets,
                             AuditLog& audit, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    /// One setting: its name in the API, its configuration key, and how its JSON value is typed.
    struct Field
    {
        enum class Type
        {
            Text,
            Integer,
            Boolean,
        };
        std::string name;
        std::string key;
        Type type = Type::Text;
        bool secret = false;
    };

private:
    RestResponse get(const RestRequest& request, bool mail);
    RestResponse put(const RestRequest& request, bool mail);
    RestResponse test(const RestRequest& request, bool mail);

    DeliverySettingsRepository& m_store;
    DeliveryChannels& m_channels;
    const SecretBox& m_secrets;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
