#pragma once

#include "api/LocalUser.h"
#include "api/UsersApi.h"
#include "models/EntityTableModel.h"

#include <functional>

namespace castellan::console {

class RestClient;

/// The local users, one page at a time, sorted by the server. Status is coloured (disabled grey, expired and
/// blocked red) and an expiration within kExpiryWarningDays is highlighted.
class UserModel : public EntityTableModel<LocalUser>
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        PhoneColumn,
        StatusColumn,
        ExpiresColumn,
        FramedIpColumn,
        SponsorNameColumn,
        SponsorEmailColumn,
        DescriptionColumn,
        CreatedColumn,
        SourceColumn, ///< "Local" or the directory's name (last, so saved column layouts stay valid)
        ColumnCount,
    };

    static constexpr int kExpiryWarningDays = 14;

    explicit UserModel(RestClient& client, QObject* parent = nullptr);

    /// The clock expirations are compared with (tests pin it).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    const LocalUser* userFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromUserId(qint64 id, int column = UsernameColumn) const;

    /// Whether a user's expiration is near (in the future, within kExpiryWarningDays).
    bool expiresSoon(const LocalUser& user) const;
    static QString statusTitle(LocalUser::Status status);

protected:
    QVariant keyOf(const LocalUser& user) const override { return user.id; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<LocalUser>> done) override;

private:
    QVariant displayText(const LocalUser& user, int column) const;
    QVariant foreground(const LocalUser& user, int column) const;
    QVariant background(const LocalUser& user, int column) const;
    QVariant toolTip(const LocalUser& user, int column) const;

    UsersApi m_api;
    std::function<QDateTime()> m_now;
};

} // namespace castellan::console
