#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AuditLog;
class DeviceRepository;
class Router;

/// `/softotp`: the authenticator app registrations (verified or why not, last sync) and their remote
/// configuration (PIN, biometrics), one device at a time or in bulk; removing a device removes its factor.
class SoftOtpResource
{
public:
    static constexpr int kMaxBulkIds = 10'000;

    SoftOtpResource(DeviceRepository& devices, AuditLog& audit, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse configure(const RestRequest& request);
    RestResponse configureMany(const RestRequest& request);
    RestResponse remove(const RestRequest& request);

private:
    DeviceRepository& m_devices;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
