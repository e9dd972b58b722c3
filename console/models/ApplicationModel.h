#pragma once

#include "api/ApplicationProfile.h"
#include "api/ApplicationsApi.h"
#include "models/EntityTableModel.h"

namespace castellan::console {

class RestClient;

/// The application profiles, one page at a time, with the RADIUS clients and service providers using each.
class ApplicationModel : public EntityTableModel<ApplicationProfile>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        FactorsColumn,
        PasswordColumn,
        SecondFactorColumn,
        UsedByColumn,
        StatusColumn,
        ColumnCount,
    };

    explicit ApplicationModel(RestClient& client, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    /// The profile a (valid) index shows, or nullptr.
    const ApplicationProfile* profileFromIndex(const QModelIndex& index) const;
    /// The index of a profile's column on this page; invalid when the page does not show it.
    QModelIndex indexFromProfileId(qint64 id, int column = NameColumn) const;

    static QString typeTitle(const QString& type);
    static QString factorTitle(const QString& factor);
    /// "RADIUS client VPN-1, service provider Intranet" in the UI language; empty when nothing uses it.
    static QString usersText(const ApplicationProfile& profile);

protected:
    QVariant keyOf(const ApplicationProfile& profile) const override { return profile.id; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<ApplicationProfile>> done) override;

private:
    ApplicationsApi m_api;
};

} // namespace castellan::console
