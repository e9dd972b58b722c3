#pragma once

#include "portal/PortalSite.h"
#include "rest/RestMessage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace castellan {

class AuditLog;
class FactorRepository;
class Router;
struct ApplicationRecord;
struct FactorRecord;

/// "My sign-in methods": the signed-in user's authenticator apps, hardware tokens, security keys, e-mail and SMS
/// factors, listed on the home page, each renamed on its own page and removed after a confirmation page (both
/// plain forms, no script needed). The last method the registration profile needs is kept.
class PortalMethodPages
{
public:
    PortalMethodPages(PortalSite& site, FactorRepository& factors, AuditLog& audit);
    void addRoutes(Router& router);

    /// The home page's list of methods (a table, or a line saying there are none).
    std::string list(const PortalVisit& visit);

    RestResponse showRename(const RestRequest& request);
    RestResponse rename(const RestRequest& request);
    RestResponse confirmRemove(const RestRequest& request);
    RestResponse remove(const RestRequest& request);

    /// Whether removing factor `removing` leaves `profile` without a method it accepts when it requires a second
    /// factor; only verified factors count.
    static bool neededByProfile(const std::vector<FactorRecord>& factors, std::int64_t removing,
                                const std::optional<ApplicationRecord>& profile);
    /// The catalog key of a factor type's name ("methods.kind_totp").
    static std::string kindKey(const std::string& type);

private:
    /// The signed-in user's verified factor `id` (a query or form value), or nothing.
    std::optional<FactorRecord> ownFactor(const PortalVisit& visit, const std::string& id);
    std::string displayName(const PortalVisit& visit, const FactorRecord& factor) const;
    RestResponse renamePage(const PortalVisit& visit, const FactorRecord& factor, const std::string& name, bool empty);
    RestResponse home(const PortalVisit& visit, const std::string& notice, int status);

    PortalSite& m_site;
    FactorRepository& m_factors;
    AuditLog& m_audit;
};

} // namespace castellan
