#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "api/TokenStore.h"
#include "app/MainWindow.h"
#include "app/ServerPages.h"
#include "pages/DashboardCard.h"
#include "pages/DashboardPage.h"
#include "pages/GettingStartedChecklist.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <memory>

using namespace castellan::console;
using Item = GettingStartedChecklist::Item;

/// The Dashboard against a real server, inside the console's window: a fresh server shows the getting-started
/// checklist with every step open, each step's button opens the page that completes it, the figures follow
/// accepted and rejected /auth/validate calls (on F5 and when the page is shown again), the checklist closes step by
/// step as the pieces are set up over REST and is gone once all are, an older server without the route gets the
/// placeholder page, and every text is there in Turkish.
class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testFreshServerShowsEveryChecklistStepOpen();
    void testEachStepOpensThePageThatCompletesIt();
    void testTextsAreTurkishInTurkish();
    void testAuthenticationCountsFollowValidateCalls();
    void testChecklistClosesAsTheServerIsSetUp();
    void testOlderServerWithoutTheRouteGetsThePlaceholder();

private:
    /// F5 in the window, then waits for the answer.
    bool pressF5();
    std::string validate(const std::string& password);
    QString cell(QTableWidget* table, const QString& firstColumn, int column) const;

    test::SignedInConsole m_console;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<MainWindow> m_window;
    DashboardPage* m_page = nullptr;
    std::string m_agent;
};

void TestDashboardPage::initTestCase()
{
    QVERIFY2(m_console.start({QStringLiteral("--set"), QStringLiteral("auth.password_only_without_profile=true")}),
             qPrintable(m_console.errorText()));
    m_tokens = std::make_unique<TokenStore>(TokenStore::Backend::Memory);
    m_window = std::make_unique<MainWindow>(&m_console.languages(), m_tokens.get());
    m_page = new DashboardPage(m_console.client());
    m_window->setPageWidget(ConsolePage::Dashboard, m_page);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->currentPage(), ConsolePage::Dashboard);                       // the first page
    m_window->showConnected(QStringLiteral("test server"), QStringLiteral("admin")); // activates the page shown
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded() && !m_page->isLoading(), 30000);
    QVERIFY(m_console.server().createUser(QStringLiteral("ayse.yilmaz")) > 0);
    m_agent = m_console.admin().createClientToken("agent", "VPN gateway");
}

void TestDashboardPage::cleanupTestCase()
{
    m_window.reset();
}

bool TestDashboardPage::pressF5()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        return false;
    }
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    if (!m_page->isLoading()) {
        return false; // F5 did not reach the page
    }
    return QTest::qWaitFor([this] { return !m_page->isLoading(); }, 30000) && !m_page->errorLabel()->isVisible();
}

std::string TestDashboardPage::validate(const std::string& password)
{
    const auto answer = m_console.admin().client().send(
        "POST", "/api/v1/auth/validate", castellan::test::json({{"username", "ayse.yilmaz"}, {"password", password}}),
        "application/json", {{"Authorization", "Bearer " + m_agent}});
    return answer.json()->getValue<std::string>("result");
}

QString TestDashboardPage::cell(QTableWidget* table, const QString& firstColumn, int column) const
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == firstColumn) {
            return table->item(row, column)->text();
        }
    }
    return {};
}

void TestDashboardPage::testFreshServerShowsEveryChecklistStepOpen()
{
    GettingStartedChecklist* checklist = m_page->checklist();
    QVERIFY(checklist->isVisible());
    QCOMPARE(checklist->title(), QStringLiteral("Getting started"));
    for (const Item item : GettingStartedChecklist::kItems) {
        QVERIFY(!checklist->isDone(item));
        QCOMPARE(checklist->mark(item)->toolTip(), QStringLiteral("Not done yet"));
        QVERIFY(checklist->button(item)->isVisible());
    }
    QCOMPARE(checklist->button(Item::RegistrationProfile)->text(), QStringLiteral("Open Applications"));
    QCOMPARE(m_page->licenseCard()->value(), QStringLiteral("0 / 25"));
    QVERIFY2(m_page->licenseCard()->detail().contains(QStringLiteral("days of support left")),
             qPrintable(m_page->licenseCard()->detail()));
    QCOMPARE(m_page->blockedCard()->value(), QStringLiteral("0"));
    QCOMPARE(m_page->lastHourCard()->value(), QStringLiteral("0"));
    QCOMPARE(m_page->deliveryCard()->value(), QStringLiteral("0"));
    QVERIFY(!m_page->authenticationsTable()->isVisible());
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("authenticationsEmpty"))->isVisible());
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("radiusClientsEmpty"))->isVisible());
}

void TestDashboardPage::testEachStepOpensThePageThatCompletesIt()
{
    const std::pair<Item, ConsolePage> steps[] = {
        {Item::RegistrationProfile, ConsolePage::Applications},
        {Item::RadiusClientOrServiceProvider, ConsolePage::RadiusClients},
        {Item::Delivery, ConsolePage::Delivery},
        {Item::UserWithFactor, ConsolePage::LocalUsers},
    };
    for (const auto& [item, page] : steps) {
        m_window->showPage(ConsolePage::Dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 30000); // shown again: it loads again
        QPushButton* button = m_page->checklist()->button(item);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), page);
    }
    // The second way through the RADIUS step: a SAML service provider.
    m_window->showPage(ConsolePage::Dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 30000);
    QPushButton* saml = m_page->checklist()->samlButton();
    QVERIFY(saml->isVisible());
    QCOMPARE(saml->text(), QStringLiteral("Open SAML"));
    QTest::mouseClick(saml, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), ConsolePage::Saml);
    m_window->showPage(ConsolePage::Dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 30000);
}

void TestDashboardPage::testTextsAreTurkishInTurkish()
{
    QVERIFY(m_console.languages().setPreference(QStringLiteral("tr")));
    GettingStartedChecklist* checklist = m_page->checklist();
    QTRY_COMPARE(checklist->title(), QStringLiteral("Başlarken"));
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Pano"));
    QCOMPARE(checklist->button(Item::RegistrationProfile)->text(), QStringLiteral("Uygulamalar sayfasını aç"));
    QCOMPARE(checklist->button(Item::UserWithFactor)->text(), QStringLiteral("Yerel Kullanıcılar sayfasını aç"));
    QCOMPARE(checklist->mark(Item::Delivery)->toolTip(), QStringLiteral("Henüz yapılmadı"));
    QVERIFY(checklist->text(Item::Delivery)->text().contains(QStringLiteral("SMS gönderimini")));
    QCOMPARE(m_page->lastHourCard()->findChild<QLabel*>(QStringLiteral("cardTitle"))->text(),
             QStringLiteral("Kimlik doğrulamalar, son bir saat"));
    QCOMPARE(m_page->lastHourCard()->detail(), QStringLiteral("kabul edildi, 0 reddedildi"));
    QVERIFY2(m_page->licenseCard()->detail().contains(QStringLiteral("gün var")),
             qPrintable(m_page->licenseCard()->detail()));
    QCOMPARE(m_page->authenticationsTable()->horizontalHeaderItem(1)->text(), QStringLiteral("Kabul (1 sa)"));
    QCOMPARE(DashboardPage::channelName(QStringLiteral("rest")), QStringLiteral("REST API (doğrulama)"));
    QCOMPARE(m_page->findChild<QPushButton*>(QStringLiteral("refreshButton"))->text(), QStringLiteral("Yenile"));
    QCOMPARE(consolePageTitle(ConsolePage::Dashboard), QStringLiteral("Pano"));

    QVERIFY(m_console.languages().setPreference(QStringLiteral("en")));
    QTRY_COMPARE(checklist->title(), QStringLiteral("Getting started"));
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Dashboard"));
}

void TestDashboardPage::testAuthenticationCountsFollowValidateCalls()
{
    QCOMPARE(validate("Correct-Horse-77"), std::string("accept"));
    QCOMPARE(validate("not-the-password"), std::string("reject"));
    QVERIFY(pressF5());
    QCOMPARE(m_page->lastHourCard()->value(), QStringLiteral("1"));
    QCOMPARE(m_page->lastHourCard()->detail(), QStringLiteral("accepted, 1 rejected"));
    QCOMPARE(m_page->lastDayCard()->value(), QStringLiteral("1"));
    QTableWidget* table = m_page->authenticationsTable();
    QVERIFY(table->isVisible());
    const QString rest = QStringLiteral("REST API (validate)");
    QCOMPARE(cell(table, rest, 1), QStringLiteral("1"));                // accepted, last hour
    QCOMPARE(cell(table, rest, 2), QStringLiteral("1"));                // rejected, last hour
    QCOMPARE(cell(table, rest, 3), QStringLiteral("1"));                // accepted, 24 h
    QCOMPARE(m_page->licenseCard()->value(), QStringLiteral("1 / 25")); // ayse counted this month

    // Shown again after another page, the page loads again.
    QCOMPARE(validate("still-not-it"), std::string("reject"));
    m_window->showPage(ConsolePage::LocalUsers);
    m_window->showPage(ConsolePage::Dashboard);
    QTRY_COMPARE_WITH_TIMEOUT(cell(table, rest, 2), QStringLiteral("2"), 30000);
    QCOMPARE(m_page->lastDayCard()->detail(), QStringLiteral("accepted, 2 rejected"));
}

void TestDashboardPage::testChecklistClosesAsTheServerIsSetUp()
{
    castellan::test::AdminSession& admin = m_console.admin();
    QCOMPARE(admin
                 .send("POST", "/api/v1/applications",
                       "{\"name\":\"Portal\",\"type\":\"registration\",\"allowed_factors\":[\"totp\"]}")
                 .status,
             201);
    QVERIFY(pressF5());
    QVERIFY(m_page->checklist()->isVisible());
    QVERIFY(m_page->checklist()->isDone(Item::RegistrationProfile));
    QCOMPARE(m_page->checklist()->mark(Item::RegistrationProfile)->toolTip(), QStringLiteral("Done"));
    QVERIFY(!m_page->checklist()->isDone(Item::RadiusClientOrServiceProvider));

    const auto vpn = admin.send("POST", "/api/v1/applications",
                                "{\"name\":\"VPN\",\"type\":\"radius\",\"allowed_factors\":[\"totp\"]}");
    QCOMPARE(vpn.status, 201);
    QCOMPARE(
        admin
            .send("POST", "/api/v1/radius-clients",
                  castellan::test::json({{"name", "Head office firewall"},
                                         {"source", "192.0.2.10"},
                                         {"secret", "sample-shared-secret-0123456789"},
                                         {"application_id", "=" + std::to_string(vpn.json()->getValue<qint64>("id"))}}))
            .status,
        201);
    QCOMPARE(admin
                 .send("PUT", "/api/v1/settings/mail",
                       castellan::test::json({{"host", "127.0.0.1"},
                                              {"port", "=2525"},
                                              {"starttls", "false"},
                                              {"from", "Castellan <mfa@example.com>"}}))
                 .status,
             200);
    QVERIFY(pressF5());
    QVERIFY(m_page->checklist()->isVisible());
    QVERIFY(m_page->checklist()->isDone(Item::RadiusClientOrServiceProvider));
    QVERIFY(m_page->checklist()->isDone(Item::Delivery));
    QVERIFY(!m_page->checklist()->isDone(Item::UserWithFactor));

    const qint64 id = m_console.server().createUser(QStringLiteral("first.user"));
    QVERIFY(id > 0);
    QCOMPARE(admin.send("POST", "/api/v1/users/" + std::to_string(id) + "/factors", "{\"type\":\"totp\"}").status, 201);
    QVERIFY(pressF5());
    QVERIFY(m_page->summary()->setup.complete);
    QVERIFY(m_page->checklist()->isDone(Item::UserWithFactor));
    QVERIFY(!m_page->checklist()->isVisible());
}

void TestDashboardPage::testOlderServerWithoutTheRouteGetsThePlaceholder()
{
    const castellan::test::HttpReply document = m_console.admin().get("/api/v1/openapi.json");
    QCOMPARE(document.status, 200);
    QJsonObject openApi = QJsonDocument::fromJson(QByteArray::fromStdString(document.body)).object();
    QVERIFY(!pagesMissingFrom(openApi).contains(ConsolePage::Dashboard));
    QJsonObject paths = openApi.value(QStringLiteral("paths")).toObject();
    QVERIFY(paths.contains(QStringLiteral("/dashboard")));
    paths.remove(QStringLiteral("/dashboard"));
    openApi.insert(QStringLiteral("paths"), paths);
    QCOMPARE(pagesMissingFrom(openApi), QList<ConsolePage>{ConsolePage::Dashboard});
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
