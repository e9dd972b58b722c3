#include "csv/CsvWriter.h"

#include "crypto/Random.h"
#include "csv/CsvReader.h"

#include <QTest>

#include <array>

using namespace castellan;

namespace {
// Reads `text` back as a header and records; fails the test on malformed text.
std::vector<std::vector<std::string>> readBack(const std::string& text)
{
    std::vector<std::vector<std::string>> records;
    CsvReader reader(text);
    if (!reader.readHeader().ok()) {
        return records;
    }
    records.push_back(reader.header());
    CsvRecord record;
    while (true) {
        const auto read = reader.next(record);
        if (!read.ok() || !*read) {
            break;
        }
        records.push_back(record.fields);
    }
    return records;
}

// A cell of up to 12 pieces drawn from what breaks naive CSV code, Turkish letters among them.
std::string randomCell(const Random& random)
{
    static constexpr std::array<std::string_view, 20> s_pieces{"a",  "Z",  "0",    ",", ";",  "\"",    "\"\"",
                                                               "\r", "\n", "\r\n", " ", "\t", "Çağrı", "Şükrü",
                                                               "İ",  "ı",  "=",    "'", "€",  "😀"};
    const auto bytes = random.bytes(13);
    std::string cell;
    for (std::size_t i = 0; i < bytes[0] % 13; ++i) {
        cell += s_pieces[bytes[i + 1] % s_pieces.size()];
    }
    return cell;
}
} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void testQuotesOnlyWhatNeedsIt_data();
    void testQuotesOnlyWhatNeedsIt();
    void testRecordsEndWithCrlfWithoutByteOrderMark();
    void testByteOrderMarkForExcel();
    void testSingleEmptyFieldIsNotABlankLine();
    void testTurkishTextRoundTrips();
    void testRandomCellsRoundTrip();
    void testTakeTextEmptiesTheWriter();
};

void TestCsvWriter::testQuotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("alice") << QStringLiteral("alice");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("inner space") << QStringLiteral("Ayşe Yılmaz") << QStringLiteral("Ayşe Yılmaz");
    QTest::newRow("comma") << QStringLiteral("Yılmaz, Ayşe") << QStringLiteral("\"Yılmaz, Ayşe\"");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("quote") << QStringLiteral("5\" display") << QStringLiteral("\"5\"\" display\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << QStringLiteral("\"a \"");
    QTest::newRow("trailing tab") << QStringLiteral("a\t") << QStringLiteral("\"a\t\"");
}

void TestCsvWriter::testQuotesOnlyWhatNeedsIt()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(QString::fromStdString(CsvWriter::quoted(field.toStdString())), written);
}

void TestCsvWriter::testRecordsEndWithCrlfWithoutByteOrderMark()
{
    CsvWriter writer;
    writer.writeRecord({"username", "email"});
    const std::vector<std::string> row{"alice", "alice@example.com"};
    writer.writeRecord(row);
    const std::vector<std::string_view> views{"", "bob@example.com"};
    writer.writeRecord(views);
    QCOMPARE(writer.text(), std::string("username,email\r\nalice,alice@example.com\r\n,bob@example.com\r\n"));
}

void TestCsvWriter::testByteOrderMarkForExcel()
{
    CsvWriter writer(CsvWriter::ByteOrderMark::Include);
    writer.writeRecord({"Ad", "Soyad"});
    writer.writeRecord({"Çağrı", "Şükrü"});
    QVERIFY(writer.text().starts_with("\xEF\xBB\xBF"
                                      "Ad,Soyad\r\n"));
    const auto records = readBack(writer.text());
    QCOMPARE(records.size(), std::size_t{2});
    QCOMPARE(records[0], (std::vector<std::string>{"Ad", "Soyad"}));
    QCOMPARE(records[1], (std::vector<std::string>{"Çağrı", "Şükrü"}));
}

void TestCsvWriter::testSingleEmptyFieldIsNotABlankLine()
{
    CsvWriter writer;
    writer.writeRecord({"description"});
    writer.writeRecord({""});
    writer.writeRecord({"x"});
    QCOMPARE(writer.text(), std::string("description\r\n\"\"\r\nx\r\n"));
    const auto records = readBack(writer.text());
    QCOMPARE(records.size(), std::size_t{3});
    QCOMPARE(records[1], std::vector<std::string>{""});
}

void TestCsvWriter::testTurkishTextRoundTrips()
{
    const std::vector<std::vector<std::string>> records{
        {"Ad", "Açıklama; notlar", "E-posta"},
        {"Çağrı Şükrü", "İstanbul; Ankara, İzmir", "cagri@example.com.tr"},
        {"\"Şişli\"", "ilk satır\r\nikinci satır\nüçüncü", " boşluklu "},
    };
    CsvWriter writer;
    for (const auto& record : records) {
        writer.writeRecord(record);
    }
    QCOMPARE(readBack(writer.text()), records);
    CsvReader reader(writer.text());
    QVERIFY(reader.readHeader().ok());
    QCOMPARE(reader.delimiter(), ',');
}

void TestCsvWriter::testRandomCellsRoundTrip()
{
    const Random random = Random::deterministic(4180);
    for (int document = 0; document < 50; ++document) {
        std::vector<std::vector<std::string>> records{{"username", "first_name", "description"}};
        for (int row = 0; row < 40; ++row) {
            std::vector<std::string> record(1 + random.bytes(1)[0] % 6);
            for (std::string& cell : record) {
                cell = randomCell(random);
            }
            records.push_back(std::move(record));
        }
        CsvWriter writer(document % 2 == 0 ? CsvWriter::ByteOrderMark::Omit : CsvWriter::ByteOrderMark::Include);
        for (const auto& record : records) {
            writer.writeRecord(record);
        }
        QCOMPARE(readBack(writer.text()), records);
    }
}

void TestCsvWriter::testTakeTextEmptiesTheWriter()
{
    CsvWriter writer;
    writer.writeRecord({"a"});
    QCOMPARE(writer.takeText(), std::string("a\r\n"));
    QVERIFY(writer.text().empty());
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
