#include "api/ApplicationProfile.h"

#include "api/JsonRead.h"

#include <QJsonArray>

namespace castellan::console {

namespace {

QStringList names(const QJsonArray& references)
{
    QStringList found;
    for (const QJsonValue& reference : references) {
        found << reference.toObject().value(QStringLiteral("name")).toString();
    }
    return found;
}

} // namespace

QStringList ApplicationProfile::types()
{
    return {QStringLiteral("registration"), QStringLiteral("radius"), QStringLiteral("saml"), QStringLiteral("api")};
}

QStringList ApplicationProfile::factors()
{
    return {QStringLiteral("totp"),  QStringLiteral("hotp"), QStringLiteral("sms"),
            QStringLiteral("email"), QStringLiteral("push"), QStringLiteral("webauthn")};
}

ApplicationProfile ApplicationProfile::fromJson(const QJsonObject& object)
{
    ApplicationProfile p;
    p.id = json::integer(object, "id");
    p.name = json::text(object, "name");
    p.type = json::text(object, "type");
    for (const QJsonValue& factor : object.value(QStringLiteral("allowed_factors")).toArray()) {
        p.allowedFactors << factor.toString();
    }
    p.passwordRequired = json::boolean(object, "password_required");
    p.secondFactorRequired = json::boolean(object, "second_factor_required");
    p.enabled = json::boolean(object, "enabled");
    p.appendedOtpLength = int(json::integer(object, "appended_otp_length"));
    for (const QJsonValue& item : object.value(QStringLiteral("reply_attributes")).toArray()) {
        p.replyAttributes.append({json::text(item.toObject(), "attribute"), json::text(item.toObject(), "value")});
    }
    p.readUsers(object.value(QStringLiteral("used_by")).toObject());
    p.createdAt = json::time(object, "created_at");
    p.updatedAt = json::time(object, "updated_at");
    return p;
}

void ApplicationProfile::readUsers(const QJsonObject& usedBy)
{
    radiusClients = names(usedBy.value(QStringLiteral("radius_clients")).toArray());
    serviceProviders = names(usedBy.value(QStringLiteral("service_providers")).toArray());
}

QJsonObject ApplicationProfile::toJson(bool creating) const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("allowed_factors"), QJsonArray::fromStringList(allowedFactors)},
                  {QStringLiteral("password_required"), passwordRequired},
                  {QStringLiteral("second_factor_required"), secondFactorRequired},
                  {QStringLiteral("enabled"), enabled}};
    if (creating) {
        o.insert(QStringLiteral("type"), type);
    }
    if (type == QStringLiteral("radius")) {
        o.insert(QStringLiteral("appended_otp_length"), appendedOtpLength);
        QJsonArray attributes;
        for (const RadiusReplyAttribute& a : replyAttributes) {
            attributes.append(
                QJsonObject{{QStringLiteral("attribute"), a.attribute}, {QStringLiteral("value"), a.value}});
        }
        o.insert(QStringLiteral("reply_attributes"), attributes);
    }
    return o;
}

} // namespace castellan::console
