#pragma once

#include "api/ServiceProvidersApi.h"
#include "pages/TablePage.h"

class QAction;

namespace castellan::console {

class RestClient;
class SamlIdpPanel;
class ServiceProviderDetails;
class ServiceProviderModel;

/// SAML (Configuration → SAML): the service providers (add from a metadata file, pasted XML or an https URL the
/// server fetches; edit what the IdP gives them; enable, disable, delete), the selected one's metadata and
/// certificate, and this server as the IdP: its metadata URL and signing-key rotation (SamlIdpPanel).
class SamlPage : public TablePage
{
    Q_OBJECT

public:
    explicit SamlPage(RestClient& client, QWidget* parent = nullptr);

    ServiceProviderModel* model() const { return m_model; }
    ServiceProviderDetails* details() const { return m_details; }
    SamlIdpPanel* idpPanel() const { return m_idp; }
    bool canCreate() const override { return true; }
    bool canDelete() const override { return selectedCount() > 0; }

    QAction* editAction() const { return m_editAction; }
    QAction* enableAction() const { return m_enableAction; }
    QAction* disableAction() const { return m_disableAction; }

public slots:
    void refresh() override;
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
    const ServiceProvider* selectedProvider() const;

    RestClient& m_client;
    ServiceProvidersApi m_api;
    ServiceProviderModel* m_model;
    ServiceProviderDetails* m_details;
    SamlIdpPanel* m_idp;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_enableAction;
    QAction* m_disableAction;
    QAction* m_deleteAction;
};

} // namespace castellan::console
