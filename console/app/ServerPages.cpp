#include "app/ServerPages.h"

#include "pages/ApiClientsPage.h"
#include "pages/LocalUsersPage.h"

namespace castellan::console {

ServerPage* createServerPage(ConsolePage page, RestClient& client)
{
    switch (page) {
    case ConsolePage::ApiClients:
        return new ApiClientsPage(client);
    case ConsolePage::LocalUsers:
        return new LocalUsersPage(client);
    case ConsolePage::SoftOtpUsers:
    case ConsolePage::BlockedUsers:
    case ConsolePage::SecuritySettings:
    case ConsolePage::AuditLog:
    case ConsolePage::License:
        return nullptr;
    }
    return nullptr;
}

} // namespace castellan::console
