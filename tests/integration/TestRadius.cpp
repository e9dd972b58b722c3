#include "DeviceClient.h"
#include "RadiusServerFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// The RADIUS server against FreeRADIUS's radclient and pyrad (independent implementations): PAP with the code asked
/// for by Access-Challenge, appended to the password, or alone; the Message-Authenticator rules; unknown clients,
/// wrong secrets, duplicates, malformed datagrams; Framed-IP-Address and profile reply attributes; accounting.
class TestRadius : public QObject
{
    Q_OBJECT
private:
    static constexpr const char* kSecret = "loopback-secret-0123456789";
    static constexpr const char* kLegacySecret = "legacy-secret-0123456789";
    static constexpr const char* kAppendedSecret = "appended-secret-0123456789";
    static constexpr const char* kOtpOnlySecret = "otp-only-secret-0123456789";
    static constexpr const char* kPushSecret = "push-client-secret-0123456789";
    RadiusServerFixture m_fixture;

    RadclientResult auth(const QString& attributes, const QString& secret = kSecret)
    {
        return RadiusPeers::radclient("auth", m_fixture.authAddress(), secret, attributes);
    }
    static QString attributes(const std::string& user, const std::string& password, bool messageAuthenticator = true)
    {
        return QString("User-Name = \"%1\"\nUser-Password = \"%2\"\n%3")
            .arg(QString::fromStdString(user), QString::fromStdString(password),
                 messageAuthenticator ? "Message-Authenticator = 0x00\n" : "");
    }
    QJsonObject pyrad(QStringList args)
    {
        args << "--port" << QString::number(m_fixture.server().radiusPort());
        return RadiusPeers::pyrad(args).value(0);
    }
    static QString first(const QJsonObject& answer, const QString& attribute)
    {
        return answer["attributes"].toObject()[attribute].toArray().first().toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.server().stderrText()));
        const std::int64_t vpn = m_fixture.createProfile(
            R"({"name":"VPN","type":"radius","allowed_factors":["totp"],"reply_attributes":[)"
            R"({"attribute":"Filter-Id","value":"vpn-users"},{"attribute":"Class","value":"grp-{username}"},)"
            R"({"attribute":"Session-Timeout","value":"3600"},)"
            R"({"attribute":"Cisco-AVPair","value":"shell:priv-lvl=1"}]})");
        const std::int64_t wifi = m_fixture.createProfile(
            R"({"name":"WiFi","type":"radius","allowed_factors":["totp"],"appended_otp_length":6})");
        const std::int64_t directory = m_fixture.createProfile(
            R"({"name":"Directory","type":"radius","allowed_factors":["totp"],"password_required":false})");
        QVERIFY(vpn && wifi && directory);
        QCOMPARE(m_fixture.createClient("loopback", "127.0.0.1", kSecret, true, vpn), 201);
        QCOMPARE(m_fixture.createClient("appended", "127.0.0.2", kAppendedSecret, true, wifi), 201);
        QCOMPARE(m_fixture.createClient("legacy", "127.0.0.3", kLegacySecret, false, vpn), 201);
        QCOMPARE(m_fixture.createClient("otp-only", "127.0.0.4", kOtpOnlySecret, true, directory), 201);
        QCOMPARE(m_fixture.createClient("ipv6-loopback", "::1", kSecret, true, vpn), 201);
        const std::int64_t push =
            m_fixture.createProfile(R"({"name":"Push","type":"radius","allowed_factors":["totp","push"]})");
        QCOMPARE(m_fixture.createClient("push", "127.0.0.5", kPushSecret, true, push), 201);
    }
    void cleanupTestCase() { m_fixture.stop(); }

    void testPasswordThenCodeThroughAccessChallengeWithState()
    {
        const std::string secret = m_fixture.createUser("alice", "10.1.2.3");
        RadclientResult challenge = auth(attributes("alice", RadiusServerFixture::kPassword));
        QVERIFY2(challenge.received("Access-Challenge"), qPrintable(challenge.out));
        QCOMPARE(challenge.attributeNames().value(0), QStringLiteral("Message-Authenticator"));
        QCOMPARE(challenge.attribute("Reply-Message"), QStringLiteral("Enter the code from your authenticator app"));
        const QString state = challenge.attribute("State");
        QVERIFY(state.startsWith("0x"));

        RadclientResult accept = auth(QString("User-Name = \"alice\"\nUser-Password = \"%1\"\nState = %2\n"
                                              "Message-Authenticator = 0x00\n")
                                          .arg(QString::fromStdString(totpNow(secret)), state));
        QVERIFY2(accept.received("Access-Accept"), qPrintable(accept.out));
        QCOMPARE(accept.exitCode, 0);
        QCOMPARE(accept.attributeNames().value(0), QStringLiteral("Message-Authenticator"));
        QCOMPARE(accept.attribute("Framed-IP-Address"), QStringLiteral("10.1.2.3"));
        QCOMPARE(accept.attribute("Reply-Message"), QStringLiteral("Authentication succeeded"));
        QCOMPARE(accept.attribute("Filter-Id"), QStringLiteral("vpn-users"));
        QCOMPARE(accept.attribute("Class"), "0x" + QByteArray("grp-alice").toHex());
        QCOMPARE(accept.attribute("Session-Timeout"), QStringLiteral("3600"));
        QCOMPARE(accept.attribute("Cisco-AVPair"), QStringLiteral("shell:priv-lvl=1"));

        // The transaction is spent: the same State cannot be answered again.
        RadclientResult again = auth(QString("User-Name = \"alice\"\nUser-Password = \"%1\"\nState = %2\n"
                                             "Message-Authenticator = 0x00\n")
                                         .arg(QString::fromStdString(totpNow(secret, 1)), state));
        QVERIFY2(again.received("Access-Reject"), qPrintable(again.out));
        QVERIFY(m_fixture.audit("alice").find("\"channel\":\"radius\"") != std::string::npos);
    }

    void testWrongPasswordUnknownAndDisabledUsersGetTheSameReject()
    {
        m_fixture.createUser("bob");
        m_fixture.createUser("carol");
        QCOMPARE(
            m_fixture.admin()
                .send("PATCH", "/api/v1/users/" + std::to_string(m_fixture.userId("carol")), R"({"enabled":false})")
                .status,
            200);
        QStringList messages;
        for (const auto& [user, password] : {std::pair<std::string, std::string>{"bob", "not-the-password"},
                                             {"nobody.here", RadiusServerFixture::kPassword},
                                             {"carol", RadiusServerFixture::kPassword}}) {
            RadclientResult reject = auth(attributes(user, password));
            QVERIFY2(reject.received("Access-Reject"), qPrintable(reject.out));
            QCOMPARE(reject.attributeNames().value(0), QStringLiteral("Message-Authenticator"));
            messages << reject.attribute("Reply-Message");
        }
        QCOMPARE(messages, QStringList(3, QStringLiteral("Authentication failed")));
        QVERIFY(m_fixture.audit("bob").find("wrong password") != std::string::npos);
        QVERIFY(m_fixture.audit("carol").find("user disabled") != std::string::npos);
    }

    void testRequestWithoutMessageAuthenticatorIsDroppedAndLogged()
    {
        m_fixture.createUser("dave");
        RadclientResult nothing = auth(attributes("dave", RadiusServerFixture::kPassword, false));
        QVERIFY2(nothing.out.contains("No reply from server"), qPrintable(nothing.out));
        QVERIFY(m_fixture.logContains("(client 'loopback'): Message-Authenticator missing"));
        QVERIFY(m_fixture.audit("dave").find("auth.validate") == std::string::npos); // never reached the pipeline
    }

    void testWrongSharedSecretIsDroppedAndLogged()
    {
        RadclientResult nothing = auth(attributes("dave", RadiusServerFixture::kPassword), "not-the-shared-secret");
        QVERIFY2(nothing.out.contains("No reply from server"), qPrintable(nothing.out));
        QVERIFY(m_fixture.logContains("Message-Authenticator does not match (wrong shared secret?)"));
    }

    void testUnknownClientIsIgnoredAndLogged()
    {
        const QJsonObject answer = pyrad({"--bind", "127.0.0.9", "--secret", kSecret, "--user", "dave", "--password",
                                          RadiusServerFixture::kPassword, "--message-authenticator"});
        QVERIFY2(answer.contains("code") && answer["code"].isNull(), qPrintable(QJsonDocument(answer).toJson()));
        QVERIFY(m_fixture.logContains("127.0.0.9"));
        QVERIFY(m_fixture.logContains("(unknown client): no enabled RADIUS client matches this address"));
    }

    void testLegacyClientIsAnsweredAndChallengeContinuesWithState()
    {
        const std::string secret = m_fixture.createUser("erin");
        const QJsonObject challenge = pyrad({"--bind", "127.0.0.3", "--secret", kLegacySecret, "--user", "erin",
                                             "--password", RadiusServerFixture::kPassword});
        QCOMPARE(challenge["code"].toInt(), 11);
        QVERIFY(challenge["authentic"].toBool());
        QCOMPARE(challenge["first_attribute"].toInt(), 80);
        const QString state = first(challenge, "State");
        QVERIFY(!state.isEmpty());
        const QJsonObject accept = pyrad({"--bind", "127.0.0.3", "--secret", kLegacySecret, "--user", "erin",
                                          "--password", QString::fromStdString(totpNow(secret)), "--state", state});
        QCOMPARE(accept["code"].toInt(), 2);
        QVERIFY(accept["authentic"].toBool());
        QCOMPARE(first(accept, "Filter-Id"), QStringLiteral("vpn-users"));
        QVERIFY(!accept["attributes"].toObject().contains("Framed-IP-Address")); // erin has none
    }

    void testProxyStateWithoutMessageAuthenticatorIsDroppedEvenForLegacyClients()
    {
        m_fixture.createUser("frank");
        const QStringList request{"--bind",        "127.0.0.3", "--secret",   kLegacySecret,
                                  "--user",        "frank",     "--password", RadiusServerFixture::kPassword,
                                  "--proxy-state", "c0ffee"};
        const QJsonObject dropped = pyrad(request);
        QVERIFY(dropped["code"].isNull());
        QVERIFY(m_fixture.logContains("Proxy-State without Message-Authenticator (BlastRADIUS, CVE-2024-3596)"));
        const QJsonObject answered = pyrad(request + QStringList{"--message-authenticator"});
        QCOMPARE(answered["code"].toInt(), 11);
        QCOMPARE(first(answered, "Proxy-State"), QStringLiteral("c0ffee"));
    }

    void testRetransmissionIsAnsweredFromTheCacheWithoutASecondAttempt()
    {
        m_fixture.createUser("gina");
        const QList<QJsonObject> answers = RadiusPeers::pyrad(
            {"--port", QString::number(m_fixture.server().radiusPort()), "--secret", kSecret, "--user", "gina",
             "--password", "wrong-password-1", "--message-authenticator", "--send-twice"});
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers[0]["code"].toInt(), 3);
        QCOMPARE(answers[1]["raw"].toString(), answers[0]["raw"].toString());
        const std::string audit = m_fixture.audit("gina");
        QCOMPARE(QString::fromStdString(audit).count("wrong password"), 1);
    }

    void testPasswordWithAppendedCodeIsSplitByTheCodeLength()
    {
        const std::string secret = m_fixture.createUser("hank", "10.9.8.7");
        const QJsonObject wrong =
            pyrad({"--bind", "127.0.0.2", "--secret", kAppendedSecret, "--user", "hank", "--password",
                   QString(RadiusServerFixture::kPassword) + "000000", "--message-authenticator"});
        QCOMPARE(wrong["code"].toInt(), 3);
        const QJsonObject accept =
            pyrad({"--bind", "127.0.0.2", "--secret", kAppendedSecret, "--user", "hank", "--password",
                   QString(RadiusServerFixture::kPassword) + QString::fromStdString(totpNow(secret)),
                   "--message-authenticator"});
        QCOMPARE(accept["code"].toInt(), 2);
        QCOMPARE(first(accept, "Framed-IP-Address"), QStringLiteral("10.9.8.7"));
    }

    void testOtpOnlyProfileTakesTheCodeAlone()
    {
        const std::string secret = m_fixture.createUser("ivy");
        const QJsonObject wrongCode = pyrad({"--bind", "127.0.0.4", "--secret", kOtpOnlySecret, "--user", "ivy",
                                             "--password", RadiusServerFixture::kPassword, "--message-authenticator"});
        QCOMPARE(wrongCode["code"].toInt(), 3);
        const QJsonObject accept =
            pyrad({"--bind", "127.0.0.4", "--secret", kOtpOnlySecret, "--user", "ivy", "--password",
                   QString::fromStdString(totpNow(secret)), "--message-authenticator"});
        QCOMPARE(accept["code"].toInt(), 2);
        QVERIFY(m_fixture.audit("ivy").find("totp factor") != std::string::npos);
    }

    void testPushApprovalCompletesTheNextRequest()
    {
        m_fixture.createUser("kate");
        HttpReply enrollment = m_fixture.admin().send(
            "POST", "/api/v1/users/" + std::to_string(m_fixture.userId("kate")) + "/enrollments", "{}");
        auto app = client::DeviceClient::enroll(enrollment.json()->getValue<std::string>("otpauth_uri"),
                                                {"android", "phone"}, {.acceptAnyCertificate = true});
        QVERIFY(app && app->verify());
        const QStringList client{
            "--bind", "127.0.0.5", "--secret", kPushSecret, "--user", "kate", "--message-authenticator"};
        const QJsonObject challenge = pyrad(client + QStringList{"--password", RadiusServerFixture::kPassword});
        QCOMPARE(challenge["code"].toInt(), 11);
        const QString prompt = first(challenge, "Reply-Message");
        QVERIFY2(prompt.startsWith("Approve the sign-in in the Castellan app"), qPrintable(prompt));
        const QString state = first(challenge, "State");

        // Enter before the phone answers: still waiting, asked again.
        const QJsonObject waiting = pyrad(client + QStringList{"--password", "", "--state", state});
        QCOMPARE(waiting["code"].toInt(), 11);
        auto pending = app->challenges();
        QVERIFY(pending && pending->size() == 1);
        const std::string number = prompt.right(2).toStdString();
        QCOMPARE(app->answer(pending->front(), "approve", number).value(), std::string("approved"));
        const QJsonObject accept = pyrad(client + QStringList{"--password", "", "--state", state});
        QCOMPARE(accept["code"].toInt(), 2);
        QVERIFY(accept["authentic"].toBool());
    }

    void testMalformedDatagramIsDroppedAndTheServerKeepsAnswering()
    {
        const QJsonObject nothing = pyrad({"--secret", kSecret, "--raw", "01000030" + QString(32, '0') + "0100"});
        QVERIFY(nothing["code"].isNull());
        QVERIFY(m_fixture.logContains("malformed: "));
        RadclientResult status =
            RadiusPeers::radclient("status", m_fixture.authAddress(), kSecret, "Message-Authenticator = 0x00\n");
        QVERIFY2(status.received("Access-Accept"), qPrintable(status.out));
    }

    void testAccountingIsRecordedInTheAuditLog()
    {
        RadclientResult response =
            RadiusPeers::radclient("acct", m_fixture.accountingAddress(), kSecret,
                                   "User-Name = \"alice\"\nAcct-Status-Type = Start\nAcct-Session-Id = \"S-42\"\n"
                                   "Framed-IP-Address = 10.1.2.3\nCalling-Station-Id = \"198.51.100.7\"\n");
        QVERIFY2(response.received("Accounting-Response"), qPrintable(response.out));
        QCOMPARE(response.exitCode, 0);
        const std::string audit = m_fixture.audit("alice", "radius.accounting");
        QVERIFY2(audit.find("\"result\":\"start\"") != std::string::npos, audit.c_str());
        QVERIFY(audit.find("session S-42") != std::string::npos);
        QVERIFY(audit.find("198.51.100.7") != std::string::npos);

        // An Access-Request is not served on the accounting port, and a wrong secret is not recorded.
        RadclientResult wrong = RadiusPeers::radclient("acct", m_fixture.accountingAddress(), "wrong-secret-123456",
                                                       "User-Name = \"alice\"\nAcct-Status-Type = Stop\n");
        QVERIFY(wrong.out.contains("No reply from server"));
        QVERIFY(m_fixture.logContains("Request Authenticator does not match"));
    }

    void testSecondServerOnTheSameRadiusPortExitsWithOne()
    {
        QTemporaryDir state;
        const auto outcome = ServerProcess::runToExit({"--state-dir", state.path(), "--set", "http.port=0", "--set",
                                                       "radius.address=127.0.0.1", "--set",
                                                       QString("radius.port=%1").arg(m_fixture.server().radiusPort())});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains("cannot listen for RADIUS on 127.0.0.1"), qPrintable(outcome.err));
    }

    void testIpv6ClientIsServed()
    {
        if (!RadiusServerFixture::ipv6Available()) {
            QSKIP("no IPv6 loopback on this machine");
        }
        m_fixture.createUser("jack");
        const QJsonObject answer = pyrad({"--server", "::1", "--secret", kSecret, "--user", "jack", "--password",
                                          RadiusServerFixture::kPassword, "--message-authenticator"});
        QCOMPARE(answer["code"].toInt(), 11);
        QVERIFY(answer["authentic"].toBool());
    }
};

QTEST_GUILESS_MAIN(TestRadius)
#include "TestRadius.moc"
