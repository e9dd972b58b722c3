#include "pages/ConsolePage.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace castellan::console {

QString consolePageTitle(ConsolePage page)
{
    switch (page) {
    case ConsolePage::Dashboard:
        return QCoreApplication::translate("ConsolePage", "Dashboard");
    case ConsolePage::ApiClients:
        return QCoreApplication::translate("ConsolePage", "API Clients");
    case ConsolePage::LocalUsers:
        return QCoreApplication::translate("ConsolePage", "Local Users");
    case ConsolePage::SoftOtpUsers:
        return QCoreApplication::translate("ConsolePage", "SoftOTP Users");
    case ConsolePage::BlockedUsers:
        return QCoreApplication::translate("ConsolePage", "Blocked Users");
    case ConsolePage::SsoSessions:
        return QCoreApplication::translate("ConsolePage", "SSO Sessions");
    case ConsolePage::SecuritySettings:
        return QCoreApplication::translate("ConsolePage", "Security Settings");
    case ConsolePage::License:
        return QCoreApplication::translate("ConsolePage", "License");
    case ConsolePage::AuditLog:
        return QCoreApplication::translate("ConsolePage", "Audit Log");
    case ConsolePage::Applications:
        return QCoreApplication::translate("ConsolePage", "Applications");
    case ConsolePage::RadiusClients:
        return QCoreApplication::translate("ConsolePage", "RADIUS Clients");
    case ConsolePage::Directories:
        return QCoreApplication::translate("ConsolePage", "Directories");
    case ConsolePage::Administrators:
        return QCoreApplication::translate("ConsolePage", "Administrators");
    case ConsolePage::Delivery:
        return QCoreApplication::translate("ConsolePage", "Mail and SMS");
    case ConsolePage::Saml:
        return QCoreApplication::translate("ConsolePage", "SAML");
    }
    Q_UNREACHABLE();
}

ConsolePageGroup consolePageGroup(ConsolePage page)
{
    switch (page) {
    case ConsolePage::Applications:
    case ConsolePage::RadiusClients:
    case ConsolePage::Directories:
    case ConsolePage::Administrators:
    case ConsolePage::Delivery:
    case ConsolePage::Saml:
        return ConsolePageGroup::Configuration;
    default:
        return ConsolePageGroup::Administration;
    }
}

QString consolePageGroupTitle(ConsolePageGroup group)
{
    return group == ConsolePageGroup::Configuration ? QCoreApplication::translate("ConsolePage", "Configuration")
                                                    : QString();
}

QString consolePageIconPath(ConsolePage page)
{
    switch (page) {
    case ConsolePage::Dashboard:
        return QStringLiteral(":/icons/dashboard.svg");
    case ConsolePage::ApiClients:
        return QStringLiteral(":/icons/api-clients.svg");
    case ConsolePage::LocalUsers:
        return QStringLiteral(":/icons/local-users.svg");
    case ConsolePage::SoftOtpUsers:
        return QStringLiteral(":/icons/softotp-users.svg");
    case ConsolePage::BlockedUsers:
        return QStringLiteral(":/icons/blocked-users.svg");
    case ConsolePage::SsoSessions:
        return QStringLiteral(":/icons/sso-sessions.svg");
    case ConsolePage::SecuritySettings:
        return QStringLiteral(":/icons/security-settings.svg");
    case ConsolePage::License:
        return QStringLiteral(":/icons/license.svg");
    case ConsolePage::AuditLog:
        return QStringLiteral(":/icons/audit-log.svg");
    case ConsolePage::Applications:
        return QStringLiteral(":/icons/applications.svg");
    case ConsolePage::RadiusClients:
        return QStringLiteral(":/icons/radius-clients.svg");
    case ConsolePage::Directories:
        return QStringLiteral(":/icons/directories.svg");
    case ConsolePage::Administrators:
        return QStringLiteral(":/icons/administrators.svg");
    case ConsolePage::Delivery:
        return QStringLiteral(":/icons/delivery.svg");
    case ConsolePage::Saml:
        return QStringLiteral(":/icons/saml.svg");
    }
    Q_UNREACHABLE();
}

QString consolePageKey(ConsolePage page)
{
    // Every page has an icon of its own, named after it.
    return QFileInfo(consolePageIconPath(page)).baseName();
}

std::optional<ConsolePage> consolePageFromKey(const QString& key)
{
    for (const ConsolePage page : kConsolePages) {
        if (consolePageKey(page) == key) {
            return page;
        }
    }
    return std::nullopt;
}

} // namespace castellan::console
