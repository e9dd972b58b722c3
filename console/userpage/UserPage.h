#pragma once

#include "api/LocalUser.h"
#include "api/UserAccessApi.h"
#include "api/UsersApi.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace castellan::console {

class RestClient;
class UserAliasesTab;
class UserDevicesTab;
class UserEventsTab;
class UserFactorsTab;
class UserKeysTab;
class UserSessionsTab;

/// One user's page (Protectimus calls it the User Dashboard), opened from Local Users: the user's details,
/// status, expiry and license standing this month (edited with the user dialog), and tabs for the second factors,
/// aliases, SoftOTP devices, security keys, portal and SSO sessions, and the user's recent events.
class UserPage : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        FactorsTab,
        AliasesTab,
        DevicesTab,
        KeysTab,
        SessionsTab,
        EventsTab,
    };

    UserPage(RestClient& client, qint64 userId, QWidget* parent = nullptr);

    qint64 userId() const { return m_userId; }
    /// The user as last loaded (empty until the server answered).
    const LocalUser& user() const { return m_user; }
    bool isLoaded() const { return m_user.id != 0; }

    QTabWidget* tabs() const { return m_tabs; }
    UserFactorsTab* factorsTab() const { return m_factors; }
    UserAliasesTab* aliasesTab() const { return m_aliases; }
    UserDevicesTab* devicesTab() const { return m_devices; }
    UserKeysTab* keysTab() const { return m_keys; }
    UserSessionsTab* sessionsTab() const { return m_sessions; }
    UserEventsTab* eventsTab() const { return m_events; }
    QLabel* detailLabel(const QString& name) const;
    QPushButton* editButton() const { return m_editButton; }
    /// "Managed by directory X" for a directory user; hidden for a local one.
    QLabel* directoryNote() const { return m_directoryNote; }

public slots:
    /// Loads the user again, and every tab.
    void reload();
    void editUser();

signals:
    /// The user or what belongs to them changed (Local Users refreshes).
    void changed(const QString& message);

private:
    QLabel* addDetail(QFormLayout* form, const QString& label, const QString& name);
    void showUser(const LocalUser& user);
    void showLicense(const ApiResult<LicenseStanding>& result);
    void onChanged(const QString& message);

    RestClient& m_client;
    UsersApi m_api;
    UserAccessApi m_access;
    qint64 m_userId;
    LocalUser m_user;
    QLabel* m_title;
    QLabel* m_message;
    QLabel* m_directoryNote;
    QHash<QString, QLabel*> m_details;
    QPushButton* m_editButton;
    QTabWidget* m_tabs;
    UserFactorsTab* m_factors;
    UserAliasesTab* m_aliases;
    UserDevicesTab* m_devices;
    UserKeysTab* m_keys;
    UserSessionsTab* m_sessions;
    UserEventsTab* m_events;
};

} // namespace castellan::console
