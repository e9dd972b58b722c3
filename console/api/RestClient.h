#pragma once

#include "api/CertificatePins.h"
#include "api/RestReply.h"
#include "api/RestRequest.h"
#include "api/SessionTokens.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace castellan::console {

/// The console's connection to one Castellan server's REST API (`<server>/api/v1`), asynchronous over
/// QNetworkAccessManager.
///
/// - Authenticated calls carry the admin's bearer token. A 401 renews the session once with the rotating
///   refresh token (`POST /auth/refresh`) and resends the call; calls that meet a 401 while a renewal is
///   under way wait for it, so a refresh token is never presented twice (the server would revoke the whole
///   session, DESIGN §5). When renewal fails, sessionExpired() fires and the waiting calls fail.
/// - TLS: a certificate a public CA vouches for is accepted unless the server is pinned; a certificate
///   nobody vouches for fails with ApiError::Kind::UntrustedCertificate (its fingerprint inside) until the
///   admin pins it; a pinned server showing another certificate fails with Kind::CertificateChanged.
/// - Errors arrive as ApiError: problem+json documents parsed, with their field errors.
class RestClient : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kApiRoot = "/api/v1";

    explicit RestClient(QObject* parent = nullptr);
    ~RestClient() override;

    /// "https://host:port"; changing it forgets open connections.
    void setServer(const QUrl& server);
    QUrl server() const { return m_server; }
    /// "host:port", as the status bar and the certificate pins name the server.
    QString serverName() const;

    void setTokens(const SessionTokens& tokens);
    SessionTokens tokens() const { return m_tokens; }
    bool hasSession() const { return !m_tokens.accessToken.isEmpty(); }

    CertificatePins& pins() { return m_pins; }
    /// Pins a certificate the admin approved and forgets connections made before.
    void trustCertificate(const QString& hostKey, const QString& fingerprint);

    /// Sends a call; the reply reports once with finished().
    RestReply* send(RestRequest request);
    /// Cancels every call in flight (logout, server change).
    void cancelAll();

    bool isReachable() const { return m_reachable; }
    bool isBusy() const { return !m_inFlight.isEmpty(); }

signals:
    /// The session's tokens changed (login, renewal); empty tokens after the session ended.
    void tokensChanged(const castellan::console::SessionTokens& tokens);
    void sessionExpired();
    void reachabilityChanged(bool reachable);
    void busyChanged(bool busy);

private:
    void dispatch(RestReply* reply);
    QUrl urlFor(const RestRequest& request) const;
    void onSslErrors(RestReply* reply, QNetworkReply* network, const QList<QSslError>& errors);
    void checkPinnedCertificate(RestReply* reply, QNetworkReply* network);
    void onNetworkFinished(RestReply* reply, QNetworkReply* network);
    void complete(RestReply* reply, int status, const QByteArray& body, const QByteArray& etag, const ApiError& error);
    void handleUnauthorized(RestReply* reply, int status, const QByteArray& body);
    void renewSession();
    void finishRenewal(RestReply* renewal);
    void setReachable(bool reachable);
    void track(RestReply* reply);

    QNetworkAccessManager* m_network;
    QUrl m_server;
    SessionTokens m_tokens;
    CertificatePins m_pins;
    bool m_reachable = true;
    bool m_renewing = false;
    QList<QPointer<RestReply>> m_waitingForRenewal;
    QList<QPointer<RestReply>> m_inFlight;
};

} // namespace castellan::console
