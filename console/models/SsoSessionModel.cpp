#include "models/SsoSessionModel.h"

#include "models/DisplayFormat.h"

#include <QStringList>

namespace castellan::console {

SsoSessionModel::SsoSessionModel(RestClient& client, QObject* parent) : EntityTableModel(parent), m_api(client) {}

int SsoSessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SsoSessionModel::data(const QModelIndex& index, int role) const
{
    const SsoSession* session = sessionFromIndex(index);
    if (!session) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return displayText(*session, index.column());
    }
    if (role == Qt::ToolTipRole && index.column() == ServiceProvidersColumn && !session->serviceProviders.isEmpty()) {
        return providersToolTip(*session);
    }
    return {};
}

QVariant SsoSessionModel::displayText(const SsoSession& session, int column) const
{
    switch (column) {
    case UserColumn:
        return session.username;
    case SourceIpColumn:
        return session.sourceIp;
    case StartedColumn:
        return display::time(session.createdAt);
    case LastSeenColumn:
        return display::time(session.lastSeenAt);
    case ExpiresColumn:
        return display::time(session.expiresAt);
    case ServiceProvidersColumn:
        return session.entityIds();
    default:
        return {};
    }
}

QString SsoSessionModel::providersToolTip(const SsoSession& session) const
{
    QStringList lines;
    for (const SsoSessionProvider& provider : session.serviceProviders) {
        lines.append(
            tr("%1, signed in %2 as %3").arg(provider.entityId, display::time(provider.signedInAt), provider.nameId));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant SsoSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UserColumn:
        return tr("User");
    case SourceIpColumn:
        return tr("Source IP");
    case StartedColumn:
        return tr("Started");
    case LastSeenColumn:
        return tr("Last Seen");
    case ExpiresColumn:
        return tr("Expires");
    case ServiceProvidersColumn:
        return tr("Service Providers");
    default:
        return {};
    }
}

const SsoSession* SsoSessionModel::sessionFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex SsoSessionModel::indexFromSessionId(const QString& id, int column) const
{
    const int row = rowOfKey(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* SsoSessionModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<SsoSession>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
