#pragma once

#include "core/Clock.h"
#include "radius/ExpiringSnapshot.h"
#include "store/RadiusProfileRepository.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class ApplicationRepository;

/// A radius application profile as the RADIUS server applies it.
struct RadiusProfile
{
    std::string name;
    bool passwordRequired = true;
    bool secondFactorRequired = true;
    int appendedOtpLength = 0; ///< 0: the code is asked for with Access-Challenge
    std::vector<RadiusReplyAttribute> replyAttributes;
};

/// The enabled radius application profiles with their RADIUS settings, kept for a few seconds.
class RadiusProfiles
{
public:
    using Loader = std::function<std::vector<RadiusProfile>()>;
    static constexpr std::int64_t kLifetimeSeconds = 5;

    explicit RadiusProfiles(Loader loader, const Clock& clock = SystemClock::instance());
    static Loader fromStore(ApplicationRepository& applications, RadiusProfileRepository& settings);

    /// The profile a client's users log in with: the one it names, or else the only enabled radius profile (the
    /// choice AuthEngine makes for `application` left empty). Nothing when there is no such profile; AuthEngine
    /// then decides (password alone, or a refusal naming the problem).
    std::optional<RadiusProfile> forClient(const std::string& application);
    void invalidate() { m_profiles.invalidate(); }

private:
    ExpiringSnapshot<std::vector<RadiusProfile>> m_profiles;
};

} // namespace castellan
