#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "dialogs/ApplicationDialog.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/ReplyAttributesEditor.h"
#include "models/ApplicationModel.h"
#include "pages/ApplicationsPage.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <memory>

using namespace castellan::console;
using test::waitForVisibleChild;

/// Configuration → Applications against a real server, in English and Turkish: a radius profile created with a
/// reply attribute completed from the server's dictionary, a refusal shown under the offending field, the RADIUS
/// clients using a profile named in the table, the edit dialog and when deleting (also when the server refuses
/// with 409 because the list was stale), and an unused profile deleted.
class TestApplicationsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testModelPassesTheTester();
    void testCreateRadiusProfileWithACompletedAttribute();
    void testRefusedAttributeShownUnderItsField();
    void testProfileInUseNamesItsRadiusClients();
    void testDeleteRefusedByTheServerNamesTheClient();
    void testDeleteUnusedProfile();
    void testTurkish();

private:
    ApplicationDialog* openNewDialog();
    int rowOf(const QString& name) const;
    qint64 createRadiusClient(const QString& name, const QString& source, qint64 profileId);

    test::SignedInConsole m_console;
    std::unique_ptr<ApplicationsPage> m_page;
};

void TestApplicationsPage::initTestCase()
{
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    m_page = std::make_unique<ApplicationsPage>(m_console.client());
    m_page->resize(1200, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoaded(), 30000);
}

void TestApplicationsPage::cleanupTestCase()
{
    m_page.reset();
}

ApplicationDialog* TestApplicationsPage::openNewDialog()
{
    m_page->createItem();
    auto* dialog = waitForVisibleChild<ApplicationDialog>(m_page.get());
    if (dialog) {
        dialog->typeField()->setCurrentIndex(dialog->typeField()->findData(QStringLiteral("radius")));
    }
    return dialog;
}

int TestApplicationsPage::rowOf(const QString& name) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->itemAt(row).name == name) {
            return row;
        }
    }
    return -1;
}

qint64 TestApplicationsPage::createRadiusClient(const QString& name, const QString& source, qint64 profileId)
{
    const auto reply =
        m_console.admin().send("POST", "/api/v1/radius-clients",
                               castellan::test::json({{"name", name.toStdString()},
                                                      {"source", source.toStdString()},
                                                      {"secret", "a-test-secret-of-32-characters!!"},
                                                      {"application_id", "=" + std::to_string(profileId)}}));
    return reply.status == 201 ? reply.json()->getValue<qint64>("id") : -1;
}

void TestApplicationsPage::testModelPassesTheTester()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 30000);
}

void TestApplicationsPage::testCreateRadiusProfileWithACompletedAttribute()
{
    ApplicationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->appendedOtpField()->isVisible()); // radius fields show for radius profiles only
    QTRY_VERIFY_WITH_TIMEOUT(dialog->dictionaryLoaded(), 30000);
    test::typeText(dialog->nameField(), QStringLiteral("VPN"));
    dialog->factorField(QStringLiteral("hotp"))->setChecked(true);
    dialog->appendedOtpField()->setCurrentIndex(dialog->appendedOtpField()->findData(6));

    ReplyAttributesEditor* attributes = dialog->replyAttributesField();
    QTest::mouseClick(attributes->addButton(), Qt::LeftButton);
    QCOMPARE(attributes->rowCount(), 1);
    test::typeText(attributes->attributeField(0), QStringLiteral("filt"));
    QCompleter* completer = attributes->completer();
    QCOMPARE(completer->completionPrefix(), QStringLiteral("filt"));
    QStringList offered;
    for (int i = 0; completer->setCurrentRow(i); ++i) {
        offered << completer->currentCompletion();
    }
    QVERIFY2(offered.contains(QStringLiteral("Filter-Id")), qPrintable(offered.join(',')));
    QVERIFY(!offered.contains(QStringLiteral("Message-Authenticator")));
    completer->popup()->hide(); // a click outside an open popup only closes it
    attributes->attributeField(0)->setText(QStringLiteral("Filter-Id"));
    test::typeText(attributes->valueField(0), QStringLiteral("vpn-{username}"));

    dialog->typeField()->setCurrentIndex(dialog->typeField()->findData(QStringLiteral("saml")));
    QVERIFY(!dialog->appendedOtpField()->isVisible());
    dialog->typeField()->setCurrentIndex(dialog->typeField()->findData(QStringLiteral("radius")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ApplicationDialog*>(), 30000);

    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("VPN")) >= 0, 30000);
    const ApplicationProfile& vpn = m_page->model()->itemAt(rowOf(QStringLiteral("VPN")));
    QCOMPARE(vpn.type, QStringLiteral("radius"));
    QCOMPARE(vpn.appendedOtpLength, 6);
    QCOMPARE(vpn.allowedFactors, (QStringList{QStringLiteral("hotp"), QStringLiteral("totp")}));
    QCOMPARE(int(vpn.replyAttributes.size()), 1);
    QCOMPARE(vpn.replyAttributes.first().attribute, QStringLiteral("Filter-Id"));
    QCOMPARE(m_page->model()->index(rowOf(QStringLiteral("VPN")), ApplicationModel::TypeColumn).data().toString(),
             QStringLiteral("RADIUS"));
    QCOMPARE(m_page->model()->index(rowOf(QStringLiteral("VPN")), ApplicationModel::UsedByColumn).data().toString(),
             QStringLiteral("—"));
}

void TestApplicationsPage::testRefusedAttributeShownUnderItsField()
{
    ApplicationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    test::typeText(dialog->nameField(), QStringLiteral("Broken"));
    QTest::mouseClick(dialog->replyAttributesField()->addButton(), Qt::LeftButton);
    test::typeText(dialog->replyAttributesField()->attributeField(0), QStringLiteral("No-Such-Attribute"));
    test::typeText(dialog->replyAttributesField()->valueField(0), QStringLiteral("x"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* error = dialog->errors()->errorLabel(QStringLiteral("reply_attributes"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY2(error->text().contains(QStringLiteral("not a known RADIUS attribute")), qPrintable(error->text()));

    test::typeText(dialog->nameField(), QStringLiteral("VPN")); // taken: refused on the name
    dialog->replyAttributesField()->setAttributes({});
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* nameError = dialog->errors()->errorLabel(QStringLiteral("name"));
    QTRY_VERIFY_WITH_TIMEOUT(nameError->isVisible(), 30000);
    QVERIFY(nameError->text().contains(QStringLiteral("already taken")));
    dialog->reject();
}

void TestApplicationsPage::testProfileInUseNamesItsRadiusClients()
{
    const qint64 vpn = m_page->model()->itemAt(rowOf(QStringLiteral("VPN"))).id;
    QVERIFY(createRadiusClient(QStringLiteral("Core firewall"), QStringLiteral("10.1.0.1"), vpn) > 0);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 30000);
    const int row = rowOf(QStringLiteral("VPN"));
    QCOMPARE(m_page->model()->index(row, ApplicationModel::UsedByColumn).data().toString(),
             QStringLiteral("RADIUS client “Core firewall”"));

    m_page->view()->selectRow(row);
    m_page->editAction()->trigger();
    auto* dialog = waitForVisibleChild<ApplicationDialog>(m_page.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled(), 30000);
    QVERIFY(dialog->usedByLabel()->isVisible());
    QVERIFY(dialog->usedByLabel()->text().contains(QStringLiteral("Core firewall")));
    QCOMPARE(int(dialog->replyAttributesField()->attributes().size()), 1);
    dialog->reject();

    m_page->deleteSelection();
    auto* box = waitForVisibleChild<QMessageBox>(m_page.get(), QStringLiteral("informationBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("Core firewall")), qPrintable(box->text()));
    box->button(QMessageBox::Ok)->click();
    QCOMPARE(m_console.admin().get("/api/v1/applications/" + std::to_string(vpn)).status, 200);
}

void TestApplicationsPage::testDeleteRefusedByTheServerNamesTheClient()
{
    // The page believes "Spare" unused; a client takes it meanwhile: the server's 409 names it.
    const auto created = m_console.admin().send("POST", "/api/v1/applications",
                                                R"({"name":"Spare","type":"radius","allowed_factors":["totp"]})");
    QCOMPARE(created.status, 201);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && rowOf(QStringLiteral("Spare")) >= 0, 30000);
    QVERIFY(createRadiusClient(QStringLiteral("Branch router"), QStringLiteral("10.2.0.1"),
                               created.json()->getValue<qint64>("id")) > 0);
    m_page->view()->selectRow(rowOf(QStringLiteral("Spare")));
    m_page->deleteSelection();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    auto* box = waitForVisibleChild<QMessageBox>(m_page.get(), QStringLiteral("informationBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("Branch router")), qPrintable(box->text()));
    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 30000);
    QVERIFY(rowOf(QStringLiteral("Spare")) >= 0);
}

void TestApplicationsPage::testDeleteUnusedProfile()
{
    QCOMPARE(m_console.admin()
                 .send("POST", "/api/v1/applications",
                       R"({"name":"Old portal","type":"registration","allowed_factors":["totp"]})")
                 .status,
             201);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && rowOf(QStringLiteral("Old portal")) >= 0, 30000);
    m_page->view()->selectRow(rowOf(QStringLiteral("Old portal")));
    QVERIFY(m_page->canDelete());
    m_page->deleteSelection();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && rowOf(QStringLiteral("Old portal")) < 0, 30000);
}

void TestApplicationsPage::testTurkish()
{
    QVERIFY(m_console.languages().setPreference(QStringLiteral("tr")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Uygulamalar"));
    QCOMPARE(m_page->model()->headerData(ApplicationModel::UsedByColumn, Qt::Horizontal).toString(),
             QStringLiteral("Kullananlar"));
    const int row = rowOf(QStringLiteral("VPN"));
    QCOMPARE(m_page->model()->index(row, ApplicationModel::UsedByColumn).data().toString(),
             QStringLiteral("RADIUS istemcisi “Core firewall”"));

    ApplicationDialog* dialog = openNewDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Yeni Uygulama Profili"));
    test::typeText(dialog->nameField(), QStringLiteral("Bozuk"));
    QTest::mouseClick(dialog->replyAttributesField()->addButton(), Qt::LeftButton);
    test::typeText(dialog->replyAttributesField()->attributeField(0), QStringLiteral("Yok-Boyle-Bir-Nitelik"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* error = dialog->errors()->errorLabel(QStringLiteral("reply_attributes"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000); // the server's text, next to the field
    dialog->reject();

    m_page->view()->selectRow(row);
    m_page->deleteSelection();
    auto* box = waitForVisibleChild<QMessageBox>(m_page.get(), QStringLiteral("informationBox"));
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Profil Kullanımda"));
    QVERIFY2(box->text().contains(QStringLiteral("kullanıyor")) &&
                 box->text().contains(QStringLiteral("Core firewall")),
             qPrintable(box->text()));
    box->button(QMessageBox::Ok)->click();
    QVERIFY(m_console.languages().setPreference(QStringLiteral("en")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Applications"));
}

QTEST_MAIN(TestApplicationsPage)
#include "TestApplicationsPage.moc"
