#include "api/RestClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace castellan::console {

namespace {

Q_LOGGING_CATEGORY(lcRest, "castellan.console.rest")

const QString kRefreshPath = QStringLiteral("/auth/refresh");
constexpr int kHttpUnauthorized = 401;
constexpr int kHttpBadRequest = 400;

QSslCertificate peerCertificate(QNetworkReply* network, const QList<QSslError>& errors)
{
    QSslCertificate certificate = network->sslConfiguration().peerCertificate();
    if (certificate.isNull() && !errors.isEmpty()) {
        certificate = errors.first().certificate();
    }
    return certificate;
}

} // namespace

RestClient::RestClient(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<SessionTokens>();
    qRegisterMetaType<ApiError>();
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

RestClient::~RestClient()
{
    // Replies are children; their network replies must not call back into a half-destroyed client.
    for (const QPointer<RestReply>& reply : std::as_const(m_inFlight)) {
        if (reply && reply->m_network) {
            reply->m_network->disconnect(this);
        }
    }
}

void RestClient::setServer(const QUrl& server)
{
    m_server = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemovePath | QUrl::RemoveQuery);
    m_network->clearConnectionCache();
}

QString RestClient::serverName() const
{
    return CertificatePins::hostKey(m_server);
}

void RestClient::setTokens(const SessionTokens& tokens)
{
    if (tokens == m_tokens) {
        return;
    }
    m_tokens = tokens;
    emit tokensChanged(m_tokens);
}

void RestClient::trustCertificate(const QString& hostKey, const QString& fingerprint)
{
    m_pins.pin(hostKey, fingerprint);
    m_network->clearConnectionCache();
}

RestReply* RestClient::send(RestRequest request)
{
    auto* reply = new RestReply(std::move(request), this);
    track(reply);
    dispatch(reply);
    return reply;
}

void RestClient::cancelAll()
{
    const QList<QPointer<RestReply>> replies = m_inFlight;
    for (const QPointer<RestReply>& reply : replies) {
        if (reply) {
            reply->cancel();
        }
    }
}

void RestClient::track(RestReply* reply)
{
    const bool wasBusy = isBusy();
    m_inFlight.append(reply);
    connect(reply, &RestReply::finished, this, [this, reply] {
        m_inFlight.removeAll(reply);
        m_inFlight.removeAll(nullptr);
        if (!isBusy()) {
            emit busyChanged(false);
        }
    });
    if (!wasBusy) {
        emit busyChanged(true);
    }
}

QUrl RestClient::urlFor(const RestRequest& request) const
{
    QUrl url = m_server;
    // Paths arrive with their variable segments percent-encoded (pathSegment()).
    url.setPath((request.fromServerRoot ? QString() : QString::fromLatin1(kApiRoot)) + request.path,
                QUrl::TolerantMode);
    if (!request.query.isEmpty()) {
        url.setQuery(request.query);
    }
    return url;
}

void RestClient::dispatch(RestReply* reply)
{
    const RestRequest& request = reply->request();
    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setRawHeader("Accept", "application/json, application/problem+json, text/csv");
    // The server's messages (field errors, import problems, reasons) in the console's language.
    networkRequest.setRawHeader("Accept-Language", QLocale().bcp47Name().toLatin1());
    networkRequest.setTransferTimeout(request.timeoutMs);
    if (request.authenticated && hasSession()) {
        networkRequest.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toLatin1());
    }
    if (!request.contentType.isEmpty()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    }
    if (!request.ifMatch.isEmpty()) {
        networkRequest.setRawHeader("If-Match", request.ifMatch);
    }
    reply->m_sentAccessToken = m_tokens.accessToken;
    reply->m_certificateError = ApiError();
    QNetworkReply* network = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    reply->attach(network);
    connect(network, &QNetworkReply::sslErrors, this,
            [this, reply, network](const QList<QSslError>& errors) { onSslErrors(reply, network, errors); });
    connect(network, &QNetworkReply::encrypted, this,
            [this, reply, network] { checkPinnedCertificate(reply, network); });
    connect(network, &QNetworkReply::finished, this, [this, reply, network] { onNetworkFinished(reply, network); });
}

void RestClient::onSslErrors(RestReply* reply, QNetworkReply* network, const QList<QSslError>& errors)
{
    const QString hostKey = CertificatePins::hostKey(network->url());
    const QString fingerprint = CertificatePins::fingerprint(peerCertificate(network, errors));
    const QString pinned = m_pins.pinned(hostKey);
    if (!pinned.isEmpty() && pinned == fingerprint) {
        network->ignoreSslErrors(errors); // the admin approved exactly this certificate
        return;
    }
    reply->m_certificateError = pinned.isEmpty() ? ApiError::untrustedCertificate(hostKey, fingerprint)
                                                 : ApiError::certificateChanged(hostKey, fingerprint, pinned);
    if (!pinned.isEmpty()) {
        qCWarning(lcRest).noquote() << "refused" << hostKey << ": certificate" << fingerprint << "is not the pinned"
                                    << pinned;
    }
}

void RestClient::checkPinnedCertificate(RestReply* reply, QNetworkReply* network)
{
    // A certificate that passed the system's checks must still be the pinned one where a pin exists.
    const QString hostKey = CertificatePins::hostKey(network->url());
    const QString pinned = m_pins.pinned(hostKey);
    const QString fingerprint = CertificatePins::fingerprint(network->sslConfiguration().peerCertificate());
    if (pinned.isEmpty() || pinned == fingerprint) {
        return;
    }
    qCWarning(lcRest).noquote() << "refused" << hostKey << ": certificate" << fingerprint << "is not the pinned"
                                << pinned;
    reply->m_certificateError = ApiError::certificateChanged(hostKey, fingerprint, pinned);
    network->abort();
}

void RestClient::onNetworkFinished(RestReply* reply, QNetworkReply* network)
{
    network->deleteLater();
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = network->isOpen() ? network->readAll() : QByteArray();
    const QByteArray etag = network->rawHeader("ETag");
    if (reply->m_cancelled) {
        complete(reply, 0, {}, {}, ApiError::cancelled());
        return;
    }
    if (!reply->m_certificateError.isNone()) {
        complete(reply, 0, {}, {}, reply->m_certificateError);
        return;
    }
    if (status == 0) {
        const bool timedOut = network->error() == QNetworkReply::OperationCanceledError ||
                              network->error() == QNetworkReply::TimeoutError;
        setReachable(false);
        complete(reply, 0, {}, {},
                 ApiError::network(timedOut ? QCoreApplication::translate("ApiError", "no answer in time")
                                            : network->errorString()));
        return;
    }
    setReachable(true);
    if (status == kHttpUnauthorized && reply->request().authenticated && !reply->m_resent &&
        !m_tokens.refreshToken.isEmpty()) {
        handleUnauthorized(reply, status, body);
        return;
    }
    complete(reply, status, body, etag, status >= kHttpBadRequest ? ApiError::http(status, body) : ApiError());
}

void RestClient::complete(RestReply* reply, int status, const QByteArray& body, const QByteArray& etag,
                          const ApiError& error)
{
    reply->finish(status, body, etag, error);
}

void RestClient::handleUnauthorized(RestReply* reply, int status, const QByteArray& body)
{
    reply->m_resent = true;
    if (!m_tokens.accessToken.isEmpty() && m_tokens.accessToken != reply->m_sentAccessToken) {
        dispatch(reply); // renewed while this call was under way
        return;
    }
    Q_UNUSED(status)
    Q_UNUSED(body)
    reply->m_network = nullptr;
    m_waitingForRenewal.append(reply);
    renewSession();
}

void RestClient::renewSession()
{
    if (m_renewing) {
        return;
    }
    m_renewing = true;
    RestRequest request = RestRequest::withJson("POST", kRefreshPath,
                                                QJsonObject{{QStringLiteral("refresh_token"), m_tokens.refreshToken}});
    request.authenticated = false;
    RestReply* renewal = send(std::move(request));
    connect(renewal, &RestReply::finished, this, [this, renewal] { finishRenewal(renewal); });
}

void RestClient::finishRenewal(RestReply* renewal)
{
    m_renewing = false;
    const QList<QPointer<RestReply>> waiting = std::exchange(m_waitingForRenewal, {});
    const QJsonObject answer = renewal->json();
    const QString access = answer.value(QStringLiteral("access_token")).toString();
    if (renewal->succeeded() && !access.isEmpty()) {
        setTokens({access, answer.value(QStringLiteral("refresh_token")).toString()});
        for (const QPointer<RestReply>& reply : waiting) {
            if (reply && !reply->isFinished()) {
                dispatch(reply);
            }
        }
        return;
    }
    // A network failure keeps the session for a later try; a refused refresh token ends it.
    const bool refused = renewal->error().kind() == ApiError::Kind::Http;
    const ApiError error = refused ? ApiError::sessionExpired() : renewal->error();
    for (const QPointer<RestReply>& reply : waiting) {
        if (reply) {
            complete(reply, 0, {}, {}, error);
        }
    }
    if (refused) {
        setTokens({});
        emit sessionExpired();
    }
}

void RestClient::setReachable(bool reachable)
{
    if (reachable == m_reachable) {
        return;
    }
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

} // namespace castellan::console
