#include "validation/PasswordPolicy.h"

#include "FieldErrorText.h"

#include <QTest>

using namespace castellan;

namespace {
QString checked(const PasswordPolicy& policy, std::string_view password, std::string_view username = "alice")
{
    return fieldErrorText(policy.check(password, password, username));
}
} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void testGoodPasswordPasses();
    void testDefaultMinimumIsTwelve();
    void testMinimumIsConfigurable();
    void testMaximumIs256ByDefault();
    void testLengthCountsCharactersNotBytes();
    void testPasswordEqualToUsernameIsRefused();
    void testPasswordContainingUsernameIsRefused();
    void testShortUsernameIsOnlyRefusedAsTheWholePassword();
    void testConfirmationMustMatch();
    void testEveryBrokenRuleIsReported();
    void testInvalidUtf8IsRefused();
};

void TestPasswordPolicy::testGoodPasswordPasses()
{
    const PasswordPolicy policy;
    QVERIFY(policy.check("correct horse battery staple", "correct horse battery staple", "alice").empty());
    QVERIFY(policy.check("twelve chars", "twelve chars", "").empty());
}

void TestPasswordPolicy::testDefaultMinimumIsTwelve()
{
    const PasswordPolicy policy;
    QCOMPARE(policy.minLength, std::size_t{12});
    QCOMPARE(checked(policy, "elevenchars"), QStringLiteral("password: must be 12 characters or longer"));
    QCOMPARE(checked(policy, ""), QStringLiteral("password: must be 12 characters or longer"));
    QCOMPARE(checked(policy, "twelve_chars"), QString());
}

void TestPasswordPolicy::testMinimumIsConfigurable()
{
    const PasswordPolicy policy{.minLength = 16};
    QCOMPARE(checked(policy, "fifteen-chars!!"), QStringLiteral("password: must be 16 characters or longer"));
    QCOMPARE(checked(policy, "sixteen-chars!!!"), QString());
    const PasswordPolicy lax{.minLength = 8};
    QCOMPARE(checked(lax, "8 chars!"), QString());
}

void TestPasswordPolicy::testMaximumIs256ByDefault()
{
    const PasswordPolicy policy;
    QCOMPARE(checked(policy, std::string(256, 'x')), QString());
    QCOMPARE(checked(policy, std::string(257, 'x')), QStringLiteral("password: must be 256 characters or shorter"));
}

void TestPasswordPolicy::testLengthCountsCharactersNotBytes()
{
    const PasswordPolicy policy;
    QCOMPARE(checked(policy, "Çağrı Şükrü1"), QString()); // 12 characters, 18 bytes
    QCOMPARE(checked(policy, "ççççççççççç"), QStringLiteral("password: must be 12 characters or longer")); // 22 bytes
}

void TestPasswordPolicy::testPasswordEqualToUsernameIsRefused()
{
    const PasswordPolicy policy;
    QCOMPARE(checked(policy, "Alice.Smith.2024", "alice.smith.2024"),
             QStringLiteral("password: must not be the username"));
}

void TestPasswordPolicy::testPasswordContainingUsernameIsRefused()
{
    const PasswordPolicy policy;
    QCOMPARE(checked(policy, "my-ALICE-password"), QStringLiteral("password: must not contain the username"));
    QCOMPARE(checked(policy, "alice-at-the-start"), QStringLiteral("password: must not contain the username"));
    QCOMPARE(checked(policy, "at-the-end-Alice"), QStringLiteral("password: must not contain the username"));
    QCOMPARE(checked(policy, "alic-e-is-split-up"), QString());
}

void TestPasswordPolicy::testShortUsernameIsOnlyRefusedAsTheWholePassword()
{
    const PasswordPolicy policy{.minLength = 1};
    QCOMPARE(checked(policy, "always-a-long-one", "al"), QString());
    QCOMPARE(checked(policy, "AL", "al"), QStringLiteral("password: must not be the username"));
    QCOMPARE(checked(policy, "xbobx", "bob"), QStringLiteral("password: must not contain the username"));
}

void TestPasswordPolicy::testConfirmationMustMatch()
{
    const PasswordPolicy policy;
    QCOMPARE(fieldErrorText(policy.check("correct horse battery", "correct horse battery ", "alice")),
             QStringLiteral("password_confirmation: must match the password"));
    QCOMPARE(fieldErrorText(policy.check("correct horse battery", "", "alice")),
             QStringLiteral("password_confirmation: must match the password"));
}

void TestPasswordPolicy::testEveryBrokenRuleIsReported()
{
    const PasswordPolicy policy;
    const std::vector<FieldError> expected{
        {"password", "must be 12 characters or longer"},
        {"password", "must not be the username"},
        {"password_confirmation", "must match the password"},
    };
    QCOMPARE(fieldErrorText(policy.check("alice", "Alice", "alice")), fieldErrorText(expected));
    QVERIFY(policy.check("alice", "Alice", "alice") == expected);
    // The same rules as codes, for callers that word the messages in their own language.
    using Rule = PasswordPolicy::Rule;
    QVERIFY((policy.broken("alice", "Alice", "alice") ==
             std::vector<Rule>{Rule::TooShort, Rule::IsUsername, Rule::Mismatch}));
    QVERIFY(
        (policy.broken("xx-alice-is-long", "xx-alice-is-long", "alice") == std::vector<Rule>{Rule::ContainsUsername}));
    QVERIFY(policy.broken("a good long passphrase", "a good long passphrase", "alice").empty());
}

void TestPasswordPolicy::testInvalidUtf8IsRefused()
{
    const PasswordPolicy policy;
    const std::string latin5 = "\xc7"
                               "a\xf0r\xfd-long-password";
    QCOMPARE(fieldErrorText(policy.check(latin5, latin5, "alice")),
             QStringLiteral("password: must be valid UTF-8 text"));
}

QTEST_APPLESS_MAIN(TestPasswordPolicy)
#include "TestPasswordPolicy.moc"
