#include "api/RestRequest.h"

#include <QJsonDocument>
#include <QUrl>

namespace castellan::console {

RestRequest RestRequest::get(const QString& path, const QUrlQuery& query)
{
    RestRequest request;
    request.path = path;
    request.query = query;
    return request;
}

RestRequest RestRequest::withJson(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    RestRequest request;
    request.method = method;
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    return request;
}

RestRequest RestRequest::remove(const QString& path)
{
    RestRequest request;
    request.method = "DELETE";
    request.path = path;
    return request;
}

QString RestRequest::pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace castellan::console
