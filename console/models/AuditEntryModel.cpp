#include "models/AuditEntryModel.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

namespace castellan::console {

namespace {

bool isFailure(const AuditEntry& entry)
{
    return entry.result != QLatin1String("success");
}

} // namespace

AuditEntryModel::AuditEntryModel(RestClient& client, QObject* parent) : EntityTableModel(parent), m_api(client)
{
    setInitialSort(TimeColumn, Qt::DescendingOrder); // the server's default order: newest first
}

void AuditEntryModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    setFilters(AuditApi::filterQuery(filter));
}

int AuditEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEntryModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* entry = entryFromIndex(index);
    if (!entry) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return displayText(*entry, index.column());
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        return isFailure(*entry) ? StatusPalette::alertText() : StatusPalette::goodText();
    }
    if (role == Qt::ToolTipRole) {
        const QString details = entry->details.isEmpty() ? QString() : QLatin1Char('\n') + entry->details;
        return entry->reason + details;
    }
    return {};
}

QVariant AuditEntryModel::displayText(const AuditEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return display::time(entry.at);
    case EventColumn:
        return entry.event;
    case ResultColumn:
        return isFailure(entry) ? tr("Failure") : tr("Success");
    case ActorColumn:
        return entry.actor;
    case UsernameColumn:
        return entry.username;
    case ClientColumn:
        return entry.client;
    case ChannelColumn:
        return entry.channel;
    case SourceIpColumn:
        return entry.sourceIp;
    case ReasonColumn:
        return entry.reason;
    default:
        return {};
    }
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case ResultColumn:
        return tr("Result");
    case ActorColumn:
        return tr("Actor");
    case UsernameColumn:
        return tr("User");
    case ClientColumn:
        return tr("Client");
    case ChannelColumn:
        return tr("Channel");
    case SourceIpColumn:
        return tr("Source IP");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QString AuditEntryModel::sortKey(int column) const
{
    switch (column) {
    case TimeColumn:
        return QStringLiteral("at");
    case EventColumn:
        return QStringLiteral("event");
    case UsernameColumn:
        return QStringLiteral("username");
    case ActorColumn:
        return QStringLiteral("actor");
    default:
        return {};
    }
}

const AuditEntry* AuditEntryModel::entryFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex AuditEntryModel::indexFromEntryId(qint64 id, int column) const
{
    const int row = rowOfKey(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* AuditEntryModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<AuditEntry>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
