#include "GuiTestHelpers.h"
#include "SignedInConsole.h"

#include "api/RestClient.h"
#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/ServiceProviderDialog.h"
#include "models/IdpKeyModel.h"
#include "models/ServiceProviderModel.h"
#include "pages/SamlIdpPanel.h"
#include "pages/SamlPage.h"
#include "pages/ServiceProviderDetails.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace castellan::console;
using test::waitForVisibleChild;

/// Configuration → SAML against a real server, in English and Turkish: service providers added from pasted
/// metadata XML and from a file (a refused document and an unreachable metadata URL shown under the metadata input
/// with the server's reason), their entity ID, ACS/SLO URLs and certificate fingerprint and expiry shown, NameID
/// and profile edited, disabled and deleted; the IdP's metadata URL copied and its metadata saved to a file; the
/// signing keys rotated (generate next, activate and retire, each question answered).
class TestSamlPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void testModelPassesTheTester();
    void testAddFromPastedXmlShowsItsMetadataAndCertificate();
    void testRefusedMetadataAndUnreachableUrlShownUnderTheMetadata();
    void testAddFromFile();
    void testEditNameIdAndProfile();
    void testSigningChoicesAndTheSha1Warning();
    void testReplaceMetadataOfAnExistingProvider();
    void testMetadataUrlCopiedAndMetadataSaved();
    void testKeysGenerateActivateRetire();
    void testTurkish();
    void testDisableAndDelete();

private:
    int rowOf(const QString& name) const;
    void selectProvider(const QString& name);
    std::string providerJson(const QString& name);

    test::SignedInConsole m_console;
    std::unique_ptr<SamlPage> m_page;
    QTemporaryDir m_files;
    QString m_metadata;
    qint64 m_profileId = 0;
};

namespace {

const QString kFingerprint =
    QStringLiteral("91:DF:30:DA:06:93:34:6B:99:1F:36:F0:9C:79:01:E7:8B:75:BB:0C:1C:E7:C4:EC:CE:1B:88:83:CE:89:33:3F");

} // namespace

void TestSamlPage::initTestCase()
{
    QVERIFY2(m_console.start(), qPrintable(m_console.errorText()));
    QFile metadata(qEnvironmentVariable("CASTELLAN_SOURCE_DIR") + QStringLiteral("/tests/data/saml/sp-metadata.xml"));
    QVERIFY(metadata.open(QIODevice::ReadOnly));
    m_metadata = QString::fromUtf8(metadata.readAll());
    const auto profile = m_console.admin().send(
        "POST", "/api/v1/applications",
        castellan::test::json({{"name", "Intranet SSO"}, {"type", "saml"}, {"allowed_factors", "=[\"totp\"]"}}));
    QVERIFY2(profile.status == 201, profile.body.c_str());
    m_profileId = profile.json()->getValue<qint64>("id");
    m_page = std::make_unique<SamlPage>(m_console.client());
    m_page->resize(1300, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activate();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasLoaded(), 30000);
}

void TestSamlPage::cleanupTestCase()
{
    m_page.reset();
}

int TestSamlPage::rowOf(const QString& name) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->itemAt(row).name == name) {
            return row;
        }
    }
    return -1;
}

void TestSamlPage::selectProvider(const QString& name)
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && rowOf(name) >= 0, 30000);
    m_page->view()->selectRow(rowOf(name));
}

std::string TestSamlPage::providerJson(const QString& name)
{
    const auto list = m_console.admin().get("/api/v1/service-providers?q=" + name.toStdString());
    auto items = list.json()->getArray("items");
    if (!items || items->size() != 1) {
        return {};
    }
    return m_console.admin()
        .get("/api/v1/service-providers/" + std::to_string(items->getObject(0)->getValue<qint64>("id")))
        .body;
}

void TestSamlPage::testModelPassesTheTester()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 30000);
}

void TestSamlPage::testAddFromPastedXmlShowsItsMetadataAndCertificate()
{
    m_page->createItem();
    auto* dialog = waitForVisibleChild<ServiceProviderDialog>(m_page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->source(), ServiceProviderDialog::Source::Xml);
    QVERIFY(!dialog->sourceButton(ServiceProviderDialog::Source::Keep)); // a new SP has no metadata to keep
    QVERIFY(dialog->xmlField()->isVisible());
    dialog->xmlField()->setPlainText(m_metadata);
    test::typeText(dialog->nameField(), QStringLiteral("Intranet"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ServiceProviderDialog*>(), 30000);

    selectProvider(QStringLiteral("Intranet"));
    const int row = rowOf(QStringLiteral("Intranet"));
    QCOMPARE(m_page->model()->index(row, ServiceProviderModel::EntityIdColumn).data().toString(),
             QStringLiteral("https://sp.example.test/metadata"));
    const QString certificate = m_page->model()->index(row, ServiceProviderModel::CertificateColumn).data().toString();
    QVERIFY2(certificate.startsWith(QStringLiteral("Expires ")) && certificate.contains(QStringLiteral("2036")),
             qPrintable(certificate));
    QVERIFY(!m_page->model()->index(row, ServiceProviderModel::CertificateColumn).data(Qt::BackgroundRole).isValid());

    ServiceProviderDetails* details = m_page->details();
    QTRY_COMPARE(details->value(QStringLiteral("entityId"))->text(),
                 QStringLiteral("https://sp.example.test/metadata"));
    QVERIFY(details->value(QStringLiteral("entityId"))->isVisible());
    QCOMPARE(details->value(QStringLiteral("acs"))->text(), QStringLiteral("https://sp.example.test/acs"));
    QCOMPARE(details->value(QStringLiteral("slo"))->text(), QStringLiteral("https://sp.example.test/slo"));
    QCOMPARE(details->value(QStringLiteral("fingerprint"))->text(), kFingerprint);
    QVERIFY(details->value(QStringLiteral("expiry"))->text().contains(QStringLiteral("2036")));
    QCOMPARE(details->value(QStringLiteral("attributes"))->text(), QStringLiteral("E-mail address"));

    // An expired certificate and one about to expire are marked in the table.
    ServiceProvider expired = m_page->model()->itemAt(row);
    expired.certificateNotAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    QCOMPARE(expired.certificateState(QDateTime::currentDateTimeUtc()), ServiceProvider::CertificateState::Expired);
    QVERIFY(ServiceProviderModel::certificateText(expired).startsWith(QStringLiteral("Expired ")));
    ServiceProvider soon = expired;
    soon.certificateNotAfter = QDateTime::currentDateTimeUtc().addDays(10);
    QCOMPARE(soon.certificateState(QDateTime::currentDateTimeUtc()), ServiceProvider::CertificateState::ExpiringSoon);
    m_page->model()->replaceRow(row, expired);
    QVERIFY(m_page->model()->index(row, ServiceProviderModel::CertificateColumn).data(Qt::BackgroundRole).isValid());
    m_page->refresh();
}

void TestSamlPage::testRefusedMetadataAndUnreachableUrlShownUnderTheMetadata()
{
    m_page->createItem();
    auto* dialog = waitForVisibleChild<ServiceProviderDialog>(m_page.get());
    QVERIFY(dialog);
    dialog->xmlField()->setPlainText(QStringLiteral("<md:EntityDescriptor xmlns:md=\"nope\"/>"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel* error = dialog->errors()->errorLabel(QStringLiteral("metadata"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);

    // The server fetches the URL; its reason comes back under the same input.
    QTest::mouseClick(dialog->sourceButton(ServiceProviderDialog::Source::Url), Qt::LeftButton);
    QCOMPARE(dialog->source(), ServiceProviderDialog::Source::Url);
    QVERIFY(dialog->urlField()->isVisible());
    test::typeText(dialog->urlField(), QStringLiteral("http://sp.example.test/metadata"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("https://")), qPrintable(error->text()));
    test::typeText(dialog->urlField(), QStringLiteral("https://127.0.0.1:1/metadata"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QStringLiteral("refused")), 30000);
    dialog->reject();
    QCOMPARE(m_page->model()->total(), qint64(1));
}

void TestSamlPage::testAddFromFile()
{
    const QString path = m_files.filePath(QStringLiteral("files-sp.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString other = m_metadata;
    other.replace(QStringLiteral("https://sp.example.test/"), QStringLiteral("https://files.example.test/"));
    file.write(other.toUtf8());
    file.close();

    m_page->createItem();
    auto* dialog = waitForVisibleChild<ServiceProviderDialog>(m_page.get());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->sourceButton(ServiceProviderDialog::Source::File), Qt::LeftButton);
    QVERIFY(dialog->fileField()->isVisible());
    QTest::mouseClick(dialog->browseButton(), Qt::LeftButton);
    auto* chooser = waitForVisibleChild<QFileDialog>(dialog, QStringLiteral("metadataFileChooser"));
    QVERIFY(chooser);
    chooser->selectFile(path);
    static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, public in QDialog
    QTRY_COMPARE(dialog->fileField()->text(), path);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ServiceProviderDialog*>(), 30000);
    // No name given: the entity ID names it.
    selectProvider(QStringLiteral("https://files.example.test/metadata"));
    QCOMPARE(m_page->details()->value(QStringLiteral("acs"))->text(), QStringLiteral("https://files.example.test/acs"));
}

void TestSamlPage::testEditNameIdAndProfile()
{
    selectProvider(QStringLiteral("Intranet"));
    QVERIFY(m_page->editAction()->isEnabled());
    m_page->editAction()->trigger();
    auto* dialog = waitForVisibleChild<ServiceProviderDialog>(m_page.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled() && dialog->profilesLoaded(), 30000);
    QCOMPARE(dialog->source(), ServiceProviderDialog::Source::Keep); // the metadata stays unless replaced
    QCOMPARE(dialog->nameField()->text(), QStringLiteral("Intranet"));
    QVERIFY(dialog->attributeField(QStringLiteral("email"))->isChecked());
    dialog->nameIdFormatField()->setCurrentIndex(dialog->nameIdFormatField()->findData(
        QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress")));
    dialog->nameIdAttributeField()->setCurrentIndex(dialog->nameIdAttributeField()->findData(QStringLiteral("email")));
    dialog->attributeField(QStringLiteral("first_name"))->setChecked(true);
    dialog->idpInitiatedField()->setChecked(true);
    const int profile = dialog->profileField()->findText(QStringLiteral("Intranet SSO"));
    QVERIFY(profile > 0);
    dialog->profileField()->setCurrentIndex(profile);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ServiceProviderDialog*>(), 30000);

    const std::string stored = providerJson(QStringLiteral("Intranet"));
    QVERIFY2(stored.find("\"name_id_format\":\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\"") !=
                 std::string::npos,
             stored.c_str());
    QVERIFY(stored.find("\"name_id_attribute\":\"email\"") != std::string::npos);
    QVERIFY(stored.find("\"application_id\":" + std::to_string(m_profileId)) != std::string::npos);
    QVERIFY(stored.find("\"idp_initiated\":true") != std::string::npos);
    QVERIFY(stored.find("first_name") != std::string::npos);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->model()->index(rowOf(QStringLiteral("Intranet")), ServiceProviderModel::NameIdColumn).data().toString(),
        QStringLiteral("emailAddress (e-mail address)"), 30000);
    QCOMPARE(m_page->model()
                 ->index(rowOf(QStringLiteral("Intranet")), ServiceProviderModel::ProfileColumn)
                 .data()
                 .toString(),
             QStringLiteral("Intranet SSO"));
    QCOMPARE(
        m_page->model()
            ->index(rowOf(QStringLiteral("https://files.example.test/metadata")), ServiceProviderModel::ProfileColumn)
            .data()
            .toString(),
        QStringLiteral("(default profile)"));
    // The profile column sorts on the server: the SP without one (empty name) first.
    QVERIFY(test::clickHeader(m_page->view(), ServiceProviderModel::ProfileColumn));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() &&
                                 m_page->model()->query().sortKey.endsWith(QStringLiteral("application")),
                             30000);
    const bool descending = m_page->model()->query().sortKey.startsWith(QLatin1Char('-'));
    QCOMPARE(m_page->model()->itemAt(descending ? 0 : 1).name, QStringLiteral("Intranet"));

    // Opened again, the dialog shows what was saved, the profile included.
    selectProvider(QStringLiteral("Intranet"));
    m_page->editAction()->trigger();
    dialog = waitForVisibleChild<ServiceProviderDialog>(m_page.get());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled() && dialog->profilesLoaded(), 30000);
    QCOMPARE(dialog->profileField()->currentText(), QStringLiteral("Intranet SSO"));
    QVERIFY(dialog->idpInitiatedField()->isChecked());
    dialog->reject();
}

void TestSamlPage::testSigningChoicesAndTheSha1Warning()
{
    selectProvider(QStringLiteral("Intranet"));
    m_page->editAction()->trigger();
    auto* dialog = waitForVisibleChild<ServiceProviderDialog>(m_page.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled() && dialog->profilesLoaded(), 30000);
    // The defaults: SHA-1 refused (no warning), the assertion signed with RSA-SHA256.
    QVERIFY(!dialog->allowSha1Field()->isChecked());
    QVERIFY(!dialog->sha1Warning()->isVisible());
    QCOMPARE(dialog->responseSigningField()->currentData().toString(), QStringLiteral("assertion"));
    QCOMPARE(dialog->signatureAlgorithmField()->currentText(), QStringLiteral("RSA-SHA256"));
    dialog->allowSha1Field()->setChecked(true);
    QVERIFY(dialog->sha1Warning()->isVisible());
    QVERIFY(dialog->sha1Warning()->text().contains(QStringLiteral("SHA-1 is weak")));
    dialog->responseSigningField()->setCurrentIndex(dialog->responseSigningField()->findData(QStringLiteral("both")));
    dialog->signatureAlgorithmField()->setCurrentIndex(
        dialog->signatureAlgorithmField()->findData(QStringLiteral("rsa-sha512")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ServiceProviderDialog*>(), 30000);
    const std::string stored = providerJson(QStringLiteral("Intranet"));
    QVERIFY2(stored.find("\"allow_sha1_signatures\":true") != std::string::npos, stored.c_str());
    QVERIFY(stored.find("\"response_signing\":\"both\"") != std::string::npos);
    QVERIFY(stored.find("\"signature_algorithm\":\"rsa-sha512\"") != std::string::npos);

    // Opened again: what was saved, the warning shown; unticked, the warning goes.
    selectProvider(QStringLiteral("Intranet"));
    m_page->editAction()->trigger();
    dialog = waitForVisibleChild<ServiceProviderDialog>(m_page.get());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled() && dialog->profilesLoaded(), 30000);
    QVERIFY(dialog->allowSha1Field()->isChecked());
    QVERIFY(dialog->sha1Warning()->isVisible());
    QCOMPARE(dialog->responseSigningField()->currentData().toString(), QStringLiteral("both"));
    QCOMPARE(dialog->signatureAlgorithmField()->currentText(), QStringLiteral("RSA-SHA512"));
    dialog->allowSha1Field()->setChecked(false);
    QVERIFY(!dialog->sha1Warning()->isVisible());
    // A value the server refuses is shown next to its field with the server's reason.
    dialog->signatureAlgorithmField()->setItemData(0, QStringLiteral("rsa-sha1"));
    dialog->signatureAlgorithmField()->setCurrentIndex(0);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errors()->errorLabel(QStringLiteral("signature_algorithm"))->isVisible(), 30000);
    QVERIFY(dialog->errors()
                ->errorLabel(QStringLiteral("signature_algorithm"))
                ->text()
                .contains(QStringLiteral("rsa-sha256, rsa-sha384 or rsa-sha512")));
    dialog->reject();
}

void TestSamlPage::testReplaceMetadataOfAnExistingProvider()
{
    const QString name = QStringLiteral("https://files.example.test/metadata");
    selectProvider(name);
    m_page->editAction()->trigger();
    auto* dialog = waitForVisibleChild<ServiceProviderDialog>(m_page.get());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled() && dialog->profilesLoaded(), 30000);
    QTest::mouseClick(dialog->sourceButton(ServiceProviderDialog::Source::Xml), Qt::LeftButton);
    QString renewed = m_metadata;
    renewed.replace(QStringLiteral("https://sp.example.test/metadata"), name);
    renewed.replace(QStringLiteral("https://sp.example.test/acs"), QStringLiteral("https://files.example.test/v2/acs"));
    dialog->xmlField()->setPlainText(renewed);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ServiceProviderDialog*>(), 30000);
    selectProvider(name);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->details()->value(QStringLiteral("acs"))->text(),
                              QStringLiteral("https://files.example.test/v2/acs"), 30000);
}

void TestSamlPage::testMetadataUrlCopiedAndMetadataSaved()
{
    SamlIdpPanel* idp = m_page->idpPanel();
    const QString expected = m_console.client().server().toString() + QStringLiteral("/saml/metadata");
    QCOMPARE(idp->metadataUrlField()->text(), expected);
    QVERIFY(expected.startsWith(QStringLiteral("https://")));
    QTest::mouseClick(idp->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    const QString path = m_files.filePath(QStringLiteral("idp-metadata.xml"));
    QTest::mouseClick(idp->saveMetadataButton(), Qt::LeftButton);
    auto* chooser = waitForVisibleChild<QFileDialog>(idp, QStringLiteral("saveMetadataChooser"));
    QVERIFY(chooser);
    chooser->selectFile(path);
    static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, public in QDialog
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 30000);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray xml = saved.readAll();
    QCOMPARE(xml, QByteArray::fromStdString(m_console.admin().client().get("/saml/metadata").body));
    QVERIFY(xml.contains("EntityDescriptor"));
}

void TestSamlPage::testKeysGenerateActivateRetire()
{
    SamlIdpPanel* idp = m_page->idpPanel();
    IdpKeyModel* keys = idp->keyModel();
    QTRY_COMPARE_WITH_TIMEOUT(keys->rowCount(), 1, 30000);
    const QString first = keys->keys().first().id;
    QCOMPARE(keys->keys().first().state, QStringLiteral("active"));
    QCOMPARE(keys->index(0, IdpKeyModel::StateColumn).data().toString(), QStringLiteral("Active (signs)"));
    QVERIFY(idp->generateButton()->isEnabled());

    QTest::mouseClick(idp->generateButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(keys->rowCount(), 2, 30000);
    QCOMPARE(keys->keys().at(1).state, QStringLiteral("next"));
    const QString next = keys->keys().at(1).id;
    QVERIFY(!idp->generateButton()->isEnabled()); // one next key at a time
    QVERIFY(m_console.admin()
                .client()
                .get("/saml/metadata")
                .body.find(keys->keys().at(1).certificatePem.section(QLatin1Char('\n'), 1, 1).toStdString()) !=
            std::string::npos);

    idp->keyView()->selectRow(0);
    QVERIFY(!idp->activateButton()->isEnabled()); // the active key
    QVERIFY(!idp->retireButton()->isEnabled());
    idp->keyView()->selectRow(keys->rowOfKey(next));
    QVERIFY(idp->activateButton()->isEnabled());
    QTest::mouseClick(idp->activateButton(), Qt::LeftButton);
    auto* box = waitForVisibleChild<QMessageBox>(idp, QStringLiteral("confirmationBox"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("published in the IdP metadata")),
             qPrintable(box->informativeText()));
    box->button(QMessageBox::No)->click();
    QCOMPARE(keys->keys().at(keys->rowOfKey(next)).state, QStringLiteral("next"));
    QTest::mouseClick(idp->activateButton(), Qt::LeftButton);
    QVERIFY(test::answerMessageBox(idp, QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(keys->keys().first().id, next, 30000);
    QCOMPARE(keys->keys().first().state, QStringLiteral("active"));
    QCOMPARE(keys->keys().at(keys->rowOfKey(first)).state, QStringLiteral("previous"));

    idp->keyView()->selectRow(keys->rowOfKey(first));
    QVERIFY(idp->retireButton()->isEnabled());
    QTest::mouseClick(idp->retireButton(), Qt::LeftButton);
    QVERIFY(test::answerMessageBox(idp, QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_COMPARE_WITH_TIMEOUT(keys->keys().at(keys->rowOfKey(first)).state, QStringLiteral("retired"), 30000);
    QVERIFY(m_console.admin().get("/api/v1/saml/keys/" + first.toStdString()).body.find("\"state\":\"retired\"") !=
            std::string::npos);
    QVERIFY(idp->generateButton()->isEnabled());
}

void TestSamlPage::testTurkish()
{
    QVERIFY(m_console.languages().setPreference(QStringLiteral("tr")));
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(), QStringLiteral("SAML"));
    QTRY_COMPARE(m_page->model()->headerData(ServiceProviderModel::EntityIdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Varlık Kimliği"));
    // The title reads "SAML" in both languages: wait for the texts that do change.
    QTRY_COMPARE(m_page->idpPanel()->title(), QStringLiteral("Kimlik Sağlayıcı (bu sunucu)"));
    QCOMPARE(m_page->idpPanel()->generateButton()->text(), QStringLiteral("Sonraki Anahtarı &Üret"));
    QCOMPARE(m_page->idpPanel()->keyModel()->index(0, IdpKeyModel::StateColumn).data().toString(),
             QStringLiteral("Etkin (imzalıyor)"));
    QVERIFY(m_page->model()
                ->index(rowOf(QStringLiteral("Intranet")), ServiceProviderModel::CertificateColumn)
                .data()
                .toString()
                .contains(QStringLiteral("bitiyor")));

    m_page->createItem();
    auto* dialog = waitForVisibleChild<ServiceProviderDialog>(m_page.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Servis Sağlayıcı Ekle"));
    QCOMPARE(dialog->sourceButton(ServiceProviderDialog::Source::Url)->text(), QStringLiteral("https &URL'sinden"));
    dialog->xmlField()->setPlainText(QStringLiteral("<x/>"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errors()->errorLabel(QStringLiteral("metadata"))->isVisible(), 30000);
    dialog->reject();

    selectProvider(QStringLiteral("Intranet"));
    m_page->deleteSelection();
    auto* box = waitForVisibleChild<QMessageBox>(m_page.get(), QStringLiteral("confirmationBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("“Intranet” servis sağlayıcısı silinsin mi?")),
             qPrintable(box->text()));
    box->button(QMessageBox::No)->click();
    QVERIFY(m_console.languages().setPreference(QStringLiteral("en")));
    QTRY_COMPARE(m_page->idpPanel()->title(), QStringLiteral("Identity Provider (this server)"));
}

void TestSamlPage::testDisableAndDelete()
{
    selectProvider(QStringLiteral("Intranet"));
    QVERIFY(m_page->disableAction()->isEnabled());
    m_page->disableAction()->trigger();
    QVERIFY(test::answerMessageBox(m_page.get(), QStringLiteral("confirmationBox"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && rowOf(QStringLiteral("Intranet")) >= 0 &&
                                 !m_page->model()->itemAt(rowOf(QStringLiteral("Intranet"))).enabled,
                             30000);

    selectProvider(QStringLiteral("Intranet"));
    m_page->deleteSelection();
    auto* box = waitForVisibleChild<QMessageBox>(m_page.get(), QStringLiteral("confirmationBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("“Intranet”")), qPrintable(box->text()));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && rowOf(QStringLiteral("Intranet")) < 0, 30000);
    QCOMPARE(m_console.admin().get("/api/v1/service-providers").json()->getValue<int>("total"), 1);
}

QTEST_MAIN(TestSamlPage)
#include "TestSamlPage.moc"
