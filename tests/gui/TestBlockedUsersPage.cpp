#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "dialogs/BlockUserDialog.h"
#include "dialogs/DurationEdit.h"
#include "dialogs/FieldErrorPresenter.h"
#include "models/AuditEntryModel.h"
#include "models/BlockModel.h"
#include "pages/AuditFilterBar.h"
#include "pages/AuditLogPage.h"
#include "pages/BlockedUsersPage.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

#include <memory>

using namespace castellan::console;
using test::waitForVisibleChild;

/// The Blocked Users page against a real server: a user blocked by failed sign-ins shows with its reason and
/// a live countdown; a manual block; Remove Block asks Yes/No (No keeps it) and removes it; the audit log page
/// shows the removal.
class TestBlockedUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testFailedSignInsBlockAUserWithALiveCountdown();
    void testManualBlockWithoutUsernameIsRefusedOnTheFieldThenSet();
    void testHeaderClicksSortOnTheServerAndSearchFindsAUser();
    void testRemoveBlockAsksFirst();
    void testAuditLogShowsTheRemoval();

private:
    int rowOf(const QString& username) const;

    test::SignedInConsole m_console;
    std::unique_ptr<BlockedUsersPage> m_page;
};

void TestBlockedUsersPage::initTestCase()
{
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    QVERIFY(m_console.server().createUser(QStringLiteral("ayse.yilmaz")) > 0);
    // Wrong passwords through the validate API until the lockout blocks the user.
    const std::string token = m_console.admin().createClientToken("agent", "VPN");
    const auto settings = m_console.admin().get("/api/v1/settings/security").json();
    const int limit = settings->getValue<int>("failed_attempt_limit");
    for (int attempt = 0; attempt < limit; ++attempt) {
        m_console.admin().client().send(
            "POST", "/api/v1/auth/validate",
            castellan::test::json({{"username", "ayse.yilmaz"}, {"password", "wrong-password"}}), "application/json",
            {{"Authorization", "Bearer " + token}});
    }
    m_page = std::make_unique<BlockedUsersPage>(m_console.client());
    m_page->resize(900, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 30000);
}

void TestBlockedUsersPage::cleanupTestCase()
{
    m_page.reset();
}

int TestBlockedUsersPage::rowOf(const QString& username) const
{
    return m_page->model()->rowOfKey(username.toLower());
}

void TestBlockedUsersPage::testFailedSignInsBlockAUserWithALiveCountdown()
{
    const int row = rowOf(QStringLiteral("ayse.yilmaz"));
    QVERIFY(row >= 0);
    QVERIFY(!m_page->model()->itemAt(row).reason.isEmpty());
    QVERIFY(m_page->model()->index(row, BlockModel::BlockedAtColumn).data().toString() != QStringLiteral("—"));
    const auto left = m_page->model()->remainingSeconds(row);
    QVERIFY(left.has_value());
    // The countdown moves by itself (the model's one-second timer), without fetching again.
    const QString shown = m_page->model()->index(row, BlockModel::RemainingColumn).data().toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->index(row, BlockModel::RemainingColumn).data().toString() != shown, 5000);
    QVERIFY(*m_page->model()->remainingSeconds(row) < *left);
}

void TestBlockedUsersPage::testManualBlockWithoutUsernameIsRefusedOnTheFieldThenSet()
{
    QVERIFY(m_page->canCreate());
    m_page->createItem();
    auto* dialog = waitForVisibleChild<BlockUserDialog>(m_page.get());
    QVERIFY(dialog);
    test::typeText(dialog->reasonField(), QStringLiteral("Lost laptop"));
    dialog->permanentBox()->setChecked(true);
    QVERIFY(!dialog->durationField()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton); // no username
    QLabel* usernameError = dialog->errors()->errorLabel(QStringLiteral("username"));
    QTRY_VERIFY_WITH_TIMEOUT(usernameError->isVisible(), 30000);
    QVERIFY(!usernameError->text().isEmpty());
    test::typeText(dialog->usernameField(), QStringLiteral("nobody.here"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->matchLabel()->text().startsWith(QStringLiteral("No local user")), 30000);
    test::typeText(dialog->usernameField(), QStringLiteral("AYSE.yilmaz"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->matchLabel()->text(), QStringLiteral("Local user “AYSE.yilmaz”."), 30000);
    test::typeText(dialog->usernameField(), QStringLiteral("bora.sahin"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<BlockUserDialog*>(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, 30000);
    const int row = rowOf(QStringLiteral("bora.sahin"));
    QCOMPARE(m_page->model()->index(row, BlockModel::RemainingColumn).data().toString(), QStringLiteral("Permanent"));
    QCOMPARE(m_page->model()->index(row, BlockModel::ReasonColumn).data().toString(), QStringLiteral("Lost laptop"));
    QCOMPARE(m_page->model()->index(row, BlockModel::BlockedByColumn).data().toString(), QStringLiteral("admin:admin"));
}

void TestBlockedUsersPage::testHeaderClicksSortOnTheServerAndSearchFindsAUser()
{
    BlockModel* model = m_page->model();
    QHeaderView* header = m_page->view()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(BlockModel::BlockedAtColumn)); // newest first, as the server
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const auto loaded = [model] {
        return !model->isLoading() && model->rowCount() == 2;
    };

    QVERIFY(test::clickHeader(m_page->view(), BlockModel::UsernameColumn));
    QCOMPARE(model->query().toUrlQuery().queryItemValue(QStringLiteral("sort")), QStringLiteral("username"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded(), 30000);
    QCOMPARE(model->itemAt(0).username, QStringLiteral("ayse.yilmaz"));
    QCOMPARE(header->sortIndicatorSection(), int(BlockModel::UsernameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

    QVERIFY(test::clickHeader(m_page->view(), BlockModel::UsernameColumn)); // again: the other way
    QCOMPARE(model->query().toUrlQuery().queryItemValue(QStringLiteral("sort")), QStringLiteral("-username"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded() && model->itemAt(0).username == QStringLiteral("bora.sahin"), 30000);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    // The permanent block has the most time left.
    QVERIFY(test::clickHeader(m_page->view(), BlockModel::RemainingColumn));
    QTRY_VERIFY_WITH_TIMEOUT(loaded() && model->query().sortKey == QStringLiteral("remaining_seconds"), 30000);
    QCOMPARE(model->itemAt(0).username, QStringLiteral("ayse.yilmaz"));
    QCOMPARE(model->itemAt(1).username, QStringLiteral("bora.sahin"));

    QVERIFY(m_page->canSearch());
    m_page->focusSearch(); // what Ctrl+F does
    test::typeText(m_page->searchField(), QStringLiteral("BORA"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, 30000);
    QCOMPARE(model->query().toUrlQuery().queryItemValue(QStringLiteral("q")), QStringLiteral("BORA"));
    QCOMPARE(model->itemAt(0).username, QStringLiteral("bora.sahin"));
    m_page->searchField()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(), 30000);
}

void TestBlockedUsersPage::testRemoveBlockAsksFirst()
{
    m_page->view()->selectRow(rowOf(QStringLiteral("ayse.yilmaz")));
    QVERIFY(m_page->removeAction()->isEnabled());
    QVERIFY(m_page->canDelete());

    m_page->removeAction()->trigger();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::No));
    QTest::qWait(0);
    QCOMPARE(m_page->model()->rowCount(), 2); // No keeps the block

    m_page->deleteSelection(); // what Del does
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 30000);
    QCOMPARE(rowOf(QStringLiteral("ayse.yilmaz")), -1);
    QCOMPARE(m_console.admin().get("/api/v1/blocks").json()->getValue<int>("total"), 1);
}

void TestBlockedUsersPage::testAuditLogShowsTheRemoval()
{
    AuditLogPage audit(m_console.client());
    audit.resize(1100, 500);
    audit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&audit));
    audit.activate();
    test::typeText(audit.filterBar()->eventField(), QStringLiteral("block.remove"));
    QTRY_VERIFY_WITH_TIMEOUT(audit.model()->filter().event == QStringLiteral("block.remove") &&
                                 !audit.model()->isLoading() && audit.model()->rowCount() == 1,
                             30000);
    const AuditEntry& entry = audit.model()->itemAt(0);
    QCOMPARE(entry.username, QStringLiteral("ayse.yilmaz"));
    QCOMPARE(entry.actor, QStringLiteral("admin:admin"));
    QCOMPARE(audit.model()->index(0, AuditEntryModel::ResultColumn).data().toString(), QStringLiteral("Success"));

    // Live: a new matching event appears without the admin asking.
    m_page->view()->selectRow(rowOf(QStringLiteral("bora.sahin")));
    m_page->deleteSelection();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, 30000);
    QVERIFY(audit.liveBox()->isChecked());
    audit.refreshLive(); // the live timer's step, without waiting for it
    QTRY_COMPARE_WITH_TIMEOUT(audit.model()->rowCount(), 2, 30000);
    QCOMPARE(audit.model()->itemAt(0).username, QStringLiteral("bora.sahin")); // newest first

    // By username, on the server.
    QVERIFY(test::clickHeader(audit.view(), AuditEntryModel::UsernameColumn));
    QCOMPARE(audit.model()->query().toUrlQuery().queryItemValue(QStringLiteral("sort")), QStringLiteral("username"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !audit.model()->isLoading() && audit.model()->itemAt(0).username == QStringLiteral("ayse.yilmaz"), 30000);
    QCOMPARE(audit.view()->horizontalHeader()->sortIndicatorSection(), int(AuditEntryModel::UsernameColumn));
}

QTEST_MAIN(TestBlockedUsersPage)
#include "TestBlockedUsersPage.moc"
