#include "api/UserFactor.h"

#include "api/JsonRead.h"

#include <QHash>

namespace castellan::console {

UserFactor::Type UserFactor::typeFromName(const QString& name)
{
    static const QHash<QString, Type> kTypes{
        {QStringLiteral("totp"), Type::Totp},         {QStringLiteral("hotp"), Type::Hotp},
        {QStringLiteral("sms"), Type::Sms},           {QStringLiteral("email"), Type::Email},
        {QStringLiteral("webauthn"), Type::WebAuthn}, {QStringLiteral("push"), Type::Push}};
    return kTypes.value(name, Type::Other);
}

UserFactor UserFactor::fromJson(const QJsonObject& object)
{
    UserFactor factor;
    factor.id = json::integer(object, "id");
    factor.typeName = json::text(object, "type");
    factor.type = typeFromName(factor.typeName);
    factor.label = json::text(object, "label");
    factor.verified = json::boolean(object, "verified");
    factor.algorithm = json::text(object, "algorithm");
    factor.digits = int(json::integer(object, "digits"));
    factor.period = int(json::integer(object, "period"));
    factor.clockOffset = json::integer(object, "clock_offset");
    factor.serial = json::text(object, "serial");
    factor.destination = json::text(object, "destination");
    factor.createdAt = json::time(object, "created_at");
    factor.lastUsedAt = json::time(object, "last_used_at");
    return factor;
}

QJsonObject UserFactorDraft::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type}};
    if (!label.trimmed().isEmpty()) {
        o.insert(QStringLiteral("label"), label.trimmed());
    }
    if (type == QLatin1String("hotp")) {
        o.insert(QStringLiteral("serial"), serial.trimmed());
        if (!secret.trimmed().isEmpty()) { // none at all: the server says the seed is required
            o.insert(secretIsHex ? QStringLiteral("secret_hex") : QStringLiteral("secret"), secret.trimmed());
        }
        o.insert(QStringLiteral("counter"), counter);
    } else if (type == QLatin1String("sms") && !phone.trimmed().isEmpty()) {
        o.insert(QStringLiteral("phone"), phone.trimmed());
    } else if (type == QLatin1String("email") && !email.trimmed().isEmpty()) {
        o.insert(QStringLiteral("email"), email.trimmed());
    }
    return o;
}

} // namespace castellan::console
