#include "models/UserModel.h"

#include "models/DisplayFormat.h"
#include "models/StatusPalette.h"

namespace castellan::console {

UserModel::UserModel(RestClient& client, QObject* parent)
    : EntityTableModel(parent), m_api(client), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setInitialSort(UsernameColumn, Qt::AscendingOrder); // the server's default order
}

int UserModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserModel::statusTitle(LocalUser::Status status)
{
    switch (status) {
    case LocalUser::Status::Active:
        return tr("Active");
    case LocalUser::Status::Disabled:
        return tr("Disabled");
    case LocalUser::Status::Expired:
        return tr("Expired");
    case LocalUser::Status::Blocked:
        return tr("Blocked");
    }
    return {};
}

bool UserModel::expiresSoon(const LocalUser& user) const
{
    if (!user.expiresAt.isValid()) {
        return false;
    }
    const QDateTime now = m_now();
    return user.expiresAt > now && user.expiresAt <= now.addDays(kExpiryWarningDays);
}

QVariant UserModel::data(const QModelIndex& index, int role) const
{
    const LocalUser* user = userFromIndex(index);
    if (!user) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*user, index.column());
    case Qt::ForegroundRole:
        return foreground(*user, index.column());
    case Qt::BackgroundRole:
        return background(*user, index.column());
    case Qt::ToolTipRole:
        return toolTip(*user, index.column());
    default:
        return {};
    }
}

QVariant UserModel::displayText(const LocalUser& user, int column) const
{
    switch (column) {
    case UsernameColumn:
        return user.username;
    case FirstNameColumn:
        return user.firstName;
    case LastNameColumn:
        return user.lastName;
    case EmailColumn:
        return user.email;
    case PhoneColumn:
        return user.phone;
    case StatusColumn:
        return statusTitle(user.status);
    case ExpiresColumn:
        return display::expiry(user.expiresAt);
    case FramedIpColumn:
        return user.framedIp;
    case SponsorNameColumn:
        return user.sponsorName;
    case SponsorEmailColumn:
        return user.sponsorEmail;
    case DescriptionColumn:
        return user.description.section(QLatin1Char('\n'), 0, 0);
    case CreatedColumn:
        return display::time(user.createdAt);
    case SourceColumn:
        return user.isDirectoryUser() ? user.directoryName : tr("Local");
    default:
        return {};
    }
}

QVariant UserModel::foreground(const LocalUser& user, int column) const
{
    if (user.status == LocalUser::Status::Disabled) {
        return StatusPalette::inactiveText();
    }
    const bool alert = user.status == LocalUser::Status::Expired || user.status == LocalUser::Status::Blocked;
    if (alert && (column == StatusColumn || column == UsernameColumn)) {
        return StatusPalette::alertText();
    }
    return {};
}

QVariant UserModel::background(const LocalUser& user, int column) const
{
    if (column == ExpiresColumn && user.status == LocalUser::Status::Expired) {
        return StatusPalette::alertBackground();
    }
    if (column == ExpiresColumn && expiresSoon(user)) {
        return StatusPalette::warningBackground();
    }
    if (column == StatusColumn && user.status == LocalUser::Status::Blocked) {
        return StatusPalette::alertBackground();
    }
    return {};
}

QVariant UserModel::toolTip(const LocalUser& user, int column) const
{
    if (column == ExpiresColumn && user.expiresAt.isValid()) {
        const qint64 days = m_now().daysTo(user.expiresAt);
        if (expiresSoon(user)) {
            return tr("Expires in %n day(s), on %1", nullptr, static_cast<int>(days))
                .arg(display::time(user.expiresAt));
        }
        return display::time(user.expiresAt);
    }
    if (column == DescriptionColumn && !user.description.isEmpty()) {
        return user.description;
    }
    if (column == SourceColumn && user.isDirectoryUser()) {
        return tr("Signs in with the password of directory “%1”, which owns the names, e-mail and phone")
            .arg(user.directoryName);
    }
    if (column == StatusColumn && user.mustChangePassword) {
        return tr("Must change the password at the next login");
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case FirstNameColumn:
        return tr("First Name");
    case LastNameColumn:
        return tr("Last Name");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Expires");
    case FramedIpColumn:
        return tr("Framed IP");
    case SponsorNameColumn:
        return tr("Sponsor");
    case SponsorEmailColumn:
        return tr("Sponsor E-mail");
    case DescriptionColumn:
        return tr("Description");
    case CreatedColumn:
        return tr("Created");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

QString UserModel::sortKey(int column) const
{
    switch (column) {
    case UsernameColumn:
        return QStringLiteral("username");
    case FirstNameColumn:
        return QStringLiteral("first_name");
    case LastNameColumn:
        return QStringLiteral("last_name");
    case EmailColumn:
        return QStringLiteral("email");
    case ExpiresColumn:
        return QStringLiteral("expires_at");
    case CreatedColumn:
        return QStringLiteral("created_at");
    default:
        return {};
    }
}

const LocalUser* UserModel::userFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return nullptr;
    }
    return &itemAt(index.row());
}

QModelIndex UserModel::indexFromUserId(qint64 id, int column) const
{
    const int row = rowOfKey(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

RestReply* UserModel::fetchPage(const ListQuery& query, ApiCallback<ListPage<LocalUser>> done)
{
    return m_api.list(query, this, std::move(done));
}

} // namespace castellan::console
