#include "validation/UserValidator.h"

#include "FieldErrorText.h"

#include <QTest>

#include <stdexcept>

using namespace castellan;

namespace {
constexpr std::string_view kGoodPassword = "correct horse battery";

UserInput newUser(std::string username = "alice")
{
    UserInput input;
    input.username = std::move(username);
    input.password = std::string(kGoodPassword);
    input.passwordConfirmation = std::string(kGoodPassword);
    return input;
}
} // namespace

class TestUserValidator : public QObject
{
    Q_OBJECT

private slots:
    void testCreateRequiresUsernameAndPassword();
    void testCreateRequiresConfirmationWithPassword();
    void testCreateWithGeneratedPasswordTakesNoPassword();
    void testGeneratedPasswordRefusesAGivenOne();
    void testAllInvalidFieldsAreReportedTogether();
    void testValuesAreNormalised();
    void testDateOnlyExpiryMeansEndOfThatDayUtc();
    void testDefaultCallingCodeIsAParameter();
    void testPasswordPolicyIsAParameter();
    void testUpdateValidatesOnlyPresentFields();
    void testUpdateOfNothingIsValid();
    void testUpdateChecksPasswordAgainstCurrentUsername();
    void testUpdateChecksPasswordAgainstNewUsername();
    void testUpdateConfirmationNeedsAPassword();
    void testEmptyOptionalFieldsClearTheirValues();
    void testLengthLimitsOfTextFields();
    void testInvalidCallingCodeIsABug();
};

void TestUserValidator::testCreateRequiresUsernameAndPassword()
{
    const auto result = UserValidator().validateCreate(UserInput{});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(QString::fromStdString(result.error().message), QStringLiteral("The request has invalid fields"));
    QCOMPARE(outcomeText(result), QStringLiteral("username: is required; password: is required"));
}

void TestUserValidator::testCreateRequiresConfirmationWithPassword()
{
    UserInput input = newUser();
    input.passwordConfirmation.reset();
    QCOMPARE(outcomeText(UserValidator().validateCreate(input)), QStringLiteral("password_confirmation: is required"));
}

void TestUserValidator::testCreateWithGeneratedPasswordTakesNoPassword()
{
    UserInput input;
    input.username = "alice";
    const auto result = UserValidator().validateCreate(input, UserValidator::PasswordSource::Generated);
    QCOMPARE(outcomeText(result), QStringLiteral("<accepted>"));
    QVERIFY(!result->password);
    QCOMPARE(result->usernameKey.value_or(""), std::string("alice"));
}

void TestUserValidator::testGeneratedPasswordRefusesAGivenOne()
{
    QCOMPARE(outcomeText(UserValidator().validateCreate(newUser(), UserValidator::PasswordSource::Generated)),
             QStringLiteral("password: must be left out when a password is generated; "
                            "password_confirmation: must be left out when a password is generated"));
}

void TestUserValidator::testAllInvalidFieldsAreReportedTogether()
{
    UserInput input;
    input.username = "ali veli";
    input.password = "short";
    input.passwordConfirmation = "shorter";
    input.firstName = std::string(101, 'a');
    input.lastName = "Yılmaz\x07";
    input.email = "alice";
    input.phone = "12345";
    input.expiresAt = "31.01.2027";
    input.framedIp = "010.1.1.1";
    input.sponsorName = std::string(101, 'b');
    input.sponsorEmail = "sponsor@example";
    input.description = std::string(1001, 'c');
    const auto result = UserValidator().validateCreate(input);
    QVERIFY(!result.ok());
    const std::vector<FieldError> expected{
        {"username", "may contain only Latin letters, digits and _ - @ ! # % + . $"},
        {"password", "must be 12 characters or longer"},
        {"password_confirmation", "must match the password"},
        {"first_name", "must be 100 characters or shorter"},
        {"last_name", "must not contain control characters"},
        {"email", "must contain exactly one @"},
        {"phone", "must start with + and the country calling code, or be 0 and 10 digits"},
        {"expires_at", "must be a date such as 2027-01-31"},
        {"framed_ip", "must not have leading zeros in its parts"},
        {"sponsor_name", "must be 100 characters or shorter"},
        {"sponsor_email", "must have a domain name such as example.com after the @"},
        {"description", "must be 1000 characters or shorter"},
    };
    QCOMPARE(fieldErrorText(result.error().fields), fieldErrorText(expected));
}

void TestUserValidator::testValuesAreNormalised()
{
    UserInput input = newUser("Alice.Yilmaz");
    input.firstName = "  Alice ";
    input.lastName = "Yılmaz";
    input.email = " Alice@Example.COM.tr ";
    input.phone = "0 (555) 444-33-22";
    input.expiresAt = "2027-01-31T23:59:59+03:00";
    input.framedIp = " 10.0.0.5 ";
    input.sponsorName = " Çağrı Şükrü ";
    input.sponsorEmail = "cagri@EXAMPLE.com";
    input.description = "  Contractor\nuntil January  ";
    const auto result = UserValidator().validateCreate(input);
    QCOMPARE(outcomeText(result), QStringLiteral("<accepted>"));
    ValidatedUser expected;
    expected.username = "Alice.Yilmaz";
    expected.usernameKey = "alice.yilmaz";
    expected.password = std::string(kGoodPassword);
    expected.firstName = "Alice";
    expected.lastName = "Yılmaz";
    expected.email = "Alice@example.com.tr";
    expected.phone = "+905554443322";
    expected.expiresAt = 1801429199;
    expected.framedIp = "10.0.0.5";
    expected.sponsorName = "Çağrı Şükrü";
    expected.sponsorEmail = "cagri@example.com";
    expected.description = "Contractor\nuntil January";
    QVERIFY(*result == expected);
}

void TestUserValidator::testDateOnlyExpiryMeansEndOfThatDayUtc()
{
    UserInput input;
    input.expiresAt = "2027-01-31";
    const auto result = UserValidator().validateUpdate(input, "alice");
    QCOMPARE(outcomeText(result), QStringLiteral("<accepted>"));
    QCOMPARE(result->expiresAt.value_or(0), std::int64_t{1801439999}); // 2027-01-31T23:59:59Z
    QVERIFY(!result->clearExpiresAt);
    input.expiresAt = "2027-02-30";
    QCOMPARE(outcomeText(UserValidator().validateUpdate(input, "alice")),
             QStringLiteral("expires_at: has a day that its month does not have"));
    QCOMPARE(*UserValidator::parseExpiry(" 2027-01-31 "), std::int64_t{1801439999});
    QCOMPARE(*UserValidator::parseExpiry("2027-01-31T00:00:00Z"), std::int64_t{1801353600});
    input.expiresAt = "2027-01-31 23:59";
    QCOMPARE(outcomeText(UserValidator().validateUpdate(input, "alice")),
             QStringLiteral("expires_at: must be an RFC 3339 timestamp such as 2027-01-31T23:59:59Z"));
}

void TestUserValidator::testDefaultCallingCodeIsAParameter()
{
    UserInput input;
    input.phone = "030 12345678";
    const auto result = UserValidator(PasswordPolicy{}, 49).validateUpdate(input, "alice");
    QCOMPARE(outcomeText(result), QStringLiteral("<accepted>"));
    QCOMPARE(result->phone.value_or(""), std::string("+493012345678"));
}

void TestUserValidator::testPasswordPolicyIsAParameter()
{
    const UserValidator strict(PasswordPolicy{.minLength = 24});
    QCOMPARE(outcomeText(strict.validateCreate(newUser())),
             QStringLiteral("password: must be 24 characters or longer"));
}

void TestUserValidator::testUpdateValidatesOnlyPresentFields()
{
    UserInput input;
    input.email = "not-an-address";
    input.lastName = "Öztürk";
    QCOMPARE(outcomeText(UserValidator().validateUpdate(input, "alice")),
             QStringLiteral("email: must contain exactly one @"));
    input.email = "ilker@example.com";
    const auto result = UserValidator().validateUpdate(input, "alice");
    QCOMPARE(outcomeText(result), QStringLiteral("<accepted>"));
    QVERIFY(!result->username && !result->usernameKey && !result->password && !result->phone && !result->expiresAt);
    QCOMPARE(result->email.value_or(""), std::string("ilker@example.com"));
}

void TestUserValidator::testUpdateOfNothingIsValid()
{
    const auto result = UserValidator().validateUpdate(UserInput{}, "alice");
    QCOMPARE(outcomeText(result), QStringLiteral("<accepted>"));
    QVERIFY(*result == ValidatedUser{});
}

void TestUserValidator::testUpdateChecksPasswordAgainstCurrentUsername()
{
    UserInput input;
    input.password = "my-Alice-password";
    input.passwordConfirmation = input.password;
    QCOMPARE(outcomeText(UserValidator().validateUpdate(input, "alice")),
             QStringLiteral("password: must not contain the username"));
    const auto result = UserValidator().validateUpdate(input, "bobby");
    QCOMPARE(outcomeText(result), QStringLiteral("<accepted>"));
    QCOMPARE(result->password.value_or(""), std::string("my-Alice-password"));
}

void TestUserValidator::testUpdateChecksPasswordAgainstNewUsername()
{
    UserInput input;
    input.username = "Bobby";
    input.password = "my-Alice-password";
    input.passwordConfirmation = input.password;
    QCOMPARE(outcomeText(UserValidator().validateUpdate(input, "alice")), QStringLiteral("<accepted>"));
    input.password = "my-bobby-password";
    input.passwordConfirmation = input.password;
    QCOMPARE(outcomeText(UserValidator().validateUpdate(input, "alice")),
             QStringLiteral("password: must not contain the username"));
}

void TestUserValidator::testUpdateConfirmationNeedsAPassword()
{
    UserInput input;
    input.passwordConfirmation = std::string(kGoodPassword);
    QCOMPARE(outcomeText(UserValidator().validateUpdate(input, "alice")),
             QStringLiteral("password_confirmation: must come with a password"));
}

void TestUserValidator::testEmptyOptionalFieldsClearTheirValues()
{
    UserInput input;
    input.firstName = "";
    input.email = "";
    input.phone = "  ";
    input.expiresAt = "";
    input.framedIp = "";
    input.sponsorEmail = " ";
    input.description = "\n";
    const auto result = UserValidator().validateUpdate(input, "alice");
    QCOMPARE(outcomeText(result), QStringLiteral("<accepted>"));
    ValidatedUser expected;
    expected.firstName = "";
    expected.email = "";
    expected.phone = "";
    expected.clearExpiresAt = true;
    expected.framedIp = "";
    expected.sponsorEmail = "";
    expected.description = "";
    QVERIFY(*result == expected);
    // A username cannot be cleared.
    input.username = "";
    QCOMPARE(outcomeText(UserValidator().validateUpdate(input, "alice")),
             QStringLiteral("username: must not be empty"));
}

void TestUserValidator::testLengthLimitsOfTextFields()
{
    UserInput input;
    input.firstName = std::string(100, 'a');
    input.lastName = std::string(50, 'a');
    for (int i = 0; i < 50; ++i) {
        *input.lastName += "ş";
    }
    input.sponsorName = std::string(100, 'b');
    input.description = std::string(1000, 'c');
    QCOMPARE(outcomeText(UserValidator().validateUpdate(input, "alice")), QStringLiteral("<accepted>"));
}

void TestUserValidator::testInvalidCallingCodeIsABug()
{
    bool thrown = false;
    try {
        const UserValidator validator(PasswordPolicy{}, 0);
    } catch (const std::invalid_argument&) {
        thrown = true;
    }
    QVERIFY(thrown);
}

QTEST_APPLESS_MAIN(TestUserValidator)
#include "TestUserValidator.moc"
