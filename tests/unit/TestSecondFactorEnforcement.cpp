#include "auth/SecondFactorEnforcement.h"

#include <QTest>

using namespace castellan;

namespace {

ApplicationRecord profile(const std::string& name, const std::string& type, bool secondFactorRequired = true)
{
    ApplicationRecord p;
    p.name = name;
    p.type = type;
    p.allowedFactors = {"totp"};
    p.secondFactorRequired = secondFactorRequired;
    return p;
}

std::vector<std::string> channels(const std::vector<SecondFactorEnforcement::Finding>& findings)
{
    std::vector<std::string> names;
    for (const auto& f : findings) {
        names.push_back(f.channel);
    }
    return names;
}

using Names = std::vector<std::string>;

} // namespace

/// Which channels run password-only, from the enabled profiles and auth.password_only_without_profile.
class TestSecondFactorEnforcement : public QObject
{
    Q_OBJECT

private slots:
    void testFreshInstallationIsEnforcedByDefault()
    {
        QVERIFY(SecondFactorEnforcement::assess({}, {.passwordOnlyWithoutProfile = false}).empty());
    }

    void testFreshInstallationWithPasswordOnlySettingNamesRestAndRadius()
    {
        const auto findings = SecondFactorEnforcement::assess({}, {.passwordOnlyWithoutProfile = true});
        QCOMPARE(channels(findings), (Names{"rest", "radius"}));
        QVERIFY(findings[0].reason.find("auth.password_only_without_profile") != std::string::npos);
    }

    void testRadiusIsNotNamedWhenNoRadiusListenerRuns()
    {
        const auto findings =
            SecondFactorEnforcement::assess({}, {.passwordOnlyWithoutProfile = true, .radiusEnabled = false});
        QCOMPARE(channels(findings), (Names{"rest"}));
    }

    void testProfileOfTheChannelTypeClosesTheSettingsGap()
    {
        const auto findings = SecondFactorEnforcement::assess({profile("vpn", "radius"), profile("agents", "api")},
                                                              {.passwordOnlyWithoutProfile = true});
        QVERIFY(findings.empty());
    }

    void testProfileWithoutSecondFactorIsNamedWithItsChannel()
    {
        const auto findings = SecondFactorEnforcement::assess(
            {profile("vpn", "radius", false), profile("wifi", "radius")}, {.passwordOnlyWithoutProfile = false});
        QCOMPARE(channels(findings), (Names{"radius"}));
        QVERIFY(findings[0].reason.find("'vpn'") != std::string::npos);
        QVERIFY(findings[0].reason.find("'wifi'") == std::string::npos);
    }

    void testWeakRegistrationProfileOpensPortalAndSamlWithoutSamlProfile()
    {
        const auto findings = SecondFactorEnforcement::assess({profile("portal", "registration", false)}, {});
        QCOMPARE(channels(findings), (Names{"portal", "saml"}));
    }

    void testSamlProfileDecidesSamlInsteadOfRegistration()
    {
        const auto findings =
            SecondFactorEnforcement::assess({profile("portal", "registration", false), profile("sso", "saml")}, {});
        QCOMPARE(channels(findings), (Names{"portal"}));
        const auto weakSaml =
            SecondFactorEnforcement::assess({profile("portal", "registration"), profile("sso", "saml", false)}, {});
        QCOMPARE(channels(weakSaml), (Names{"saml"}));
    }

    void testPortalAndSamlWithoutProfileAreClosedNotPasswordOnly()
    {
        const auto findings = SecondFactorEnforcement::assess({profile("agents", "api"), profile("vpn", "radius")},
                                                              {.passwordOnlyWithoutProfile = true});
        QVERIFY(findings.empty());
    }
};

QTEST_GUILESS_MAIN(TestSecondFactorEnforcement)
#include "TestSecondFactorEnforcement.moc"
