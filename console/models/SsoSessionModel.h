#pragma once

#include "api/SsoSession.h"
#include "api/SsoSessionsApi.h"
#include "models/EntityTableModel.h"

namespace castellan::console {

class RestClient;

/// Every user's SSO sessions, newest first, one page at a time (the server has one order for them, so no column
/// sorts). The service providers column lists the entity IDs the browser signed into.
class SsoSessionModel : public EntityTableModel<SsoSession>
{
    Q_OBJECT

public:
    enum Column
    {
        UserColumn,
        SourceIpColumn,
        StartedColumn,
        LastSeenColumn,
        ExpiresColumn,
        ServiceProvidersColumn,
        ColumnCount,
    };

    explicit SsoSessionModel(RestClient& client, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SsoSession* sessionFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromSessionId(const QString& id, int column = UserColumn) const;

protected:
    QVariant keyOf(const SsoSession& session) const override { return session.id; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<SsoSession>> done) override;

private:
    QVariant displayText(const SsoSession& session, int column) const;
    QString providersToolTip(const SsoSession& session) const;

    SsoSessionsApi m_api;
};

} // namespace castellan::console
