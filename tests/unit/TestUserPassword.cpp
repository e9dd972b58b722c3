#include "radius/UserPassword.h"

#include "crypto/Random.h"

#include "RadiusTestData.h"

#include <QTest>

using namespace castellan;
using namespace radius_test;

/// User-Password hiding (RFC 2865 §5.2) against pyrad's, and its length rules.
class TestUserPassword : public QObject
{
    Q_OBJECT

private slots:
    void testVectors_data() { addRows(QStringLiteral("radius/user-password.txt")); }
    void testVectors()
    {
        QFETCH(QString, keyword);
        QFETCH(QStringList, fields);
        if (keyword == QLatin1String("hide")) {
            QCOMPARE(fields.size(), 4);
            const std::string secret = fields[0].toStdString();
            const auto auth = authenticator(fields[1]);
            const std::string password = fields[2].toStdString();
            const auto hidden = UserPassword::hide(password, secret, auth);
            QVERIFY(hidden.ok());
            QCOMPARE(hex(*hidden), fields[3]);
            const auto plain = UserPassword::unhide(*hidden, secret, auth);
            QVERIFY(plain.ok());
            QCOMPARE(*plain, password);
        } else {
            QCOMPARE(keyword, QStringLiteral("unhide-error"));
            const auto plain = UserPassword::unhide(VectorFile::hexBytes(fields[0]), "secret", {});
            QVERIFY(!plain.ok());
            QCOMPARE(QString::fromStdString(plain.error().message), fields[1]);
        }
        ++m_checked;
    }

    void testEveryVectorFileCaseRan() { QCOMPARE(m_checked, declared(QStringLiteral("radius/user-password.txt"))); }

    void testEmptyPasswordIsOneBlockOfPadding()
    {
        const auto hidden = UserPassword::hide("", "testing123", {});
        QVERIFY(hidden.ok());
        QCOMPARE(hidden->size(), std::size_t(16));
        QCOMPARE(*UserPassword::unhide(*hidden, "testing123", {}), std::string());
    }

    void testPasswordsOver128BytesAreRefused()
    {
        QVERIFY(UserPassword::hide(std::string(128, 'p'), "s", {}).ok());
        QVERIFY(!UserPassword::hide(std::string(129, 'p'), "s", {}).ok());
    }

    void testRandomPasswordsRoundTrip()
    {
        const Random random = Random::deterministic(2865);
        for (int i = 0; i < 500; ++i) {
            const auto lengthByte = random.bytes(1);
            auto bytes = random.bytes(lengthByte[0] % 129);
            std::replace(bytes.begin(), bytes.end(), std::uint8_t(0), std::uint8_t(1)); // NULs are padding
            const std::string password(bytes.begin(), bytes.end());
            const auto authBytes = random.bytes(16);
            RadiusPacket::Authenticator auth{};
            std::copy(authBytes.begin(), authBytes.end(), auth.begin());
            const auto hidden = UserPassword::hide(password, "shared secret", auth);
            QVERIFY(hidden.ok());
            QCOMPARE(*UserPassword::unhide(*hidden, "shared secret", auth), password);
            QVERIFY(*UserPassword::unhide(*hidden, "other secret", auth) != password || password.empty());
        }
    }

private:
    int m_checked = 0;
};

QTEST_GUILESS_MAIN(TestUserPassword)
#include "TestUserPassword.moc"
