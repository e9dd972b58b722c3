#pragma once

#include "api/BlocksApi.h"
#include "api/UserBlock.h"
#include "models/EntityTableModel.h"

#include <QTimer>

#include <functional>

namespace castellan::console {

class RestClient;

/// The active blocks, one page at a time, with the time left counting down live (once a second) from what the
/// server answered. When a block runs out, blockExpired() asks the page to fetch the list again.
class BlockModel : public EntityTableModel<UserBlock>
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        ReasonColumn,
        BlockedAtColumn,
        BlockedByColumn,
        RemainingColumn,
        ColumnCount,
    };

    explicit BlockModel(RestClient& client, QObject* parent = nullptr);

    /// A monotonic millisecond clock (tests drive it by hand).
    void setClock(std::function<qint64()> nowMs);
    /// Recomputes the time left and updates the Remaining column; the timer calls it every second.
    void tick();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    const UserBlock* blockFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromUsername(const QString& username, int column = UsernameColumn) const;
    /// Seconds left for a row now; nullopt for a permanent block.
    std::optional<qint64> remainingSeconds(int row) const;

signals:
    void blockExpired();

protected:
    QVariant keyOf(const UserBlock& block) const override { return block.username.toLower(); }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<UserBlock>> done) override;

private:
    QVariant displayText(const UserBlock& block, int row, int column) const;

    BlocksApi m_api;
    std::function<qint64()> m_nowMs;
    qint64 m_loadedAtMs = 0;
    bool m_expiryAnnounced = false;
    QTimer m_ticker;
};

} // namespace castellan::console
