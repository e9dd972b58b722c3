#include "radius/RadiusProfiles.h"

#include "store/ApplicationRepository.h"

#include <Poco/String.h>

namespace castellan {

RadiusProfiles::RadiusProfiles(Loader loader, const Clock& clock)
    : m_profiles(std::move(loader), clock, kLifetimeSeconds)
{}

RadiusProfiles::Loader RadiusProfiles::fromStore(ApplicationRepository& applications, RadiusProfileRepository& settings)
{
    return [&applications, &settings] {
        std::vector<RadiusProfile> profiles;
        for (const ApplicationRecord& a : applications.enabledOfType("radius")) {
            RadiusProfileRecord radius = settings.find(a.id);
            profiles.push_back({a.name, a.passwordRequired, a.secondFactorRequired, radius.appendedOtpLength,
                                std::move(radius.replyAttributes)});
        }
        return profiles;
    };
}

std::optional<RadiusProfile> RadiusProfiles::forClient(const std::string& application)
{
    const auto profiles = m_profiles.get();
    if (application.empty()) {
        return profiles->size() == 1 ? std::optional<RadiusProfile>(profiles->front()) : std::nullopt;
    }
    for (const RadiusProfile& p : *profiles) {
        if (Poco::icompare(p.name, application) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

} // namespace castellan
