#include "portal/PortalMethodPages.h"
#include "store/ApplicationRepository.h"
#include "store/FactorRepository.h"

#include <QTest>

using namespace castellan;

/// The rule that keeps the last sign-in method a registration profile needs, and the names of factor types.
class TestPortalMethodPages : public QObject
{
    Q_OBJECT

private:
    static FactorRecord factor(std::int64_t id, const std::string& type, bool verified = true)
    {
        FactorRecord f;
        f.id = id;
        f.type = type;
        f.verified = verified;
        return f;
    }
    static ApplicationRecord profile(std::set<std::string> allowed, bool secondFactorRequired = true)
    {
        ApplicationRecord a;
        a.allowedFactors = std::move(allowed);
        a.secondFactorRequired = secondFactorRequired;
        return a;
    }

private slots:
    void testLastAcceptedMethodIsNeeded()
    {
        const std::vector<FactorRecord> factors{factor(1, "totp"), factor(2, "email")};
        QVERIFY(PortalMethodPages::neededByProfile(factors, 1, profile({"totp"})));
        QVERIFY(!PortalMethodPages::neededByProfile(factors, 2, profile({"totp"})));
        QVERIFY(!PortalMethodPages::neededByProfile(factors, 1, profile({"totp", "email"})));
    }
    void testUnverifiedFactorDoesNotCountAsAnotherMethod()
    {
        const std::vector<FactorRecord> factors{factor(1, "totp"), factor(2, "totp", false)};
        QVERIFY(PortalMethodPages::neededByProfile(factors, 1, profile({"totp"})));
    }
    void testNothingIsNeededWithoutASecondFactorRule()
    {
        const std::vector<FactorRecord> factors{factor(1, "webauthn")};
        QVERIFY(!PortalMethodPages::neededByProfile(factors, 1, profile({"webauthn"}, false)));
        QVERIFY(!PortalMethodPages::neededByProfile(factors, 1, std::nullopt));
    }
    void testEveryTypeHasAName()
    {
        for (const char* type : {"totp", "hotp", "webauthn", "email", "sms", "push"}) {
            QCOMPARE(PortalMethodPages::kindKey(type), std::string("methods.kind_") + type);
        }
        QCOMPARE(PortalMethodPages::kindKey("radius"), std::string("methods.kind_other"));
    }
};

QTEST_GUILESS_MAIN(TestPortalMethodPages)
#include "TestPortalMethodPages.moc"
