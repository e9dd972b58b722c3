#pragma once

#include "api/ApiResult.h"
#include "api/SessionTokens.h"

#include <QString>

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// What an admin login answers: the session and the duties the admin must finish before anything else.
/// What the server wants of a new administrator password, shown before the first attempt.
struct PasswordRules
{
    int minLength = 0; ///< 0: the server did not say (an older server)
    int maxLength = 0;
};

struct LoginAnswer
{
    SessionTokens tokens;
    bool passwordChangeRequired = false;
    bool totpEnrollmentRequired = false;
    PasswordRules passwordRules;
};

/// The admin's own TOTP enrollment: the secret, its otpauth URI and the URI as a QR code (SVG).
struct TotpEnrollment
{
    QString secret;
    QString otpauthUri;
    QByteArray qrSvg;
};

/// The signed-in admin (`GET /auth/me`).
struct AdminIdentity
{
    qint64 id = 0;
    QString username;
    bool passwordChangeRequired = false;
    bool totpEnrollmentRequired = false;
};

/// Admin sign-in and its first-login duties (`/auth/...`).
class AuthApi
{
public:
    explicit AuthApi(RestClient& client) : m_client(client) {}

    RestReply* login(const QString& username, const QString& password, const QString& otp, QObject* context,
                     ApiCallback<LoginAnswer> done);
    RestReply* me(QObject* context, ApiCallback<AdminIdentity> done);
    RestReply* changePassword(const QString& current, const QString& next, const QString& confirmation,
                              QObject* context, ApiCallback<NoContent> done);
    RestReply* beginTotpEnrollment(QObject* context, ApiCallback<TotpEnrollment> done);
    RestReply* confirmTotpEnrollment(const QString& otp, QObject* context, ApiCallback<NoContent> done);
    RestReply* logout(QObject* context, ApiCallback<NoContent> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
