#include "models/BlockModel.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

#include <QElapsedTimer>

namespace castellan::console {

namespace {

constexpr int kTickMs = 1000;
constexpr qint64 kMsPerSecond = 1000;

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

} // namespace

BlockModel::BlockModel(RestClient& client, QObject* parent)
    : EntityTableModel(parent), m_api(client), m_nowMs(monotonicMs)
{
    setInitialSort(BlockedAtColumn, Qt::DescendingOrder); // the server's default order: newest first
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &BlockModel::tick);
    connect(this, &PagedTableModel::pageLoaded, this, [this] {
        m_loadedAtMs = m_nowMs();
        m_expiryAnnounced = false;
        if (rowCount() > 0) {
            m_ticker.start();
        } else {
            m_ticker.stop();
        }
    });
}

void BlockModel::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
    m_loadedAtMs = m_nowMs();
}

void BlockModel::tick()
{
    if (rowCount() == 0) {
        return;
    }
    emit dataChanged(index(0, RemainingColumn), index(rowCount() - 1, RemainingColumn), {Qt::DisplayRole});
    for (int row = 0; row < rowCount(); ++row) {
        const auto left = remainingSeconds(row);
        if (left && *left <= 0 && !m_expiryAnnounced) {
            m_expiryAnnounced = true; // once per page: the refresh that follows resets it
            emit blockExpired();
        }
    }
}

std::optional<qint64> BlockModel::remainingSeconds(int row) const
{
    const UserBlock& block = itemAt(row);
    if (block.isPermanent()) {
        return std::nullopt;
    }
    const qint64 elapsed = (m_nowMs() - m_loadedAtMs) / kMsPerSecond;
    return std::max<qint64>(0, *block.remainingSeconds - elapsed);
}

int BlockModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlockModel::data(const QModelIndex& index, int role) const
{
    const UserBlock* block = blockFromIndex(index);
    if (!block) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return displayText(*block, index.row(), index.column());
    }
    if (role == Qt::ForegroundRole && index.column() == RemainingColumn && block->isPermanent()) {
        return StatusPalette::alertText();
    }
    if (role == Qt::TextAlignmentRole && index.column() == RemainingColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn) {
        return block->reason;
    }
    return {};
}

QVariant BlockModel::displayText(const UserBlock& block, int row, int column) const
{
    switch (column) {
    case UsernameColumn:
        return block.username;
    case ReasonColumn:
        return block.reason;
    case BlockedAtColumn:
        return display::time(block.blockedAt);
    case BlockedByColumn:
        return block.blockedBy;
    case RemainingColumn: {
        const auto left = remainingSeconds(row);
        return left ? display::duration(*left) : tr("Permanent");
    }
    default:
        return {};
    }
}

QVariant BlockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case ReasonColumn:
        return tr("Reason");
    case BlockedAtColumn:
        return tr("Blocked At");
    case BlockedByColumn:
        return tr("Blocked By");
    case RemainingColumn:
        return tr("Remaining");
    default:
        return {};
    }
}

QString BlockModel::sortKey(int column) const
{
    switch (column) {
    case UsernameColumn:
        return QStringLiteral("username");
    case ReasonColumn:
        return QStringLiteral("reason");
    case BlockedAtColumn:
        return QStringLiteral("blocked_at");
    case BlockedByColumn:
        return QStringLiteral("blocked_by");
    case RemainingColumn:
        return QStringLiteral("remaining_seconds");
    default:
        return {};
    }
}

const UserBlock* BlockModel::blockFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex BlockModel::indexFromUsername(const QString& username, int column) const
{
    const int row = rowOfKey(username.toLower());
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* BlockModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<UserBlock>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
