#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "RadiusPeers.h"
#include "ServerProcess.h"
#include "api/RestClient.h"
#include "api/RestReply.h"
#include "api/RestRequest.h"
#include "dialogs/ApplicationDialog.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/RadiusClientDialog.h"
#include "dialogs/SharedSecret.h"
#include "models/RadiusClientModel.h"
#include "pages/ApplicationsPage.h"
#include "pages/RadiusClientsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>

#include <memory>
#include <optional>

using namespace castellan::console;
using test::waitForVisibleChild;

/// Configuration → RADIUS Clients against a real server, in English and Turkish: a client created with a
/// generated secret (shown once, copied) and a profile picked from the server's radius profiles; a refused source
/// shown under its field; turning Message-Authenticator off explains BlastRADIUS and asks; disable and delete.
/// The journey: a profile and a client made with the console's widgets, then FreeRADIUS's radclient with the
/// user's password and an oathtool code gets Access-Accept, and the page shows the client's request counts.
class TestRadiusClientsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testGeneratedSecretsAreStrongAndDiffer();
    void testModelPassesTheTester();
    void testProfileCreatedWithTheConsole();
    void testCreateWithGeneratedSecretAndProfile();
    void testRefusedSourceShownUnderItsField();
    void testTurningOffMessageAuthenticatorAsksFirst();
    void testRadclientLoginIsAcceptedAndCounted();
    void testTurkish();
    void testDisableAndDelete();
    void testRouteTheServerLacksSaysSoInsteadOfFailing();

private:
    int rowOf(const QString& name) const;

    test::SignedInConsole m_console;
    std::unique_ptr<RadiusClientsPage> m_page;
    QString m_secret;
};

void TestRadiusClientsPage::initTestCase()
{
    QVERIFY2(m_console.start({QStringLiteral("--set"), QStringLiteral("radius.port=auto")}),
             qPrintable(m_console.errorText()));
    QVERIFY(m_console.server().process().radiusPort() > 0);
    m_page = std::make_unique<RadiusClientsPage>(m_console.client());
    m_page->resize(1300, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoaded(), 30000);
}

void TestRadiusClientsPage::cleanupTestCase()
{
    m_page.reset();
}

int TestRadiusClientsPage::rowOf(const QString& name) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->itemAt(row).name == name) {
            return row;
        }
    }
    return -1;
}

void TestRadiusClientsPage::testGeneratedSecretsAreStrongAndDiffer()
{
    const QString first = sharedSecret::generate();
    const QString second = sharedSecret::generate();
    QCOMPARE(int(first.size()), sharedSecret::kLength);
    QVERIFY(first != second);
    for (const QChar ch : first) {
        QVERIFY(QString(sharedSecret::kAlphabet).contains(ch));
    }
}

void TestRadiusClientsPage::testModelPassesTheTester()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 30000);
}

void TestRadiusClientsPage::testProfileCreatedWithTheConsole()
{
    // The journey's profile, made with the Applications page's dialog: password + 6-digit code appended.
    ApplicationsPage applications(m_console.client());
    applications.show();
    applications.createItem();
    auto* dialog = waitForVisibleChild<ApplicationDialog>(&applications);
    QVERIFY(dialog);
    dialog->typeField()->setCurrentIndex(dialog->typeField()->findData(QStringLiteral("radius")));
    test::typeText(dialog->nameField(), QStringLiteral("VPN"));
    dialog->appendedOtpField()->setCurrentIndex(dialog->appendedOtpField()->findData(6));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!applications.findChild<ApplicationDialog*>(), 30000);
    QCOMPARE(m_console.admin().get("/api/v1/applications?q=VPN").json()->getValue<int>("total"), 1);
}

void TestRadiusClientsPage::testCreateWithGeneratedSecretAndProfile()
{
    m_page->createItem();
    auto* dialog = waitForVisibleChild<RadiusClientDialog>(m_page.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->profilesLoaded(), 30000);
    test::typeText(dialog->nameField(), QStringLiteral("Loopback VPN"));
    test::typeText(dialog->sourceField(), QStringLiteral("127.0.0.1"));
    QVERIFY(!dialog->copyButton()->isEnabled());
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    m_secret = dialog->secretField()->text();
    QCOMPARE(int(m_secret.size()), sharedSecret::kLength);
    QCOMPARE(dialog->secretField()->echoMode(), QLineEdit::Normal); // shown, once
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("secretNote"))->isVisible());
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_secret);
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    QVERIFY(dialog->secretField()->text() != m_secret); // each press makes a new one
    m_secret = dialog->secretField()->text();

    const int vpn = dialog->profileField()->findText(QStringLiteral("VPN"));
    QVERIFY(vpn > 0);
    dialog->profileField()->setCurrentIndex(vpn);
    QVERIFY(dialog->messageAuthenticatorField()->isChecked());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<RadiusClientDialog*>(), 30000);

    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("Loopback VPN")) >= 0, 30000);
    const int row = rowOf(QStringLiteral("Loopback VPN"));
    QCOMPARE(m_page->model()->index(row, RadiusClientModel::ProfileColumn).data().toString(), QStringLiteral("VPN"));
    QCOMPARE(m_page->model()->index(row, RadiusClientModel::MessageAuthenticatorColumn).data().toString(),
             QStringLiteral("Required"));
    QCOMPARE(m_page->model()->index(row, RadiusClientModel::LastRequestColumn).data().toString(),
             QStringLiteral("None yet"));
}

void TestRadiusClientsPage::testRefusedSourceShownUnderItsField()
{
    m_page->createItem();
    auto* dialog = waitForVisibleChild<RadiusClientDialog>(m_page.get());
    QVERIFY(dialog);
    test::typeText(dialog->nameField(), QStringLiteral("Broken"));
    test::typeText(dialog->sourceField(), QStringLiteral("vpn.example"));
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* error = dialog->errors()->errorLabel(QStringLiteral("source"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY(!dialog->errors()->errorLabel(QStringLiteral("name"))->isVisible());

    test::typeText(dialog->sourceField(), QStringLiteral("10.9.0.0/16"));
    test::typeText(dialog->secretField(), QStringLiteral("short")); // RFC 2865 asks for 16 octets at least
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* secretError = dialog->errors()->errorLabel(QStringLiteral("secret"));
    QTRY_VERIFY_WITH_TIMEOUT(secretError->isVisible(), 30000);
    QVERIFY(secretError->text().contains(QStringLiteral("16")));
    dialog->reject();
}

void TestRadiusClientsPage::testTurningOffMessageAuthenticatorAsksFirst()
{
    m_page->view()->selectRow(rowOf(QStringLiteral("Loopback VPN")));
    m_page->editAction()->trigger();
    auto* dialog = waitForVisibleChild<RadiusClientDialog>(m_page.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled() && dialog->profilesLoaded(), 30000);
    QCOMPARE(dialog->profileField()->currentText(), QStringLiteral("VPN"));
    QVERIFY(dialog->secretField()->text().isEmpty()); // the secret is never shown again

    QCheckBox* check = dialog->messageAuthenticatorField();
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    auto* box = waitForVisibleChild<QMessageBox>(dialog, QStringLiteral("confirmationBox"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("BlastRADIUS")), qPrintable(box->informativeText()));
    QVERIFY(check->isChecked()); // still on while the admin reads
    box->button(QMessageBox::No)->click();
    QVERIFY(check->isChecked());

    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QVERIFY(test::answerMessageBox(dialog, QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QVERIFY(!check->isChecked());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<RadiusClientDialog*>(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->model()
            ->index(rowOf(QStringLiteral("Loopback VPN")), RadiusClientModel::MessageAuthenticatorColumn)
            .data()
            .toString(),
        QStringLiteral("Not required"), 30000);

    // And back on: no question asked.
    m_page->view()->selectRow(rowOf(QStringLiteral("Loopback VPN")));
    m_page->editAction()->trigger();
    dialog = waitForVisibleChild<RadiusClientDialog>(m_page.get());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled() && dialog->profilesLoaded(), 30000);
    QTest::mouseClick(dialog->messageAuthenticatorField(), Qt::LeftButton, {},
                      QPoint(8, dialog->messageAuthenticatorField()->height() / 2));
    QVERIFY(dialog->messageAuthenticatorField()->isChecked());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<RadiusClientDialog*>(), 30000);
}

void TestRadiusClientsPage::testRadclientLoginIsAcceptedAndCounted()
{
    const std::string password = "Journey-Pass-2026!";
    const auto user = m_console.admin().send(
        "POST", "/api/v1/users",
        castellan::test::json({{"username", "vpn.user"}, {"password", password}, {"password_confirmation", password}}));
    QCOMPARE(user.status, 201);
    const auto factor = m_console.admin().send(
        "POST", "/api/v1/users/" + std::to_string(user.json()->getValue<qint64>("id")) + "/factors",
        castellan::test::json({{"type", "totp"}}));
    QCOMPARE(factor.status, 201);
    QProcess oathtool;
    oathtool.start(QStringLiteral("oathtool"),
                   {QStringLiteral("--totp"), QStringLiteral("-b"),
                    QString::fromStdString(factor.json()->getValue<std::string>("secret"))});
    QVERIFY(oathtool.waitForFinished(10000));
    const QString code = QString::fromLatin1(oathtool.readAllStandardOutput()).trimmed();
    QCOMPARE(int(code.size()), 6);

    const QString server = QStringLiteral("127.0.0.1:%1").arg(m_console.server().process().radiusPort());
    const QString request = QStringLiteral("User-Name = \"vpn.user\"\nUser-Password = \"%1%2\"\n"
                                           "Message-Authenticator = 0x00\n")
                                .arg(QString::fromStdString(password), code);
    const castellan::test::RadclientResult result =
        castellan::test::RadiusPeers::radclient(QStringLiteral("auth"), server, m_secret, request, 5);
    QVERIFY2(result.received(QStringLiteral("Access-Accept")), qPrintable(result.out));

    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 30000);
    const RadiusClient& client = m_page->model()->itemAt(rowOf(QStringLiteral("Loopback VPN")));
    QCOMPARE(client.requests, qint64(1));
    QCOMPARE(client.accepts, qint64(1));
    QVERIFY(client.lastRequestAt.isValid());
    QCOMPARE(m_page->model()
                 ->index(rowOf(QStringLiteral("Loopback VPN")), RadiusClientModel::RequestsColumn)
                 .data()
                 .toString(),
             QStringLiteral("1 (1 accepted, 0 rejected, 0 challenged)"));
}

void TestRadiusClientsPage::testTurkish()
{
    QVERIFY(m_console.languages().setPreference(QStringLiteral("tr")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("RADIUS İstemcileri"));
    QCOMPARE(m_page->model()->headerData(RadiusClientModel::LastRequestColumn, Qt::Horizontal).toString(),
             QStringLiteral("Son İstek"));
    QCOMPARE(m_page->model()
                 ->index(rowOf(QStringLiteral("Loopback VPN")), RadiusClientModel::RequestsColumn)
                 .data()
                 .toString(),
             QStringLiteral("1 (1 kabul, 0 ret, 0 ek soru)"));

    m_page->createItem();
    auto* dialog = waitForVisibleChild<RadiusClientDialog>(m_page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Yeni RADIUS İstemcisi"));
    QCOMPARE(dialog->generateButton()->text(), QStringLiteral("Ü&ret"));
    QCheckBox* check = dialog->messageAuthenticatorField();
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    auto* box = waitForVisibleChild<QMessageBox>(dialog, QStringLiteral("confirmationBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("kabul edilsin mi")), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QStringLiteral("BlastRADIUS")));
    box->button(QMessageBox::No)->click();
    QVERIFY(check->isChecked());

    test::typeText(dialog->nameField(), QStringLiteral("Bozuk"));
    test::typeText(dialog->sourceField(), QStringLiteral("vpn.ornek"));
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errors()->errorLabel(QStringLiteral("source"))->isVisible(), 30000);
    dialog->reject();
    QVERIFY(m_console.languages().setPreference(QStringLiteral("en")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("RADIUS Clients"));
}

void TestRadiusClientsPage::testDisableAndDelete()
{
    m_page->view()->selectRow(rowOf(QStringLiteral("Loopback VPN")));
    QVERIFY(m_page->disableAction()->isEnabled());
    m_page->disableAction()->trigger();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() &&
                                 !m_page->model()->itemAt(rowOf(QStringLiteral("Loopback VPN"))).enabled,
                             30000);
    m_page->view()->selectRow(rowOf(QStringLiteral("Loopback VPN")));
    m_page->deleteSelection();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, 30000);
}

void TestRadiusClientsPage::testRouteTheServerLacksSaysSoInsteadOfFailing()
{
    // What an older server answers for a route it does not have, shown as the page's load failure.
    RestReply* reply = m_console.client().send(RestRequest::get(QStringLiteral("/no-such-route")));
    std::optional<ApiError> answer;
    connect(reply, &RestReply::finished, this, [reply, &answer] { answer = reply->error(); }); // it deletes itself
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QCOMPARE(answer->status(), 404);
    emit m_page->model()->loadFailed(*answer);
    auto* error = m_page->findChild<QLabel*>(QStringLiteral("loadErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("older than this console")), qPrintable(error->text()));
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("retryButton"))->isVisible());
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<QWidget*>(QStringLiteral("errorBar"))->isVisible(), 30000);
}

QTEST_MAIN(TestRadiusClientsPage)
#include "TestRadiusClientsPage.moc"
