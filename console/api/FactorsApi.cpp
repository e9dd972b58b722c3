#include "api/FactorsApi.h"

#include "api/ApiCall.h"
#include "api/JsonRead.h"
#include "api/RestClient.h"

#include <QJsonArray>

namespace castellan::console {

namespace {

QString factorsPath(qint64 userId)
{
    return QStringLiteral("/users/%1/factors").arg(userId);
}

} // namespace

RestReply* FactorsApi::list(qint64 userId, QObject* context, ApiCallback<QList<UserFactor>> done)
{
    return deliver<QList<UserFactor>>(
        m_client.send(RestRequest::get(factorsPath(userId))), context,
        [](const RestReply& reply) {
            QList<UserFactor> factors;
            for (const QJsonValue& item : reply.json().value(QStringLiteral("items")).toArray()) {
                factors.append(UserFactor::fromJson(item.toObject()));
            }
            return factors;
        },
        std::move(done));
}

RestReply* FactorsApi::create(qint64 userId, const UserFactorDraft& draft, QObject* context,
                              ApiCallback<CreatedFactor> done)
{
    return deliver<CreatedFactor>(
        m_client.send(RestRequest::withJson("POST", factorsPath(userId), draft.toJson())), context,
        [](const RestReply& reply) {
            const QJsonObject answer = reply.json();
            CreatedFactor created;
            created.factor = UserFactor::fromJson(answer);
            created.secret = json::text(answer, "secret");
            created.otpauthUri = json::text(answer, "otpauth_uri");
            created.qrSvg = json::text(answer, "qr_svg").toUtf8();
            return created;
        },
        std::move(done));
}

RestReply* FactorsApi::resync(qint64 userId, qint64 factorId, const QString& code1, const QString& code2,
                              QObject* context, ApiCallback<UserFactor> done)
{
    const QJsonObject body{{QStringLiteral("code1"), code1.trimmed()}, {QStringLiteral("code2"), code2.trimmed()}};
    return deliver<UserFactor>(
        m_client.send(
            RestRequest::withJson("POST", factorsPath(userId) + QStringLiteral("/%1/resync").arg(factorId), body)),
        context, [](const RestReply& reply) { return UserFactor::fromJson(reply.json()); }, std::move(done));
}

RestReply* FactorsApi::remove(qint64 userId, qint64 factorId, QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(
        m_client.send(RestRequest::remove(factorsPath(userId) + QStringLiteral("/%1").arg(factorId))), context,
        std::move(done));
}

RestReply* FactorsApi::importHotpTokens(const QByteArray& csv, bool dryRun, ImportMode mode, QObject* context,
                                        ApiCallback<ImportReport> done)
{
    return uploadCsvImport(m_client, QStringLiteral("/hotp-tokens/import"), csv, dryRun, mode, context,
                           std::move(done));
}

} // namespace castellan::console
