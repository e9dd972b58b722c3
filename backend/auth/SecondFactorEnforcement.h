#pragma once

#include "core/Clock.h"
#include "radius/ExpiringSnapshot.h"
#include "store/ApplicationRepository.h"

#include <string>
#include <vector>

namespace castellan {

/// Whether every login channel asks for a second factor, judged from the enabled application profiles and
/// `auth.password_only_without_profile` (health, start-up warning). A channel runs password-only when
///  - it has no enabled profile of its type and `auth.password_only_without_profile` is true (REST validate and
///    RADIUS then accept users without factors on the password alone; users with factors must still pass one), or
///  - an enabled profile of its type does not require a second factor.
/// Channels and their profile types: `rest` (POST /auth/validate) api; `radius` (when a RADIUS or RadSec listener
/// runs) radius; `portal` registration; `saml` saml, or registration when no saml profile is enabled. The portal and
/// SAML do not sign anybody in without a profile, so for them "no profile" is closed, not password-only. QR login
/// always needs a profile that allows push.
class SecondFactorEnforcement
{
public:
    struct Settings
    {
        bool passwordOnlyWithoutProfile = false;
        bool radiusEnabled = true;
    };

    /// A channel that runs password-only, and why (names profiles: for the log, not for the public health answer).
    struct Finding
    {
        std::string channel;
        std::string reason;
    };

    static constexpr std::int64_t kLifetimeSeconds = 5;

    /// The channels that run password-only, in the order rest, radius, portal, saml; empty: enforced everywhere.
    /// `enabledProfiles`: every enabled application profile, of any type.
    static std::vector<Finding> assess(const std::vector<ApplicationRecord>& enabledProfiles, const Settings& settings);

    SecondFactorEnforcement(ApplicationRepository& applications, Settings settings,
                            const Clock& clock = SystemClock::instance());

    /// assess() over the stored profiles, kept for a few seconds (profiles change at run time). Exceptions from the
    /// database propagate.
    std::shared_ptr<const std::vector<Finding>> findings() { return m_findings.get(); }

private:
    ExpiringSnapshot<std::vector<Finding>> m_findings;
};

} // namespace castellan
