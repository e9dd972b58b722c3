#include "api/RestClient.h"
#include "models/IdpKeyModel.h"
#include "models/PortalSessionModel.h"
#include "models/SecurityKeyModel.h"
#include "models/ServiceProviderModel.h"
#include "models/StatusPalette.h"
#include "models/UserFactorModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace castellan::console;

/// The models of the user's page and of the SAML page with rows set by hand: structure
/// (QAbstractItemModelTester), display texts, certificate and state colouring.
class TestDetailModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void testUserFactorModelNamesEachKindAndItsDetails();
    void testUserPageListModelsResetOnNewRows();
    void testServiceProviderModelMarksExpiringCertificates();
    void testIdpKeyModelListsTheActiveKeyFirst();

private:
    RestClient m_client; // never called: the tests set pages by hand
};

void TestDetailModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDetailModels::testUserFactorModelNamesEachKindAndItsDetails()
{
    UserFactorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto factor = [](const char* json) {
        return UserFactor::fromJson(QJsonDocument::fromJson(json).object());
    };
    model.setRows({factor("{\"id\":4,\"type\":\"hotp\",\"label\":\"Token HW-1\",\"serial\":\"HW-1\","
                          "\"digits\":8,\"algorithm\":\"SHA1\",\"created_at\":\"2026-03-01T10:00:00Z\","
                          "\"last_used_at\":null}"),
                   factor("{\"id\":7,\"type\":\"sms\",\"label\":\"Phone\",\"destination\":\"+905551112233\"}"),
                   factor("{\"id\":9,\"type\":\"carrier-pigeon\"}")});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(UserFactorModel::ColumnCount));
    QCOMPARE(model.index(0, UserFactorModel::TypeColumn).data().toString(), QStringLiteral("Hardware token (HOTP)"));
    QCOMPARE(model.index(0, UserFactorModel::DetailColumn).data().toString(), QStringLiteral("Serial HW-1, 8 digits"));
    QCOMPARE(model.index(0, UserFactorModel::LastUsedColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(1, UserFactorModel::DetailColumn).data().toString(), QStringLiteral("+905551112233"));
    QCOMPARE(model.index(2, UserFactorModel::TypeColumn).data().toString(), QStringLiteral("Other"));
    QCOMPARE(model.rowOfFactor(7), 1);
    QCOMPARE(model.rowOfFactor(8), -1);
    QCOMPARE(model.itemFromIndex(model.index(1, 0))->id, qint64(7));
    QVERIFY(!model.itemFromIndex(QModelIndex()));
}

void TestDetailModels::testUserPageListModelsResetOnNewRows()
{
    SecurityKeyModel keys;
    QAbstractItemModelTester keyTester(&keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&keys, &QAbstractItemModel::modelReset);
    SecurityKey key;
    key.id = 3;
    key.name = QStringLiteral("YubiKey 5");
    key.algorithm = QStringLiteral("ES256");
    key.userVerified = true;
    keys.setRows({key});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(keys.index(0, SecurityKeyModel::NameColumn).data().toString(), QStringLiteral("YubiKey 5"));
    QCOMPARE(keys.index(0, SecurityKeyModel::UserVerifiedColumn).data().toString(), QStringLiteral("Yes"));
    keys.setRows({});
    QCOMPARE(keys.rowCount(), 0);

    PortalSessionModel sessions;
    QAbstractItemModelTester sessionTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PortalSession session;
    session.id = QStringLiteral("0123456789abcdef");
    session.sourceIp = QStringLiteral("192.0.2.7");
    session.userAgent = QStringLiteral("Firefox/128.0");
    sessions.setRows({session});
    QCOMPARE(sessions.index(0, PortalSessionModel::ApplicationsColumn).data().toString(),
             QStringLiteral("Portal only"));
    QCOMPARE(sessions.index(0, PortalSessionModel::BrowserColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Firefox/128.0"));
    QCOMPARE(sessions.headerData(PortalSessionModel::ApplicationsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Applications (SSO)"));
}

void TestDetailModels::testServiceProviderModelMarksExpiringCertificates()
{
    ServiceProviderModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto provider = [&](qint64 id, const QString& name, const QDateTime& notAfter) {
        ServiceProvider sp;
        sp.id = id;
        sp.name = name;
        sp.entityId = QStringLiteral("https://%1.example.test/metadata").arg(name);
        sp.nameIdFormat = QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
        sp.certificateNotAfter = notAfter;
        sp.certificateFingerprint = notAfter.isValid() ? QStringLiteral("AB:CD") : QString();
        return sp;
    };
    ServiceProvider disabled = provider(4, QStringLiteral("old"), now.addYears(1));
    disabled.enabled = false;
    disabled.applicationId = 7;
    disabled.applicationName = QStringLiteral("Intranet SSO");
    disabled.nameIdAttribute = QStringLiteral("email");
    model.setPage({{provider(1, QStringLiteral("valid"), now.addYears(2)),
                    provider(2, QStringLiteral("soon"), now.addDays(ServiceProvider::kExpiringDays - 1)),
                    provider(3, QStringLiteral("expired"), now.addDays(-2)), disabled,
                    provider(5, QStringLiteral("none"), QDateTime())},
                   5});
    const auto cell = [&](qint64 id, int column) {
        return model.indexFromProviderId(id, column);
    };
    QCOMPARE(model.providerFromIndex(cell(3, ServiceProviderModel::StatusColumn))->name, QStringLiteral("expired"));
    QVERIFY(!cell(1, ServiceProviderModel::CertificateColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(cell(2, ServiceProviderModel::CertificateColumn).data(Qt::BackgroundRole).value<QBrush>(),
             StatusPalette::warningBackground());
    QCOMPARE(cell(3, ServiceProviderModel::CertificateColumn).data(Qt::BackgroundRole).value<QBrush>(),
             StatusPalette::alertBackground());
    QVERIFY(cell(3, ServiceProviderModel::CertificateColumn).data().toString().startsWith(QStringLiteral("Expired ")));
    QVERIFY(cell(2, ServiceProviderModel::CertificateColumn).data().toString().startsWith(QStringLiteral("Expires ")));
    QCOMPARE(cell(5, ServiceProviderModel::CertificateColumn).data().toString(), QStringLiteral("No certificate"));
    QVERIFY(!cell(5, ServiceProviderModel::CertificateColumn).data(Qt::ToolTipRole).isValid());
    QCOMPARE(cell(1, ServiceProviderModel::CertificateColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("SHA-256 fingerprint: AB:CD"));
    QCOMPARE(cell(1, ServiceProviderModel::NameIdColumn).data().toString(), QStringLiteral("persistent (username)"));
    QCOMPARE(cell(4, ServiceProviderModel::NameIdColumn).data().toString(),
             QStringLiteral("persistent (e-mail address)"));
    QCOMPARE(cell(4, ServiceProviderModel::ProfileColumn).data().toString(), QStringLiteral("Intranet SSO"));
    QCOMPARE(cell(1, ServiceProviderModel::ProfileColumn).data().toString(), QStringLiteral("(default profile)"));
    QCOMPARE(cell(4, ServiceProviderModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(cell(4, ServiceProviderModel::NameColumn).data(Qt::ForegroundRole).value<QBrush>(),
             StatusPalette::inactiveText());
    QVERIFY(model.isSortable(ServiceProviderModel::ProfileColumn));
    QVERIFY(!model.isSortable(ServiceProviderModel::CertificateColumn)); // read from the certificate, not a column
}

void TestDetailModels::testIdpKeyModelListsTheActiveKeyFirst()
{
    IdpKeyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto key = [](const QString& id, const QString& state) {
        IdpKey k;
        k.id = id;
        k.state = state;
        k.fingerprint = id + QStringLiteral(":00");
        return k;
    };
    model.setKeys(
        {key(QStringLiteral("r"), QStringLiteral("retired")), key(QStringLiteral("p"), QStringLiteral("previous")),
         key(QStringLiteral("n"), QStringLiteral("next")), key(QStringLiteral("a"), QStringLiteral("active"))});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.keys().at(0).id, QStringLiteral("a"));
    QCOMPARE(model.keys().at(1).id, QStringLiteral("n"));
    QCOMPARE(model.rowOfKey(QStringLiteral("r")), 3);
    QCOMPARE(model.index(1, IdpKeyModel::StateColumn).data().toString(), QStringLiteral("Next (published)"));
    QCOMPARE(model.index(3, IdpKeyModel::StateColumn).data(Qt::ForegroundRole).value<QBrush>(),
             StatusPalette::inactiveText());
    QVERIFY(model.keys().at(1).canActivate() && model.keys().at(2).canRetire());
    QVERIFY(!model.keys().at(0).canActivate() && !model.keys().at(0).canRetire());
    QVERIFY(!model.keys().at(3).canActivate());
    QCOMPARE(model.keyFromIndex(model.index(2, 0))->id, QStringLiteral("p"));
}

QTEST_MAIN(TestDetailModels)
#include "TestDetailModels.moc"
