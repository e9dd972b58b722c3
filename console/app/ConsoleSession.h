#pragma once

#include "api/SessionTokens.h"

#include <QObject>
#include <QUrl>

namespace castellan::console {

class RestClient;
class TokenStore;

/// The admin's session with one server: the RestClient every page uses, the signed-in admin, and the tokens
/// kept in the TokenStore (keychain or memory) under "admin@host:port" so a restart resumes the session.
///
/// The last server and admin are remembered in QSettings for the connect dialog and for restore().
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kServerKey = "Session/server";
    static constexpr const char* kAdminKey = "Session/admin";

    explicit ConsoleSession(TokenStore* tokens, QObject* parent = nullptr);
    ~ConsoleSession() override;

    RestClient* client() const { return m_client; }
    bool isSignedIn() const { return m_signedIn; }
    /// "host:port" of the server signed in to.
    QString serverName() const;
    QString adminName() const { return m_admin; }

    /// The server and admin of the last session, for the connect dialog.
    static QUrl lastServer();
    static QString lastAdmin();

    /// Starts the session once the connect dialog's sign-in (and first-login duties) succeeded; the client
    /// holds the server and tokens by then.
    void begin(const QString& admin);
    /// Resumes the last session from the stored tokens; answers restoreFinished().
    void restore();
    /// Revokes the session on the server (best effort), forgets the tokens and answers signedOut().
    void logOut();

signals:
    void signedIn();
    void signedOut();
    /// The server refused to renew the session: the admin must sign in again.
    void sessionExpired();
    void restoreFinished(bool signedIn);

private:
    QString account() const;
    void storeTokens(const SessionTokens& tokens);
    void resume(const QString& account, const SessionTokens& tokens);
    void end();

    TokenStore* m_tokens;
    RestClient* m_client;
    bool m_signedIn = false;
    bool m_restoring = false;
    QString m_admin;
};

} // namespace castellan::console
