#include "radius/RadiusAttributeText.h"
#include "radius/RadiusIntegrity.h"

#include "RadiusTestData.h"

#include <QTest>

using namespace castellan;
using namespace radius_test;

/// Message-Authenticator, Response Authenticator and Accounting Request Authenticator against radclient's packets,
/// the RFC 2865 example and responses computed with Python's hashlib/hmac.
class TestRadiusIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void testVectors_data() { addRows(QStringLiteral("radius/integrity.txt")); }
    void testVectors()
    {
        QFETCH(QString, keyword);
        QFETCH(QStringList, fields);
        const std::string secret = fields.value(0).toStdString();
        if (keyword == QLatin1String("request")) {
            QCOMPARE(fields.size(), 3);
            QCOMPARE(checkName(RadiusIntegrity::messageAuthenticator(VectorFile::hexBytes(fields[1]), secret)),
                     fields[2]);
        } else if (keyword == QLatin1String("accounting")) {
            QCOMPARE(fields.size(), 3);
            const auto bytes = VectorFile::hexBytes(fields[1]);
            const bool valid = RadiusIntegrity::accountingRequestValid(bytes, secret) &&
                               RadiusIntegrity::messageAuthenticator(bytes, secret) != RadiusIntegrity::Check::Invalid;
            QCOMPARE(valid ? QStringLiteral("valid") : QStringLiteral("invalid"), fields[2]);
        } else if (keyword == QLatin1String("response")) {
            QCOMPARE(fields.size(), 4);
            const bool valid =
                RadiusIntegrity::responseValid(VectorFile::hexBytes(fields[2]), request(1, fields[1]), secret);
            QCOMPARE(valid ? QStringLiteral("valid") : QStringLiteral("invalid"), fields[3]);
        } else {
            QCOMPARE(keyword, QStringLiteral("sign-response"));
            QCOMPARE(fields.size(), 6);
            RadiusPacket response;
            response.code = static_cast<std::uint8_t>(fields[2].toInt());
            response.identifier = static_cast<std::uint8_t>(fields[3].toInt());
            response.attributes = *RadiusAttributeText::parse(fields[4].toStdString());
            // An Accounting-Response answers an Accounting-Request, the others an Access-Request.
            const RadiusPacket original = request(response.code == 5 ? 4 : 1, fields[1]);
            const auto signedBytes = RadiusIntegrity::signResponse(response, original, secret);
            QVERIFY(signedBytes.ok());
            QCOMPARE(hex(*signedBytes), fields[5]);
            QVERIFY(RadiusIntegrity::responseValid(*signedBytes, original, secret));
        }
        ++m_checked;
    }

    void testEveryVectorFileCaseRan() { QCOMPARE(m_checked, declared(QStringLiteral("radius/integrity.txt"))); }

    void testSignedRequestsVerify()
    {
        RadiusPacket request;
        request.code = static_cast<std::uint8_t>(RadiusCode::AccessRequest);
        request.identifier = 7;
        request.authenticator = authenticator(QStringLiteral("00112233445566778899aabbccddeeff"));
        request.addText(1, "bob");
        const auto withMac = RadiusIntegrity::signRequest(request, "secret", true);
        QVERIFY(withMac.ok());
        QCOMPARE(RadiusIntegrity::messageAuthenticator(*withMac, "secret"), RadiusIntegrity::Check::Valid);
        QCOMPARE((*withMac)[20], std::uint8_t(80)); // first attribute
        const auto without = RadiusIntegrity::signRequest(request, "secret", false);
        QCOMPARE(RadiusIntegrity::messageAuthenticator(*without, "secret"), RadiusIntegrity::Check::Absent);

        request.code = static_cast<std::uint8_t>(RadiusCode::AccountingRequest);
        const auto accounting = RadiusIntegrity::signRequest(request, "secret", true);
        QVERIFY(RadiusIntegrity::accountingRequestValid(*accounting, "secret"));
        QCOMPARE(RadiusIntegrity::messageAuthenticator(*accounting, "secret"), RadiusIntegrity::Check::Valid);
    }

    void testSignedResponseReplacesAnyMessageAuthenticatorWithOneFirst()
    {
        RadiusPacket response;
        response.code = static_cast<std::uint8_t>(RadiusCode::AccessAccept);
        response.addText(18, "hi");
        response.add(80, std::vector<std::uint8_t>(16, 0xaa));
        const auto bytes = RadiusIntegrity::signResponse(response, RadiusPacket{}, "secret");
        const auto decoded = RadiusPacket::decode(*bytes);
        QCOMPARE(decoded->count(80), std::size_t(1));
        QCOMPARE(decoded->attributes.front().type, std::uint8_t(80));
        QVERIFY(RadiusIntegrity::responseValid(*bytes, RadiusPacket{}, "secret"));
        QVERIFY(!RadiusIntegrity::responseValid(*bytes, RadiusPacket{}, "secreT"));
    }

private:
    static RadiusPacket request(int code, const QString& authenticatorHex)
    {
        RadiusPacket r;
        r.code = static_cast<std::uint8_t>(code);
        r.authenticator = authenticator(authenticatorHex);
        return r;
    }
    static QString checkName(RadiusIntegrity::Check check)
    {
        switch (check) {
        case RadiusIntegrity::Check::Absent:
            return QStringLiteral("absent");
        case RadiusIntegrity::Check::Valid:
            return QStringLiteral("valid");
        case RadiusIntegrity::Check::Invalid:
            return QStringLiteral("invalid");
        }
        return {};
    }

    int m_checked = 0;
};

QTEST_GUILESS_MAIN(TestRadiusIntegrity)
#include "TestRadiusIntegrity.moc"
