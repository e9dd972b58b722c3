#pragma once

#include "api/ApiResult.h"
#include "api/ImportReport.h"
#include "api/ListPage.h"
#include "api/ListQuery.h"
#include "api/LocalUser.h"
#include "api/Tagged.h"
#include "api/UserAlias.h"

#include <QList>

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// A user created by an admin; the temporary password is there when the server generated one.
struct CreatedUser
{
    LocalUser user;
    QString temporaryPassword;
};

/// How far a bulk extension moves each user's own expiration: whole days or calendar months.
struct ExpirationExtension
{
    enum class Unit
    {
        Days,
        Months
    };
    Unit unit = Unit::Days;
    int amount = 0;
};

/// What a bulk extension changed: users extended, and users without an expiration left so.
struct ExtensionResult
{
    qint64 extended = 0;
    qint64 neverExpiring = 0;
};

/// One user's new temporary password after a bulk reset.
struct TemporaryPassword
{
    qint64 id = 0;
    QString username;
    QString password; ///< empty in "require change" mode: the user keeps the old one until the next login
};

/// `/users` and its bulk and CSV routes.
class UsersApi
{
public:
    using ImportMode = castellan::console::ImportMode;
    enum class ResetMode
    {
        Temporary,     ///< a new temporary password each, to be changed at the next login
        RequireChange, ///< keep the password, change it at the next login
    };

    static constexpr int kImportTimeoutMs = 10 * 60 * 1000;

    explicit UsersApi(RestClient& client) : m_client(client) {}

    /// `filters` may hold `status`; `sortKey` one of username, first_name, last_name, email, created_at, expires_at.
    RestReply* list(const ListQuery& query, QObject* context, ApiCallback<ListPage<LocalUser>> done);
    RestReply* get(qint64 id, QObject* context, ApiCallback<Tagged<LocalUser>> done);
    RestReply* create(const LocalUserDraft& draft, QObject* context, ApiCallback<CreatedUser> done);
    RestReply* update(qint64 id, const LocalUserDraft& draft, const QByteArray& etag, QObject* context,
                      ApiCallback<LocalUser> done);
    RestReply* setEnabled(qint64 id, bool enabled, QObject* context, ApiCallback<LocalUser> done);
    RestReply* remove(qint64 id, QObject* context, ApiCallback<NoContent> done);
    RestReply* setPassword(qint64 id, const QString& password, const QString& confirmation, bool mustChange,
                           QObject* context, ApiCallback<NoContent> done);
    /// Answers the temporary password the server generated.
    RestReply* generatePassword(qint64 id, QObject* context, ApiCallback<QString> done);
    /// Answers how many logins in flight were ended.
    RestReply* terminateSessions(qint64 id, QObject* context, ApiCallback<qint64> done);
    /// Sets the expiration of every user in `ids` (an invalid time: never); answers how many changed.
    RestReply* setExpiration(const QList<qint64>& ids, const QDateTime& expiresAt, QObject* context,
                             ApiCallback<qint64> done);
    /// Moves each user's own expiration by `by` (users without one keep none; expired users count from today).
    RestReply* extendExpiration(const QList<qint64>& ids, const ExpirationExtension& by, QObject* context,
                                ApiCallback<ExtensionResult> done);
    RestReply* resetPasswords(const QList<qint64>& ids, ResetMode mode, QObject* context,
                              ApiCallback<QList<TemporaryPassword>> done);
    /// A refused file (all or nothing, with problems) is not an error: the report says refused, with its issues.
    RestReply* importCsv(const QByteArray& csv, bool dryRun, ImportMode mode, QObject* context,
                         ApiCallback<ImportReport> done);
    RestReply* exportCsv(const QString& search, QObject* context, ApiCallback<QByteArray> done);
    /// The user's other login names, alphabetically.
    RestReply* aliases(qint64 id, QObject* context, ApiCallback<QList<UserAlias>> done);
    /// A taken or malformed name is refused with a field error on `alias`.
    RestReply* addAlias(qint64 id, const QString& alias, QObject* context, ApiCallback<UserAlias> done);
    RestReply* removeAlias(qint64 id, const QString& alias, QObject* context, ApiCallback<NoContent> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
