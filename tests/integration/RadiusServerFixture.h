#pragma once

#include "AdminSession.h"
#include "FreshDatabase.h"
#include "RadiusPeers.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

namespace castellan::test {

/// A castellan-server with its RADIUS listeners on free ports, an admin session, and helpers to set up RADIUS
/// clients, radius profiles and users with a TOTP factor.
class RadiusServerFixture
{
public:
    static constexpr const char* kPassword = "Radius-User-Pass-1";

    /// Starts the server; `extraArgs` add configuration (e.g. RadSec).
    bool start(const QStringList& extraArgs = {})
    {
        m_db = std::make_unique<FreshDatabase>();
        QStringList args{"--set", QString::fromStdString("db.url=" + m_db->url()),
                         "--set", "radius.port=auto",
                         "--set", "radius.accounting_port=auto"};
        if (ipv6Available()) {
            args << "--set"
                 << "radius.address=::"; // dual stack: IPv4 arrives as ::ffff:a.b.c.d
        }
        m_server = std::make_unique<ServerProcess>(m_state.path(), args + extraArgs);
        if (!m_server->start()) {
            return false;
        }
        m_admin = std::make_unique<AdminSession>(*m_server);
        return true;
    }
    void stop()
    {
        m_admin.reset();
        m_server.reset();
        m_db.reset();
    }

    static bool ipv6Available()
    {
        QUdpSocket probe;
        return probe.bind(QHostAddress::LocalHostIPv6, 0);
    }

    ServerProcess& server() { return *m_server; }
    FreshDatabase& database() { return *m_db; }
    QString stateDir() const { return m_state.path(); }
    AdminSession& admin() { return *m_admin; }
    QString authAddress() const { return QString("127.0.0.1:%1").arg(m_server->radiusPort()); }
    QString accountingAddress() const { return QString("127.0.0.1:%1").arg(m_server->radiusAccountingPort()); }

    /// A radius profile; returns its id.
    std::int64_t createProfile(const std::string& jsonBody)
    {
        HttpReply r = m_admin->send("POST", "/api/v1/applications", jsonBody);
        return r.status == 201 ? r.json()->getValue<std::int64_t>("id") : 0;
    }
    /// A RADIUS client; returns the HTTP status.
    int createClient(const std::string& name, const std::string& source, const std::string& secret,
                     bool requireMessageAuthenticator, std::int64_t applicationId)
    {
        return m_admin
            ->send("POST", "/api/v1/radius-clients",
                   json({{"name", name},
                         {"source", source},
                         {"secret", secret},
                         {"require_message_authenticator", requireMessageAuthenticator ? "true" : "false"},
                         {"application_id", "=" + std::to_string(applicationId)}}))
            .status;
    }
    /// A user with kPassword, `framedIp` (may be empty) and a TOTP factor; returns the factor's base32 secret.
    std::string createUser(const std::string& name, const std::string& framedIp = "")
    {
        HttpReply user = m_admin->send("POST", "/api/v1/users",
                                       json({{"username", name},
                                             {"password", kPassword},
                                             {"password_confirmation", kPassword},
                                             {"framed_ip", framedIp}}));
        if (user.status != 201) {
            return {};
        }
        m_userIds[name] = user.json()->getValue<std::int64_t>("id");
        HttpReply factor = m_admin->send("POST", "/api/v1/users/" + std::to_string(m_userIds[name]) + "/factors",
                                         json({{"type", "totp"}}));
        return factor.status == 201 ? factor.json()->getValue<std::string>("secret") : std::string();
    }
    std::int64_t userId(const std::string& name) { return m_userIds[name]; }

    /// The audit log's entries for a user and event, as JSON text.
    std::string audit(const std::string& user, const std::string& event = "auth.validate")
    {
        return m_admin->get("/api/v1/audit?limit=500&event=" + event + (user.empty() ? "" : "&user=" + user)).body;
    }
    /// Waits up to `ms` for `text` in the server's log (drops are logged by a worker, just after the fact).
    bool logContains(const QString& text, int ms = 3000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            if (m_server->stderrText().contains(text)) {
                return true;
            }
            QTest::qWait(50);
        }
        return false;
    }

private:
    QTemporaryDir m_state;
    std::unique_ptr<FreshDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AdminSession> m_admin;
    std::map<std::string, std::int64_t> m_userIds;
};

} // namespace castellan::test
