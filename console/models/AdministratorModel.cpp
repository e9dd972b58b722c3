#include "models/AdministratorModel.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

namespace castellan::console {

AdministratorModel::AdministratorModel(RestClient& client, QObject* parent) : EntityTableModel(parent), m_api(client)
{
    setInitialSort(UsernameColumn, Qt::AscendingOrder); // the server's default order
}

int AdministratorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AdministratorModel::totpTitle(const Administrator& admin)
{
    switch (admin.totp) {
    case Administrator::Totp::Enrolled:
        return tr("Enrolled");
    case Administrator::Totp::Exempt:
        return tr("None (command line)");
    case Administrator::Totp::Pending:
        break;
    }
    return tr("Due at next sign-in");
}

QVariant AdministratorModel::data(const QModelIndex& index, int role) const
{
    const Administrator* admin = adminFromIndex(index);
    if (!admin) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UsernameColumn:
            return admin->username;
        case StatusColumn:
            if (!admin->enabled) {
                return tr("Disabled");
            }
            return admin->mustChangePassword ? tr("Enabled, one-time password not yet changed") : tr("Enabled");
        case TotpColumn:
            return totpTitle(*admin);
        case LastLoginColumn:
            return admin->lastLoginAt.isValid() ? display::time(admin->lastLoginAt) : tr("Never");
        case CreatedColumn:
            return display::time(admin->createdAt);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !admin->enabled) {
        return StatusPalette::inactiveText();
    }
    if (role == Qt::BackgroundRole && index.column() == TotpColumn && admin->totp == Administrator::Totp::Exempt) {
        return StatusPalette::warningBackground();
    }
    return {};
}

QVariant AdministratorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case StatusColumn:
        return tr("Status");
    case TotpColumn:
        return tr("TOTP");
    case LastLoginColumn:
        return tr("Last Sign-in");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

QString AdministratorModel::sortKey(int column) const
{
    switch (column) {
    case UsernameColumn:
        return QStringLiteral("username");
    case StatusColumn:
        return QStringLiteral("enabled");
    case LastLoginColumn:
        return QStringLiteral("last_login_at");
    case CreatedColumn:
        return QStringLiteral("created_at");
    default:
        return {}; // TOTP is not sortable on the server
    }
}

const Administrator* AdministratorModel::adminFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

RestReply* AdministratorModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<Administrator>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
