#include "api/RestReply.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace castellan::console {

RestReply::RestReply(RestRequest request, QObject* parent) : QObject(parent), m_request(std::move(request)) {}

QJsonObject RestReply::json() const
{
    return QJsonDocument::fromJson(m_body).object();
}

void RestReply::cancel()
{
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    if (m_network) {
        m_network->abort(); // finishes the network reply, which finishes this one
        return;
    }
    // Waiting for a session renewal: no network reply to abort.
    finish(0, {}, {}, ApiError::cancelled());
}

void RestReply::attach(QNetworkReply* networkReply)
{
    m_network = networkReply;
    connect(networkReply, &QNetworkReply::uploadProgress, this, &RestReply::uploadProgress);
    connect(networkReply, &QNetworkReply::downloadProgress, this, &RestReply::downloadProgress);
}

void RestReply::finish(int status, const QByteArray& body, const QByteArray& etag, const ApiError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_network = nullptr;
    m_status = status;
    m_body = body;
    m_etag = etag;
    m_error = error;
    emit finished();
    deleteLater();
}

} // namespace castellan::console
