#include "auth/ProfilelessLogin.h"

#include <QTest>

using namespace castellan;

/// Fail closed without an application profile: who needs what (issue 14, item 5).
class TestProfilelessLogin : public QObject
{
    Q_OBJECT

private slots:
    void testUserWithSecondFactorMustPassItWhateverTheSetting()
    {
        QCOMPARE(ProfilelessLogin::ruleFor(true, false), ProfilelessLogin::Rule::SecondFactor);
        QCOMPARE(ProfilelessLogin::ruleFor(true, true), ProfilelessLogin::Rule::SecondFactor);
    }

    void testUserWithoutFactorsIsRefusedByDefault()
    {
        QCOMPARE(ProfilelessLogin::ruleFor(false, false), ProfilelessLogin::Rule::Refuse);
    }

    void testUserWithoutFactorsUsesThePasswordWhenTheSettingAllowsIt()
    {
        QCOMPARE(ProfilelessLogin::ruleFor(false, true), ProfilelessLogin::Rule::PasswordAlone);
    }

    void testStandInProfileAsksForPasswordAndAnySecondFactor()
    {
        const ApplicationRecord p = ProfilelessLogin::standIn("radius");
        QCOMPARE(p.id, std::int64_t(0));
        QCOMPARE(p.type, std::string("radius"));
        QVERIFY(p.passwordRequired);
        QVERIFY(p.secondFactorRequired);
        QVERIFY(p.enabled);
        for (const char* type : {"totp", "hotp", "sms", "email", "push", "webauthn"}) {
            QVERIFY2(p.allowedFactors.count(type), type);
        }
    }

    void testRefusalReasonNamesTheSetting()
    {
        const std::string reason = ProfilelessLogin::refusalReason("api");
        QVERIFY(reason.find("no enabled api profile") != std::string::npos);
        QVERIFY(reason.find("auth.password_only_without_profile") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestProfilelessLogin)
#include "TestProfilelessLogin.moc"
