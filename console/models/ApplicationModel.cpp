#include "models/ApplicationModel.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

namespace castellan::console {

ApplicationModel::ApplicationModel(RestClient& client, QObject* parent) : EntityTableModel(parent), m_api(client)
{
    setInitialSort(NameColumn, Qt::AscendingOrder); // the server's default order: by name
}

int ApplicationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplicationModel::typeTitle(const QString& type)
{
    if (type == QStringLiteral("registration")) {
        return tr("Registration portal");
    }
    if (type == QStringLiteral("radius")) {
        return tr("RADIUS");
    }
    if (type == QStringLiteral("saml")) {
        return tr("SAML");
    }
    if (type == QStringLiteral("api")) {
        return tr("API");
    }
    return type;
}

QString ApplicationModel::factorTitle(const QString& factor)
{
    if (factor == QStringLiteral("totp")) {
        return tr("TOTP");
    }
    if (factor == QStringLiteral("hotp")) {
        return tr("HOTP token");
    }
    if (factor == QStringLiteral("sms")) {
        return tr("SMS");
    }
    if (factor == QStringLiteral("email")) {
        return tr("E-mail");
    }
    if (factor == QStringLiteral("push")) {
        return tr("Push");
    }
    if (factor == QStringLiteral("webauthn")) {
        return tr("Security key");
    }
    return factor;
}

QString ApplicationModel::usersText(const ApplicationProfile& profile)
{
    QStringList users;
    for (const QString& name : profile.radiusClients) {
        users << tr("RADIUS client “%1”").arg(name);
    }
    for (const QString& name : profile.serviceProviders) {
        users << tr("service provider “%1”").arg(name);
    }
    return users.join(QStringLiteral(", "));
}

QVariant ApplicationModel::data(const QModelIndex& index, int role) const
{
    const ApplicationProfile* p = profileFromIndex(index);
    if (!p) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return p->name;
        case TypeColumn:
            return typeTitle(p->type);
        case FactorsColumn: {
            QStringList titles;
            for (const QString& factor : p->allowedFactors) {
                titles << factorTitle(factor);
            }
            return titles.join(QStringLiteral(", "));
        }
        case PasswordColumn:
            return display::yesNo(p->passwordRequired);
        case SecondFactorColumn:
            return display::yesNo(p->secondFactorRequired);
        case UsedByColumn:
            return p->isUsed() ? usersText(*p) : tr("—");
        case StatusColumn:
            return p->enabled ? tr("Enabled") : tr("Disabled");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UsedByColumn && p->isUsed()) {
        return usersText(*p);
    }
    if (role == Qt::ForegroundRole && !p->enabled) {
        return StatusPalette::inactiveText();
    }
    return {};
}

QVariant ApplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case FactorsColumn:
        return tr("Allowed Factors");
    case PasswordColumn:
        return tr("Password");
    case SecondFactorColumn:
        return tr("Second Factor");
    case UsedByColumn:
        return tr("Used By");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QString ApplicationModel::sortKey(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case TypeColumn:
        return QStringLiteral("type");
    case PasswordColumn:
        return QStringLiteral("password_required");
    case SecondFactorColumn:
        return QStringLiteral("second_factor_required");
    case StatusColumn:
        return QStringLiteral("enabled");
    default:
        return {}; // factors and users are lists: the server does not sort by them
    }
}

const ApplicationProfile* ApplicationModel::profileFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex ApplicationModel::indexFromProfileId(qint64 id, int column) const
{
    const int row = rowOfKey(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* ApplicationModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<ApplicationProfile>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
