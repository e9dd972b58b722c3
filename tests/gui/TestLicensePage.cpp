#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/LicenseAlarmsDialog.h"
#include "dialogs/LicenseKeyDialog.h"
#include "license/LicenseKey.h"
#include "models/LicenseUsageModel.h"
#include "pages/LicensePage.h"
#include "pages/LicenseSummaryView.h"
#include "pages/UsageChart.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>

#include <memory>

using namespace castellan::console;
using test::waitForVisibleChild;

/// The License page against a real server trusting a test vendor key: the Demo License with its usage bar and
/// support end, a sign-in counted in the month's users and the chart, a refused key shown on its field, a
/// signed key installed, alarms refused on a bad address then saved, the App Key file, and the month's users
/// sorted on the server by a header click.
class TestLicensePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testShowsTheDemoLicense();
    void testSignInsAreCountedInTheMonth();
    void testRefusedKeyIsShownOnItsField();
    void testSignedKeyIsInstalled();
    void testAlarmsRefuseABadAddressThenSave();
    void testAppKeyFileIsSaved();
    void testUsersOfTheMonthSortOnTheServer(); // last: it counts a second user

private:
    bool reload();

    QTemporaryDir m_files;
    std::pair<std::string, std::string> m_vendor = castellan::LicenseKey::generateKeyPair();
    test::SignedInConsole m_console;
    std::unique_ptr<LicensePage> m_page;
};

void TestLicensePage::initTestCase()
{
    const QString publicKey = m_files.filePath(QStringLiteral("vendor.pub"));
    QFile file(publicKey);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(m_vendor.second));
    file.close();
    QVERIFY2(m_console.start({QStringLiteral("--set"), QStringLiteral("license.test_public_key=") + publicKey,
                              QStringLiteral("--set"), QStringLiteral("auth.password_only_without_profile=true")}),
             qPrintable(m_console.errorText()));
    m_page = std::make_unique<LicensePage>(m_console.client());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded(), 30000);
}

void TestLicensePage::cleanupTestCase()
{
    m_page.reset();
}

bool TestLicensePage::reload()
{
    m_page->refresh();
    return QTest::qWaitFor([this] { return !m_page->usageModel()->isLoading(); }, 30000);
}

void TestLicensePage::testShowsTheDemoLicense()
{
    const LicenseInfo* license = m_page->license();
    QVERIFY(license->isDemo());
    QCOMPARE(m_page->summary()->typeLabel()->text(), QStringLiteral("Demo"));
    QCOMPARE(m_page->summary()->usageBar()->text(), QStringLiteral("0 / %1").arg(license->userLimit));
    QVERIFY(m_page->summary()->supportLabel()->text().endsWith(QStringLiteral("%1 days left").arg(license->daysLeft)));
    QVERIFY(!m_page->summary()->appKeyLabel()->text().isEmpty());
    QCOMPARE(m_page->usageModel()->rowCount(), 0);
}

void TestLicensePage::testSignInsAreCountedInTheMonth()
{
    QVERIFY(m_console.server().createUser(QStringLiteral("ayse.yilmaz")) > 0);
    const std::string agent = m_console.admin().createClientToken("agent", "VPN");
    const auto accepted = m_console.admin().client().send(
        "POST", "/api/v1/auth/validate",
        castellan::test::json({{"username", "ayse.yilmaz"}, {"password", "Correct-Horse-77"}}), "application/json",
        {{"Authorization", "Bearer " + agent}});
    QCOMPARE(accepted.json()->getValue<std::string>("result"), std::string("accept"));

    QVERIFY(reload());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->license()->activeUsers, 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->summary()->usageBar()->text(),
                              QStringLiteral("1 / %1").arg(m_page->license()->userLimit), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->usageModel()->rowCount(), 1, 30000);
    QVERIFY(m_page->usageModel()->indexFromUsername(QStringLiteral("ayse.yilmaz")).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->chart()->shownMonths().size(), 1, 30000);
    QCOMPARE(m_page->chart()->shownMonths().first().uniqueUsers, 1);
    QCOMPARE(m_page->chart()->shownMonths().first().month, m_page->license()->month);
    QCOMPARE(m_page->monthField()->currentData().toString(), m_page->license()->month);
}

void TestLicensePage::testRefusedKeyIsShownOnItsField()
{
    m_page->enterLicenseKey();
    auto* dialog = waitForVisibleChild<LicenseKeyDialog>(m_page.get());
    QVERIFY(dialog);
    dialog->keyField()->setPlainText(QStringLiteral("CASTELLAN-LICENSE-1.not-a-key"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* error = dialog->errors()->errorLabel(QStringLiteral("license_key"));
    QTRY_VERIFY_WITH_TIMEOUT(
        error->isVisible() || dialog->findChild<QLabel*>(QStringLiteral("formErrorBanner"))->isVisible(), 30000);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_page->license()->isDemo());
    dialog->reject();
}

void TestLicensePage::testSignedKeyIsInstalled()
{
    castellan::LicenseTerms terms;
    terms.licenseId = "LIC-CONSOLE";
    terms.company = "Ankara Lojistik A.Ş.";
    terms.userLimit = 200;
    terms.type = "subscription";
    terms.supportEndDate = QDate::currentDate().addDays(400).toString(Qt::ISODate).toStdString();
    terms.pushSubscription = true;
    terms.appKey = m_page->license()->appKey.toStdString();
    const auto key = castellan::LicenseKey::sign(terms, m_vendor.first);
    QVERIFY(key.ok());

    m_page->enterLicenseKey();
    auto* dialog = waitForVisibleChild<LicenseKeyDialog>(m_page.get());
    QVERIFY(dialog);
    dialog->keyField()->setPlainText(QString::fromStdString(key.value()));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<LicenseKeyDialog*>(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->summary()->companyLabel()->text(), QStringLiteral("Ankara Lojistik A.Ş."), 30000);
    QCOMPARE(m_page->summary()->typeLabel()->text(), QStringLiteral("Subscription"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->summary()->usageBar()->text(), QStringLiteral("1 / 200"), 30000);
    QCOMPARE(m_page->summary()->usageBar()->maximum(), 200);
    QVERIFY(m_page->summary()->supportLabel()->text().endsWith(QStringLiteral("days left")));
    QVERIFY(m_page->license()->pushSubscription);
}

void TestLicensePage::testAlarmsRefuseABadAddressThenSave()
{
    m_page->editAlarms();
    auto* dialog = waitForVisibleChild<LicenseAlarmsDialog>(m_page.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 30000);
    dialog->recipientsField()->setPlainText(QStringLiteral("ops-at-example"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* error = dialog->errors()->errorLabel(QStringLiteral("recipients"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);

    dialog->usagePercentsField()->setText(QStringLiteral("80, ninety"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->errors()->errorLabel(QStringLiteral("usage_percents"))->isVisible()); // the console's own check

    dialog->recipientsField()->setPlainText(QStringLiteral("ops@example.com\nsecurity@example.com"));
    dialog->supportDaysField()->setText(QStringLiteral("45, 10"));
    dialog->usagePercentsField()->setText(QStringLiteral("80, 95"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<LicenseAlarmsDialog*>(), 30000);
    const auto alarms = m_console.admin().get("/api/v1/license/alarms").json();
    QCOMPARE(alarms->getArray("recipients")->size(), std::size_t(2));
    QCOMPARE(alarms->getArray("support_days")->getElement<int>(0), 45);
    QCOMPARE(alarms->getArray("usage_percents")->getElement<int>(1), 95);
}

void TestLicensePage::testAppKeyFileIsSaved()
{
    const QString path = m_files.filePath(QStringLiteral("app-key.json"));
    m_page->saveAppKeyFileTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 30000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("app_key")).toString(), m_page->license()->appKey);
    QVERIFY(json.value(QStringLiteral("users")).toArray().size() == 1);
}

void TestLicensePage::testUsersOfTheMonthSortOnTheServer()
{
    QVERIFY(m_console.server().createUser(QStringLiteral("bora.sahin")) > 0);
    const std::string agent = m_console.admin().createClientToken("agent", "RDP");
    m_console.admin().client().send(
        "POST", "/api/v1/auth/validate",
        castellan::test::json({{"username", "bora.sahin"}, {"password", "Correct-Horse-77"}}), "application/json",
        {{"Authorization", "Bearer " + agent}});
    LicenseUsageModel* model = m_page->usageModel();
    QVERIFY(reload());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 30000);
    QCOMPARE(model->itemAt(0).username, QStringLiteral("ayse.yilmaz")); // by username, the server's default
    QHeaderView* header = m_page->usersView()->horizontalHeader();
    QVERIFY(header->isSortIndicatorShown());
    QCOMPARE(header->sortIndicatorSection(), int(LicenseUsageModel::UsernameColumn));

    QVERIFY(test::clickHeader(m_page->usersView(), LicenseUsageModel::UsernameColumn));
    QCOMPARE(model->query().toUrlQuery().queryItemValue(QStringLiteral("sort")), QStringLiteral("-username"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->itemAt(0).username == QStringLiteral("bora.sahin"), 30000);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    QVERIFY(test::clickHeader(m_page->usersView(), LicenseUsageModel::FirstSeenColumn));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->query().sortKey == QStringLiteral("first_seen"), 30000);
    QCOMPARE(model->itemAt(0).username, QStringLiteral("ayse.yilmaz")); // counted first
    QCOMPARE(header->sortIndicatorSection(), int(LicenseUsageModel::FirstSeenColumn));
}

QTEST_MAIN(TestLicensePage)
#include "TestLicensePage.moc"
