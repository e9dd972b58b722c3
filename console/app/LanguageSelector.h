#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace castellan::console {

/// Chooses the console's UI language and installs the matching translators.
///
/// The admin's choice is kept in QSettings ("ui/language"): "system" (the default) follows the
/// system locale, or a language code from supportedLanguages(). Installing a translator makes Qt
/// send QEvent::LanguageChange to every widget, which retranslates itself in changeEvent().
class LanguageSelector : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kSettingsKey = "ui/language";
    static constexpr const char* kSystemPreference = "system";
    static constexpr const char* kFallbackLanguage = "en";

    explicit LanguageSelector(QObject* parent = nullptr);
    ~LanguageSelector() override;

    /// The languages the console ships, as codes: "en", "tr".
    static QStringList supportedLanguages();
    /// The supported language a locale asks for, or English when it asks for none we ship.
    static QString languageForLocale(const QLocale& locale);

    /// The stored choice: "system" or a supported language code.
    QString preference() const;
    /// The language whose translation is installed ("en", "tr"); empty before the first apply.
    QString activeLanguage() const { return m_activeLanguage; }

    /// Installs the language of the stored choice; call once at start-up, before building windows.
    void applyStoredPreference();
    /// Stores a choice ("system" or a supported code) and installs its language. Unknown values
    /// are refused (returns false) and change nothing.
    bool setPreference(const QString& preference);

signals:
    void languageChanged(const QString& language);

private:
    QString resolve(const QString& preference) const;
    void install(const QString& language);

    std::unique_ptr<QTranslator> m_consoleTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_activeLanguage;
};

} // namespace castellan::console
