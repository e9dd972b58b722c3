#pragma once

#include "api/DirectoriesApi.h"
#include "api/DirectoryEntry.h"
#include "api/LocalUser.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace castellan::console {

class RestClient;
class RestReply;

/// Adds a directory user before their first sign-in, so factors can be enrolled for them: pick a directory, search
/// its entries by the start of a name, pick one, Add. The server makes (or finds) the user's local record, which
/// added() carries.
class AddDirectoryUserDialog : public QDialog
{
    Q_OBJECT

public:
    enum EntryColumn
    {
        UsernameColumn,
        NameColumn,
        EmailColumn,
        AddedColumn,
        EntryColumnCount,
    };

    explicit AddDirectoryUserDialog(RestClient& client, QWidget* parent = nullptr);

    QComboBox* directoryField() const { return m_directoryField; }
    QLineEdit* searchField() const { return m_searchField; }
    QPushButton* searchButton() const { return m_searchButton; }
    QTableWidget* entriesView() const { return m_entries; }
    QPushButton* addButton() const { return m_addButton; }
    QLabel* messageLabel() const { return m_message; }
    /// True once the directories have arrived for the picker.
    bool directoriesLoaded() const { return m_directoriesLoaded; }
    bool isBusy() const { return m_pending != nullptr; }
    const QList<DirectoryEntry>& entries() const { return m_found; }

public slots:
    void search();
    void addSelected();
    void reject() override;

signals:
    void added(const castellan::console::LocalUser& user);

private:
    void loadDirectories();
    void showEntries(const QList<DirectoryEntry>& entries);
    void setBusy(RestReply* reply, const QString& what);
    void showMessage(const QString& text, bool error);
    void updateButtons();

    DirectoriesApi m_api;
    QComboBox* m_directoryField;
    QLineEdit* m_searchField;
    QPushButton* m_searchButton;
    QTableWidget* m_entries;
    QLabel* m_message;
    QPushButton* m_addButton;
    QPointer<RestReply> m_pending;
    QList<DirectoryEntry> m_found;
    bool m_directoriesLoaded = false;
};

} // namespace castellan::console
