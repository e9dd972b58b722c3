#include "models/ServiceProviderModel.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

namespace castellan::console {

ServiceProviderModel::ServiceProviderModel(RestClient& client, QObject* parent)
    : EntityTableModel(parent), m_api(client)
{
    setInitialSort(NameColumn, Qt::AscendingOrder); // the server's default order: by name
}

int ServiceProviderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServiceProviderModel::certificateText(const ServiceProvider& sp)
{
    switch (sp.certificateState(QDateTime::currentDateTimeUtc())) {
    case ServiceProvider::CertificateState::None:
        return tr("No certificate");
    case ServiceProvider::CertificateState::Expired:
        return tr("Expired %1").arg(display::expiry(sp.certificateNotAfter));
    case ServiceProvider::CertificateState::ExpiringSoon:
    case ServiceProvider::CertificateState::Valid:
        break;
    }
    return tr("Expires %1").arg(display::expiry(sp.certificateNotAfter));
}

QString ServiceProviderModel::nameIdText(const ServiceProvider& sp)
{
    const QString format = sp.nameIdFormat.section(QLatin1Char(':'), -1);
    return sp.nameIdAttribute == QLatin1String("email") ? tr("%1 (e-mail address)").arg(format)
                                                        : tr("%1 (username)").arg(format);
}

QString ServiceProviderModel::attributeText(const QString& attribute)
{
    if (attribute == QLatin1String("username")) {
        return tr("Username");
    }
    if (attribute == QLatin1String("email")) {
        return tr("E-mail address");
    }
    if (attribute == QLatin1String("first_name")) {
        return tr("First name");
    }
    if (attribute == QLatin1String("last_name")) {
        return tr("Last name");
    }
    return attribute;
}

QVariant ServiceProviderModel::data(const QModelIndex& index, int role) const
{
    const ServiceProvider* sp = providerFromIndex(index);
    if (!sp) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return sp->name;
        case EntityIdColumn:
            return sp->entityId;
        case ProfileColumn:
            return sp->applicationId ? sp->applicationName : tr("(default profile)");
        case NameIdColumn:
            return nameIdText(*sp);
        case CertificateColumn:
            return certificateText(*sp);
        case IdpInitiatedColumn:
            return display::yesNo(sp->idpInitiated);
        case StatusColumn:
            return sp->enabled ? tr("Enabled") : tr("Disabled");
        default:
            return {};
        }
    }
    const auto state = sp->certificateState(QDateTime::currentDateTimeUtc());
    if (role == Qt::BackgroundRole && index.column() == CertificateColumn) {
        if (state == ServiceProvider::CertificateState::Expired) {
            return StatusPalette::alertBackground();
        }
        if (state == ServiceProvider::CertificateState::ExpiringSoon) {
            return StatusPalette::warningBackground();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == CertificateColumn && !sp->certificateFingerprint.isEmpty()) {
        return tr("SHA-256 fingerprint: %1").arg(sp->certificateFingerprint);
    }
    if (role == Qt::ForegroundRole && !sp->enabled) {
        return StatusPalette::inactiveText();
    }
    return {};
}

QVariant ServiceProviderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EntityIdColumn:
        return tr("Entity ID");
    case ProfileColumn:
        return tr("Profile");
    case NameIdColumn:
        return tr("NameID");
    case CertificateColumn:
        return tr("Certificate");
    case IdpInitiatedColumn:
        return tr("IdP-Initiated");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QString ServiceProviderModel::sortKey(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case EntityIdColumn:
        return QStringLiteral("entity_id");
    case ProfileColumn:
        return QStringLiteral("application");
    case IdpInitiatedColumn:
        return QStringLiteral("idp_initiated");
    case StatusColumn:
        return QStringLiteral("enabled");
    default:
        return {}; // read from the metadata or its certificate: not a column the database sorts
    }
}

const ServiceProvider* ServiceProviderModel::providerFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex ServiceProviderModel::indexFromProviderId(qint64 id, int column) const
{
    const int row = rowOfKey(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* ServiceProviderModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<ServiceProvider>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
