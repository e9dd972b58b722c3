#include "SignedInConsole.h"

#include "dialogs/DurationEdit.h"
#include "dialogs/FieldErrorPresenter.h"
#include "pages/SecuritySettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace castellan::console;

/// The Security Settings page against a real server: it loads the lockout rules, refuses a window the server
/// finds too short on that field, saves, and does not overwrite another admin's change.
class TestSecuritySettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testLoadsTheServersSettings();
    void testServerRefusalShowsOnTheField();
    void testSaveStoresTheSettings();
    void testAnotherAdminsChangeIsNotOverwritten();

private:
    test::SignedInConsole m_console;
    std::unique_ptr<SecuritySettingsPage> m_page;
};

void TestSecuritySettingsPage::initTestCase()
{
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    m_page = std::make_unique<SecuritySettingsPage>(m_console.client());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded(), 30000);
}

void TestSecuritySettingsPage::cleanupTestCase()
{
    m_page.reset();
}

void TestSecuritySettingsPage::testLoadsTheServersSettings()
{
    const auto settings = m_console.admin().get("/api/v1/settings/security").json();
    QCOMPARE(m_page->limitField()->value(), settings->getValue<int>("failed_attempt_limit"));
    QCOMPARE(m_page->windowField()->seconds(), settings->getValue<qint64>("window_seconds"));
    // Every setting the server has is on the page.
    QCOMPARE(m_page->sourceLimitField()->value(), settings->getValue<int>("source_failure_limit"));
    QCOMPARE(m_page->sourceWindowField()->seconds(), settings->getValue<qint64>("source_window_seconds"));
    QCOMPARE(m_page->passwordLengthField()->value(), settings->getValue<int>("password_min_length"));
    QCOMPARE(m_page->blockField()->seconds(), settings->getValue<qint64>("block_seconds"));
    QCOMPARE(m_page->permanentBox()->isChecked(), settings->getValue<bool>("permanent_block"));
    QVERIFY(!m_page->saveButton()->isEnabled()); // nothing changed yet
    QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().isEmpty());
}

void TestSecuritySettingsPage::testServerRefusalShowsOnTheField()
{
    m_page->windowField()->unitField()->setCurrentIndex(0); // seconds
    m_page->windowField()->amountField()->setValue(5);      // the server wants at least 10
    QVERIFY(m_page->saveButton()->isEnabled());
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QLabel* error = m_page->errors()->errorLabel(QStringLiteral("window_seconds"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY(!error->text().isEmpty());
}

void TestSecuritySettingsPage::testSaveStoresTheSettings()
{
    m_page->limitField()->setValue(7);
    m_page->windowField()->setSeconds(600);
    m_page->blockField()->setSeconds(2 * 3600);
    m_page->passwordLengthField()->setValue(14);
    m_page->sourceLimitField()->setValue(250);
    QCOMPARE(m_page->blockField()->unitField()->currentText(), QStringLiteral("hours"));
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->isModified() && !m_page->saveButton()->isEnabled() && m_page->limitField()->isEnabled(), 30000);
    const auto settings = m_console.admin().get("/api/v1/settings/security").json();
    QCOMPARE(settings->getValue<int>("failed_attempt_limit"), 7);
    QCOMPARE(settings->getValue<int>("window_seconds"), 600);
    QCOMPARE(settings->getValue<int>("block_seconds"), 7200);
    QCOMPARE(settings->getValue<int>("password_min_length"), 14);
    QCOMPARE(settings->getValue<int>("source_failure_limit"), 250);
    QVERIFY(!m_page->errors()->hasErrors());
}

void TestSecuritySettingsPage::testAnotherAdminsChangeIsNotOverwritten()
{
    const auto other = m_console.admin().send("PUT", "/api/v1/settings/security",
                                              castellan::test::json({{"failed_attempt_limit", "=9"},
                                                                     {"window_seconds", "=600"},
                                                                     {"block_seconds", "=7200"},
                                                                     {"permanent_block", "false"}}));
    QCOMPARE(other.status, 200);
    m_page->limitField()->setValue(3);
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QLabel* banner = m_page->findChild<QLabel*>(QStringLiteral("formErrorBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY(banner->text().contains(QStringLiteral("Another admin")));
    QCOMPARE(m_console.admin().get("/api/v1/settings/security").json()->getValue<int>("failed_attempt_limit"), 9);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("revertButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->limitField()->value(), 9, 30000);
}

QTEST_MAIN(TestSecuritySettingsPage)
#include "TestSecuritySettingsPage.moc"
