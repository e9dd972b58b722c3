#include "RadiusServerFixture.h"

#include "crypto/MasterKey.h"
#include "store/TableCopy.h"

#include <Poco/Data/Session.h>

#include <QFile>
#include <QProcess>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <sys/stat.h>
#include <thread>

using namespace castellan;
using namespace castellan::test;
using namespace Poco::Data::Keywords;

namespace {

constexpr const char* kPassphrase = "a long passphrase kept apart from the backup";

std::string oathtool(const std::string& base32Secret)
{
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    QProcess p;
    p.start("oathtool", {"--totp", "-b", "-N", "@" + QString::number(now), QString::fromStdString(base32Secret)});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toStdString();
}

int countRows(Database& db, const std::string& query)
{
    Poco::Int64 n = 0;
    db.read([&](Poco::Data::Session& s) { s << query, into(n), now; });
    return static_cast<int>(n);
}

} // namespace

/// Backup and restore (issue 16, item 4) with the real server and the real databases: a backup taken while logins
/// and writes go on restores into an empty database, where the user's oathtool code is accepted; a wrong passphrase,
/// a non-empty target and another master key are refused without changing anything; a server given the wrong
/// master key refuses to start and leaves the database as it was.
class TestBackupRestore : public QObject
{
    Q_OBJECT
private:
    RadiusServerFixture m_source;
    QTemporaryDir m_files;
    QString m_backup;
    QString m_passphraseFile;
    std::string m_secret;
    std::string m_agent;

    static ServerProcess::Outcome command(const QString& stateDir, const std::string& dbUrl, QStringList args,
                                          const QByteArray& input = {})
    {
        QStringList all{"--state-dir", stateDir, "--set", QString::fromStdString("db.url=" + dbUrl)};
        return ServerProcess::runToExit(all + args, 120000, input);
    }
    ServerProcess::Outcome restore(const QString& stateDir, const std::string& dbUrl, const QString& passphraseFile)
    {
        return command(stateDir, dbUrl, {"restore", m_backup, "--passphrase-file", passphraseFile});
    }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_files.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    HttpReply validate(ServerProcess& server, const std::string& agent, const std::string& user, const std::string& otp)
    {
        return HttpsClient("127.0.0.1", server.httpsPort())
            .send("POST", "/api/v1/auth/validate",
                  json({{"username", user}, {"password", RadiusServerFixture::kPassword}, {"otp", otp}}),
                  "application/json", {{"Authorization", "Bearer " + agent}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_source.start(), qPrintable(m_source.server().stderrText()));
        m_secret = m_source.createUser("kept.user");
        QVERIFY(!m_secret.empty());
        m_agent = m_source.admin().createClientToken("agent", "VPN agent");
        m_backup = m_files.filePath("castellan.backup");
        m_passphraseFile = writeFile("passphrase", QByteArray(kPassphrase) + "\n");
    }
    void cleanupTestCase() { m_source.stop(); }

    void testBackupUnderLoadRestoresIntoAnEmptyDatabase()
    {
        // Load: an administrator creates users and an agent starts logins (each a challenge: a transaction written)
        // while the backup runs.
        std::atomic<bool> stop{false};
        std::atomic<int> created{0};
        std::atomic<int> logins{0};
        const int port = m_source.server().httpsPort();
        const std::string adminToken = m_source.admin().token();
        std::thread writer([&] {
            HttpsClient client("127.0.0.1", port);
            for (int i = 0; !stop; ++i) {
                const std::string name = "load.user." + std::to_string(i);
                HttpReply r = client.send("POST", "/api/v1/users",
                                          json({{"username", name},
                                                {"password", RadiusServerFixture::kPassword},
                                                {"password_confirmation", RadiusServerFixture::kPassword}}),
                                          "application/json", {{"Authorization", "Bearer " + adminToken}});
                created += r.status == 201 ? 1 : 0;
            }
        });
        std::thread loginLoad([&] {
            HttpsClient client("127.0.0.1", port);
            while (!stop) {
                HttpReply r =
                    client.send("POST", "/api/v1/auth/validate",
                                json({{"username", "kept.user"}, {"password", RadiusServerFixture::kPassword}}),
                                "application/json", {{"Authorization", "Bearer " + m_agent}});
                logins += r.status == 200 ? 1 : 0;
            }
        });
        QTest::qWait(500);
        auto backup = command(m_source.stateDir(), m_source.database().url(),
                              {"backup", "--out", m_backup, "--passphrase-file", m_passphraseFile});
        stop = true;
        writer.join();
        loginLoad.join();
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY(backup.out.contains("backup written to"));
        QVERIFY2(created > 0 && logins > 0, "the load ran during the backup");
        struct stat status
        {};
        QCOMPARE(::stat(m_backup.toLocal8Bit().constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, 0600u);
        QFile written(m_backup);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("kept.user")); // encrypted

        FreshDatabase target;
        QTemporaryDir state;
        auto restored = restore(state.path(), target.url(), m_passphraseFile);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains("restored"));
        QCOMPARE(QFileInfo(state.filePath("master.key")).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());

        // Every user created before the backup started is there, and the load's users form a gap-free prefix:
        // one snapshot, not tables read at different moments.
        Database& restoredDb = target.open(false);
        const int loadUsers = countRows(restoredDb, "SELECT COUNT(*) FROM users WHERE username LIKE 'load.user.%'");
        QCOMPARE(countRows(restoredDb, "SELECT COUNT(*) FROM users WHERE username = 'kept.user'"), 1);
        if (loadUsers > 0) {
            QCOMPARE(countRows(restoredDb, "SELECT COUNT(*) FROM users WHERE username = 'load.user." +
                                               std::to_string(loadUsers - 1) + "'"),
                     1);
        }
        QCOMPARE(countRows(restoredDb, "SELECT COUNT(*) FROM factors f JOIN users u ON u.id = f.user_id WHERE "
                                       "u.username LIKE 'load.user.%'"),
                 0);
        target.close();

        ServerProcess server(state.path(), {"--set", QString::fromStdString("db.url=" + target.url())});
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        // The agent's token of the old server is valid here too: tokens are data, and they were restored.
        HttpReply accepted = validate(server, m_agent, "kept.user", oathtool(m_secret));
        QVERIFY2(accepted.status == 200, accepted.body.c_str());
        QCOMPARE(accepted.json()->getValue<std::string>("result"), std::string("accept"));
        // New rows get fresh ids after the restored ones (PostgreSQL's sequences were moved on).
        HttpReply login = HttpsClient("127.0.0.1", server.httpsPort())
                              .send("POST", "/api/v1/auth/login",
                                    json({{"username", "admin"},
                                          {"password", AdminSession::kPassword},
                                          {"otp", totpNow(m_source.admin().totpSecret(), 1)}}));
        QVERIFY2(login.status == 200, login.body.c_str());
        HttpReply added =
            HttpsClient("127.0.0.1", server.httpsPort())
                .send("POST", "/api/v1/users",
                      json({{"username", "after.restore"},
                            {"password", RadiusServerFixture::kPassword},
                            {"password_confirmation", RadiusServerFixture::kPassword}}),
                      "application/json",
                      {{"Authorization", "Bearer " + login.json()->getValue<std::string>("access_token")}});
        QVERIFY2(added.status == 201, added.body.c_str());
        QCOMPARE(server.stop(), 0);

        // The restored key in another state directory: the server refuses to start and changes nothing.
        checkWrongKeyRefusal(target);
    }

    void testWrongPassphraseIsRefusedAndNothingIsWritten()
    {
        FreshDatabase target;
        QTemporaryDir state;
        auto refused = restore(state.path(), target.url(), writeFile("wrong", "not the passphrase\n"));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("passphrase is wrong"), qPrintable(refused.err));
        QVERIFY(!QFile::exists(state.filePath("master.key")));
        QCOMPARE(tableCount(target), std::size_t(0));

        auto empty = restore(state.path(), target.url(), writeFile("empty", "\n"));
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains("empty"), qPrintable(empty.err));
        auto emptyBackup = command(state.path(), target.url(), {"backup", "--out", m_files.filePath("x")}, "\n");
        QCOMPARE(emptyBackup.exitCode, 2);
        QVERIFY2(emptyBackup.err.contains("passphrase is empty"), qPrintable(emptyBackup.err));
    }

    void testRestoreIntoANonEmptyDatabaseIsRefused()
    {
        QTemporaryDir state;
        const int before = countRowsOfSource("SELECT COUNT(*) FROM users");
        auto refused = restore(state.path(), m_source.database().url(), m_passphraseFile);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("is not empty"), qPrintable(refused.err));
        QCOMPARE(countRowsOfSource("SELECT COUNT(*) FROM users"), before);
    }

    void testRestoreNeverReplacesAnotherMasterKey()
    {
        FreshDatabase target;
        QTemporaryDir state;
        QVERIFY(MasterKey::loadOrCreate(state.filePath("master.key").toStdString()).ok());
        auto refused = restore(state.path(), target.url(), m_passphraseFile);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("holds another master key"), qPrintable(refused.err));
        QCOMPARE(tableCount(target), std::size_t(0));
    }

    void testTamperedBackupIsRefused()
    {
        QFile file(m_backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
        const QString tampered = writeFile("tampered.backup", bytes);
        FreshDatabase target;
        QTemporaryDir state;
        auto refused =
            command(state.path(), target.url(), {"restore", tampered, "--passphrase-file", m_passphraseFile});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("altered"), qPrintable(refused.err));
    }

private:
    static std::size_t tableCount(FreshDatabase& database)
    {
        Database& db = database.open(false);
        std::vector<std::string> tables;
        db.read([&](Poco::Data::Session& s) { tables = TableCopy::allTables(s, db.dialect()); });
        return tables.size();
    }
    int countRowsOfSource(const std::string& query)
    {
        auto url = DatabaseUrl::parse(m_source.database().url());
        auto db = Database::open(url.value(), {.poolMax = 1});
        return countRows(*db.value(), query);
    }
    void checkWrongKeyRefusal(FreshDatabase& target)
    {
        Database& db = target.open(false);
        const int auditBefore = countRows(db, "SELECT COUNT(*) FROM audit_log");
        const int canaries = countRows(db, "SELECT COUNT(*) FROM key_canary");
        target.close();
        QTemporaryDir otherState;
        QVERIFY(MasterKey::loadOrCreate(otherState.filePath("master.key").toStdString()).ok());
        ServerProcess wrong(otherState.path(), {"--set", QString::fromStdString("db.url=" + target.url())});
        QVERIFY(!wrong.start(20000));
        QCOMPARE(wrong.process().exitCode(), 2);
        const QString err = wrong.stderrText();
        QVERIFY2(err.contains(otherState.filePath("master.key")) && err.contains("does not open this database"),
                 qPrintable(err));
        Database& after = target.open(false);
        QCOMPARE(countRows(after, "SELECT COUNT(*) FROM audit_log"), auditBefore);
        QCOMPARE(countRows(after, "SELECT COUNT(*) FROM key_canary"), canaries);
        QCOMPARE(countRows(after, "SELECT COUNT(*) FROM users WHERE username = 'after.restore'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
