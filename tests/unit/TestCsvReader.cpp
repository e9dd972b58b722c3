#include "csv/CsvReader.h"

#include "VectorFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace castellan;

namespace {
constexpr int kCases = 27;
constexpr int kGeneratedRows = 100000;
constexpr int kGeneratedColumns = 12;

QString dataDirectory()
{
    QString root = qEnvironmentVariable("CASTELLAN_SOURCE_DIR");
    if (root.isEmpty()) {
        root = QStringLiteral(CASTELLAN_TEST_SOURCE_DIR);
    }
    return root + QStringLiteral("/tests/data/csv/");
}

QByteArray readDataFile(const QString& name)
{
    QFile file(dataDirectory() + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

QStringList toStrings(const std::vector<std::string>& cells)
{
    QStringList out;
    for (const std::string& cell : cells) {
        out << QString::fromStdString(cell);
    }
    return out;
}

QStringList toStrings(const QJsonArray& cells)
{
    QStringList out;
    for (const auto& cell : cells) {
        out << cell.toString();
    }
    return out;
}

// 12 columns as an import would have them, some quoted with delimiters, quotes and line breaks inside.
QByteArray generatedInput()
{
    QByteArray text = "username,first_name,last_name,email,phone,expires_at,framed_ip,sponsor_name,sponsor_email,"
                      "description,password,status\r\n";
    text.reserve(12 * 1024 * 1024);
    for (int row = 0; row < kGeneratedRows; ++row) {
        const QByteArray n = QByteArray::number(row);
        text += "user" + n + ",Çağrı,Şükrü,user" + n + "@example.com.tr,+90555" + n.rightJustified(7, '0') +
                ",2027-01-31T23:59:59Z,10.0." + QByteArray::number(row % 256) +
                ".1,\"Yılmaz, Ayşe\",sponsor@example.com,";
        text += row % 10 == 0 ? "\"multi\r\nline \"\"quoted\"\" text\"" : "plain description";
        text += ",correct horse battery,active\r\n";
    }
    return text;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void testDecodesDataFiles_data();
    void testDecodesDataFiles();
    void testRefusesMalformedFiles_data();
    void testRefusesMalformedFiles();
    void testEveryCaseRanAndEveryFileIsListed();
    void testHeaderIndexIgnoresCaseAndSpaces();
    void testMissingFieldsReadAsEmpty();
    void testErrorIsSticky();
    void testReadHeaderIsOptional();
    void testOneHundredThousandRowsParseQuickly();

private:
    void addRows(const QString& keyword);

    int m_checked = 0;
};

void TestCsvReader::addRows(const QString& keyword)
{
    QTest::addColumn<QStringList>("fields");
    const VectorFile vectors = VectorFile::load(QStringLiteral("csv/cases.txt"));
    QVERIFY2(vectors.error().isEmpty(), qPrintable(vectors.error()));
    for (const VectorCase& c : vectors.cases()) {
        if (c.keyword == keyword) {
            QTest::newRow(qPrintable(c.where + QLatin1Char(' ') + c.fields.value(0))) << c.fields;
        }
    }
}

void TestCsvReader::testDecodesDataFiles_data()
{
    addRows(QStringLiteral("decode"));
}

void TestCsvReader::testDecodesDataFiles()
{
    QFETCH(QStringList, fields);
    QCOMPARE(fields.size(), 1);
    const QByteArray input = readDataFile(fields[0]);
    QString jsonName = fields[0];
    jsonName.replace(QLatin1String(".csv"), QLatin1String(".json"));
    QJsonParseError parseError;
    const QJsonObject expected = QJsonDocument::fromJson(readDataFile(jsonName), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));

    CsvReader reader(std::string_view(input.constData(), static_cast<std::size_t>(input.size())));
    const auto header = reader.readHeader();
    QVERIFY2(header.ok(), header.ok() ? "" : header.error().message.c_str());
    QCOMPARE(QString(QLatin1Char(reader.delimiter())), expected[QLatin1String("delimiter")].toString());
    QCOMPARE(reader.headerLine(), static_cast<std::size_t>(expected[QLatin1String("header_line")].toInt()));
    QCOMPARE(toStrings(reader.header()), toStrings(expected[QLatin1String("header")].toArray()));
    CsvRecord record;
    for (const auto& value : expected[QLatin1String("records")].toArray()) {
        const QJsonObject row = value.toObject();
        const auto read = reader.next(record);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        QVERIFY2(*read, "fewer records than expected");
        QCOMPARE(record.line, static_cast<std::size_t>(row[QLatin1String("line")].toInt()));
        QCOMPARE(toStrings(record.fields), toStrings(row[QLatin1String("fields")].toArray()));
    }
    const auto end = reader.next(record);
    QVERIFY(end.ok());
    QVERIFY2(!*end, "more records than expected");
    ++m_checked;
}

void TestCsvReader::testRefusesMalformedFiles_data()
{
    addRows(QStringLiteral("error"));
}

void TestCsvReader::testRefusesMalformedFiles()
{
    QFETCH(QStringList, fields);
    QCOMPARE(fields.size(), 3);
    const QByteArray input = readDataFile(fields[0]);
    CsvReader reader(std::string_view(input.constData(), static_cast<std::size_t>(input.size())));
    CsvRecord record;
    std::optional<Error> error;
    for (int i = 0; i < 100 && !error; ++i) {
        const auto read = reader.next(record);
        if (!read) {
            error = read.error();
        } else {
            QVERIFY2(*read, "the file was read to its end without an error");
        }
    }
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::InvalidInput);
    QCOMPARE(QString::fromStdString(error->message), fields[2]);
    QCOMPARE(reader.errorLine(), fields[1].toULongLong());
    ++m_checked;
}

void TestCsvReader::testEveryCaseRanAndEveryFileIsListed()
{
    const VectorFile file = VectorFile::load(QStringLiteral("csv/cases.txt"));
    QCOMPARE(file.declaredCount(), kCases);
    QCOMPARE(file.cases().size(), kCases);
    QCOMPARE(m_checked, kCases);
    QStringList listed;
    for (const VectorCase& c : file.cases()) {
        listed << c.fields.value(0);
    }
    listed.sort();
    QStringList present = QDir(dataDirectory()).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QCOMPARE(present, listed);
}

void TestCsvReader::testHeaderIndexIgnoresCaseAndSpaces()
{
    CsvReader reader("  UserName ,E-Mail;x,\"Phone \"\r\n");
    QVERIFY(reader.readHeader().ok());
    QCOMPARE(reader.headerIndex("username"), std::optional<std::size_t>(0));
    QCOMPARE(reader.headerIndex(" E-MAIL;X "), std::optional<std::size_t>(1));
    QCOMPARE(reader.headerIndex("phone"), std::optional<std::size_t>(2));
    QCOMPARE(reader.headerIndex("email"), std::optional<std::size_t>());
}

void TestCsvReader::testMissingFieldsReadAsEmpty()
{
    CsvReader reader("a,b,c\n1\n");
    CsvRecord record;
    QVERIFY(*reader.next(record));
    QCOMPARE(record.fields.size(), std::size_t{1});
    QCOMPARE(record.field(0), std::string_view("1"));
    QCOMPARE(record.field(2), std::string_view());
}

void TestCsvReader::testErrorIsSticky()
{
    CsvReader reader("a,b\n1,2\n\"3,4\n");
    CsvRecord record;
    QVERIFY(*reader.next(record));
    for (int i = 0; i < 3; ++i) {
        const auto read = reader.next(record);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message, std::string("Line 3: a quoted field is not closed"));
        QCOMPARE(reader.errorLine(), std::size_t{3});
    }
}

void TestCsvReader::testReadHeaderIsOptional()
{
    CsvReader reader("name;count\nx;1\n");
    CsvRecord record;
    QVERIFY(*reader.next(record));
    QCOMPARE(reader.delimiter(), ';');
    QCOMPARE(record.line, std::size_t{2});
    QCOMPARE(toStrings(record.fields), (QStringList{QStringLiteral("x"), QStringLiteral("1")}));
    QVERIFY(reader.readHeader().ok());
    QVERIFY(!*reader.next(record));
}

void TestCsvReader::testOneHundredThousandRowsParseQuickly()
{
    const QByteArray input = generatedInput();
    QElapsedTimer timer;
    timer.start();
    CsvReader reader(std::string_view(input.constData(), static_cast<std::size_t>(input.size())));
    CsvRecord record;
    int rows = 0;
    std::size_t lastLine = 0;
    while (true) {
        const auto read = reader.next(record);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        if (!*read) {
            break;
        }
        if (record.fields.size() != kGeneratedColumns) {
            QFAIL(qPrintable(QStringLiteral("line %1 has %2 fields").arg(record.line).arg(record.fields.size())));
        }
        ++rows;
        lastLine = record.line;
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("%d rows of %d fields (%lld bytes) in %lld ms", rows, kGeneratedColumns, static_cast<long long>(input.size()),
          static_cast<long long>(elapsed));
    QCOMPARE(rows, kGeneratedRows);
    // The last row starts after the header, the rows before it, and the second line of every tenth row before it.
    constexpr int kRowsBefore = kGeneratedRows - 1;
    QCOMPARE(lastLine, static_cast<std::size_t>(2 + kRowsBefore + (kRowsBefore + 9) / 10));
    QCOMPARE(QString::fromStdString(record.fields[7]), QStringLiteral("Yılmaz, Ayşe"));
    QVERIFY2(elapsed < 1000, "parsing took a second or more");
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
