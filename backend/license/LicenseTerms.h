#pragma once

#include <string>

namespace castellan {

/// What a license grants (DESIGN §7 license fields). Dates are calendar days, YYYY-MM-DD.
struct LicenseTerms
{
    std::string licenseId;
    std::string company;
    int userLimit = 0;          ///< unique users per month
    std::string type = "demo";  ///< demo | subscription
    std::string supportEndDate; ///< authentication stops after this day
    bool pushSubscription = false;
    std::string appKey;   ///< the installation the license is bound to
    std::string issuedAt; ///< RFC 3339

    bool operator==(const LicenseTerms&) const = default;
};

} // namespace castellan
