#pragma once

#include "api/Administrator.h"
#include "api/AdminsApi.h"
#include "models/EntityTableModel.h"

namespace castellan::console {

class RestClient;

/// The administrators, one page at a time.
class AdministratorModel : public EntityTableModel<Administrator>
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        StatusColumn,
        TotpColumn,
        LastLoginColumn,
        CreatedColumn,
        ColumnCount,
    };

    explicit AdministratorModel(RestClient& client, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    /// The administrator a (valid) index shows, or nullptr.
    const Administrator* adminFromIndex(const QModelIndex& index) const;

    static QString totpTitle(const Administrator& admin);

protected:
    QVariant keyOf(const Administrator& admin) const override { return admin.id; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<Administrator>> done) override;

private:
    AdminsApi m_api;
};

} // namespace castellan::console
