#pragma once

#include "api/DirectoriesApi.h"
#include "api/Directory.h"
#include "models/EntityTableModel.h"

namespace castellan::console {

class RestClient;

/// The directories users sign in from, one page at a time, in the order they are asked (priority).
class DirectoryModel : public EntityTableModel<Directory>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        UrlsColumn,
        StatusColumn,
        PriorityColumn,
        ColumnCount,
    };

    explicit DirectoryModel(RestClient& client, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    /// The directory a (valid) index shows, or nullptr.
    const Directory* directoryFromIndex(const QModelIndex& index) const;
    /// The index of a directory's column on this page; invalid when the page does not show it.
    QModelIndex indexFromDirectoryId(qint64 id, int column = NameColumn) const;

    /// "Active Directory" or "LDAP", in the UI language.
    static QString kindText(const QString& kind);

protected:
    QVariant keyOf(const Directory& directory) const override { return directory.id; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<Directory>> done) override;

private:
    DirectoriesApi m_api;
};

} // namespace castellan::console
