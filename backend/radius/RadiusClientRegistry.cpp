#include "radius/RadiusClientRegistry.h"

#include "crypto/SecretBox.h"
#include "store/RadiusClientRepository.h"

#include <Poco/Logger.h>

namespace castellan {

RadiusClientRegistry::RadiusClientRegistry(Loader loader, const Clock& clock)
    : m_clients(std::move(loader), clock, kLifetimeSeconds), m_clock(clock), m_activity(clock.nowSeconds())
{}

RadiusClientRegistry::Loader RadiusClientRegistry::fromStore(RadiusClientRepository& repository,
                                                             const SecretBox& secrets)
{
    return [&repository, &secrets] {
        std::vector<RadiusClient> clients;
        for (const RadiusClientRecord& record : repository.enabledClients()) {
            auto source = SourceNetwork::parse(record.source);
            auto secret = secrets.openFromBase64(record.sealedSecret, RadiusClientRepository::secretAad(record.id));
            if (!source || !secret) {
                Poco::Logger::get("radius").error("RADIUS client '%s' left out: %s", record.name,
                                                  std::string(source ? "its secret cannot be opened (master key?)"
                                                                     : "its source is not a valid network"));
                continue;
            }
            clients.push_back({record.id, record.name, source.value(), std::move(secret.value()),
                               record.requireMessageAuthenticator, record.applicationName});
        }
        return clients;
    };
}

std::optional<RadiusClient> RadiusClientRegistry::find(std::string_view address)
{
    const auto clients = m_clients.get();
    const RadiusClient* best = nullptr;
    for (const RadiusClient& c : *clients) {
        if (c.source.contains(address) && (!best || c.source.prefixLength() > best->source.prefixLength())) {
            best = &c;
        }
    }
    return best ? std::optional<RadiusClient>(*best) : std::nullopt;
}

} // namespace castellan
