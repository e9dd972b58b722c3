#pragma once

#include "api/RadiusClient.h"
#include "api/RadiusClientsApi.h"
#include "models/EntityTableModel.h"

namespace castellan::console {

class RestClient;

/// The RADIUS clients, one page at a time, with what each asked of the server lately.
class RadiusClientModel : public EntityTableModel<RadiusClient>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SourceColumn,
        ProfileColumn,
        MessageAuthenticatorColumn,
        StatusColumn,
        LastRequestColumn,
        RequestsColumn,
        ColumnCount,
    };

    explicit RadiusClientModel(RestClient& client, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    /// The client a (valid) index shows, or nullptr.
    const RadiusClient* clientFromIndex(const QModelIndex& index) const;
    /// The index of a client's column on this page; invalid when the page does not show it.
    QModelIndex indexFromClientId(qint64 id, int column = NameColumn) const;

    /// "12 (9 accepted, 2 rejected, 1 challenged)".
    static QString countsText(const RadiusClient& client);

protected:
    QVariant keyOf(const RadiusClient& client) const override { return client.id; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<RadiusClient>> done) override;

private:
    RadiusClientsApi m_api;
};

} // namespace castellan::console
