#include "models/RadiusClientModel.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

#include <QFontDatabase>

namespace castellan::console {

RadiusClientModel::RadiusClientModel(RestClient& client, QObject* parent) : EntityTableModel(parent), m_api(client)
{
    setInitialSort(NameColumn, Qt::AscendingOrder); // the server's default order: by name
}

int RadiusClientModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RadiusClientModel::countsText(const RadiusClient& c)
{
    return tr("%1 (%2 accepted, %3 rejected, %4 challenged)")
        .arg(c.requests)
        .arg(c.accepts)
        .arg(c.rejects)
        .arg(c.challenges);
}

QVariant RadiusClientModel::data(const QModelIndex& index, int role) const
{
    const RadiusClient* c = clientFromIndex(index);
    if (!c) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return c->name;
        case SourceColumn:
            return c->source;
        case ProfileColumn:
            return c->applicationId ? c->applicationName : tr("(the only RADIUS profile)");
        case MessageAuthenticatorColumn:
            return c->requireMessageAuthenticator ? tr("Required") : tr("Not required");
        case StatusColumn:
            return c->enabled ? tr("Enabled") : tr("Disabled");
        case LastRequestColumn:
            return c->lastRequestAt.isValid() ? display::time(c->lastRequestAt) : tr("None yet");
        case RequestsColumn:
            return countsText(*c);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == LastRequestColumn || index.column() == RequestsColumn)) {
        return tr("Counted by the server you are connected to since %1").arg(display::time(c->countingSince));
    }
    if (role == Qt::ForegroundRole) {
        if (!c->enabled) {
            return StatusPalette::inactiveText();
        }
        if (index.column() == MessageAuthenticatorColumn && !c->requireMessageAuthenticator) {
            return StatusPalette::alertText();
        }
    }
    if (role == Qt::FontRole && index.column() == SourceColumn) {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    return {};
}

QVariant RadiusClientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SourceColumn:
        return tr("Source");
    case ProfileColumn:
        return tr("Profile");
    case MessageAuthenticatorColumn:
        return tr("Message-Authenticator");
    case StatusColumn:
        return tr("Status");
    case LastRequestColumn:
        return tr("Last Request");
    case RequestsColumn:
        return tr("Requests");
    default:
        return {};
    }
}

QString RadiusClientModel::sortKey(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case SourceColumn:
        return QStringLiteral("source");
    case ProfileColumn:
        return QStringLiteral("application");
    case MessageAuthenticatorColumn:
        return QStringLiteral("require_message_authenticator");
    case StatusColumn:
        return QStringLiteral("enabled");
    default:
        return {}; // counted in memory on each node: the database cannot sort by them
    }
}

const RadiusClient* RadiusClientModel::clientFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex RadiusClientModel::indexFromClientId(qint64 id, int column) const
{
    const int row = rowOfKey(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* RadiusClientModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<RadiusClient>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
