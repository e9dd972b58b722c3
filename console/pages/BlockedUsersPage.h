#pragma once

#include "api/BlocksApi.h"
#include "pages/TablePage.h"

class QAction;

namespace castellan::console {

class BlockModel;
class RestClient;

/// Blocked users: reason, when and by whom, the time left counting down live; search by username; block by hand;
/// remove a block after a Yes/No confirmation.
class BlockedUsersPage : public TablePage
{
    Q_OBJECT

public:
    explicit BlockedUsersPage(RestClient& client, QWidget* parent = nullptr);

    BlockModel* model() const { return m_model; }
    bool canCreate() const override { return true; }
    bool canDelete() const override { return selectedCount() > 0; }
    QAction* removeAction() const { return m_removeAction; }

public slots:
    void createItem() override;
    /// Removes the selected blocks, after confirmation.
    void deleteSelection() override;

protected:
    void updateActions() override;
    QString emptyText() const override;
    void retranslateUi() override;

private:
    RestClient& m_client;
    BlocksApi m_api;
    BlockModel* m_model;
    QAction* m_blockAction;
    QAction* m_removeAction;
};

} // namespace castellan::console
