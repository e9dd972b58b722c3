#include "SignedInConsole.h"

#include <QLocale>

namespace castellan::console::test {

bool SignedInConsole::start(const QStringList& serverArgs)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_settings = std::make_unique<IsolatedSettings>();
    m_languages = std::make_unique<LanguageSelector>();
    m_languages->setPreference(QStringLiteral("en")); // English texts (and plurals), whatever the machine's locale
    m_server = std::make_unique<ConsoleTestServer>(serverArgs);
    if (!m_server->start()) {
        m_error = m_server->errorText();
        return false;
    }
    try {
        m_server->admin();
    } catch (const std::exception& e) {
        m_error = QString::fromUtf8(e.what());
        return false;
    }
    m_tokens = std::make_unique<TokenStore>(TokenStore::Backend::Memory);
    m_session = std::make_unique<ConsoleSession>(m_tokens.get());
    if (!m_server->signIn(*m_session)) {
        m_error = QStringLiteral("the console could not sign in");
        return false;
    }
    return true;
}

} // namespace castellan::console::test
