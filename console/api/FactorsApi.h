#pragma once

#include "api/ApiResult.h"
#include "api/ImportReport.h"
#include "api/UserFactor.h"

#include <QList>

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// A user's second factors (`/users/{id}/factors`): list, add, resynchronise an HOTP token, remove; and the HOTP
/// seed-file import (`/hotp-tokens/import`).
class FactorsApi
{
public:
    explicit FactorsApi(RestClient& client) : m_client(client) {}

    RestReply* list(qint64 userId, QObject* context, ApiCallback<QList<UserFactor>> done);
    RestReply* create(qint64 userId, const UserFactorDraft& draft, QObject* context, ApiCallback<CreatedFactor> done);
    /// Two consecutive codes of an HOTP token (its counter moves past them) or a TOTP app (its clock offset is
    /// stored); answers the factor as it is now.
    RestReply* resync(qint64 userId, qint64 factorId, const QString& code1, const QString& code2, QObject* context,
                      ApiCallback<UserFactor> done);
    RestReply* remove(qint64 userId, qint64 factorId, QObject* context, ApiCallback<NoContent> done);
    /// A refused file is not an error: the report says refused, with its issues.
    RestReply* importHotpTokens(const QByteArray& csv, bool dryRun, ImportMode mode, QObject* context,
                                ApiCallback<ImportReport> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
