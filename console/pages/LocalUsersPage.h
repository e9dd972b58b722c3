#pragma once

#include "api/UsersApi.h"
#include "pages/TablePage.h"

#include <QPointer>

class QAction;
class QComboBox;

namespace castellan::console {

class RestClient;
class UserModel;
class UserPage;

/// Local users: every field, status colouring, create and edit, enable and disable, password change,
/// expiration (one user or many), bulk password reset, terminate sessions, SoftOTP enrollment, CSV import
/// (wizard with preview) and export, delete; a user's page (UserPage) and the HOTP hardware token import.
class LocalUsersPage : public TablePage
{
    Q_OBJECT

public:
    explicit LocalUsersPage(RestClient& client, QWidget* parent = nullptr);

    UserModel* model() const { return m_model; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    /// All users, local ones, or directory users (`source`).
    QComboBox* sourceFilter() const { return m_sourceFilter; }
    bool canCreate() const override { return true; }
    bool canDelete() const override { return selectedCount() > 0; }

    QAction* action(const QString& name) const;

public slots:
    void createItem() override;
    void deleteSelection() override;
    void editSelected();
    /// Opens the selected user's page (double click, Enter, Open).
    void openSelected();
    /// The page of the user with this id; an open one comes to the front.
    UserPage* openUser(qint64 id);
    void setSelectedEnabled(bool enabled);
    void changeSelectedPassword();
    void setSelectedExpiration();
    void resetSelectedPasswords();
    void terminateSelectedSessions();
    void enrollSelected();
    void importCsv();
    /// Imports HOTP hardware tokens from a seed file (wizard with a dry-run preview).
    void importHotpTokens();
    void exportCsv();
    /// Writes the users matching the search to `path` as CSV (what Export does after asking for a file).
    void exportTo(const QString& path);
    /// Adds a directory user before their first sign-in (a dialog), then opens their page.
    void addDirectoryUser();

protected:
    void updateActions() override;
    QString emptyText() const override;
    void openItem(const QModelIndex& index) override;
    void retranslateUi() override;

private:
    QAction* makeAction(const QString& name, void (LocalUsersPage::*slot)(), Placement placement = Placement::ToolBar,
                        bool rowAction = true);
    void fillStatusFilter();
    void fillSourceFilter();
    void applyFilters();
    QList<qint64> selectedIds() const;
    const LocalUser* selectedUser() const;
    /// "ayse" for one user, "3 users" for many.
    QString describeSelection() const;
    void afterChange(const QString& message);

    RestClient& m_client;
    UsersApi m_api;
    UserModel* m_model;
    QComboBox* m_statusFilter;
    QComboBox* m_sourceFilter;
    QHash<QString, QAction*> m_actions;
    QHash<qint64, QPointer<UserPage>> m_userPages;
};

} // namespace castellan::console
