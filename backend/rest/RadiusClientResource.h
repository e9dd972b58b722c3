#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class ApplicationRepository;
class AuditLog;
class JsonBody;
class RadiusClientRegistry;
class RadiusClientRepository;
class Router;
class SecretBox;
struct RadiusClientRecord;

/// `/radius-clients`: the NAS allowed to ask (DESIGN §7): name, source address or CIDR, shared secret (write-only,
/// sealed with the master key), require_message_authenticator (default true), the radius profile its users log in
/// with, enabled. Changes apply at once on this node and within seconds on the others.
class RadiusClientResource
{
public:
    static constexpr std::size_t kMinSecret = 16; ///< RFC 2865 §3 prefers at least 16 octets
    static constexpr std::size_t kMaxSecret = 128;

    RadiusClientResource(RadiusClientRepository& clients, ApplicationRepository& applications,
                         RadiusClientRegistry& registry, const SecretBox& secrets, AuditLog& audit,
                         const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse create(const RestRequest& request);
    RestResponse get(const RestRequest& request);
    RestResponse update(const RestRequest& request);
    RestResponse remove(const RestRequest& request);

private:
    /// Reads the editable fields into `client` (and a new secret into `secret`); `create` makes name, source and
    /// secret required.
    void readFields(JsonBody& body, RadiusClientRecord& client, std::optional<std::string>& secret, bool create);
    void checkUnique(JsonBody& body, const RadiusClientRecord& client);
    void audit(const RestRequest& request, const std::string& event, const RadiusClientRecord& client);

    RadiusClientRepository& m_clients;
    ApplicationRepository& m_applications;
    RadiusClientRegistry& m_registry;
    const SecretBox& m_secrets;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
