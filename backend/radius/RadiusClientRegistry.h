#pragma once

#include "core/Clock.h"
#include "radius/ExpiringSnapshot.h"
#include "radius/RadiusClientActivity.h"
#include "radius/SourceNetwork.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

class RadiusClientRepository;
class SecretBox;

/// A RADIUS client as the server uses it: its network parsed and its shared secret opened.
struct RadiusClient
{
    std::int64_t id = 0;
    std::string name;
    SourceNetwork source;
    std::string secret;
    bool requireMessageAuthenticator = true;
    std::string application; ///< the radius profile's name; empty: the only enabled one
};

/// The enabled RADIUS clients, kept for a few seconds. The client of a source address is the one whose network
/// matches with the longest prefix, so a single address can be set apart from its subnet.
class RadiusClientRegistry
{
public:
    using Loader = std::function<std::vector<RadiusClient>()>;
    static constexpr std::int64_t kLifetimeSeconds = 5;

    explicit RadiusClientRegistry(Loader loader, const Clock& clock = SystemClock::instance());

    /// Loads from the database, opening each secret; a client whose secret cannot be opened (another master
    /// key) is left out and logged.
    static Loader fromStore(RadiusClientRepository& repository, const SecretBox& secrets);

    /// The client `address` belongs to, or nothing.
    std::optional<RadiusClient> find(std::string_view address);
    /// Reloads on the next lookup (after a change through the REST API).
    void invalidate() { m_clients.invalidate(); }
    /// What each client asked of this node (last request, counts), for the REST resource.
    RadiusClientActivity& activity() { return m_activity; }
    const Clock& clock() const { return m_clock; }

private:
    ExpiringSnapshot<std::vector<RadiusClient>> m_clients;
    const Clock& m_clock;
    RadiusClientActivity m_activity;
};

} // namespace castellan
