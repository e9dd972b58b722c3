#include "api/AuthApi.h"

#include "api/ApiCall.h"
#include "api/JsonRead.h"
#include "api/RestClient.h"

namespace castellan::console {

namespace {

LoginAnswer loginAnswer(const RestReply& reply)
{
    const QJsonObject object = reply.json();
    LoginAnswer answer;
    answer.tokens = {json::text(object, "access_token"), json::text(object, "refresh_token")};
    answer.passwordChangeRequired = json::boolean(object, "password_change_required");
    answer.totpEnrollmentRequired = json::boolean(object, "totp_enrollment_required");
    const QJsonObject rules = object.value(QStringLiteral("password_rules")).toObject();
    answer.passwordRules = {static_cast<int>(json::integer(rules, "min_length")),
                            static_cast<int>(json::integer(rules, "max_length"))};
    return answer;
}

AdminIdentity adminIdentity(const RestReply& reply)
{
    const QJsonObject object = reply.json();
    return {json::integer(object, "id"), json::text(object, "username"),
            json::boolean(object, "password_change_required"), json::boolean(object, "totp_enrollment_required")};
}

TotpEnrollment totpEnrollment(const RestReply& reply)
{
    const QJsonObject object = reply.json();
    return {json::text(object, "secret"), json::text(object, "otpauth_uri"), json::text(object, "qr_svg").toUtf8()};
}

} // namespace

RestReply* AuthApi::login(const QString& username, const QString& password, const QString& otp, QObject* context,
                          ApiCallback<LoginAnswer> done)
{
    QJsonObject body{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    if (!otp.isEmpty()) {
        body.insert(QStringLiteral("otp"), otp);
    }
    RestRequest request = RestRequest::withJson("POST", QStringLiteral("/auth/login"), body);
    request.authenticated = false;
    return deliver<LoginAnswer>(m_client.send(request), context, loginAnswer, std::move(done));
}

RestReply* AuthApi::me(QObject* context, ApiCallback<AdminIdentity> done)
{
    return deliver<AdminIdentity>(m_client.send(RestRequest::get(QStringLiteral("/auth/me"))), context, adminIdentity,
                                  std::move(done));
}

RestReply* AuthApi::changePassword(const QString& current, const QString& next, const QString& confirmation,
                                   QObject* context, ApiCallback<NoContent> done)
{
    const QJsonObject body{{QStringLiteral("current_password"), current},
                           {QStringLiteral("new_password"), next},
                           {QStringLiteral("new_password_confirmation"), confirmation}};
    return deliverNoContent(m_client.send(RestRequest::withJson("POST", QStringLiteral("/auth/password"), body)),
                            context, std::move(done));
}

RestReply* AuthApi::beginTotpEnrollment(QObject* context, ApiCallback<TotpEnrollment> done)
{
    return deliver<TotpEnrollment>(
        m_client.send(RestRequest::withJson("POST", QStringLiteral("/auth/totp"), QJsonObject())), context,
        totpEnrollment, std::move(done));
}

RestReply* AuthApi::confirmTotpEnrollment(const QString& otp, QObject* context, ApiCallback<NoContent> done)
{
    const QJsonObject body{{QStringLiteral("otp"), otp}};
    return deliverNoContent(m_client.send(RestRequest::withJson("POST", QStringLiteral("/auth/totp/confirm"), body)),
                            context, std::move(done));
}

RestReply* AuthApi::logout(QObject* context, ApiCallback<NoContent> done)
{
    return deliverNoContent(m_client.send(RestRequest::withJson("POST", QStringLiteral("/auth/logout"), {})), context,
                            std::move(done));
}

} // namespace castellan::console
