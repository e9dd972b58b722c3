#include "dialogs/CsvFileLoader.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace castellan::console;

/// Reading a CSV file for the import off the GUI thread: the window's thread returns at once, progress runs to
/// the end, the preview's records are parsed on the worker, a read can be cancelled, and files over the limit are
/// refused unread.
class TestCsvFileLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void testReadReturnsAtOnceAndFinishesWithTheBytesAndPreview();
    void testPreviewStopsAtItsRowCountAndAtMalformedText();
    void testCancelStopsALargeRead();
    void testFileOverTheLimitIsNotRead();
    void testMissingFileSaysWhy();

private:
    /// Writes `lines` user lines (about 100 bytes each) after a header; the file's path.
    QString writeUsers(const QString& name, int lines);
    static CsvFileContents load(CsvFileLoader& loader, const QString& path, qint64 maxBytes, int rows);

    QTemporaryDir m_dir;
};

void TestCsvFileLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCsvFileLoader::writeUsers(const QString& name, int lines)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    QByteArray text = "username,email,first_name,last_name,description\n";
    text.reserve(qsizetype(lines) * 100 + 64);
    for (int line = 1; line <= lines; ++line) {
        const QByteArray n = QByteArray::number(line).rightJustified(7, '0');
        text += "user" + n + ",user" + n + "@example.com,First" + n + ",Last" + n +
                ",Imported from the old directory for the test\n";
    }
    file.write(text);
    return path;
}

CsvFileContents TestCsvFileLoader::load(CsvFileLoader& loader, const QString& path, qint64 maxBytes, int rows)
{
    QSignalSpy finished(&loader, &CsvFileLoader::finished);
    loader.start(path, maxBytes, rows);
    if (!finished.wait(60000)) {
        return {};
    }
    return finished.first().first().value<CsvFileContents>();
}

void TestCsvFileLoader::testReadReturnsAtOnceAndFinishesWithTheBytesAndPreview()
{
    const QString path = writeUsers(QStringLiteral("large.csv"), 500'000); // about 50 MB
    QVERIFY(QFileInfo(path).size() > 45'000'000);
    CsvFileLoader loader;
    QSignalSpy finished(&loader, &CsvFileLoader::finished);
    QSignalSpy progress(&loader, &CsvFileLoader::progressChanged);
    loader.start(path, 64LL * 1024 * 1024, 200);
    // The GUI thread is back at once: nothing was read on it.
    QVERIFY(loader.isRunning());
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(60000));
    QVERIFY(!loader.isRunning());
    const auto contents = finished.first().first().value<CsvFileContents>();
    QCOMPARE(int(contents.problem), int(CsvFileContents::Problem::None));
    QCOMPARE(contents.size, QFileInfo(path).size());
    QCOMPARE(contents.bytes.size(), contents.size);
    QVERIFY(contents.bytes.endsWith("user0500000,user0500000@example.com,First0500000,Last0500000,"
                                    "Imported from the old directory for the test\n"));
    QCOMPARE(contents.header, (QStringList{"username", "email", "first_name", "last_name", "description"}));
    QCOMPARE(contents.rows.size(), 200);
    QCOMPARE(contents.rows.first().line, 2);
    QCOMPARE(contents.rows.last().cells.first(), QStringLiteral("user0000200"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), CsvFileLoader::kProgressMaximum);
}

void TestCsvFileLoader::testPreviewStopsAtItsRowCountAndAtMalformedText()
{
    const QString path = m_dir.filePath(QStringLiteral("semicolons.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFusername;email\n"
               "ayse;ayse@example.com\n"
               "\n"
               "bora;\"bora@example.com\"\n"
               "cem;\"open quote\n");
    file.close();
    CsvFileLoader loader;
    const CsvFileContents contents = load(loader, path, 1024, 10);
    QCOMPARE(contents.header, (QStringList{"username", "email"}));
    QCOMPARE(contents.rows.size(), 2); // the open quote ends the preview; the server's check reports it
    QCOMPARE(contents.rows.at(1).line, 4);
    QCOMPARE(contents.rows.at(1).cells, (QStringList{"bora", "bora@example.com"}));
    QCOMPARE(load(loader, path, 1024, 1).rows.size(), 1);
}

void TestCsvFileLoader::testCancelStopsALargeRead()
{
    const QString path = m_dir.filePath(QStringLiteral("large.csv")); // from the first test
    QVERIFY(QFileInfo::exists(path));
    CsvFileLoader loader;
    QSignalSpy finished(&loader, &CsvFileLoader::finished);
    QSignalSpy cancelled(&loader, &CsvFileLoader::cancelled);
    loader.start(path, 64LL * 1024 * 1024, 200);
    QVERIFY(loader.cancel());
    QVERIFY(!loader.isRunning());
    QVERIFY(cancelled.wait(60000));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!loader.cancel()); // nothing under way any more
}

void TestCsvFileLoader::testFileOverTheLimitIsNotRead()
{
    const QString path = writeUsers(QStringLiteral("small.csv"), 10);
    CsvFileLoader loader;
    const CsvFileContents contents = load(loader, path, 100, 200);
    QCOMPARE(int(contents.problem), int(CsvFileContents::Problem::TooLarge));
    QCOMPARE(contents.size, QFileInfo(path).size());
    QVERIFY(contents.bytes.isEmpty());
    QVERIFY(contents.rows.isEmpty());
}

void TestCsvFileLoader::testMissingFileSaysWhy()
{
    CsvFileLoader loader;
    const CsvFileContents contents = load(loader, m_dir.filePath(QStringLiteral("missing.csv")), 100, 200);
    QCOMPARE(int(contents.problem), int(CsvFileContents::Problem::CannotOpen));
    QVERIFY(!contents.detail.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvFileLoader)
#include "TestCsvFileLoader.moc"
