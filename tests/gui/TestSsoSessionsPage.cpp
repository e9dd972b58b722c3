#include "GuiTestHelpers.h"
#include "PortalBrowser.h"
#include "SignedInConsole.h"

#include "models/SsoSessionModel.h"
#include "pages/SsoSessionsPage.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

#include <memory>

using namespace castellan::console;
using castellan::test::PortalBrowser;

namespace {

const QString kPassword = QStringLiteral("Correct-Horse-77"); // what ConsoleTestServer::createUser sets
constexpr const char* kCrm = "https://crm.example.test/saml";
constexpr const char* kWiki = "https://wiki.example.test/saml";

} // namespace

/// The SSO Sessions page against a real server, with sessions made by real IdP-initiated sign-ins through the
/// portal (a cookie-keeping HTTP client posts the login form): who, from where and into which SPs; search by
/// username; End Session asks Yes/No (No keeps it), ends the session so the browser must sign in again, and
/// ends several selected sessions at once.
class TestSsoSessionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testSessionsShowUserSourceAndServiceProviders();
    void testSearchShowsOneUsersSessions();
    void testEndSessionAsksFirstAndTheBrowserMustSignInAgain();
    void testEndSeveralSelectedSessions();

private:
    /// Registers an SP (from handmade metadata) that allows IdP-initiated SSO; its id.
    std::string addServiceProvider(const std::string& entityId);
    /// A browser of `username` signed in to `spId`; false when the portal did not answer with a SAML Response.
    bool signIn(PortalBrowser& browser, const std::string& spId, const QString& username);
    int rowOf(const QString& username) const;
    void waitForRows(int rows);

    test::SignedInConsole m_console;
    std::unique_ptr<SsoSessionsPage> m_page;
    std::unique_ptr<PortalBrowser> m_ayse;
    std::unique_ptr<PortalBrowser> m_bora;
    std::string m_crm;
    std::string m_wiki;
};

std::string TestSsoSessionsPage::addServiceProvider(const std::string& entityId)
{
    const std::string metadata =
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"" + entityId +
        "\"><md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
        "<md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"" +
        entityId + "/acs\" index=\"0\"/></md:SPSSODescriptor></md:EntityDescriptor>";
    const auto created =
        m_console.admin().send("POST", "/api/v1/service-providers", castellan::test::json({{"metadata", metadata}}));
    if (created.status != 201) {
        qWarning("service provider: %s", created.body.c_str());
        return {};
    }
    const std::string id = std::to_string(created.json()->getValue<qint64>("id"));
    const auto allowed = m_console.admin().send("PATCH", "/api/v1/service-providers/" + id, "{\"idp_initiated\":true}");
    return allowed.status == 200 ? id : std::string();
}

bool TestSsoSessionsPage::signIn(PortalBrowser& browser, const std::string& spId, const QString& username)
{
    const auto page = browser.signInToServiceProvider(spId, username.toStdString(), kPassword.toStdString());
    if (page.body.find("SAMLResponse") == std::string::npos) {
        qWarning("sign-in of %s at %s: %d %s", qPrintable(username), browser.currentPath().c_str(), page.status,
                 page.body.substr(0, 400).c_str());
        return false;
    }
    return true;
}

void TestSsoSessionsPage::initTestCase()
{
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    // The portal signs in with the password only (its registration profile).
    const auto portal = m_console.admin().send(
        "POST", "/api/v1/applications",
        "{\"name\":\"Portal\",\"type\":\"registration\",\"allowed_factors\":[],\"second_factor_required\":false}");
    QCOMPARE(portal.status, 201);
    QVERIFY(m_console.server().createUser(QStringLiteral("ayse.yilmaz")) > 0);
    QVERIFY(m_console.server().createUser(QStringLiteral("bora.sahin")) > 0);
    m_crm = addServiceProvider(kCrm);
    m_wiki = addServiceProvider(kWiki);
    QVERIFY(!m_crm.empty() && !m_wiki.empty());

    const int port = m_console.server().process().httpsPort();
    m_ayse = std::make_unique<PortalBrowser>(port);
    m_bora = std::make_unique<PortalBrowser>(port);
    QVERIFY(signIn(*m_ayse, m_crm, QStringLiteral("ayse.yilmaz")));
    QVERIFY(signIn(*m_ayse, m_wiki, QStringLiteral("ayse.yilmaz"))); // the same session: no login page this time
    QCOMPARE(m_ayse->currentPath().rfind("/portal/saml/continue", 0), std::size_t(0));
    QVERIFY(signIn(*m_bora, m_crm, QStringLiteral("bora.sahin")));

    m_page = std::make_unique<SsoSessionsPage>(m_console.client());
    m_page->resize(1100, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    waitForRows(2);
}

void TestSsoSessionsPage::cleanupTestCase()
{
    m_page.reset();
}

int TestSsoSessionsPage::rowOf(const QString& username) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->itemAt(row).username == username) {
            return row;
        }
    }
    return -1;
}

void TestSsoSessionsPage::waitForRows(int rows)
{
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->model()->isLoading() && m_page->model()->hasLoaded() && m_page->model()->rowCount() == rows, 30000);
}

void TestSsoSessionsPage::testSessionsShowUserSourceAndServiceProviders()
{
    SsoSessionModel* model = m_page->model();
    const int ayse = rowOf(QStringLiteral("ayse.yilmaz"));
    QVERIFY(ayse >= 0);
    QCOMPARE(model->index(ayse, SsoSessionModel::SourceIpColumn).data().toString(), QStringLiteral("127.0.0.1"));
    const QString providers = model->index(ayse, SsoSessionModel::ServiceProvidersColumn).data().toString();
    QVERIFY2(providers.contains(QLatin1String(kCrm)) && providers.contains(QLatin1String(kWiki)),
             qPrintable(providers));
    QVERIFY(model->index(ayse, SsoSessionModel::ServiceProvidersColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("ayse.yilmaz")));
    for (int column :
         {SsoSessionModel::StartedColumn, SsoSessionModel::LastSeenColumn, SsoSessionModel::ExpiresColumn}) {
        QVERIFY(model->index(ayse, column).data().toString() != QStringLiteral("—"));
    }
    const int bora = rowOf(QStringLiteral("bora.sahin"));
    QCOMPARE(model->index(bora, SsoSessionModel::ServiceProvidersColumn).data().toString(), QLatin1String(kCrm));
    QCOMPARE(model->headerData(SsoSessionModel::ServiceProvidersColumn, Qt::Horizontal).toString(),
             QStringLiteral("Service Providers"));
    QVERIFY(!model->isSortable(SsoSessionModel::UserColumn)); // the server has one order: newest first
    QVERIFY(m_page->canSearch());
}

void TestSsoSessionsPage::testSearchShowsOneUsersSessions()
{
    m_page->focusSearch(); // what Ctrl+F does
    QTRY_VERIFY(m_page->searchField()->hasFocus());
    test::typeText(m_page->searchField(), QStringLiteral("bora.sahin"));
    waitForRows(1);
    QCOMPARE(m_page->model()->itemAt(0).username, QStringLiteral("bora.sahin"));
    test::typeText(m_page->searchField(), QStringLiteral("nobody"));
    waitForRows(0);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("emptyStateLabel"))->isVisible());
    m_page->searchField()->clear();
    waitForRows(2);
}

void TestSsoSessionsPage::testEndSessionAsksFirstAndTheBrowserMustSignInAgain()
{
    QVERIFY(!m_page->endAction()->isEnabled());
    m_page->view()->selectRow(rowOf(QStringLiteral("ayse.yilmaz")));
    QVERIFY(m_page->endAction()->isEnabled());
    QVERIFY(m_page->canDelete());

    m_page->endAction()->trigger();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::No));
    QTest::qWait(0);
    QCOMPARE(m_page->model()->rowCount(), 2); // No keeps the session

    m_page->deleteSelection(); // what Del does
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    waitForRows(1);
    QCOMPARE(rowOf(QStringLiteral("ayse.yilmaz")), -1);
    QCOMPARE(m_console.admin().get("/api/v1/sso-sessions").json()->getValue<int>("total"), 1);

    // The browser's portal session ended with it: the next application asks for the password again.
    m_ayse->get("/portal/saml/start?sp=" + m_crm);
    QCOMPARE(m_ayse->currentPath().rfind("/portal/login", 0), std::size_t(0));
}

void TestSsoSessionsPage::testEndSeveralSelectedSessions()
{
    QVERIFY(signIn(*m_ayse, m_wiki, QStringLiteral("ayse.yilmaz")));
    m_page->refresh(); // what F5 does
    waitForRows(2);
    m_page->view()->selectAll();
    QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 2);
    m_page->deleteSelection();
    auto* box = test::waitForVisibleChild<QMessageBox>(m_page.get(), QStringLiteral("confirmationBox"));
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("End 2 SSO sessions?"));
    box->button(QMessageBox::Yes)->click();
    waitForRows(0);
    QCOMPARE(m_console.admin().get("/api/v1/sso-sessions").json()->getValue<int>("total"), 0);
    QVERIFY(!m_page->endAction()->isEnabled());
}

QTEST_MAIN(TestSsoSessionsPage)
#include "TestSsoSessionsPage.moc"
