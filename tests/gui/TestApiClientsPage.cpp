#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "dialogs/ApiClientDialog.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/SecretRevealDialog.h"
#include "models/ApiClientModel.h"
#include "pages/ApiClientsPage.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <memory>

using namespace castellan::console;
using test::waitForVisibleChild;

/// The API Clients page against a real server: create (the secret shown once, copied), a rename the server
/// refuses on its field, secret rotation, disable after a confirmation, delete, header clicks sorting on the server.
class TestApiClientsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testCreateShowsTheSecretOnceWithACopyButton();
    void testRenameRefusedOnTheFieldThenSaved();
    void testRotateShowsANewSecret();
    void testDisableAsksFirst();
    void testDeleteRemovesTheClient();
    void testHeaderClicksSortOnTheServer();

private:
    test::SignedInConsole m_console;
    std::unique_ptr<ApiClientsPage> m_page;
    QString m_firstSecret;
};

void TestApiClientsPage::initTestCase()
{
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    m_page = std::make_unique<ApiClientsPage>(m_console.client());
    m_page->resize(1000, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoaded(), 30000);
}

void TestApiClientsPage::cleanupTestCase()
{
    m_page.reset();
}

void TestApiClientsPage::testCreateShowsTheSecretOnceWithACopyButton()
{
    m_page->createItem();
    auto* dialog = waitForVisibleChild<ApiClientDialog>(m_page.get());
    QVERIFY(dialog);
    dialog->typeField()->setCurrentIndex(1); // application
    test::typeText(dialog->nameField(), QStringLiteral("Intranet portal"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

    auto* reveal = waitForVisibleChild<SecretRevealDialog>(m_page.get());
    QVERIFY(reveal);
    m_firstSecret = reveal->secret();
    QVERIFY(!m_firstSecret.isEmpty());
    reveal->findChild<QPushButton*>(QStringLiteral("copyButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_firstSecret);
    QCOMPARE(reveal->findChild<QLabel*>(QStringLiteral("copiedLabel"))->text(),
             QStringLiteral("Copied to the clipboard."));
    reveal->accept();

    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 30000);
    const ApiClient& client = m_page->model()->itemAt(0);
    QCOMPARE(client.name, QStringLiteral("Intranet portal"));
    QCOMPARE(client.type, ApiClient::Type::User);
    QVERIFY(client.clientSecret.isEmpty()); // lists never carry it
}

void TestApiClientsPage::testRenameRefusedOnTheFieldThenSaved()
{
    m_page->view()->selectRow(0);
    QVERIFY(m_page->renameAction()->isEnabled());
    m_page->renameAction()->trigger();
    auto* dialog = waitForVisibleChild<ApiClientDialog>(m_page.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled(), 30000); // the ETag has arrived
    test::typeText(dialog->nameField(), QStringLiteral("   "));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* nameError = dialog->errors()->errorLabel(QStringLiteral("name"));
    QTRY_VERIFY_WITH_TIMEOUT(nameError->isVisible(), 30000);
    QVERIFY(nameError->text().contains(QStringLiteral("not blank")));
    test::typeText(dialog->nameField(), QStringLiteral("Intranet"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ApiClientDialog*>(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->itemAt(0).name, QStringLiteral("Intranet"), 30000);
}

void TestApiClientsPage::testRotateShowsANewSecret()
{
    m_page->view()->selectRow(0);
    m_page->rotateAction()->trigger();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    auto* reveal = waitForVisibleChild<SecretRevealDialog>(m_page.get());
    QVERIFY(reveal);
    QVERIFY(!reveal->secret().isEmpty());
    QVERIFY(reveal->secret() != m_firstSecret);
    reveal->accept();
}

void TestApiClientsPage::testDisableAsksFirst()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 30000);
    m_page->view()->selectRow(0);
    QVERIFY(m_page->disableAction()->isEnabled());
    QVERIFY(!m_page->enableAction()->isEnabled());
    m_page->disableAction()->trigger();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->itemAt(0).enabled, 30000);
    QCOMPARE(m_page->model()->index(0, ApiClientModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
    QTRY_VERIFY(m_page->enableAction()->isEnabled()); // the selection survived the refresh
}

void TestApiClientsPage::testDeleteRemovesTheClient()
{
    m_page->view()->selectRow(0);
    QVERIFY(m_page->canDelete());
    m_page->deleteSelection();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, 30000);
    QTRY_VERIFY(m_page->findChild<QLabel*>(QStringLiteral("emptyStateLabel"))->isVisible());
}

void TestApiClientsPage::testHeaderClicksSortOnTheServer()
{
    m_console.admin().createClientToken("agent", "VPN gateway"); // used once: it has a last use
    m_console.admin().send("POST", "/api/v1/api-clients", castellan::test::json({{"type", "user"}, {"name", "alpha"}}));
    m_console.admin().send("POST", "/api/v1/api-clients", castellan::test::json({{"type", "agent"}, {"name", "Zeta"}}));
    ApiClientModel* model = m_page->model();
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 3, 30000);
    const auto names = [model] {
        QStringList shown;
        for (const ApiClient& client : model->items()) {
            shown << client.name;
        }
        return shown;
    };
    QCOMPARE(names(), (QStringList{"alpha", "VPN gateway", "Zeta"})); // by name, as the server sorts by default
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(), int(ApiClientModel::NameColumn));

    QVERIFY(test::clickHeader(m_page->view(), ApiClientModel::NameColumn));
    QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList{"Zeta", "VPN gateway", "alpha"}), 30000);
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    QVERIFY(test::clickHeader(m_page->view(), ApiClientModel::LastUsedColumn)); // never used first
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->query().sortKey == QStringLiteral("last_used_at"), 30000);
    QCOMPARE(names().last(), QStringLiteral("VPN gateway"));
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(), int(ApiClientModel::LastUsedColumn));
}

QTEST_MAIN(TestApiClientsPage)
#include "TestApiClientsPage.moc"
