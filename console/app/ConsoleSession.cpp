#include "app/ConsoleSession.h"

#include "api/AuthApi.h"
#include "api/RestClient.h"
#include "api/TokenStore.h"

#include <QSettings>

namespace castellan::console {

ConsoleSession::ConsoleSession(TokenStore* tokens, QObject* parent)
    : QObject(parent), m_tokens(tokens), m_client(new RestClient(this))
{
    connect(m_client, &RestClient::tokensChanged, this, &ConsoleSession::storeTokens);
    connect(m_client, &RestClient::sessionExpired, this, [this] {
        if (m_signedIn) {
            m_tokens->remove(account());
            end();
            emit sessionExpired();
        }
    });
    connect(m_tokens, &TokenStore::loaded, this, &ConsoleSession::resume);
}

ConsoleSession::~ConsoleSession() = default;

QString ConsoleSession::serverName() const
{
    return m_client->serverName();
}

QUrl ConsoleSession::lastServer()
{
    return QSettings().value(QLatin1String(kServerKey)).toUrl();
}

QString ConsoleSession::lastAdmin()
{
    return QSettings().value(QLatin1String(kAdminKey)).toString();
}

QString ConsoleSession::account() const
{
    return m_admin + QLatin1Char('@') + serverName();
}

void ConsoleSession::begin(const QString& admin)
{
    m_admin = admin;
    m_signedIn = true;
    QSettings settings;
    settings.setValue(QLatin1String(kServerKey), m_client->server());
    settings.setValue(QLatin1String(kAdminKey), admin);
    m_tokens->store(account(), m_client->tokens());
    emit signedIn();
}

void ConsoleSession::storeTokens(const SessionTokens& tokens)
{
    // Renewed tokens replace the stored ones, or a restart would present a used-up refresh token.
    if (m_signedIn && !tokens.isEmpty()) {
        m_tokens->store(account(), tokens);
    }
}

void ConsoleSession::restore()
{
    const QUrl server = lastServer();
    const QString admin = lastAdmin();
    if (!server.isValid() || admin.isEmpty()) {
        emit restoreFinished(false);
        return;
    }
    m_client->setServer(server);
    m_admin = admin;
    m_restoring = true;
    m_tokens->load(account());
}

void ConsoleSession::resume(const QString& account, const SessionTokens& tokens)
{
    if (!m_restoring || account != this->account()) {
        return;
    }
    m_restoring = false;
    if (tokens.isEmpty()) {
        emit restoreFinished(false);
        return;
    }
    m_client->setTokens(tokens);
    AuthApi(*m_client).me(this, [this](const ApiResult<AdminIdentity>& me) {
        const bool usable = me.ok() && !me.value().passwordChangeRequired && !me.value().totpEnrollmentRequired;
        if (!usable) {
            m_client->setTokens({});
            emit restoreFinished(false);
            return;
        }
        begin(me.value().username);
        emit restoreFinished(true);
    });
}

void ConsoleSession::logOut()
{
    if (m_client->hasSession()) {
        // The call carries the token already; the session ends here whether the server answers or not.
        AuthApi(*m_client).logout(nullptr, [](const ApiResult<NoContent>&) {});
    }
    m_tokens->remove(account());
    end();
}

void ConsoleSession::end()
{
    const bool wasSignedIn = m_signedIn;
    m_signedIn = false;
    m_client->setTokens({});
    if (wasSignedIn) {
        emit signedOut();
    }
}

} // namespace castellan::console
