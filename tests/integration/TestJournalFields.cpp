#include "AdminSession.h"
#include "FreshDatabase.h"
#include "HttpsClient.h"
#include "ServerProcess.h"
#include "app/JournalEvents.h"

#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <map>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace castellan;
using namespace castellan::test;

namespace {

using Entry = std::map<std::string, std::string>;

/// Decodes one datagram of the native journal protocol: KEY=value lines, or KEY\n + 64-bit LE length + value + \n.
bool decode(const std::string& datagram, Entry& entry)
{
    std::size_t at = 0;
    while (at < datagram.size()) {
        const std::size_t end = datagram.find('\n', at);
        if (end == std::string::npos) {
            return false;
        }
        const std::string line = datagram.substr(at, end - at);
        const std::size_t eq = line.find('=');
        if (eq != std::string::npos) {
            entry[line.substr(0, eq)] = line.substr(eq + 1);
            at = end + 1;
            continue;
        }
        if (end + 9 > datagram.size()) {
            return false;
        }
        std::uint64_t length = 0;
        for (int i = 7; i >= 0; --i) {
            length = (length << 8) | static_cast<unsigned char>(datagram[end + 1 + i]);
        }
        const std::size_t value = end + 9;
        if (value + length + 1 > datagram.size() || datagram[value + length] != '\n') {
            return false;
        }
        entry[line] = datagram.substr(value, length);
        at = value + length + 1;
    }
    return true;
}

/// A stand-in for /run/systemd/journal/socket: a real AF_UNIX datagram socket the server is pointed at
/// (log.journal=on, log.journal_socket=PATH); every datagram is kept decoded.
class FakeJournal
{
public:
    explicit FakeJournal(const QString& path) : m_path(path.toStdString())
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, m_path.c_str(), sizeof address.sun_path - 1);
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        timeval timeout{0, 100000};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    }
    ~FakeJournal() { ::close(m_fd); }
    bool bound() const { return m_bound; }
    const std::string& path() const { return m_path; }

    /// Waits up to `ms` for an entry with every field of `wanted`; the entry found, or an empty one.
    Entry waitFor(const Entry& wanted, int ms = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        do {
            for (const Entry& entry : m_entries) {
                if (matches(entry, wanted)) {
                    return entry;
                }
            }
            receive();
        } while (timer.elapsed() < ms);
        return {};
    }
    QString dump() const
    {
        QString out;
        for (const Entry& entry : m_entries) {
            out += QString::fromStdString(entry.count("MESSAGE") ? entry.at("MESSAGE") : "?") + "\n";
        }
        return out;
    }

private:
    static bool matches(const Entry& entry, const Entry& wanted)
    {
        for (const auto& [key, value] : wanted) {
            auto it = entry.find(key);
            if (it == entry.end() ||
                (key == "MESSAGE" ? it->second.find(value) == std::string::npos : it->second != value)) {
                return false;
            }
        }
        return true;
    }
    void receive()
    {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                return;
            }
            Entry entry;
            if (decode(std::string(buffer, static_cast<std::size_t>(n)), entry)) {
                m_entries.push_back(std::move(entry));
            }
        }
    }

    std::string m_path;
    int m_fd = -1;
    bool m_bound = false;
    std::vector<Entry> m_entries;
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// Under systemd the server logs to the journal's native protocol (no libsystemd): every entry has PRIORITY and
/// SYSLOG_IDENTIFIER; start, stop, reload and audit events of note carry their MESSAGE_ID (JournalEvents) and the
/// audit fields. The journal is a real datagram socket the test binds.
class TestJournalFields : public QObject
{
    Q_OBJECT
private slots:
    void testEntriesCarryPriorityMessageIdAndAuditFields()
    {
        QTemporaryDir dir;
        FakeJournal journal(dir.filePath("journal.sock"));
        QVERIFY(journal.bound());
        FreshDatabase fresh;
        QTcpServer probe; // a free port: the listener's line goes to the journal, not to stderr
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int port = probe.serverPort();
        probe.close();

        QProcess server;
        server.start(ServerProcess::binary(),
                     {"--state-dir", dir.filePath("state"), "--set", "radius.port=0", "--set",
                      "http.port=" + QString::number(port), "--set", QString::fromStdString("db.url=" + fresh.url()),
                      "--set", "log.journal=on", "--set",
                      QString::fromStdString("log.journal_socket=" + journal.path())});
        QVERIFY(server.waitForStarted());

        Entry ready = journal.waitFor({{"MESSAGE_ID", JournalEvents::kServerStart}});
        QVERIFY2(!ready.empty(), qPrintable(journal.dump() + server.readAllStandardError()));
        QCOMPARE(ready["PRIORITY"], std::string("5"));
        QCOMPARE(ready["SYSLOG_IDENTIFIER"], std::string("castellan-server"));
        QVERIFY(ready["MESSAGE"].find("ready") != std::string::npos);
        QVERIFY(!journal.waitFor({{"MESSAGE", "listening https 127.0.0.1:" + std::to_string(port)}}).empty());

        // An authentication refused: a wrong admin password (audit admin.login failure).
        HttpsClient client("127.0.0.1", port);
        HttpReply refused =
            client.send("POST", "/api/v1/auth/login", json({{"username", "admin"}, {"password", "wrong"}}));
        QCOMPARE(refused.status, 401);
        Entry rejected = journal.waitFor({{"MESSAGE_ID", JournalEvents::kAuthRejected}});
        QVERIFY2(!rejected.empty(), qPrintable(journal.dump()));
        QCOMPARE(rejected["PRIORITY"], std::string("4"));
        QCOMPARE(rejected["EVENT_ACTION"], std::string("admin.login"));
        QCOMPARE(rejected["EVENT_OUTCOME"], std::string("failure"));
        QCOMPARE(rejected["USER_NAME"], std::string("admin"));
        QCOMPARE(rejected["SOURCE_IP"], std::string("127.0.0.1"));
        QVERIFY(rejected.find("password") == rejected.end()); // never the secret

        ::kill(static_cast<pid_t>(server.processId()), SIGHUP);
        Entry reloaded = journal.waitFor({{"MESSAGE_ID", JournalEvents::kReload}});
        QVERIFY2(!reloaded.empty(), qPrintable(journal.dump()));
        QCOMPARE(reloaded["PRIORITY"], std::string("5"));

        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(!journal.waitFor({{"MESSAGE_ID", JournalEvents::kServerStop}}).empty());
        // Everything went to the journal: stderr has no log line to repeat it.
        const QString err = server.readAllStandardError();
        QVERIFY2(!err.contains("listening"), qPrintable(err));
    }

    void testAutoUsesTheJournalOnlyWhenStderrIsTheJournalStream()
    {
        QTemporaryDir dir;
        FakeJournal journal(dir.filePath("journal.sock"));
        QVERIFY(journal.bound());
        FreshDatabase fresh;
        const QString errFile = dir.filePath("stderr.log");
        QVERIFY(QFile(errFile).open(QIODevice::WriteOnly));
        struct stat st
        {};
        QCOMPARE(::stat(qPrintable(errFile), &st), 0);
        // What systemd sets when it connects stderr to the journal: that stream's device and inode.
        const QString ours = QString("%1:%2").arg(st.st_dev).arg(st.st_ino);
        for (const QString& stream : {QString("1:2"), ours}) {
            QProcess server;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("JOURNAL_STREAM", stream);
            server.setProcessEnvironment(env);
            server.setStandardErrorFile(errFile, QIODevice::Truncate);
            server.start(ServerProcess::binary(),
                         {"--state-dir", dir.filePath("state"), "--set", "radius.port=0", "--set", "http.port=0",
                          "--set", QString::fromStdString("db.url=" + fresh.url()), "--set", "log.journal=auto",
                          "--set", QString::fromStdString("log.journal_socket=" + journal.path())});
            QVERIFY(server.waitForStarted());
            const bool journalStream = stream == ours;
            QElapsedTimer timer;
            timer.start();
            while (!journalStream && !readFile(errFile).contains("ready") && timer.elapsed() < 30000) {
                QTest::qWait(50);
            }
            const Entry ready =
                journal.waitFor({{"MESSAGE_ID", JournalEvents::kServerStart}}, journalStream ? 30000 : 0);
            QCOMPARE(!ready.empty(), journalStream);
            ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
            QVERIFY(server.waitForFinished(30000));
            QCOMPARE(server.exitCode(), 0);
            QCOMPARE(readFile(errFile).contains("listening https"), !journalStream);
        }
    }

    void testUnreachableJournalFallsBackToStderr()
    {
        QTemporaryDir dir;
        FreshDatabase fresh;
        ServerProcess server(dir.filePath("state"),
                             {"--set", QString::fromStdString("db.url=" + fresh.url()), "--set", "log.journal=on",
                              "--set", "log.journal_socket=" + dir.filePath("nobody-listens.sock")});
        QVERIFY2(server.start(), qPrintable(server.stderrText()));
        QVERIFY(server.stderrText().contains("cannot write to the journal at " + dir.filePath("nobody-listens.sock")));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJournalFields)
#include "TestJournalFields.moc"
