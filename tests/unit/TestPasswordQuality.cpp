#include "auth/PasswordQuality.h"

#include <pwquality.h>

#include <QTest>

using namespace castellan;
using Weakness = PasswordPolicy::Weakness;
using Rule = PasswordPolicy::Rule;

class TestPasswordQuality : public QObject
{
    Q_OBJECT

private slots:
    void testRepeatedLetterIsRefused();
    void testSystematicSequenceIsRefused();
    void testPassphraseIsAccepted();
    void testUsernameInSomeFormIsRefused();
    void testLengthRulesComeBeforeTheQualityCheck();
    void testRestTextNamesTheReason();
    void testErrorCodesMapToWeaknesses_data();
    void testErrorCodesMapToWeaknesses();
};

void TestPasswordQuality::testRepeatedLetterIsRefused()
{
    const PasswordPolicy policy = PasswordQuality::policy();
    QCOMPARE(policy.broken("aaaaaaaaaaaa", "aaaaaaaaaaaa", "alice"), std::vector<Rule>{Rule::Weak});
    QVERIFY(policy.weakness("aaaaaaaaaaaa", "alice").has_value());
}

void TestPasswordQuality::testSystematicSequenceIsRefused()
{
    QCOMPARE(PasswordQuality::instance().weakness("abcdefghijkl", "alice"), std::optional{Weakness::Simplistic});
    QCOMPARE(PasswordQuality::instance().weakness("123456789012", "alice"), std::optional{Weakness::Simplistic});
}

void TestPasswordQuality::testPassphraseIsAccepted()
{
    const PasswordPolicy policy = PasswordQuality::policy();
    QVERIFY(policy.check("correct horse battery staple", "correct horse battery staple", "alice").empty());
    QVERIFY(policy.check("Kx7#mP2q!vLz", "Kx7#mP2q!vLz", "alice").empty());
}

void TestPasswordQuality::testUsernameInSomeFormIsRefused()
{
    // PasswordPolicy refuses "alice" inside the password; libpwquality also finds it reversed.
    QCOMPARE(PasswordQuality::instance().weakness("ecila-Tr0ub4dor", "alice"), std::optional{Weakness::PersonalData});
}

void TestPasswordQuality::testLengthRulesComeBeforeTheQualityCheck()
{
    const PasswordPolicy policy = PasswordQuality::policy();
    QCOMPARE(policy.broken("aaaa", "aaaa", "alice"), std::vector<Rule>{Rule::TooShort});
}

void TestPasswordQuality::testRestTextNamesTheReason()
{
    const auto errors = PasswordQuality::policy().check("aaaaaaaaaaaa", "aaaaaaaaaaaa", "alice");
    QCOMPARE(errors.size(), std::size_t(1));
    QCOMPARE(errors.front().field, std::string("password"));
    QCOMPARE(errors.front().message, std::string("is a palindrome"));
}

void TestPasswordQuality::testErrorCodesMapToWeaknesses_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("weakness");
    auto row = [](const char* name, int code, const char* reason, Weakness w) {
        QTest::newRow(name) << code << QString(reason) << static_cast<int>(w);
    };
    row("dictionary word", PWQ_ERROR_CRACKLIB_CHECK, "it is based on a dictionary word", Weakness::Dictionary);
    row("reversed word", PWQ_ERROR_CRACKLIB_CHECK, "it is based on a (reversed) dictionary word", Weakness::Dictionary);
    row("simplistic", PWQ_ERROR_CRACKLIB_CHECK, "it is too simplistic/systematic", Weakness::Simplistic);
    row("few different", PWQ_ERROR_CRACKLIB_CHECK, "it does not contain enough DIFFERENT characters",
        Weakness::FewDifferent);
    row("whitespace", PWQ_ERROR_CRACKLIB_CHECK, "it is all whitespace", Weakness::Simplistic);
    row("bad words", PWQ_ERROR_BAD_WORDS, "", Weakness::Dictionary);
    row("palindrome", PWQ_ERROR_PALINDROME, "", Weakness::Palindrome);
    row("user", PWQ_ERROR_USER_CHECK, "", Weakness::PersonalData);
    row("gecos", PWQ_ERROR_GECOS_CHECK, "", Weakness::PersonalData);
    row("same", PWQ_ERROR_SAME_PASSWORD, "", Weakness::SimilarToOld);
    row("case only", PWQ_ERROR_CASE_CHANGES_ONLY, "", Weakness::SimilarToOld);
    row("rotated", PWQ_ERROR_ROTATED, "", Weakness::SimilarToOld);
    row("similar", PWQ_ERROR_TOO_SIMILAR, "", Weakness::SimilarToOld);
    row("consecutive", PWQ_ERROR_MAX_CONSECUTIVE, "", Weakness::Repetitive);
    row("class repeat", PWQ_ERROR_MAX_CLASS_REPEAT, "", Weakness::Repetitive);
    row("sequence", PWQ_ERROR_MAX_SEQUENCE, "", Weakness::Simplistic);
    row("classes", PWQ_ERROR_MIN_CLASSES, "", Weakness::FewClasses);
    row("digits", PWQ_ERROR_MIN_DIGITS, "", Weakness::FewClasses);
    row("unknown", PWQ_ERROR_FATAL_FAILURE, "", Weakness::Other);
}

void TestPasswordQuality::testErrorCodesMapToWeaknesses()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(int, weakness);
    QCOMPARE(static_cast<int>(PasswordQuality::weaknessOf(code, reason.toStdString())), weakness);
}

QTEST_GUILESS_MAIN(TestPasswordQuality)
#include "TestPasswordQuality.moc"
