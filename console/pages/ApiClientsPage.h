#pragma once

#include "api/ApiClientsApi.h"
#include "pages/TablePage.h"

class QAction;

namespace castellan::console {

class ApiClientModel;
class RestClient;

/// API clients: create (the secret shown once, with a copy button), rename, rotate the secret, enable or
/// disable, delete.
class ApiClientsPage : public TablePage
{
    Q_OBJECT

public:
    explicit ApiClientsPage(RestClient& client, QWidget* parent = nullptr);

    ApiClientModel* model() const { return m_model; }
    bool canCreate() const override { return true; }
    bool canDelete() const override;

    QAction* renameAction() const { return m_renameAction; }
    QAction* rotateAction() const { return m_rotateAction; }
    QAction* enableAction() const { return m_enableAction; }
    QAction* disableAction() const { return m_disableAction; }

public slots:
    void createItem() override;
    void deleteSelection() override;
    void renameSelected();
    void rotateSelectedSecret();
    void setSelectedEnabled(bool enabled);

protected:
    void updateActions() override;
    QString emptyText() const override;
    void openItem(const QModelIndex& index) override;
    void retranslateUi() override;

private:
    const ApiClient* selectedClient() const;
    void showSecret(const ApiClient& client, const QString& title);

    RestClient& m_client;
    ApiClientsApi m_api;
    ApiClientModel* m_model;
    QAction* m_newAction;
    QAction* m_renameAction;
    QAction* m_rotateAction;
    QAction* m_enableAction;
    QAction* m_disableAction;
    QAction* m_deleteAction;
};

} // namespace castellan::console
