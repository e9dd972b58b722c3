#include "app/ServerPages.h"

#include "pages/ApiClientsPage.h"
#include "pages/ApplicationsPage.h"
#include "pages/AuditLogPage.h"
#include "pages/BlockedUsersPage.h"
#include "pages/LicensePage.h"
#include "pages/LocalUsersPage.h"
#include "pages/RadiusClientsPage.h"
#include "pages/SecuritySettingsPage.h"
#include "pages/SoftOtpUsersPage.h"
#include "pages/SsoSessionsPage.h"

namespace castellan::console {

ServerPage* createServerPage(ConsolePage page, RestClient& client)
{
    switch (page) {
    case ConsolePage::ApiClients:
        return new ApiClientsPage(client);
    case ConsolePage::LocalUsers:
        return new LocalUsersPage(client);
    case ConsolePage::SoftOtpUsers:
        return new SoftOtpUsersPage(client);
    case ConsolePage::BlockedUsers:
        return new BlockedUsersPage(client);
    case ConsolePage::SsoSessions:
        return new SsoSessionsPage(client);
    case ConsolePage::SecuritySettings:
        return new SecuritySettingsPage(client);
    case ConsolePage::AuditLog:
        return new AuditLogPage(client);
    case ConsolePage::License:
        return new LicensePage(client);
    case ConsolePage::Applications:
        return new ApplicationsPage(client);
    case ConsolePage::RadiusClients:
        return new RadiusClientsPage(client);
    }
    return nullptr;
}

} // namespace castellan::console
