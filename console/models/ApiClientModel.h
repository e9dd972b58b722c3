#pragma once

#include "api/ApiClient.h"
#include "api/ApiClientsApi.h"
#include "models/EntityTableModel.h"

namespace castellan::console {

class RestClient;

/// The API clients, one page at a time.
class ApiClientModel : public EntityTableModel<ApiClient>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ClientIdColumn,
        StatusColumn,
        LastUsedColumn,
        CreatedColumn,
        ColumnCount,
    };

    explicit ApiClientModel(RestClient& client, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    /// The client a (valid) index shows, or nullptr.
    const ApiClient* clientFromIndex(const QModelIndex& index) const;
    /// The index of a client's column on this page; invalid when the page does not show it.
    QModelIndex indexFromClientId(qint64 id, int column = NameColumn) const;

    static QString typeTitle(ApiClient::Type type);

protected:
    QVariant keyOf(const ApiClient& client) const override { return client.id; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<ApiClient>> done) override;

private:
    ApiClientsApi m_api;
};

} // namespace castellan::console
