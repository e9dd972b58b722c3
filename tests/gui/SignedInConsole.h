#pragma once

#include "ConsoleTestServer.h"
#include "IsolatedSettings.h"

#include "api/TokenStore.h"
#include "app/ConsoleSession.h"
#include "app/LanguageSelector.h"

#include <memory>

namespace castellan::console::test {

/// What a page test needs: isolated settings, a real server with its admin set up, and a console session
/// signed in to it (tokens in memory), English texts.
class SignedInConsole
{
public:
    /// Starts everything; false (with the reason in errorText()) when something did not come up.
    bool start(const QStringList& serverArgs = {});
    QString errorText() const { return m_error; }

    ConsoleTestServer& server() { return *m_server; }
    castellan::test::AdminSession& admin() { return m_server->admin(); }
    ConsoleSession& session() { return *m_session; }
    RestClient& client() { return *m_session->client(); }
    /// The console's language: English after start(); tests switch to Turkish and back.
    LanguageSelector& languages() { return *m_languages; }

private:
    std::unique_ptr<IsolatedSettings> m_settings;
    std::unique_ptr<LanguageSelector> m_languages;
    std::unique_ptr<ConsoleTestServer> m_server;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ConsoleSession> m_session;
    QString m_error;
};

} // namespace castellan::console::test
