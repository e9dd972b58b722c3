#pragma once

#include "api/ApplicationsApi.h"
#include "pages/TablePage.h"

class QAction;

namespace castellan::console {

class ApplicationModel;
class RestClient;

/// Application profiles (Configuration → Applications): create, edit, enable or disable, delete. The table
/// names the RADIUS clients and service providers using each profile; deleting one that is used names them
/// and is refused until they have another profile.
class ApplicationsPage : public TablePage
{
    Q_OBJECT

public:
    explicit ApplicationsPage(RestClient& client, QWidget* parent = nullptr);

    ApplicationModel* model() const { return m_model; }
    bool canCreate() const override { return true; }
    bool canDelete() const override;

    QAction* editAction() const { return m_editAction; }

public slots:
    void createItem() override;
    void deleteSelection() override;
    void editSelected();

protected:
    void updateActions() override;
    QString emptyText() const override;
    void openItem(const QModelIndex& index) override;
    void retranslateUi() override;

private:
    const ApplicationProfile* selectedProfile() const;
    void remove(qint64 id, const QString& name);

    RestClient& m_client;
    ApplicationsApi m_api;
    ApplicationModel* m_model;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_deleteAction;
};

} // namespace castellan::console
