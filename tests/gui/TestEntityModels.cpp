#include "api/RestClient.h"
#include "models/ApiClientModel.h"
#include "models/AuditEntryModel.h"
#include "models/BlockModel.h"
#include "models/LicenseUsageModel.h"
#include "models/SoftOtpDeviceModel.h"
#include "models/SsoSessionModel.h"
#include "models/StatusPalette.h"
#include "models/UserModel.h"
#include "pages/PagerBar.h"
#include "pages/ServerSortedHeader.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace castellan::console;

/// The entity table models with pages set by hand: structure (QAbstractItemModelTester), the xFromIndex /
/// indexFromX pairs, display texts, status colouring, the live countdown of blocks.
class TestEntityModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void testApiClientModelMapsRowsToClients();
    void testUserModelColoursStatusAndNearExpiration();
    void testUserModelSortsOnlyWhereTheServerSorts();
    void testUnsortableColumnsAreVisiblyNot();
    void testUserModelPageResetIsAnnounced();
    void testEntityModelsSortWhereTheirRoutesSort();
    void testSsoSessionModelJoinsTheServiceProviders();
    void testSoftOtpModelGivesTheReasonWhenNotVerified();
    void testBlockModelCountsDownLive();
    void testAuditModelMarksFailures();
    void testLicenseUsageModelAsksForTheMonth();
    void testPagingStateFollowsTheTotal();

private:
    /// The model starts in the server's default order, maps exactly `keys` to sort keys, and a sort asks for the
    /// first page again with `sort=` (descending with a `-`).
    static void checkSortKeys(PagedTableModel& model, int defaultColumn, Qt::SortOrder defaultOrder,
                              const QMap<int, QString>& keys);
    static LocalUser user(qint64 id, const QString& name, LocalUser::Status status, const QDateTime& expiresAt = {});

    RestClient m_client; // never called: the tests set pages by hand
    const QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
};

void TestEntityModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

LocalUser TestEntityModels::user(qint64 id, const QString& name, LocalUser::Status status, const QDateTime& expiresAt)
{
    LocalUser u;
    u.id = id;
    u.username = name;
    u.status = status;
    u.enabled = status != LocalUser::Status::Disabled;
    u.expiresAt = expiresAt;
    return u;
}

void TestEntityModels::testApiClientModelMapsRowsToClients()
{
    ApiClientModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ApiClient vpn;
    vpn.id = 7;
    vpn.name = QStringLiteral("VPN agent");
    vpn.clientId = QStringLiteral("cli_abc");
    ApiClient app;
    app.id = 9;
    app.type = ApiClient::Type::User;
    app.name = QStringLiteral("Portal");
    app.enabled = false;
    model.setPage({{vpn, app}, 2});

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ApiClientModel::ColumnCount));
    const QModelIndex portal = model.indexFromClientId(9, ApiClientModel::StatusColumn);
    QVERIFY(portal.isValid());
    QCOMPARE(model.clientFromIndex(portal)->name, QStringLiteral("Portal"));
    QCOMPARE(portal.data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(portal.data(Qt::ForegroundRole).value<QBrush>(), StatusPalette::inactiveText());
    QCOMPARE(model.index(0, ApiClientModel::TypeColumn).data().toString(), QStringLiteral("Login agent"));
    QCOMPARE(model.index(0, ApiClientModel::LastUsedColumn).data().toString(), QStringLiteral("Never"));
    QVERIFY(!model.indexFromClientId(8).isValid());
    QVERIFY(!model.clientFromIndex(QModelIndex()));
}

void TestEntityModels::testUserModelColoursStatusAndNearExpiration()
{
    UserModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([this] { return m_now; });
    model.setPage({{user(1, QStringLiteral("ayse"), LocalUser::Status::Active, m_now.addDays(3)),
                    user(2, QStringLiteral("bora"), LocalUser::Status::Active, m_now.addDays(60)),
                    user(3, QStringLiteral("cem"), LocalUser::Status::Expired, m_now.addDays(-1)),
                    user(4, QStringLiteral("deniz"), LocalUser::Status::Blocked),
                    user(5, QStringLiteral("ece"), LocalUser::Status::Disabled)},
                   5});

    const auto cell = [&](qint64 id, int column) {
        return model.indexFromUserId(id, column);
    };
    QCOMPARE(model.userFromIndex(cell(4, UserModel::EmailColumn))->username, QStringLiteral("deniz"));
    QCOMPARE(cell(1, UserModel::ExpiresColumn).data(Qt::BackgroundRole).value<QBrush>(),
             StatusPalette::warningBackground());
    QVERIFY(cell(1, UserModel::ExpiresColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Expires in 3 day")));
    QVERIFY(!cell(2, UserModel::ExpiresColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(cell(3, UserModel::ExpiresColumn).data(Qt::BackgroundRole).value<QBrush>(),
             StatusPalette::alertBackground());
    QCOMPARE(cell(3, UserModel::StatusColumn).data().toString(), QStringLiteral("Expired"));
    QCOMPARE(cell(3, UserModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>(), StatusPalette::alertText());
    QCOMPARE(cell(4, UserModel::StatusColumn).data().toString(), QStringLiteral("Blocked"));
    QCOMPARE(cell(4, UserModel::ExpiresColumn).data().toString(), QStringLiteral("Never"));
    QCOMPARE(cell(5, UserModel::UsernameColumn).data(Qt::ForegroundRole).value<QBrush>(),
             StatusPalette::inactiveText());
    QVERIFY(model.expiresSoon(*model.userFromIndex(cell(1, 0))));
    QVERIFY(!model.expiresSoon(*model.userFromIndex(cell(3, 0))));
}

void TestEntityModels::testUserModelSortsOnlyWhereTheServerSorts()
{
    UserModel model(m_client);
    QCOMPARE(model.sortColumn(), int(UserModel::UsernameColumn));
    QCOMPARE(model.query().sortKey, QStringLiteral("username"));
    QVERIFY(model.isSortable(UserModel::ExpiresColumn));
    QVERIFY(!model.isSortable(UserModel::StatusColumn));
    model.sort(UserModel::StatusColumn, Qt::DescendingOrder); // no server sort: ignored
    QCOMPARE(model.sortColumn(), int(UserModel::UsernameColumn));
    model.sort(UserModel::ExpiresColumn, Qt::DescendingOrder);
    QCOMPARE(model.query().sortKey, QStringLiteral("expires_at"));
    QVERIFY(model.query().descending);
    QCOMPARE(model.query().toUrlQuery().queryItemValue(QStringLiteral("sort")), QStringLiteral("-expires_at"));
}

void TestEntityModels::testUnsortableColumnsAreVisiblyNot()
{
    // The header of a server-sorted table: unsortable columns say so and do not react to clicks.
    UserModel model(m_client);
    QTableView view;
    view.setModel(&model);
    view.setColumnWidth(UserModel::EmailColumn, 321);
    auto* header = new ServerSortedHeader(&view, &model);
    QCOMPARE(view.horizontalHeader(), header);
    QCOMPARE(header->sectionSize(UserModel::EmailColumn), 321); // the old header's sizes are kept
    int unsortable = 0;
    for (int column = 0; column < model.columnCount(); ++column) {
        const bool saysUnsortable = header->sectionToolTip(column) == QStringLiteral("This column cannot be sorted.");
        QCOMPARE(saysUnsortable, !model.isSortable(column));
        unsortable += saysUnsortable ? 1 : 0;
    }
    QVERIFY(unsortable > 0);
    QCOMPARE(header->sectionToolTip(UserModel::UsernameColumn),
             QStringLiteral("Sorted ascending; click to sort descending."));
    emit header->sectionClicked(UserModel::StatusColumn);
    QCOMPARE(model.query().sortKey, QStringLiteral("username"));
    QCOMPARE(header->sortIndicatorSection(), int(UserModel::UsernameColumn));
    emit header->sectionClicked(UserModel::ExpiresColumn);
    QCOMPARE(model.query().sortKey, QStringLiteral("expires_at"));
    QCOMPARE(header->sortIndicatorSection(), int(UserModel::ExpiresColumn));
}

void TestEntityModels::checkSortKeys(PagedTableModel& model, int defaultColumn, Qt::SortOrder defaultOrder,
                                     const QMap<int, QString>& keys)
{
    QCOMPARE(model.sortColumn(), defaultColumn);
    QCOMPARE(model.sortOrder(), defaultOrder);
    QCOMPARE(model.query().sortKey, keys.value(defaultColumn));
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.sortKey(column), keys.value(column));
    }
    const int other = keys.lastKey();
    model.showNextPage(); // nothing loaded: stays on the first page
    model.sort(other, Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), other);
    QCOMPARE(model.query().offset, 0);
    QCOMPARE(model.query().toUrlQuery().queryItemValue(QStringLiteral("sort")), QLatin1Char('-') + keys.value(other));
    model.sort(other, Qt::AscendingOrder);
    QCOMPARE(model.query().toUrlQuery().queryItemValue(QStringLiteral("sort")), keys.value(other));
}

void TestEntityModels::testEntityModelsSortWhereTheirRoutesSort()
{
    ApiClientModel clients(m_client);
    checkSortKeys(clients, ApiClientModel::NameColumn, Qt::AscendingOrder,
                  {{ApiClientModel::NameColumn, QStringLiteral("name")},
                   {ApiClientModel::TypeColumn, QStringLiteral("type")},
                   {ApiClientModel::ClientIdColumn, QStringLiteral("client_id")},
                   {ApiClientModel::StatusColumn, QStringLiteral("enabled")},
                   {ApiClientModel::LastUsedColumn, QStringLiteral("last_used_at")},
                   {ApiClientModel::CreatedColumn, QStringLiteral("created_at")}});
    SoftOtpDeviceModel devices(m_client);
    checkSortKeys(devices, SoftOtpDeviceModel::UsernameColumn, Qt::AscendingOrder,
                  {{SoftOtpDeviceModel::UsernameColumn, QStringLiteral("username")},
                   {SoftOtpDeviceModel::LabelColumn, QStringLiteral("label")},
                   {SoftOtpDeviceModel::PlatformColumn, QStringLiteral("platform")},
                   {SoftOtpDeviceModel::VerifiedColumn, QStringLiteral("verified")},
                   {SoftOtpDeviceModel::PinColumn, QStringLiteral("pin_required")},
                   {SoftOtpDeviceModel::BiometricColumn, QStringLiteral("biometric_required")},
                   {SoftOtpDeviceModel::ConfigurationColumn, QStringLiteral("config_delivered")},
                   {SoftOtpDeviceModel::LastSyncColumn, QStringLiteral("last_sync_at")},
                   {SoftOtpDeviceModel::CreatedColumn, QStringLiteral("created_at")}});
    BlockModel blocks(m_client);
    checkSortKeys(blocks, BlockModel::BlockedAtColumn, Qt::DescendingOrder,
                  {{BlockModel::UsernameColumn, QStringLiteral("username")},
                   {BlockModel::ReasonColumn, QStringLiteral("reason")},
                   {BlockModel::BlockedAtColumn, QStringLiteral("blocked_at")},
                   {BlockModel::BlockedByColumn, QStringLiteral("blocked_by")},
                   {BlockModel::RemainingColumn, QStringLiteral("remaining_seconds")}});
    AuditEntryModel audit(m_client);
    checkSortKeys(audit, AuditEntryModel::TimeColumn, Qt::DescendingOrder,
                  {{AuditEntryModel::TimeColumn, QStringLiteral("at")},
                   {AuditEntryModel::EventColumn, QStringLiteral("event")},
                   {AuditEntryModel::UsernameColumn, QStringLiteral("username")},
                   {AuditEntryModel::ActorColumn, QStringLiteral("actor")}});
    LicenseUsageModel usage(m_client);
    checkSortKeys(usage, LicenseUsageModel::UsernameColumn, Qt::AscendingOrder,
                  {{LicenseUsageModel::UsernameColumn, QStringLiteral("username")},
                   {LicenseUsageModel::FirstSeenColumn, QStringLiteral("first_seen")},
                   {LicenseUsageModel::LastLoginColumn, QStringLiteral("last_login")}});
}

void TestEntityModels::testSsoSessionModelJoinsTheServiceProviders()
{
    SsoSessionModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject answer =
        QJsonDocument::fromJson(
            "{\"items\":[{\"id\":\"sso_1\",\"user_id\":7,\"username\":\"ayse\",\"source_ip\":\"192.0.2.4\","
            "\"created_at\":\"2026-03-01T10:00:00Z\",\"last_seen_at\":\"2026-03-01T11:00:00Z\","
            "\"expires_at\":\"2026-03-01T18:00:00Z\",\"service_providers\":["
            "{\"service_provider_id\":1,\"entity_id\":\"https://crm.example.test\",\"name_id\":\"ayse\","
            "\"session_index\":\"_a\",\"signed_in_at\":\"2026-03-01T10:00:00Z\"},"
            "{\"service_provider_id\":2,\"entity_id\":\"https://wiki.example.test\",\"name_id\":\"ayse\","
            "\"session_index\":\"_a\",\"signed_in_at\":\"2026-03-01T10:30:00Z\"}]},"
            "{\"id\":\"sso_2\",\"user_id\":8,\"username\":\"bora\",\"source_ip\":\"192.0.2.5\","
            "\"created_at\":\"2026-03-01T09:00:00Z\",\"last_seen_at\":\"2026-03-01T09:00:00Z\","
            "\"expires_at\":\"2026-03-01T17:00:00Z\",\"service_providers\":[]}],\"total\":2}")
            .object();
    model.setPage(ListPage<SsoSession>::fromJson(answer));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SsoSessionModel::ColumnCount));
    const QModelIndex providers =
        model.indexFromSessionId(QStringLiteral("sso_1"), SsoSessionModel::ServiceProvidersColumn);
    QCOMPARE(providers.data().toString(), QStringLiteral("https://crm.example.test, https://wiki.example.test"));
    QVERIFY(providers.data(Qt::ToolTipRole).toString().contains(QStringLiteral("https://wiki.example.test")));
    QCOMPARE(model.indexFromSessionId(QStringLiteral("sso_1"), SsoSessionModel::SourceIpColumn).data().toString(),
             QStringLiteral("192.0.2.4"));
    QCOMPARE(model.sessionFromIndex(model.indexFromSessionId(QStringLiteral("sso_2")))->userId, qint64(8));
    QVERIFY(model.indexFromSessionId(QStringLiteral("sso_2"), SsoSessionModel::ServiceProvidersColumn)
                .data()
                .toString()
                .isEmpty());
    QCOMPARE(model.sortColumn(), -1); // one server order: no sort indicator
    for (int column = 0; column < model.columnCount(); ++column) {
        QVERIFY(!model.isSortable(column));
    }
    QCOMPARE(model.headerData(SsoSessionModel::UserColumn, Qt::Horizontal).toString(), QStringLiteral("User"));
}

void TestEntityModels::testUserModelPageResetIsAnnounced()
{
    UserModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&model, &PagedTableModel::pageLoaded);
    model.setPage({{user(1, QStringLiteral("ayse"), LocalUser::Status::Active)}, 1});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(loaded.count(), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    LocalUser renamed = model.itemAt(0);
    renamed.firstName = QStringLiteral("Ayşe");
    model.replaceRow(0, renamed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, UserModel::FirstNameColumn).data().toString(), QStringLiteral("Ayşe"));
}

void TestEntityModels::testSoftOtpModelGivesTheReasonWhenNotVerified()
{
    SoftOtpDeviceModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SoftOtpDevice pending;
    pending.id = 3;
    pending.username = QStringLiteral("ayse");
    pending.reason = QStringLiteral("QR code not scanned");
    SoftOtpDevice verified;
    verified.id = 4;
    verified.verified = true;
    verified.pinRequired = true;
    verified.configDelivered = true;
    model.setPage({{pending, verified}, 2});
    QCOMPARE(model.indexFromDeviceId(3, SoftOtpDeviceModel::VerifiedColumn).data().toString(),
             QStringLiteral("No — QR code not scanned"));
    QCOMPARE(model.indexFromDeviceId(4, SoftOtpDeviceModel::VerifiedColumn).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model.indexFromDeviceId(4, SoftOtpDeviceModel::PinColumn).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model.indexFromDeviceId(3, SoftOtpDeviceModel::ConfigurationColumn).data().toString(),
             QStringLiteral("Pending"));
    QCOMPARE(model.deviceFromIndex(model.indexFromDeviceId(4))->id, 4);
}

void TestEntityModels::testBlockModelCountsDownLive()
{
    BlockModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    qint64 nowMs = 1'000'000;
    model.setClock([&nowMs] { return nowMs; });
    UserBlock timed;
    timed.username = QStringLiteral("Ayse");
    timed.remainingSeconds = 125;
    UserBlock permanent;
    permanent.username = QStringLiteral("bora");
    model.setPage({{timed, permanent}, 2});

    const QModelIndex remaining = model.indexFromUsername(QStringLiteral("ayse"), BlockModel::RemainingColumn);
    QVERIFY(remaining.isValid()); // usernames match without case, as the server blocks them
    QCOMPARE(remaining.data().toString(), QStringLiteral("2 min 05 s"));
    QCOMPARE(model.indexFromUsername(QStringLiteral("bora"), BlockModel::RemainingColumn).data().toString(),
             QStringLiteral("Permanent"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy expired(&model, &BlockModel::blockExpired);
    nowMs += 65'000;
    model.tick();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(remaining.data().toString(), QStringLiteral("1 min"));
    QCOMPARE(expired.count(), 0);
    nowMs += 60'000;
    model.tick();
    QCOMPARE(remaining.data().toString(), QStringLiteral("0 s"));
    QCOMPARE(expired.count(), 1);
    model.tick();
    QCOMPARE(expired.count(), 1); // once, until the list is fetched again
}

void TestEntityModels::testAuditModelMarksFailures()
{
    AuditEntryModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditEntry login;
    login.id = 10;
    login.event = QStringLiteral("admin.login");
    login.result = QStringLiteral("failure");
    login.reason = QStringLiteral("wrong password");
    AuditEntry create;
    create.id = 11;
    create.event = QStringLiteral("user.create");
    create.result = QStringLiteral("success");
    model.setPage({{create, login}, 2});
    const QModelIndex failed = model.indexFromEntryId(10, AuditEntryModel::ResultColumn);
    QCOMPARE(failed.data().toString(), QStringLiteral("Failure"));
    QCOMPARE(failed.data(Qt::ForegroundRole).value<QBrush>(), StatusPalette::alertText());
    QCOMPARE(failed.data(Qt::ToolTipRole).toString(), QStringLiteral("wrong password"));
    QCOMPARE(model.entryFromIndex(model.indexFromEntryId(11))->event, QStringLiteral("user.create"));
    AuditFilter filter;
    filter.user = QStringLiteral("ayse");
    filter.from = m_now;
    const QUrlQuery query = AuditApi::filterQuery(filter);
    QCOMPARE(query.queryItemValue(QStringLiteral("user")), QStringLiteral("ayse"));
    QCOMPARE(query.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-03-01T12:00:00Z"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("actor")));
}

void TestEntityModels::testLicenseUsageModelAsksForTheMonth()
{
    LicenseUsageModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPage({{{QStringLiteral("ayse"), m_now, m_now.addDays(2)}}, 1});
    QCOMPARE(model.usageFromIndex(model.indexFromUsername(QStringLiteral("ayse")))->lastLogin, m_now.addDays(2));
    QCOMPARE(model.index(0, LicenseUsageModel::UsernameColumn).data().toString(), QStringLiteral("ayse"));
    model.setMonth(QStringLiteral("2026-02"));
    QCOMPARE(model.query().toUrlQuery().queryItemValue(QStringLiteral("month")), QStringLiteral("2026-02"));
}

void TestEntityModels::testPagingStateFollowsTheTotal()
{
    UserModel model(m_client);
    model.setPageSize(2);
    model.setPage({{user(1, QStringLiteral("a"), LocalUser::Status::Active),
                    user(2, QStringLiteral("b"), LocalUser::Status::Active)},
                   5});
    QVERIFY(model.hasNextPage());
    QVERIFY(!model.hasPreviousPage());
    QCOMPARE(model.total(), 5);
    QCOMPARE(model.pageNumber(), 1);
    QCOMPARE(model.pageCount(), 3);
    PagerBar pager(&model);
    QCOMPARE(pager.rangeText(), QStringLiteral("1–2 of 5 · page 1 of 3"));
    QVERIFY(pager.findChild<QToolButton*>(QStringLiteral("lastPageButton"))->isEnabled());
    model.showLastPage(); // asks the server for entries 5–5 (offset 4)
    QCOMPARE(model.query().offset, 4);
    QCOMPARE(model.pageNumber(), 3);
}

QTEST_MAIN(TestEntityModels)
#include "TestEntityModels.moc"
