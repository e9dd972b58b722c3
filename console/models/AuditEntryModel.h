#pragma once

#include "api/AuditApi.h"
#include "api/AuditEntry.h"
#include "models/EntityTableModel.h"

namespace castellan::console {

class RestClient;

/// The audit log, newest first, one page at a time; failures stand out.
class AuditEntryModel : public EntityTableModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        EventColumn,
        ResultColumn,
        UsernameColumn,
        ActorColumn,
        ReasonColumn,
        SourceIpColumn,
        ClientColumn,
        ChannelColumn,
        ColumnCount,
    };

    explicit AuditEntryModel(RestClient& client, QObject* parent = nullptr);

    /// Replaces the filters and fetches the first page.
    void setFilter(const AuditFilter& filter);
    AuditFilter filter() const { return m_filter; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    const AuditEntry* entryFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromEntryId(qint64 id, int column = TimeColumn) const;

protected:
    QVariant keyOf(const AuditEntry& entry) const override { return entry.id; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<AuditEntry>> done) override;

private:
    QVariant displayText(const AuditEntry& entry, int column) const;

    AuditApi m_api;
    AuditFilter m_filter;
};

} // namespace castellan::console
