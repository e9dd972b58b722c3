#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace castellan::console {

/// The sidebar entries of the console, one page each.
enum class ConsolePage
{
    Dashboard, ///< the first page after sign-in
    ApiClients,
    LocalUsers,
    SoftOtpUsers,
    BlockedUsers,
    SsoSessions,
    SecuritySettings,
    License,
    AuditLog,
    Applications,   ///< Configuration group
    RadiusClients,  ///< Configuration group
    Directories,    ///< Configuration group
    Administrators, ///< Configuration group
    Delivery,       ///< Configuration group
    Saml,           ///< Configuration group
};

/// The sidebar's groups: the dashboard and the user-management pages come first without a heading, then
/// Configuration.
enum class ConsolePageGroup
{
    Administration,
    Configuration,
};

/// The pages in the order the sidebar lists them.
inline constexpr std::array kConsolePages{
    ConsolePage::Dashboard,        ConsolePage::ApiClients,    ConsolePage::LocalUsers,
    ConsolePage::SoftOtpUsers,     ConsolePage::BlockedUsers,  ConsolePage::SsoSessions,
    ConsolePage::SecuritySettings, ConsolePage::License,       ConsolePage::AuditLog,
    ConsolePage::Applications,     ConsolePage::RadiusClients, ConsolePage::Directories,
    ConsolePage::Administrators,   ConsolePage::Delivery,      ConsolePage::Saml,
};

// The window uses a page's enum value as its sidebar row and stack index.
static_assert(
    [] {
        for (std::size_t row = 0; row < kConsolePages.size(); ++row) {
            if (static_cast<std::size_t>(kConsolePages[row]) != row) {
                return false;
            }
        }
        return true;
    }(),
    "kConsolePages must list ConsolePage in declaration order");

/// The page's title in the current UI language, as the sidebar and the page header show it.
QString consolePageTitle(ConsolePage page);

/// The group a page belongs to in the sidebar.
ConsolePageGroup consolePageGroup(ConsolePage page);
/// A group's heading in the current UI language; empty for the first group, which has none.
QString consolePageGroupTitle(ConsolePageGroup group);

/// The page's icon in the console's resources.
QString consolePageIconPath(ConsolePage page);

/// A name for the page that stays when pages are added or moved ("local-users"), for what the console remembers
/// of it in QSettings; the enum value shifts (the Dashboard came first later).
QString consolePageKey(ConsolePage page);
/// The page of a key consolePageKey() gave, or nothing.
std::optional<ConsolePage> consolePageFromKey(const QString& key);

} // namespace castellan::console
