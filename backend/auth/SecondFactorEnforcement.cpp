#include "auth/SecondFactorEnforcement.h"

namespace castellan {
namespace {

std::vector<const ApplicationRecord*> ofType(const std::vector<ApplicationRecord>& profiles, const std::string& type)
{
    std::vector<const ApplicationRecord*> found;
    for (const ApplicationRecord& p : profiles) {
        if (p.type == type) {
            found.push_back(&p);
        }
    }
    return found;
}

/// Why a channel that uses `profiles` runs password-only, or empty. `openWithoutProfile`: whether it lets users
/// without factors in on the password when there is no profile (otherwise it is closed then).
std::string passwordOnlyReason(const std::vector<const ApplicationRecord*>& profiles, const std::string& type,
                               bool openWithoutProfile)
{
    if (profiles.empty()) {
        return openWithoutProfile ? "no enabled " + type +
                                        " profile and auth.password_only_without_profile=true: users without "
                                        "second factors sign in with the password alone"
                                  : std::string();
    }
    std::string weak;
    for (const ApplicationRecord* p : profiles) {
        if (!p->secondFactorRequired) {
            weak += (weak.empty() ? "" : ", ") + ("'" + p->name + "'");
        }
    }
    return weak.empty() ? std::string() : type + " profile " + weak + " does not require a second factor";
}

} // namespace

std::vector<SecondFactorEnforcement::Finding>
SecondFactorEnforcement::assess(const std::vector<ApplicationRecord>& enabledProfiles, const Settings& settings)
{
    std::vector<Finding> findings;
    auto add = [&findings](const char* channel, const std::string& reason) {
        if (!reason.empty()) {
            findings.push_back({channel, reason});
        }
    };
    add("rest", passwordOnlyReason(ofType(enabledProfiles, "api"), "api", settings.passwordOnlyWithoutProfile));
    if (settings.radiusEnabled) {
        add("radius",
            passwordOnlyReason(ofType(enabledProfiles, "radius"), "radius", settings.passwordOnlyWithoutProfile));
    }
    const auto registration = ofType(enabledProfiles, "registration");
    add("portal", passwordOnlyReason(registration, "registration", false));
    const auto saml = ofType(enabledProfiles, "saml");
    add("saml", saml.empty() ? passwordOnlyReason(registration, "registration", false)
                             : passwordOnlyReason(saml, "saml", false));
    return findings;
}

SecondFactorEnforcement::SecondFactorEnforcement(ApplicationRepository& applications, Settings settings,
                                                 const Clock& clock)
    : m_findings(
          [&applications, settings] {
              std::vector<ApplicationRecord> enabled;
              for (const char* type : {"api", "radius", "registration", "saml"}) {
                  auto some = applications.enabledOfType(type);
                  enabled.insert(enabled.end(), some.begin(), some.end());
              }
              return assess(enabled, settings);
          },
          clock, kLifetimeSeconds)
{}

} // namespace castellan
