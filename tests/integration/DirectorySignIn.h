#pragma once

#include "AdminSession.h"
#include "DirectoryFixture.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <QProcess>

#include <sstream>
#include <string>
#include <vector>

namespace castellan::test {

/// What the directory sign-in tests do through the REST API: create a directory of a fixture, change it with its
/// current ETag, sign users in through POST /auth/validate (the AuthEngine pipeline of every channel) with an agent
/// client's token, and read why the audit says a sign-in ended as it did.
class DirectorySignIn
{
public:
    DirectorySignIn(AdminSession& admin, std::string agentToken) : m_admin(admin), m_agent(std::move(agentToken)) {}

    /// A directory of `fixture` ("ldap" over StartTLS, "active_directory" over LDAPS, both verified against the
    /// fixture's CA) with `extra` members (raw JSON, e.g. "\"groups\": [...]"); its path, or empty when refused.
    std::string createDirectory(const DirectoryFixture& fixture, const std::string& name, const std::string& kind,
                                const std::string& extra = {})
    {
        Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
        body->set("name", name);
        body->set("kind", kind);
        Poco::JSON::Array::Ptr urls = new Poco::JSON::Array;
        urls->add(kind == "ldap" ? fixture.url : fixture.ldapsUrl);
        body->set("urls", urls);
        body->set("start_tls", kind == "ldap");
        body->set("ca_pem", fixture.caPem);
        body->set("bind_dn", fixture.bindDn);
        body->set("bind_password", fixture.bindPassword);
        body->set("base_dn", fixture.baseDn);
        std::string text = toText(body);
        if (!extra.empty()) {
            text.insert(text.size() - 1, ", " + extra);
        }
        HttpReply created = m_admin.send("POST", "/api/v1/directories", text);
        if (created.status != 201) {
            qWarning("directory: %d %s", created.status, created.body.c_str());
            return {};
        }
        return "/api/v1/directories/" + std::to_string(created.json()->getValue<std::int64_t>("id"));
    }
    /// PATCH with the entity's current ETag.
    HttpReply patch(const std::string& path, const std::string& body)
    {
        const std::string etag = m_admin.get(path).headers["ETag"];
        return m_admin.send("PATCH", path, body, {{"If-Match", etag}});
    }
    HttpReply validate(const std::string& username, const std::string& password, const std::string& application,
                       const std::string& otp = {})
    {
        return send(
            otp.empty()
                ? json({{"username", username}, {"password", password}, {"application", application}})
                : json({{"username", username}, {"password", password}, {"application", application}, {"otp", otp}}));
    }
    /// Answers a challenge's transaction with a code.
    HttpReply answer(const std::string& username, const std::string& transactionId, const std::string& otp)
    {
        return send(json({{"username", username}, {"transaction_id", transactionId}, {"otp", otp}}));
    }
    static std::string result(const HttpReply& reply) { return reply.json()->getValue<std::string>("result"); }
    /// The reason of the newest auth.validate audit entry of `username`.
    std::string lastReason(const std::string& username)
    {
        HttpReply audit = m_admin.get("/api/v1/audit?event=auth.validate&limit=1&user=" + username);
        Poco::JSON::Array::Ptr items = audit.json()->getArray("items");
        return items && items->size() > 0 ? items->getObject(0)->optValue<std::string>("reason", "") : std::string();
    }
    /// How many users of directories whose names contain `text` have local records.
    int directoryUsers(const std::string& text)
    {
        return m_admin.get("/api/v1/users?source=directory&q=" + text).json()->getValue<int>("total");
    }
    /// TOTP codes from oathtool (an independent generator); `at` as oathtool's -N takes it ("now + 30 seconds").
    static std::string totp(const std::string& secret, const std::string& at = "now")
    {
        QProcess p;
        p.start("oathtool", {"--totp", "-b", "-N", QString::fromStdString(at), QString::fromStdString(secret)});
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toStdString();
    }

private:
    static std::string toText(const Poco::JSON::Object::Ptr& object)
    {
        std::ostringstream out;
        object->stringify(out);
        return out.str();
    }
    HttpReply send(const std::string& body)
    {
        return m_admin.client().send("POST", "/api/v1/auth/validate", body, "application/json",
                                     {{"Authorization", "Bearer " + m_agent}});
    }

    AdminSession& m_admin;
    std::string m_agent;
};

/// A JSON array of strings, and back.
inline Poco::JSON::Array::Ptr jsonStrings(std::initializer_list<std::string> values)
{
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const std::string& v : values) {
        array->add(v);
    }
    return array;
}
inline std::vector<std::string> stringsOf(const Poco::JSON::Array::Ptr& array)
{
    std::vector<std::string> values;
    for (unsigned i = 0; array && i < array->size(); ++i) {
        values.push_back(array->getElement<std::string>(i));
    }
    return values;
}

/// A directory body: `fixture`'s service account and base under `name` and `kind`, reached at `url` (no CA: add
/// "ca_pem" in `changes`, which are set on top).
inline Poco::JSON::Object::Ptr directoryBody(const DirectoryFixture& fixture, const std::string& name,
                                             const std::string& kind, const std::string& url,
                                             std::initializer_list<std::pair<std::string, Poco::Dynamic::Var>> changes)
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("name", name);
    o->set("kind", kind);
    o->set("urls", jsonStrings({url}));
    o->set("bind_dn", fixture.bindDn);
    o->set("bind_password", fixture.bindPassword);
    o->set("base_dn", fixture.baseDn);
    for (const auto& [key, value] : changes) {
        o->set(key, value);
    }
    return o;
}
/// POST /directories of `body`: the new directory's path, or empty (and a warning) when refused.
inline std::string createDirectory(AdminSession& admin, const Poco::JSON::Object::Ptr& body)
{
    std::ostringstream text;
    body->stringify(text);
    HttpReply created = admin.send("POST", "/api/v1/directories", text.str());
    if (created.status != 201) {
        qWarning("create: %d %s", created.status, created.body.c_str());
        return {};
    }
    return "/api/v1/directories/" + std::to_string(created.json()->getValue<std::int64_t>("id"));
}
/// POST /directories/{id}/test, with a username (and password) when given.
inline HttpReply testDirectory(AdminSession& admin, const std::string& path, const std::string& username = {},
                               const std::string& password = {})
{
    Poco::JSON::Object body;
    if (!username.empty()) {
        body.set("username", username);
    }
    if (!password.empty()) {
        body.set("password", password);
    }
    std::ostringstream text;
    body.stringify(text);
    return admin.send("POST", path + "/test", text.str());
}

} // namespace castellan::test
