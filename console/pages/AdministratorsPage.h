#pragma once

#include "api/AdminsApi.h"
#include "pages/TablePage.h"

class QAction;

namespace castellan::console {

class AdministratorModel;
class RestClient;

/// Administrators: add (the one-time password shown once, with a copy button), reset (new one-time password,
/// TOTP cleared), enable or disable, remove. The server refuses to leave no enabled administrator and refuses
/// changes to one's own account here; the page shows its reason.
class AdministratorsPage : public TablePage
{
    Q_OBJECT

public:
    explicit AdministratorsPage(RestClient& client, QWidget* parent = nullptr);

    AdministratorModel* model() const { return m_model; }
    bool canCreate() const override { return true; }
    bool canDelete() const override;

    QAction* resetAction() const { return m_resetAction; }
    QAction* enableAction() const { return m_enableAction; }
    QAction* disableAction() const { return m_disableAction; }

public slots:
    void createItem() override;
    void deleteSelection() override;
    void resetSelected();
    void setSelectedEnabled(bool enabled);

protected:
    void updateActions() override;
    QString emptyText() const override;
    void retranslateUi() override;

private:
    const Administrator* selectedAdmin() const;
    void showPassword(const Administrator& admin, const QString& title);

    RestClient& m_client;
    AdminsApi m_api;
    AdministratorModel* m_model;
    QAction* m_newAction;
    QAction* m_resetAction;
    QAction* m_enableAction;
    QAction* m_disableAction;
    QAction* m_deleteAction;
};

} // namespace castellan::console
