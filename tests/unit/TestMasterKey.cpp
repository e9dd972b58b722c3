#include "crypto/MasterKey.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace castellan;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

void writeFile(const std::string& path, const std::string& content, mode_t mode)
{
    std::ofstream(path) << content;
    QCOMPARE(::chmod(path.c_str(), mode), 0);
}

mode_t modeOf(const std::string& path)
{
    struct stat status
    {};
    ::stat(path.c_str(), &status);
    return status.st_mode & 07777;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// A valid key file, as loadOrCreate writes it, for tests that then damage it.
std::string validKeyFile(const QTemporaryDir& dir)
{
    const std::string path = dir.filePath("valid.key").toStdString();
    auto key = MasterKey::loadOrCreate(path);
    return key.ok() ? readFile(path) : std::string();
}

} // namespace

class TestMasterKey : public QObject
{
    Q_OBJECT
private slots:
    void testCreatesKeyFileWithMode0600()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("master.key").toStdString();
        auto key = MasterKey::loadOrCreate(path);
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().message.c_str());
        QCOMPARE(modeOf(path), mode_t(0600));
        const std::string content = readFile(path);
        QVERIFY(content.starts_with("castellan-master-key v1 " + key->keyIdHex() + " "));
        QVERIFY(content.ends_with("\n"));
        // The temporary file it was written to is gone.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"master.key"});
    }
    void testCreatesKeyWithFileModeIndependentOfUmask()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("master.key").toStdString();
        const mode_t previous = ::umask(0);
        auto key = MasterKey::loadOrCreate(path);
        ::umask(previous);
        QVERIFY(key.ok());
        QCOMPARE(modeOf(path), mode_t(0600));
    }
    void testReloadsTheSameKey()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("master.key").toStdString();
        auto created = MasterKey::loadOrCreate(path);
        QVERIFY(created.ok());
        auto loaded = MasterKey::loadOrCreate(path);
        QVERIFY(loaded.ok());
        QVERIFY(std::ranges::equal(created->bytes(), loaded->bytes()));
        QCOMPARE(created->keyIdHex(), loaded->keyIdHex());
        auto loadedAgain = MasterKey::load(path);
        QVERIFY(loadedAgain.ok());
        QVERIFY(std::ranges::equal(created->bytes(), loadedAgain->bytes()));
    }
    void testTwoCreatedKeysDiffer()
    {
        QTemporaryDir dir;
        auto first = MasterKey::loadOrCreate(dir.filePath("a.key").toStdString());
        auto second = MasterKey::loadOrCreate(dir.filePath("b.key").toStdString());
        QVERIFY(first.ok() && second.ok());
        QVERIFY(!std::ranges::equal(first->bytes(), second->bytes()));
    }
    void testKeyComesFromTheGivenRandomSource()
    {
        QTemporaryDir dir;
        auto first = MasterKey::loadOrCreate(dir.filePath("a.key").toStdString(), Random::deterministic(7));
        auto second = MasterKey::loadOrCreate(dir.filePath("b.key").toStdString(), Random::deterministic(7));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(std::ranges::equal(first->bytes(), second->bytes()));
    }
    void testKeyIdIsSha256Prefix()
    {
        // SHA-256 of 32 zero bytes is 66687aad f862bd77...
        const std::array<std::uint8_t, MasterKey::kKeySize> zeros{};
        const MasterKey key = MasterKey::fromBytes(zeros);
        QCOMPARE(key.keyIdHex(), std::string("66687aad"));
        QCOMPARE(key.keyId(), (MasterKey::KeyId{0x66, 0x68, 0x7a, 0xad}));
    }
    void testMovedFromKeyIsWiped()
    {
        std::array<std::uint8_t, MasterKey::kKeySize> bytes{};
        bytes.fill(0xab);
        MasterKey source = MasterKey::fromBytes(bytes);
        const MasterKey target(std::move(source));
        QVERIFY(std::ranges::all_of(target.bytes(), [](std::uint8_t b) { return b == 0xab; }));
        QVERIFY(std::ranges::all_of(source.bytes(), [](std::uint8_t b) { return b == 0; }));
    }
    void testRefusesFileReadableByOthers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("shown");
        QTest::newRow("0644") << 0644 << "0644";
        QTest::newRow("0640") << 0640 << "0640";
        QTest::newRow("0604") << 0604 << "0604";
        QTest::newRow("0660") << 0660 << "0660";
        QTest::newRow("0601") << 0601 << "0601";
    }
    void testRefusesFileReadableByOthers()
    {
        QFETCH(int, mode);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        const std::string path = dir.filePath("master.key").toStdString();
        QVERIFY(MasterKey::loadOrCreate(path).ok());
        QCOMPARE(::chmod(path.c_str(), static_cast<mode_t>(mode)), 0);
        auto key = MasterKey::loadOrCreate(path);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::Configuration);
        const std::string& message = key.error().message;
        QVERIFY2(contains(message, path), message.c_str());
        QVERIFY2(contains(message, "chmod 600 " + path), message.c_str());
        QVERIFY2(contains(message, shown.toStdString()), message.c_str());
        // The file is left as it was: fixing permissions is the operator's call.
        QCOMPARE(modeOf(path), static_cast<mode_t>(mode));
    }
    void testAcceptsOwnerReadOnlyFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("master.key").toStdString();
        QVERIFY(MasterKey::loadOrCreate(path).ok());
        QCOMPARE(::chmod(path.c_str(), 0400), 0);
        QVERIFY(MasterKey::loadOrCreate(path).ok());
    }
    void testRefusesCorruptFile_data()
    {
        QTemporaryDir validDir;
        const std::string valid = validKeyFile(validDir);
        QVERIFY(!valid.empty());
        const std::string keyId = valid.substr(24, 8);
        const std::string otherId = keyId == "00000000" ? "11111111" : "00000000";

        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << "expected one line";
        QTest::newRow("binary junk") << QByteArray("\x01\x02\xff\x00junk", 8) << "expected one line";
        QTest::newRow("wrong magic") << QByteArray::fromStdString("other-key" + valid.substr(20))
                                     << "expected one line";
        QTest::newRow("unknown version") << QByteArray::fromStdString("castellan-master-key v2" + valid.substr(23))
                                         << "unsupported format version";
        QTest::newRow("truncated key") << QByteArray::fromStdString(valid.substr(0, valid.size() - 6))
                                       << "not 32 bytes";
        QTest::newRow("16-byte key") << QByteArray::fromStdString("castellan-master-key v1 " + keyId +
                                                                  " AAAAAAAAAAAAAAAAAAAAAA==\n")
                                     << "not 32 bytes";
        QTest::newRow("key id mismatch") << QByteArray::fromStdString("castellan-master-key v1 " + otherId +
                                                                      valid.substr(32))
                                         << "does not match";
        QTest::newRow("extra word") << QByteArray::fromStdString(valid + "more\n") << "expected one line";
        QTest::newRow("oversized") << QByteArray(4096, 'A') << "bytes long";
    }
    void testRefusesCorruptFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const std::string path = dir.filePath("master.key").toStdString();
        writeFile(path, content.toStdString(), 0600);
        auto key = MasterKey::loadOrCreate(path);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::Configuration);
        const std::string& message = key.error().message;
        QVERIFY2(contains(message, path), message.c_str());
        QVERIFY2(contains(message, reason.toStdString()), message.c_str());
        // A damaged key is never silently replaced: secrets sealed under it would be lost.
        QCOMPARE(readFile(path), content.toStdString());
    }
    void testRefusesDirectoryInPlaceOfFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("master.key").toStdString();
        QVERIFY(QDir(dir.path()).mkdir("master.key"));
        QCOMPARE(::chmod(path.c_str(), 0700), 0);
        auto key = MasterKey::loadOrCreate(path);
        QVERIFY(!key.ok());
        QVERIFY2(contains(key.error().message, "not a regular file"), key.error().message.c_str());
    }
    void testRefusesMissingParentDirectory()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("missing/master.key").toStdString();
        auto key = MasterKey::loadOrCreate(path);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::Configuration);
        QVERIFY2(contains(key.error().message, "does not exist"), key.error().message.c_str());
        QVERIFY(!QDir(dir.filePath("missing")).exists());
    }
    void testLoadRefusesMissingFile()
    {
        QTemporaryDir dir;
        auto key = MasterKey::load(dir.filePath("master.key").toStdString());
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::Configuration);
    }
};

QTEST_APPLESS_MAIN(TestMasterKey)
#include "TestMasterKey.moc"
