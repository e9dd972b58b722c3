#pragma once

#include "api/DirectoriesApi.h"
#include "pages/TablePage.h"

class QAction;

namespace castellan::console {

class DirectoryModel;
class RestClient;

/// Directories (Configuration → Directories): the LDAP and Active Directory servers users sign in from, in the
/// order they are asked; create, edit, test (the connection, and a user), delete.
class DirectoriesPage : public TablePage
{
    Q_OBJECT

public:
    explicit DirectoriesPage(RestClient& client, QWidget* parent = nullptr);

    DirectoryModel* model() const { return m_model; }
    bool canCreate() const override { return true; }
    bool canDelete() const override;

    QAction* editAction() const { return m_editAction; }
    QAction* testAction() const { return m_testAction; }

public slots:
    void createItem() override;
    void deleteSelection() override;
    void editSelected();
    void testSelected();

protected:
    void updateActions() override;
    QString emptyText() const override;
    void openItem(const QModelIndex& index) override;
    void retranslateUi() override;

private:
    const Directory* selectedDirectory() const;

    RestClient& m_client;
    DirectoriesApi m_api;
    DirectoryModel* m_model;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_testAction;
    QAction* m_deleteAction;
};

} // namespace castellan::console
