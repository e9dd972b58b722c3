#pragma once

#include "api/RadiusClientsApi.h"
#include "pages/TablePage.h"

class QAction;

namespace castellan::console {

class RadiusClientModel;
class RestClient;

/// RADIUS clients (Configuration → RADIUS Clients): create (a generated secret shown once), edit, enable or
/// disable, delete; each with the profile it logs in with and its last request and counts.
class RadiusClientsPage : public TablePage
{
    Q_OBJECT

public:
    explicit RadiusClientsPage(RestClient& client, QWidget* parent = nullptr);

    RadiusClientModel* model() const { return m_model; }
    bool canCreate() const override { return true; }
    bool canDelete() const override;

    QAction* editAction() const { return m_editAction; }
    QAction* enableAction() const { return m_enableAction; }
    QAction* disableAction() const { return m_disableAction; }

public slots:
    void createItem() override;
    void deleteSelection() override;
    void editSelected();
    void setSelectedEnabled(bool enabled);

protected:
    void updateActions() override;
    QString emptyText() const override;
    void openItem(const QModelIndex& index) override;
    void retranslateUi() override;

private:
    const RadiusClient* selectedClient() const;

    RestClient& m_client;
    RadiusClientsApi m_api;
    RadiusClientModel* m_model;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_enableAction;
    QAction* m_disableAction;
    QAction* m_deleteAction;
};

} // namespace castellan::console
