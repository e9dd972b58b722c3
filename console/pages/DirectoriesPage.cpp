#include "pages/DirectoriesPage.h"

#include "dialogs/DirectoryDialog.h"
#include "dialogs/DirectoryTestDialog.h"
#include "dialogs/MessageBoxes.h"
#include "models/DirectoryModel.h"

#include <QAction>
#include <QStyle>
#include <QTableView>

namespace castellan::console {

DirectoriesPage::DirectoriesPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::Directories, new DirectoryModel(client), parent), m_client(client), m_api(client),
      m_model(static_cast<DirectoryModel*>(view()->model())), m_newAction(new QAction(this)),
      m_editAction(new QAction(this)), m_testAction(new QAction(this)), m_deleteAction(new QAction(this))
{
    setObjectName(QStringLiteral("directoriesPage"));
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_testAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    addToolAction(m_newAction);
    addRowAction(m_editAction);
    addRowAction(m_testAction);
    addContextSeparator();
    addRowAction(m_deleteAction);
    connect(m_newAction, &QAction::triggered, this, &DirectoriesPage::createItem);
    connect(m_editAction, &QAction::triggered, this, &DirectoriesPage::editSelected);
    connect(m_testAction, &QAction::triggered, this, &DirectoriesPage::testSelected);
    connect(m_deleteAction, &QAction::triggered, this, &DirectoriesPage::deleteSelection);

    setColumnWidths({200, 130, 340, 90, 70});
    retranslateUi();
    updateActions();
}

void DirectoriesPage::retranslateUi()
{
    TablePage::retranslateUi();
    m_newAction->setText(tr("New Directory…"));
    m_editAction->setText(tr("Edit…"));
    m_testAction->setText(tr("Test…"));
    m_deleteAction->setText(tr("Delete…"));
}

QString DirectoriesPage::emptyText() const
{
    return tr("No directories yet.\nAdd your Active Directory or LDAP server (Ctrl+N) so its users can sign in with "
              "their directory password.");
}

const Directory* DirectoriesPage::selectedDirectory() const
{
    const QModelIndexList rows = selectedRows();
    return rows.size() == 1 ? m_model->directoryFromIndex(rows.first()) : nullptr;
}

bool DirectoriesPage::canDelete() const
{
    return selectedCount() > 0;
}

void DirectoriesPage::updateActions()
{
    const Directory* directory = selectedDirectory();
    m_editAction->setEnabled(directory);
    m_testAction->setEnabled(directory);
    m_deleteAction->setEnabled(canDelete());
    TablePage::updateActions();
}

void DirectoriesPage::openItem(const QModelIndex& index)
{
    if (index.isValid()) {
        editSelected();
    }
}

void DirectoriesPage::createItem()
{
    openEditor<DirectoryDialog, Directory>(
        new DirectoryDialog(m_client, this), &DirectoryDialog::saved,
        [this](const Directory& directory) { return tr("Directory “%1” created").arg(directory.name); });
}

void DirectoriesPage::editSelected()
{
    const Directory* directory = selectedDirectory();
    if (!directory) {
        return;
    }
    openEditor<DirectoryDialog, Directory>(
        new DirectoryDialog(m_client, *directory, this), &DirectoryDialog::saved,
        [this](const Directory& saved) { return tr("Directory “%1” saved").arg(saved.name); });
}

void DirectoriesPage::testSelected()
{
    const Directory* directory = selectedDirectory();
    if (!directory) {
        return;
    }
    auto* dialog = new DirectoryTestDialog(m_client, *directory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DirectoriesPage::deleteSelection()
{
    QList<qint64> ids;
    QStringList names;
    for (const QModelIndex& index : selectedRows()) {
        ids.append(m_model->directoryFromIndex(index)->id);
        names.append(m_model->directoryFromIndex(index)->name);
    }
    if (ids.isEmpty()) {
        return;
    }
    const QString question = ids.size() == 1 ? tr("Delete the directory “%1”?").arg(names.first())
                                             : tr("Delete %n directories?", nullptr, int(ids.size()));
    messages::confirm(
        this, tr("Delete Directory"), question, tr("Its users can no longer sign in with their directory password."),
        [this, ids] {
            removeEach(ids, tr("Could not delete the directory"),
                       [this](qint64 id, ApiCallback<NoContent> done) { m_api.remove(id, this, std::move(done)); });
        });
}

} // namespace castellan::console
