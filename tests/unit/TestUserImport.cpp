#include "auth/UserCsvColumns.h"
#include "auth/UserImport.h"
#include "core/Rfc3339.h"

#include "VectorFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <map>

using namespace castellan;

namespace {

QString dataDirectory()
{
    QString root = qEnvironmentVariable("CASTELLAN_SOURCE_DIR");
    if (root.isEmpty()) {
        root = QStringLiteral(CASTELLAN_TEST_SOURCE_DIR);
    }
    return root + QStringLiteral("/tests/data/csv-import/");
}

QByteArray readDataFile(const QString& name)
{
    QFile file(dataDirectory() + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

UserImportPlan planOf(const QByteArray& csv, PasswordPolicy policy = {})
{
    return UserImport(UserValidator(policy))
        .plan(std::string_view(csv.constData(), static_cast<std::size_t>(csv.size())));
}

QStringList issueTexts(const std::vector<ImportIssue>& issues)
{
    QStringList texts;
    for (const ImportIssue& issue : issues) {
        texts << QStringLiteral("%1 %2: %3")
                     .arg(issue.line)
                     .arg(QString::fromStdString(issue.field.empty() ? "-" : issue.field),
                          QString::fromStdString(issue.message));
    }
    return texts;
}

// The value of `field` of a planned row as stored ("password": the plain text to hash).
QString valueOf(const ImportRow& row, const QString& field)
{
    const UserRecord& u = row.user;
    const std::map<QString, std::string> values = {
        {"username", u.username},
        {"first_name", u.firstName},
        {"last_name", u.lastName},
        {"email", u.email},
        {"phone", u.phone},
        {"password", row.password},
        {"expires_at", u.expiresAt ? Rfc3339::format(*u.expiresAt) : std::string()},
        {"framed_ip", u.framedIp},
        {"sponsor_name", u.sponsorName},
        {"sponsor_email", u.sponsorEmail},
        {"description", u.description},
        {"enabled", u.enabled ? "true" : "false"},
        {"aliases", UserCsvColumns::joinAliases(row.aliases)},
    };
    const auto it = values.find(field);
    return it == values.end() ? QStringLiteral("<no field %1>").arg(field) : QString::fromStdString(it->second);
}

} // namespace

/// UserImport over the files of tests/data/csv-import, described by cases.txt there.
class TestUserImport : public QObject
{
    Q_OBJECT

private slots:
    void testDataFiles_data();
    void testDataFiles();
    void testEveryCaseRanAndEveryFileIsListed();
    void testExistingUsernamesMoveToProblems();
    void testPasswordPolicyIsAParameter();
    void testHundredThousandRowsArePlannedInSeconds();

private:
    VectorFile m_vectors = VectorFile::load(QStringLiteral("csv-import/cases.txt"));
    int m_checked = 0;
};

void TestUserImport::testDataFiles_data()
{
    QTest::addColumn<QStringList>("summary");
    QVERIFY2(m_vectors.error().isEmpty(), qPrintable(m_vectors.error()));
    for (const VectorCase& c : m_vectors.cases()) {
        if (c.keyword == QLatin1String("summary")) {
            QTest::newRow(qPrintable(c.where + QLatin1Char(' ') + c.fields.value(0))) << c.fields;
        }
    }
}

void TestUserImport::testDataFiles()
{
    QFETCH(QStringList, summary);
    QCOMPARE(summary.size(), 4);
    const QString file = summary[0];
    const UserImportPlan plan = planOf(readDataFile(file));
    QCOMPARE(plan.totalRows, summary[1].toULongLong());
    QCOMPARE(plan.rows.size(), summary[2].toULongLong());
    QCOMPARE(plan.fileRefused, summary[3] == QLatin1String("refused"));
    ++m_checked;

    QStringList expectedIssues;
    for (const VectorCase& c : m_vectors.cases()) {
        if (c.keyword == QLatin1String("issue") && c.fields.value(0) == file) {
            expectedIssues << QStringLiteral("%1 %2: %3").arg(c.fields.value(1), c.fields.value(2), c.fields.value(3));
            ++m_checked;
        }
    }
    QCOMPARE(issueTexts(plan.issues), expectedIssues);

    for (const VectorCase& c : m_vectors.cases()) {
        if (c.keyword != QLatin1String("user") || c.fields.value(0) != file) {
            continue;
        }
        const std::size_t line = c.fields.value(1).toULongLong();
        const auto row =
            std::find_if(plan.rows.begin(), plan.rows.end(), [&](const ImportRow& r) { return r.line == line; });
        QVERIFY2(row != plan.rows.end(), qPrintable(c.where + QStringLiteral(": no valid row on that line")));
        QVERIFY2(valueOf(*row, c.fields.value(2)) == c.fields.value(3),
                 qPrintable(c.where + QStringLiteral(": ") + valueOf(*row, c.fields.value(2))));
        ++m_checked;
    }
}

void TestUserImport::testEveryCaseRanAndEveryFileIsListed()
{
    QCOMPARE(m_checked, m_vectors.declaredCount());
    QSet<QString> listed;
    for (const VectorCase& c : m_vectors.cases()) {
        if (c.keyword == QLatin1String("summary")) {
            listed << c.fields.value(0);
        }
    }
    const QStringList files = QDir(dataDirectory()).entryList({QStringLiteral("*.csv")}, QDir::Files);
    for (const QString& name : files) {
        QVERIFY2(listed.contains(name), qPrintable(name + QStringLiteral(" is not listed in cases.txt")));
    }
}

void TestUserImport::testExistingUsernamesMoveToProblems()
{
    UserImportPlan plan = planOf("username,email\nalice,\nbob,bob@\ncarol,\ndave,\n");
    QCOMPARE(plan.rows.size(), std::size_t(3));
    UserImport::refuseExisting(plan, {"carol", "alice", "nobody"});
    QCOMPARE(plan.rows.size(), std::size_t(1));
    QCOMPARE(plan.rows[0].user.username, std::string("dave"));
    QCOMPARE(issueTexts(plan.issues), QStringList({QStringLiteral("2 username: is already taken"),
                                                   QStringLiteral("3 email: must have a domain name such as "
                                                                  "example.com after the @"),
                                                   QStringLiteral("4 username: is already taken")}));
}

void TestUserImport::testPasswordPolicyIsAParameter()
{
    const QByteArray csv = "username,password\nalice,fifteen-chars!!\n";
    QCOMPARE(planOf(csv).rows.size(), std::size_t(1));
    PasswordPolicy strict;
    strict.minLength = 20;
    const UserImportPlan plan = planOf(csv, strict);
    QCOMPARE(plan.rows.size(), std::size_t(0));
    QCOMPARE(issueTexts(plan.issues), QStringList({QStringLiteral("2 password: must be 20 characters or longer")}));
}

void TestUserImport::testHundredThousandRowsArePlannedInSeconds()
{
    QByteArray csv = "username,first_name,last_name,email,phone,expires_at,enabled\r\n";
    for (int i = 0; i < 100000; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "user" + n + ",Çağrı,Yılmaz,user" + n + "@example.com,+90555" + n.rightJustified(7, '0') +
               ",2030-01-31,true\r\n";
    }
    QElapsedTimer timer;
    timer.start();
    const UserImportPlan plan = planOf(csv);
    qInfo("100,000 rows planned in %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(plan.totalRows, std::size_t(100000));
    QCOMPARE(plan.rows.size(), std::size_t(100000));
    QVERIFY(plan.issues.empty());
    QVERIFY2(timer.elapsed() < 20000, "planning should take a few seconds at most, even in a Debug build");
}

QTEST_GUILESS_MAIN(TestUserImport)
#include "TestUserImport.moc"
