#include "IsolatedSettings.h"

#include "api/TokenStore.h"
#include "app/LanguageSelector.h"
#include "app/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace castellan::console;

class TestLanguageSelector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testLocaleChoosesAShippedLanguage_data();
    void testLocaleChoosesAShippedLanguage();
    void testSystemIsTheDefaultPreference();
    void testUnknownPreferenceIsRefused();
    void testPreferenceSurvivesARestart();
    void testSwitchingToTurkishRetranslatesTheWindow();
    void testSwitchingBackToEnglishRestoresTheTexts();
    void testLanguageMenuSwitchesAndChecksTheLanguage();
    void testTurkishCatalogueHasNoUnfinishedEntries();

private:
    static QStringList sidebarTexts(const MainWindow& window);
    static QString connectionText(const MainWindow& window);

    std::unique_ptr<test::IsolatedSettings> m_settings;
    std::unique_ptr<TokenStore> m_tokens;
};

void TestLanguageSelector::initTestCase()
{
    m_settings = std::make_unique<test::IsolatedSettings>();
    QVERIFY(m_settings->isValid());
    m_tokens = std::make_unique<TokenStore>(TokenStore::Backend::Memory);
}

void TestLanguageSelector::init()
{
    test::IsolatedSettings::clear();
}

void TestLanguageSelector::cleanup()
{
    test::IsolatedSettings::clear();
}

QStringList TestLanguageSelector::sidebarTexts(const MainWindow& window)
{
    const auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QStringList texts;
    for (int row = 0; row < sidebar->count(); ++row) {
        texts << sidebar->item(row)->text();
    }
    return texts;
}

QString TestLanguageSelector::connectionText(const MainWindow& window)
{
    return window.statusBar()->findChild<QLabel*>(QStringLiteral("connectionLabel"))->text();
}

void TestLanguageSelector::testLocaleChoosesAShippedLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("Turkish (Türkiye)") << QStringLiteral("tr_TR") << QStringLiteral("tr");
    QTest::newRow("Turkish (Cyprus)") << QStringLiteral("tr_CY") << QStringLiteral("tr");
    QTest::newRow("English (US)") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("English (UK)") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("German falls back to English") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("C locale falls back to English") << QStringLiteral("C") << QStringLiteral("en");
}

void TestLanguageSelector::testLocaleChoosesAShippedLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageSelector::languageForLocale(QLocale(locale)), language);
}

void TestLanguageSelector::testSystemIsTheDefaultPreference()
{
    LanguageSelector selector;
    QCOMPARE(selector.preference(), QStringLiteral("system"));
    selector.applyStoredPreference();
    QCOMPARE(selector.activeLanguage(), LanguageSelector::languageForLocale(QLocale::system()));
}

void TestLanguageSelector::testUnknownPreferenceIsRefused()
{
    LanguageSelector selector;
    QVERIFY(selector.setPreference(QStringLiteral("tr")));
    QSignalSpy changed(&selector, &LanguageSelector::languageChanged);
    QVERIFY(!selector.setPreference(QStringLiteral("xx")));
    QCOMPARE(selector.preference(), QStringLiteral("tr"));
    QCOMPARE(selector.activeLanguage(), QStringLiteral("tr"));
    QCOMPARE(changed.count(), 0);
}

void TestLanguageSelector::testPreferenceSurvivesARestart()
{
    {
        LanguageSelector selector;
        QVERIFY(selector.setPreference(QStringLiteral("tr")));
    }
    LanguageSelector restarted;
    QCOMPARE(restarted.preference(), QStringLiteral("tr"));
    restarted.applyStoredPreference();
    QCOMPARE(restarted.activeLanguage(), QStringLiteral("tr"));
}

void TestLanguageSelector::testSwitchingToTurkishRetranslatesTheWindow()
{
    LanguageSelector selector;
    QVERIFY(selector.setPreference(QStringLiteral("en")));
    MainWindow window(&selector, m_tokens.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(connectionText(window), QStringLiteral("Not connected"));

    QSignalSpy changed(&selector, &LanguageSelector::languageChanged);
    QVERIFY(selector.setPreference(QStringLiteral("tr")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("tr"));

    // QApplication posts LanguageChange to the windows, so the texts change on the next event loop pass.
    const QStringList turkish{
        QStringLiteral("Pano"),
        QStringLiteral("API İstemcileri"),
        QStringLiteral("Yerel Kullanıcılar"),
        QStringLiteral("SoftOTP Kullanıcıları"),
        QStringLiteral("Engellenen Kullanıcılar"),
        QStringLiteral("SSO Oturumları"),
        QStringLiteral("Güvenlik Ayarları"),
        QStringLiteral("Lisans"),
        QStringLiteral("Denetim Kaydı"),
        QStringLiteral("Yapılandırma"),
        QStringLiteral("Uygulamalar"),
        QStringLiteral("RADIUS İstemcileri"),
        QStringLiteral("Dizinler"),
        QStringLiteral("Yöneticiler"),
        QStringLiteral("Posta ve SMS"),
        QStringLiteral("SAML"),
    };
    QTRY_COMPARE(sidebarTexts(window), turkish);
    QCOMPARE(connectionText(window), QStringLiteral("Bağlı değil"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Castellan Konsolu"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Dosya"));
    QCOMPARE(window.pageWidget(ConsolePage::LocalUsers)->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(),
             QStringLiteral("Yerel Kullanıcılar"));
    QCOMPARE(window.pageWidget(ConsolePage::LocalUsers)->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(),
             QStringLiteral("Bu sayfa bir Castellan sunucusuna bağlantı gerektirir."));
}

void TestLanguageSelector::testSwitchingBackToEnglishRestoresTheTexts()
{
    LanguageSelector selector;
    QVERIFY(selector.setPreference(QStringLiteral("tr")));
    MainWindow window(&selector, m_tokens.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(connectionText(window), QStringLiteral("Bağlı değil"));

    QVERIFY(selector.setPreference(QStringLiteral("en")));
    QTRY_COMPARE(connectionText(window), QStringLiteral("Not connected"));
    QCOMPARE(sidebarTexts(window).at(0), QStringLiteral("Dashboard"));
    QCOMPARE(sidebarTexts(window).at(2), QStringLiteral("Local Users"));
    QCOMPARE(sidebarTexts(window).at(4), QStringLiteral("Blocked Users"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Castellan Console"));
}

void TestLanguageSelector::testLanguageMenuSwitchesAndChecksTheLanguage()
{
    LanguageSelector selector;
    QVERIFY(selector.setPreference(QStringLiteral("en")));
    MainWindow window(&selector, m_tokens.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QAction* turkish = nullptr;
    QAction* english = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->data().toString() == QLatin1String("tr")) {
            turkish = action;
        } else if (action->data().toString() == QLatin1String("en")) {
            english = action;
        }
    }
    QVERIFY(turkish && english);
    QVERIFY(english->isChecked());

    turkish->trigger();
    QCOMPARE(selector.preference(), QStringLiteral("tr"));
    QVERIFY(turkish->isChecked());
    QVERIFY(!english->isChecked());
    QTRY_COMPARE(connectionText(window), QStringLiteral("Bağlı değil"));

    english->trigger();
    QTRY_COMPARE(connectionText(window), QStringLiteral("Not connected"));
}

void TestLanguageSelector::testTurkishCatalogueHasNoUnfinishedEntries()
{
    const QString sourceDir = qEnvironmentVariable("CASTELLAN_SOURCE_DIR");
    if (sourceDir.isEmpty()) {
        QSKIP("CASTELLAN_SOURCE_DIR is set by CTest");
    }
    QFile catalogue(sourceDir + QStringLiteral("/translations/castellan_console_tr.ts"));
    QVERIFY2(catalogue.open(QIODevice::ReadOnly), qPrintable(catalogue.fileName()));
    const QByteArray text = catalogue.readAll();
    QVERIFY(text.contains("<message>"));
    QVERIFY2(!text.contains("type=\"unfinished\""), "run the update_translations target and translate new entries");
}

QTEST_MAIN(TestLanguageSelector)
#include "TestLanguageSelector.moc"
