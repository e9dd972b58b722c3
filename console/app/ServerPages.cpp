#include "app/ServerPages.h"

#include "pages/AdministratorsPage.h"
#include "pages/ApiClientsPage.h"
#include "pages/ApplicationsPage.h"
#include "pages/AuditLogPage.h"
#include "pages/BlockedUsersPage.h"
#include "pages/DashboardPage.h"
#include "pages/DeliverySettingsPage.h"
#include "pages/DirectoriesPage.h"
#include "pages/LicensePage.h"
#include "pages/LocalUsersPage.h"
#include "pages/RadiusClientsPage.h"
#include "pages/SamlPage.h"
#include "pages/SecuritySettingsPage.h"
#include "pages/SoftOtpUsersPage.h"
#include "pages/SsoSessionsPage.h"

namespace castellan::console {

ServerPage* createServerPage(ConsolePage page, RestClient& client)
{
    switch (page) {
    case ConsolePage::Dashboard:
        return new DashboardPage(client);
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
    case ConsolePage::Directories:
        return new DirectoriesPage(client);
    case ConsolePage::Administrators:
        return new AdministratorsPage(client);
    case ConsolePage::Delivery:
        return new DeliverySettingsPage(client);
    case ConsolePage::Saml:
        return new SamlPage(client);
    }
    return nullptr;
}

QString consolePageRoute(ConsolePage page)
{
    switch (page) {
    case ConsolePage::Dashboard:
        return QStringLiteral("/dashboard");
    case ConsolePage::ApiClients:
        return QStringLiteral("/api-clients");
    case ConsolePage::LocalUsers:
        return QStringLiteral("/users");
    case ConsolePage::SoftOtpUsers:
        return QStringLiteral("/softotp");
    case ConsolePage::BlockedUsers:
        return QStringLiteral("/blocks");
    case ConsolePage::SsoSessions:
        return QStringLiteral("/sso-sessions");
    case ConsolePage::SecuritySettings:
        return QStringLiteral("/settings/security");
    case ConsolePage::License:
        return QStringLiteral("/license");
    case ConsolePage::AuditLog:
        return QStringLiteral("/audit");
    case ConsolePage::Applications:
        return QStringLiteral("/applications");
    case ConsolePage::RadiusClients:
        return QStringLiteral("/radius-clients");
    case ConsolePage::Directories:
        return QStringLiteral("/directories");
    case ConsolePage::Administrators:
        return QStringLiteral("/admins");
    case ConsolePage::Delivery:
        return QStringLiteral("/settings/mail");
    case ConsolePage::Saml:
        return QStringLiteral("/service-providers");
    }
    return {};
}

QList<ConsolePage> pagesMissingFrom(const QJsonObject& openApi)
{
    QList<ConsolePage> missing;
    const QJsonObject paths = openApi.value(QStringLiteral("paths")).toObject();
    if (paths.isEmpty()) {
        return missing; // not an OpenAPI document we understand: assume every page works
    }
    for (const ConsolePage page : kConsolePages) {
        const QString route = consolePageRoute(page);
        if (!route.isEmpty() && !paths.contains(route)) {
            missing.append(page);
        }
    }
    return missing;
}

} // namespace castellan::console
