#include "api/Directory.h"

#include "api/JsonRead.h"

#include <QJsonArray>

namespace castellan::console {

namespace {

QStringList textList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

} // namespace

QStringList Directory::mappedFields()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("phone"),
            QStringLiteral("framed_ip")};
}

Directory Directory::defaultsOf(const QString& kind)
{
    // The same as the server's DirectoryKindDefaults, so the dialog shows what a new directory would get.
    Directory d;
    d.kind = kind;
    const bool activeDirectory = kind == QLatin1String(kActiveDirectory);
    d.userFilter = activeDirectory ? QStringLiteral("(&(objectCategory=person)(objectClass=user))")
                                   : QStringLiteral("(objectClass=inetOrgPerson)");
    d.loginAttributes = activeDirectory
                            ? QStringList{QStringLiteral("sAMAccountName"), QStringLiteral("userPrincipalName")}
                            : QStringList{QStringLiteral("uid")};
    d.uniqueIdAttribute = activeDirectory ? QStringLiteral("objectGUID") : QStringLiteral("entryUUID");
    d.attributes = {
        {QStringLiteral("first_name"), {QStringLiteral("givenName")}},
        {QStringLiteral("last_name"), {QStringLiteral("sn")}},
        {QStringLiteral("email"), {QStringLiteral("mail")}},
        {QStringLiteral("phone"), {QStringLiteral("mobile"), QStringLiteral("telephoneNumber")}},
        {QStringLiteral("framed_ip"),
         {activeDirectory ? QStringLiteral("msRADIUSFramedIPAddress") : QStringLiteral("radiusFramedIPAddress")}},
    };
    return d;
}

Directory Directory::fromJson(const QJsonObject& object)
{
    Directory d;
    d.id = json::integer(object, "id");
    d.name = json::text(object, "name");
    d.kind = json::text(object, "kind");
    d.urls = textList(object.value(QStringLiteral("urls")));
    d.startTls = json::boolean(object, "start_tls");
    d.caPem = json::text(object, "ca_pem");
    d.bindDn = json::text(object, "bind_dn");
    d.hasBindPassword = json::boolean(object, "has_bind_password");
    d.baseDn = json::text(object, "base_dn");
    d.userFilter = json::text(object, "user_filter");
    d.loginAttributes = textList(object.value(QStringLiteral("login_attributes")));
    const QJsonObject attributes = object.value(QStringLiteral("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        d.attributes.insert(it.key(), textList(it.value()));
    }
    d.uniqueIdAttribute = json::text(object, "unique_id_attribute");
    d.groups = textList(object.value(QStringLiteral("groups")));
    d.nestedGroups = json::boolean(object, "nested_groups");
    d.priority = int(json::integer(object, "priority"));
    d.timeoutSeconds = int(json::integer(object, "timeout_seconds"));
    d.enabled = json::boolean(object, "enabled");
    d.createdAt = json::time(object, "created_at");
    d.updatedAt = json::time(object, "updated_at");
    return d;
}

QJsonObject Directory::toJson(const std::optional<QString>& bindPassword) const
{
    QJsonObject attributeNames;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        attributeNames.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("urls"), QJsonArray::fromStringList(urls)},
                  {QStringLiteral("start_tls"), startTls},
                  {QStringLiteral("ca_pem"), caPem},
                  {QStringLiteral("bind_dn"), bindDn},
                  {QStringLiteral("base_dn"), baseDn},
                  {QStringLiteral("user_filter"), userFilter},
                  {QStringLiteral("login_attributes"), QJsonArray::fromStringList(loginAttributes)},
                  {QStringLiteral("attributes"), attributeNames},
                  {QStringLiteral("unique_id_attribute"), uniqueIdAttribute},
                  {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
                  {QStringLiteral("nested_groups"), nestedGroups},
                  {QStringLiteral("priority"), priority},
                  {QStringLiteral("timeout_seconds"), timeoutSeconds},
                  {QStringLiteral("enabled"), enabled}};
    if (bindPassword) {
        // An empty one removes it (for a directory that binds anonymously now).
        o.insert(QStringLiteral("bind_password"), bindPassword->isEmpty() ? QJsonValue() : QJsonValue(*bindPassword));
    }
    return o;
}

} // namespace castellan::console
