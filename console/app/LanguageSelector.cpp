#include "app/LanguageSelector.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace castellan::console {

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "castellan.console.language")

// Where qt_add_translations embeds the compiled catalogues (console/CMakeLists.txt).
const QString kCatalogueDirectory = QStringLiteral(":/i18n");
const QString kCataloguePrefix = QStringLiteral("castellan_console_");

} // namespace

LanguageSelector::LanguageSelector(QObject* parent) : QObject(parent) {}

LanguageSelector::~LanguageSelector() = default; // ~QTranslator uninstalls itself

QStringList LanguageSelector::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("tr")};
}

QString LanguageSelector::languageForLocale(const QLocale& locale)
{
    // uiLanguages() lists the user's languages in order of preference ("tr-TR", "tr", "en-US", ...).
    const QStringList supported = supportedLanguages();
    for (const QString& name : locale.uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (supported.contains(language)) {
            return language;
        }
    }
    return QString::fromLatin1(kFallbackLanguage);
}

QString LanguageSelector::preference() const
{
    const QString stored = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (supportedLanguages().contains(stored)) {
        return stored;
    }
    return QString::fromLatin1(kSystemPreference);
}

void LanguageSelector::applyStoredPreference()
{
    install(resolve(preference()));
}

bool LanguageSelector::setPreference(const QString& preference)
{
    if (preference != QLatin1String(kSystemPreference) && !supportedLanguages().contains(preference)) {
        qCWarning(lcLanguage) << "refusing unknown language preference" << preference;
        return false;
    }
    QSettings().setValue(QLatin1String(kSettingsKey), preference);
    install(resolve(preference));
    return true;
}

QString LanguageSelector::resolve(const QString& preference) const
{
    if (preference == QLatin1String(kSystemPreference)) {
        return languageForLocale(QLocale::system());
    }
    return preference;
}

void LanguageSelector::install(const QString& language)
{
    if (language == m_activeLanguage) {
        return;
    }
    // Dropping the old translators before loading the new ones keeps a failed load from leaving a
    // mix of two languages on screen.
    m_consoleTranslator.reset();
    m_qtTranslator.reset();

    auto console = std::make_unique<QTranslator>();
    if (console->load(kCataloguePrefix + language, kCatalogueDirectory)) {
        QCoreApplication::installTranslator(console.get());
        m_consoleTranslator = std::move(console);
    } else {
        qCWarning(lcLanguage) << "no console translation for" << language;
    }
    // Qt's own strings (standard buttons, context menus); optional, Debian ships them separately
    // in qt6-translations-l10n.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }

    // Keep the system's regional formats (dates, numbers) while they belong to the chosen language.
    const QLocale system = QLocale::system();
    QLocale::setDefault(languageForLocale(system) == language ? system : QLocale(language));
    m_activeLanguage = language;
    emit languageChanged(language);
}

} // namespace castellan::console
