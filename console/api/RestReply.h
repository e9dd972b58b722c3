#pragma once

#include "api/ApiError.h"
#include "api/RestRequest.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace castellan::console {

class RestClient;

/// One call in flight: finished() fires exactly once, after a renewal of the session and a resend when the
/// server asked for one. The RestClient owns the reply and deletes it after finished().
class RestReply : public QObject
{
    Q_OBJECT

public:
    const RestRequest& request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.isNone(); }
    int status() const { return m_status; }
    QByteArray body() const { return m_body; }
    /// The body as a JSON object (empty when it is none).
    QJsonObject json() const;
    QByteArray etag() const { return m_etag; }
    ApiError error() const { return m_error; }

    /// Stops the call; finished() follows with a Cancelled error. Does nothing once finished.
    void cancel();

signals:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);

private:
    friend class RestClient;
    RestReply(RestRequest request, QObject* parent);

    void attach(QNetworkReply* networkReply);
    void finish(int status, const QByteArray& body, const QByteArray& etag, const ApiError& error);

    RestRequest m_request;
    QPointer<QNetworkReply> m_network;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_resent = false;
    QString m_sentAccessToken;
    ApiError m_certificateError; ///< set when the TLS check refused the server
    int m_status = 0;
    QByteArray m_body;
    QByteArray m_etag;
    ApiError m_error;
};

} // namespace castellan::console
