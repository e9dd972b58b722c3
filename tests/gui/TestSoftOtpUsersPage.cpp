#include "DeviceClient.h"
#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "dialogs/EnrollmentDialog.h"
#include "dialogs/QrCodeView.h"
#include "dialogs/RemoteConfigurationDialog.h"
#include "dialogs/UserPickerDialog.h"
#include "models/SoftOtpDeviceModel.h"
#include "models/UserModel.h"
#include "pages/SoftOtpUsersPage.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <memory>
#include <optional>

using namespace castellan::console;
using test::waitForVisibleChild;

/// The SoftOTP Users page against a real server with devices made over REST and by the reference app (the
/// device API): Verified with its reason, an enrollment QR code for a user picked by search, and remote
/// configuration set for two devices at once, then delivered to the app at its sync; header clicks sort on the
/// server.
class TestSoftOtpUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testVerifiedSaysWhyNot();
    void testEnrollmentQrCodeForAPickedUser();
    void testRemoteConfigurationForTwoDevices();
    void testMixedDevicesMustBeDecidedBeforeSaving();
    void testHeaderClicksSortOnTheServer();

private:
    /// Starts an enrollment over REST for a new user; answers its otpauth URI.
    std::string startEnrollment(const QString& username);
    int rowOf(const QString& username) const;
    void selectRows(const QList<int>& rows);

    test::SignedInConsole m_console;
    std::unique_ptr<SoftOtpUsersPage> m_page;
    std::optional<castellan::client::DeviceClient> m_app;
};

void TestSoftOtpUsersPage::initTestCase()
{
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    // Two devices: one the reference app enrolled and verified, one whose QR code nobody scanned yet.
    const std::string uri = startEnrollment(QStringLiteral("ayse.yilmaz"));
    auto app =
        castellan::client::DeviceClient::enroll(uri, {"android", "Ayşe's phone", ""}, {.acceptAnyCertificate = true});
    QVERIFY2(app.ok(), app.ok() ? "" : app.error().message.c_str());
    m_app.emplace(std::move(app).value());
    QVERIFY(m_app->verify().ok());
    startEnrollment(QStringLiteral("bora.sahin"));

    m_page = std::make_unique<SoftOtpUsersPage>(m_console.client());
    m_page->resize(1100, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, 30000);
}

void TestSoftOtpUsersPage::cleanupTestCase()
{
    m_page.reset();
}

std::string TestSoftOtpUsersPage::startEnrollment(const QString& username)
{
    const qint64 id = m_console.server().createUser(username);
    const auto reply = m_console.admin().send("POST", "/api/v1/users/" + std::to_string(id) + "/enrollments", "{}");
    return reply.status == 201 ? reply.json()->getValue<std::string>("otpauth_uri") : std::string();
}

int TestSoftOtpUsersPage::rowOf(const QString& username) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->itemAt(row).username == username) {
            return row;
        }
    }
    return -1;
}

void TestSoftOtpUsersPage::selectRows(const QList<int>& rows)
{
    QItemSelectionModel* selection = m_page->view()->selectionModel();
    selection->clearSelection();
    for (const int row : rows) {
        selection->select(m_page->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestSoftOtpUsersPage::testVerifiedSaysWhyNot()
{
    const auto verified = [this](const QString& username) {
        return m_page->model()->index(rowOf(username), SoftOtpDeviceModel::VerifiedColumn).data().toString();
    };
    QCOMPARE(verified(QStringLiteral("ayse.yilmaz")), QStringLiteral("Yes"));
    QCOMPARE(verified(QStringLiteral("bora.sahin")), QStringLiteral("No — QR code not scanned"));
    QCOMPARE(m_page->model()
                 ->index(rowOf(QStringLiteral("ayse.yilmaz")), SoftOtpDeviceModel::PlatformColumn)
                 .data()
                 .toString(),
             QStringLiteral("android"));
}

void TestSoftOtpUsersPage::testEnrollmentQrCodeForAPickedUser()
{
    QVERIFY(m_console.server().createUser(QStringLiteral("cem.aydin")) > 0);
    m_page->createItem();
    auto* picker = waitForVisibleChild<UserPickerDialog>(m_page.get());
    QVERIFY(picker);
    test::typeText(picker->searchField(), QStringLiteral("cem"));
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->rowCount() == 1 && !picker->model()->isLoading(), 30000);
    picker->view()->selectRow(0);
    QPushButton* choose = picker->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(choose->isEnabled());
    choose->click();

    auto* enrollment = waitForVisibleChild<EnrollmentDialog>(m_page.get());
    QVERIFY(enrollment);
    QTRY_VERIFY_WITH_TIMEOUT(enrollment->isReady(), 30000);
    QVERIFY(enrollment->qrCode()->hasCode());
    QVERIFY(enrollment->linkField()->text().startsWith(QStringLiteral("otpauth://totp/")));
    QVERIFY(enrollment->linkField()->text().contains(QStringLiteral("cem.aydin")));
    enrollment->accept();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("cem.aydin")) >= 0, 30000); // the pending device is listed
}

void TestSoftOtpUsersPage::testRemoteConfigurationForTwoDevices()
{
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("ayse.yilmaz")) >= 0, 30000);
    selectRows({rowOf(QStringLiteral("ayse.yilmaz")), rowOf(QStringLiteral("bora.sahin"))});
    QVERIFY(m_page->configureAction()->isEnabled());
    QVERIFY(!m_page->enrollAction()->isEnabled()); // a QR code is for one user
    m_page->configureAction()->trigger();
    auto* dialog = waitForVisibleChild<RemoteConfigurationDialog>(m_page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->pinBox()->checkState(), Qt::Unchecked);
    QTest::mouseClick(dialog->pinBox(), Qt::LeftButton, {}, QPoint(4, dialog->pinBox()->height() / 2));
    QTest::mouseClick(dialog->biometricBox(), Qt::LeftButton, {}, QPoint(4, dialog->biometricBox()->height() / 2));
    QCOMPARE(dialog->configuration().pinRequired, true);
    QCOMPARE(dialog->configuration().biometricRequired, true);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<RemoteConfigurationDialog*>(), 30000);

    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && m_page->model()->rowCount() >= 2 &&
                                 m_page->model()->itemAt(rowOf(QStringLiteral("bora.sahin"))).pinRequired,
                             30000);
    for (const QString& username : {QStringLiteral("ayse.yilmaz"), QStringLiteral("bora.sahin")}) {
        const SoftOtpDevice& device = m_page->model()->itemAt(rowOf(username));
        QVERIFY(device.pinRequired);
        QVERIFY(device.biometricRequired);
        QCOMPARE(m_page->model()->index(rowOf(username), SoftOtpDeviceModel::ConfigurationColumn).data().toString(),
                 QStringLiteral("Pending"));
    }
    // The app gets it at its next sync, and the page says it was delivered.
    auto applied = m_app->sync();
    QVERIFY(applied.ok());
    QVERIFY(applied.value().pinRequired);
    QVERIFY(applied.value().biometricRequired);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()
                                  ->index(rowOf(QStringLiteral("ayse.yilmaz")), SoftOtpDeviceModel::ConfigurationColumn)
                                  .data()
                                  .toString(),
                              QStringLiteral("Delivered"), 30000);
}

void TestSoftOtpUsersPage::testMixedDevicesMustBeDecidedBeforeSaving()
{
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("cem.aydin")) >= 0, 30000);
    selectRows({rowOf(QStringLiteral("ayse.yilmaz")), rowOf(QStringLiteral("cem.aydin"))});
    m_page->configureAction()->trigger();
    auto* dialog = waitForVisibleChild<RemoteConfigurationDialog>(m_page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->pinBox()->checkState(), Qt::PartiallyChecked);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("mixedNote"))->isVisible());
    QTest::mouseClick(dialog->pinBox(), Qt::LeftButton, {}, QPoint(4, dialog->pinBox()->height() / 2));
    QTest::mouseClick(dialog->biometricBox(), Qt::LeftButton, {}, QPoint(4, dialog->biometricBox()->height() / 2));
    QVERIFY(dialog->pinBox()->checkState() != Qt::PartiallyChecked);
    QVERIFY(dialog->saveButton()->isEnabled());
    dialog->reject();
}

void TestSoftOtpUsersPage::testHeaderClicksSortOnTheServer()
{
    SoftOtpDeviceModel* model = m_page->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 2, 30000);
    QHeaderView* header = m_page->view()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(SoftOtpDeviceModel::UsernameColumn));

    QVERIFY(test::clickHeader(m_page->view(), SoftOtpDeviceModel::UsernameColumn));
    QCOMPARE(model->query().toUrlQuery().queryItemValue(QStringLiteral("sort")), QStringLiteral("-username"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->itemAt(0).username == QStringLiteral("cem.aydin"), 30000);
    QCOMPARE(model->itemAt(model->rowCount() - 1).username, QStringLiteral("ayse.yilmaz"));

    QVERIFY(test::clickHeader(m_page->view(), SoftOtpDeviceModel::VerifiedColumn)); // not verified first
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->query().sortKey == QStringLiteral("verified"), 30000);
    QVERIFY(!model->itemAt(0).verified);
    QVERIFY(model->itemAt(model->rowCount() - 1).verified);
    QVERIFY(test::clickHeader(m_page->view(), SoftOtpDeviceModel::VerifiedColumn));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->query().descending && model->itemAt(0).verified, 30000);
    QCOMPARE(header->sortIndicatorSection(), int(SoftOtpDeviceModel::VerifiedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

QTEST_MAIN(TestSoftOtpUsersPage)
#include "TestSoftOtpUsersPage.moc"
