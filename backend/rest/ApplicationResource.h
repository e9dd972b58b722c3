#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

#include <Poco/JSON/Object.h>

#include <vector>

namespace castellan {

class ApplicationRepository;
class AuditLog;
class RadiusProfileRepository;
class RadiusProfiles;
class Router;
struct ApplicationRecord;
struct ApplicationUse;

/// `/applications`: application profiles (registration, radius, saml, api) and the factors each allows; radius
/// profiles also carry their RADIUS settings (RadiusProfileFields).
class ApplicationResource
{
public:
    ApplicationResource(ApplicationRepository& applications, RadiusProfileRepository& radiusSettings,
                        RadiusProfiles& radiusProfiles, AuditLog& audit, const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse create(const RestRequest& request);
    RestResponse get(const RestRequest& request);
    RestResponse update(const RestRequest& request);
    RestResponse remove(const RestRequest& request);

private:
    /// The application's JSON, with its RADIUS settings when it is a radius profile, and `used_by`: the RADIUS
    /// clients and service providers in `uses` that log in with it.
    Poco::JSON::Object json(const ApplicationRecord& application, const std::vector<ApplicationUse>& uses);
    /// The same, reading its uses.
    Poco::JSON::Object json(const ApplicationRecord& application);

    ApplicationRepository& m_applications;
    RadiusProfileRepository& m_radiusSettings;
    RadiusProfiles& m_radiusProfiles;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
